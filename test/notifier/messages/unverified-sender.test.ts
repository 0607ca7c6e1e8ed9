import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { sessionKey } from '../../../lambda-src/notifier/events/session';
import { classify } from '../../../lambda-src/notifier/events/severity';
import { buildAlert } from '../../../lambda-src/notifier/messages/alert';
import { fixture, fixtureNames } from '../../helpers';

/** A root sign-in record that names account 111122223333 but was put on the bus by 444455556666. */
const UNVERIFIED = 'forged/unverified-sender-root-sign-in.json';
const CONTEXT = { account: { name: 'hub', id: '999988887777' }, otherAccountNames: new Map([['111122223333', 'Production']]), timeZone: 'UTC' };

describe('an event sent by another account than the one it names', () => {
  test('is read with the sender beside it, and an oddity saying what does not add up', () => {
    const event = parseRootEvent(fixture(UNVERIFIED));
    expect(event.unverifiedSender).toBe('444455556666');
    expect(event.recipientAccountId).toBe('111122223333');
    expect(event.oddities).toEqual(['the event was sent by account 444455556666 but names 111122223333 as the account that received it']);
  });

  test('still alerts at its full severity, labelled unverified in the subject, the body and an attribute', () => {
    const raw = fixture(UNVERIFIED);
    const event = parseRootEvent(raw);
    const alert = buildAlert(event, raw, CONTEXT);
    expect(alert.classification).toEqual(classify(parseRootEvent(fixture('root-console-login-no-mfa.json'))));
    expect(alert.subject).toMatch(/^CRITICAL: Unverified: Root sign-in ConsoleLogin succeeded without MFA \| Production \(111122223333\)$/);
    expect(alert.message).toContain('Unverified, sent by account 444455556666: the event names account 111122223333');
    expect(alert.attributes.unverifiedSender).toBe('444455556666');
  });

  test('never joins the session of the account it names', () => {
    const forged = parseRootEvent(fixture(UNVERIFIED));
    const real = parseRootEvent(fixture('root-console-login-no-mfa.json'));
    expect(sessionKey(forged)).not.toBe(sessionKey(real));
    expect(sessionKey(forged)).toContain('sent by account 444455556666');
  });

  test.each(fixtureNames())('is not how %s reads: every documented record comes from the account it names', (name) => {
    expect(parseRootEvent(fixture(name)).unverifiedSender).toBeUndefined();
  });
});
