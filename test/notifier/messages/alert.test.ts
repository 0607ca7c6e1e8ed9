import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { accountText, AlertContext, buildAlert, consoleLink, eventJson, formatTime, MAX_MESSAGE_BYTES } from '../../../lambda-src/notifier/messages/alert';
import { fixture, fixtureNames } from '../../helpers';

const ACCOUNT_ID = '111122223333';
const CONTEXT: AlertContext = { account: { name: 'acme-production', id: ACCOUNT_ID }, timeZone: 'UTC' };
const FULL_EVENT_MARKER = '\nFull event:\n';

function alertFor(raw: unknown, context: AlertContext = CONTEXT) {
  return buildAlert(parseRootEvent(raw), raw, context);
}

/** The value after `label` on its own line of the message, e.g. line(message, 'Source IP'). */
function line(message: string, label: string): string {
  const found = message.split('\n').find((text) => text.startsWith(`${label}:`));
  if (found === undefined) {
    throw new Error(`no '${label}:' line in:\n${message}`);
  }
  return found.slice(label.length + 1).trim();
}

describe('buildAlert message body for each fixture', () => {
  describe.each(fixtureNames())('%s', (name) => {
    const raw = fixture(name);
    const detail = raw.detail;
    const event = parseRootEvent(raw);
    const alert = buildAlert(event, raw, CONTEXT);
    const { message } = alert;
    // This account's name belongs beside its id only; another account's root
    // (root-api-cross-account-s3-get-object.json), or an organization
    // member's (org-*.json), is shown by its id.
    const acting = detail.userIdentity.accountId as string;
    const recipient = detail.recipientAccountId as string;
    const crossAccount = acting !== recipient;
    const shownAs = (id: string) => (id === ACCOUNT_ID ? `acme-production (${ACCOUNT_ID})` : id);

    test('opens with a one-line summary naming the event, the accounts and the reason', () => {
      const summary = message.split('\n')[0];

      expect(summary).toContain(detail.eventName);
      expect(summary).toContain(shownAs(acting));
      expect(summary).toContain(shownAs(recipient));
      expect(summary).toContain(alert.classification.reason);
    });

    test("puts this account's name beside this account's id only", () => {
      expect(`${alert.subject}\n${message}`).not.toMatch(new RegExp(`acme-production(?! \\(${ACCOUNT_ID}\\))`));
    });

    test('names the event, its source and its severity', () => {
      expect(line(message, 'Event')).toContain(`${detail.eventName} (${detail.eventSource})`);
      expect(line(message, 'Severity')).toContain(alert.classification.severity);
    });

    test('states the outcome, with the error when there was one', () => {
      const outcome = line(message, 'Outcome');
      if (detail.errorCode !== undefined || detail.errorMessage !== undefined) {
        expect(outcome).toMatch(/^Failure/);
        for (const part of [detail.errorCode, detail.errorMessage].filter((value) => value !== undefined)) {
          expect(outcome).toContain(part);
        }
      } else {
        expect(outcome).toBe('Success');
      }
    });

    test('shows whether MFA was used for a sign-in', () => {
      if (raw['detail-type'] === 'AWS Console Sign In via CloudTrail') {
        const recorded = detail.additionalEventData?.MFAUsed;
        expect(line(message, 'MFA used')).toBe(recorded === undefined ? 'not recorded' : recorded);
      } else {
        expect(message).not.toMatch(/^MFA used:/m);
      }
    });

    test('shows the source IP, user agent, region, account and event id', () => {
      expect(line(message, 'Source IP')).toBe(detail.sourceIPAddress);
      expect(line(message, 'User agent')).toBe(detail.userAgent);
      expect(line(message, 'Region')).toBe(detail.awsRegion);
      expect(line(message, 'Account')).toBe(crossAccount ? `${acting} (its root user acted, cross-account)` : shownAs(acting));
      expect(line(message, 'Event id')).toBe(detail.eventID);
    });

    test('links to the event in the CloudTrail console of its region', () => {
      const link = new URL(line(message, 'CloudTrail'));

      expect(link.protocol).toBe('https:');
      expect(link.hostname).toBe(`${detail.awsRegion}.console.aws.amazon.com`);
      expect(link.searchParams.get('region')).toBe(detail.awsRegion);
      expect(link.hash).toBe(`#/events/${detail.eventID}`);
    });

    test('ends with the full event as JSON that parses back to the event', () => {
      const at = message.indexOf(FULL_EVENT_MARKER);

      expect(at).toBeGreaterThan(0);
      expect(JSON.parse(message.slice(at + FULL_EVENT_MARKER.length))).toEqual(raw);
    });

    test('does not report the event as oddly shaped', () => {
      expect(message).not.toContain('not shaped as expected');
    });

    test('carries non-empty severity, eventName, account and accountId attributes', () => {
      expect(alert.attributes).toEqual(expect.objectContaining({
        severity: alert.classification.severity,
        eventName: detail.eventName,
        account: acting === ACCOUNT_ID ? 'acme-production' : acting,
        accountId: acting,
        recipientAccountId: recipient,
      }));
      for (const value of Object.values(alert.attributes)) {
        expect(value.trim()).not.toBe('');
      }
    });
  });
});

describe('buildAlert wording', () => {
  test('a sign-in without MFA says so in the summary', () => {
    expect(alertFor(fixture('root-console-login-no-mfa.json')).message.split('\n')[0]).toMatch(/sign-in ConsoleLogin succeeded without MFA/);
    expect(alertFor(fixture('root-console-login-mfa-success.json')).message.split('\n')[0]).toMatch(/succeeded with MFA/);
  });

  test('a failed API call names its error code in the summary', () => {
    expect(alertFor(fixture('root-api-access-denied.json')).message.split('\n')[0]).toMatch(/CreateUser FAILED \(AccessDenied\)/);
  });

  test('a failed sign-in does not claim anything about MFA in the summary', () => {
    const summary = alertFor(fixture('root-console-login-failure.json')).message.split('\n')[0];

    expect(summary).toMatch(/FAILED/);
    expect(summary).not.toMatch(/MFA/);
  });

  test('a successful sign-in whose MFA use is not recorded claims neither with nor without MFA', () => {
    const raw = fixture('root-console-login-mfa-success.json');
    delete raw.detail.additionalEventData.MFAUsed;

    const { message } = alertFor(raw);

    expect(message.split('\n')[0]).not.toMatch(/MFA/);
    expect(line(message, 'MFA used')).toBe('not recorded');
  });

  test('a failed call with no error details is still shown as a failure', () => {
    const raw = fixture('root-console-login-failure.json');
    delete raw.detail.errorMessage;

    expect(line(alertFor(raw).message, 'Outcome')).toBe('Failure');
  });

  test('a read-only call is described as read-only', () => {
    expect(line(alertFor(fixture('root-api-describe-instances-readonly.json')).message, 'Event')).toMatch(/read-only API call/);
  });

  test('an API call shows whether its session used MFA', () => {
    expect(line(alertFor(fixture('root-api-create-access-key.json')).message, 'MFA session')).toBe('Yes');
    expect(line(alertFor(fixture('root-api-deactivate-mfa-device.json')).message, 'MFA session')).toBe('No');
    expect(alertFor(fixture('root-api-stop-logging.json')).message).not.toMatch(/^MFA session:/m);
  });

  test('shows who acted and with which access key', () => {
    const who = line(alertFor(fixture('root-api-stop-logging.json')).message, 'Who');

    expect(who).toContain('Root');
    expect(who).toContain(`arn:aws:iam::${ACCOUNT_ID}:root`);
    expect(who).toContain('AKIAI44QH8DHBEXAMPLE');
  });

  test('the account id alone is shown when there is no name', () => {
    const { message, attributes } = alertFor(fixture('root-password-updated.json'), { account: { id: ACCOUNT_ID }, timeZone: 'UTC' });

    expect(line(message, 'Account')).toBe(ACCOUNT_ID);
    expect(attributes.account).toBe(ACCOUNT_ID);
    expect(attributes.accountId).toBe(ACCOUNT_ID);
  });
});

// The copy of a cross-account call that the resource's owner receives names
// the caller's account in userIdentity.accountId and the owner in
// recipientAccountId (see test/notifier/events/root-event.test.ts for the AWS pages).
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
describe("buildAlert for another account's root acting on this account's resource", () => {
  const OTHER_ACCOUNT_ID = '444455556666';
  const raw = fixture('root-api-cross-account-s3-get-object.json');
  const alert = alertFor(raw);
  const head = alert.message.slice(0, alert.message.indexOf(FULL_EVENT_MARKER));

  test('names the acting account in the subject, before the account that received the event', () => {
    expect(alert.subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of ${OTHER_ACCOUNT_ID} on acme-production (${ACCOUNT_ID})`);
  });

  test('says in the summary whose root acted and on which account', () => {
    expect(head.split('\n')[0]).toBe(`Root API call GetObject succeeded by the root user of account ${OTHER_ACCOUNT_ID} on account acme-production (${ACCOUNT_ID}): root read-only API call.`);
  });

  test('shows both accounts in the body', () => {
    expect(line(head, 'Account')).toBe(`${OTHER_ACCOUNT_ID} (its root user acted, cross-account)`);
    expect(line(head, 'On account')).toBe(`acme-production (${ACCOUNT_ID}) (resource owner; received this event)`);
    expect(line(head, 'Who')).toBe(`Root arn:aws:iam::${OTHER_ACCOUNT_ID}:root, access key AKIAI44QH8DHBEXAMPLE`);
  });

  test("never puts this account's name beside the other account", () => {
    for (const text of [alert.subject, head]) {
      expect(text).not.toMatch(new RegExp(`acme-production \\(${OTHER_ACCOUNT_ID}\\)`));
      expect(text.match(/acme-production(?! \(111122223333\))/g)).toBeNull();
    }
  });

  test('drops the account that received the event from a subject too long for both, rather than cut an id', () => {
    const long = fixture('root-api-cross-account-s3-get-object.json');
    long.detail.eventName = 'GetObjectLegalHoldAndRetentionStatus';

    expect(alertFor(long).subject).toBe(`MEDIUM: Root API call GetObjectLegalHoldAndRetentionStatus succeeded | root of ${OTHER_ACCOUNT_ID}`);
  });

  test('labels the attributes with the acting account and the account that received the event', () => {
    expect(alert.attributes).toEqual(expect.objectContaining({
      account: OTHER_ACCOUNT_ID,
      accountId: OTHER_ACCOUNT_ID,
      recipientAccountId: ACCOUNT_ID,
    }));
  });

  test("gives this account's name to the acting account when that is this account, not to the other", () => {
    const ours = alertFor(raw, { account: { name: 'acme-production', id: OTHER_ACCOUNT_ID }, timeZone: 'UTC' });

    expect(ours.subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of acme-production (${OTHER_ACCOUNT_ID}) on ${ACCOUNT_ID}`);
    expect(line(ours.message, 'On account')).toBe(`${ACCOUNT_ID} (resource owner; received this event)`);
    expect(ours.attributes.account).toBe('acme-production');
  });

  test('without its own id, takes this account to be the one that received the event', () => {
    const unsure = alertFor(raw, { account: { name: 'acme-production' }, timeZone: 'UTC' });

    expect(unsure.subject).toBe(alert.subject);
    expect(unsure.attributes.account).toBe(OTHER_ACCOUNT_ID);
  });

  test('an event of one account keeps the short form: no cross-account wording, no second account line', () => {
    const same = alertFor(fixture('root-api-stop-logging.json'));

    expect(same.subject).toBe(`CRITICAL: Root API call StopLogging succeeded | acme-production (${ACCOUNT_ID})`);
    expect(same.message).not.toMatch(/^On account:/m);
    expect(same.message.split('\n')[0]).toBe(`Root API call StopLogging succeeded in account acme-production (${ACCOUNT_ID}): CloudTrail logging stopped.`);
  });
});

describe('buildAlert times', () => {
  test('shows the time in the configured zone beside UTC, in winter', () => {
    const raw = fixture('root-console-login-mfa-success.json'); // 2024-11-04T09:15:42Z

    const when = line(alertFor(raw, { ...CONTEXT, timeZone: 'Europe/Berlin' }).message, 'When');

    expect(when).toMatch(/^2024-11-04 10:15:42 (CET|GMT\+1) Europe\/Berlin \(2024-11-04 09:15:42 UTC\)$/);
  });

  test('shows the time in the configured zone beside UTC, in summer', () => {
    const raw = fixture('root-console-login-mfa-success.json');
    raw.detail.eventTime = '2024-07-04T09:15:42Z';

    const when = line(alertFor(raw, { ...CONTEXT, timeZone: 'Europe/Berlin' }).message, 'When');

    expect(when).toMatch(/^2024-07-04 11:15:42 (CEST|GMT\+2) Europe\/Berlin \(2024-07-04 09:15:42 UTC\)$/);
  });

  test('shows UTC once when the zone is UTC', () => {
    const when = line(alertFor(fixture('root-console-login-no-mfa.json')).message, 'When');

    expect(when).toBe('2024-11-04 22:03:17 UTC');
  });
});

describe('formatTime', () => {
  test('moves to the next day where the zone is ahead of UTC', () => {
    expect(formatTime('2024-11-04T22:03:17Z', 'Asia/Tokyo')).toMatch(/^2024-11-05 07:03:17 \S+ Asia\/Tokyo \(2024-11-04 22:03:17 UTC\)$/);
  });

  test('reads an event time with milliseconds or an offset', () => {
    expect(formatTime('2024-11-04T22:03:17.123Z', 'UTC')).toBe('2024-11-04 22:03:17 UTC');
    expect(formatTime('2024-11-04T23:03:17+01:00', 'UTC')).toBe('2024-11-04 22:03:17 UTC');
  });

  test('shows a time it cannot read as it is, saying so', () => {
    expect(formatTime('yesterday', 'Europe/Berlin')).toBe('yesterday (not a valid ISO 8601 time)');
  });

  test('shows "unknown" for a missing time', () => {
    expect(formatTime(undefined, 'Europe/Berlin')).toBe('unknown');
  });

  test('falls back to UTC for a zone it does not know', () => {
    expect(formatTime('2024-11-04T22:03:17Z', 'Mars/Olympus_Mons')).toBe('2024-11-04 22:03:17 UTC');
  });
});

describe('consoleLink', () => {
  const base = parseRootEvent(fixture('root-api-stop-logging.json'));

  test('is absent without a region or an event id', () => {
    expect(consoleLink({ ...base, region: undefined })).toBeUndefined();
    expect(consoleLink({ ...base, eventId: undefined })).toBeUndefined();
  });

  test('is absent for a region that could change the host', () => {
    expect(consoleLink({ ...base, region: 'evil.example.com/x' })).toBeUndefined();
    expect(consoleLink({ ...base, region: 'us-east-1.attacker' })).toBeUndefined();
  });

  test('escapes the event id', () => {
    const link = consoleLink({ ...base, eventId: 'a/b?c#d' })!;

    expect(link.endsWith('#/events/a%2Fb%3Fc%23d')).toBe(true);
  });
});

describe('accountText', () => {
  test.each([
    [{ name: 'acme', id: ACCOUNT_ID }, `acme (${ACCOUNT_ID})`],
    [{ name: ACCOUNT_ID, id: ACCOUNT_ID }, ACCOUNT_ID],
    [{ id: ACCOUNT_ID }, ACCOUNT_ID],
    [{ name: 'acme' }, 'acme'],
    [{}, 'an unknown account'],
  ])('shows %p as %p', (account, expected) => {
    expect(accountText(account)).toBe(expected);
  });
});

describe('eventJson', () => {
  test('returns the whole event, pretty-printed, when it fits', () => {
    const raw = fixture('root-api-access-denied.json');

    const json = eventJson(raw, 100_000);

    expect(JSON.parse(json)).toEqual(raw);
    expect(json.split('\n').length).toBeGreaterThan(10);
  });

  test('cuts an event that does not fit to the limit and says how big it was', () => {
    const raw = { data: 'x'.repeat(5000) };
    const fullBytes = Buffer.byteLength(JSON.stringify(raw, null, 2));

    const json = eventJson(raw, 1000);

    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(1000);
    expect(json).toMatch(new RegExp(`cut: the event is ${fullBytes} bytes`));
    expect(json.startsWith('{\n  "data": "xxx')).toBe(true);
  });

  test('does not leave half a multi-byte character where it cuts', () => {
    for (let limit = 900; limit < 910; limit++) {
      const json = eventJson({ data: '€'.repeat(2000) }, limit);

      expect(Buffer.byteLength(json)).toBeLessThanOrEqual(limit);
      expect(json).not.toContain('\uFFFD');
    }
  });

  test('does not throw for values JSON cannot represent', () => {
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;

    expect(eventJson(circular, 1000)).toBe('[object Object]');
    expect(eventJson(undefined, 1000)).toBe('undefined');
    expect(eventJson(BigInt(7), 1000)).toBe('7');
  });
});

describe('buildAlert for events that are odd or huge', () => {
  test('a malformed event still gets a full alert that lists what was odd', () => {
    const alert = alertFor('not an event', { account: {}, timeZone: 'Europe/Berlin' });

    expect(alert.message).toContain('This event was not shaped as expected:');
    expect(alert.message).toMatch(/^- the event is not a JSON object \(got string\)$/m);
    expect(line(alert.message, 'When')).toBe('unknown');
    expect(line(alert.message, 'Source IP')).toBe('not recorded');
    expect(line(alert.message, 'Outcome')).toBe('not recorded');
    expect(alert.message).not.toMatch(/^CloudTrail:/m);
    expect(alert.message.endsWith('"not an event"')).toBe(true);
  });

  test('a malformed event still has non-empty attributes for every field', () => {
    const alert = alertFor(null, { account: {}, timeZone: 'UTC' });

    expect(Object.keys(alert.attributes)).toEqual(expect.arrayContaining(['severity', 'eventName', 'account', 'accountId']));
    for (const value of Object.values(alert.attributes)) {
      expect(value.trim()).not.toBe('');
    }
    expect(alert.attributes.account).toBe('unknown');
  });

  test('attribute values taken from the event are capped in length', () => {
    const raw = fixture('root-api-stop-logging.json');
    raw.detail.eventName = 'Stop'.repeat(1000);

    const alert = alertFor(raw);

    expect(alert.attributes.eventName.length).toBeLessThanOrEqual(256);
    expect(alert.attributes.eventName.startsWith('StopStop')).toBe(true);
  });

  test('an event larger than SNS allows is cut so the message fits, with a note', () => {
    const raw = fixture('root-api-s3-put-bucket-policy.json');
    raw.detail.requestParameters.bucketPolicy.Statement = Array.from({ length: 3000 }, (_, i) => ({
      Sid: `Statement€${i}`,
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::example-finance-reports-111122223333/prefix-${i}/*`,
    }));
    expect(Buffer.byteLength(JSON.stringify(raw, null, 2))).toBeGreaterThan(MAX_MESSAGE_BYTES);

    const { message } = alertFor(raw);

    expect(MAX_MESSAGE_BYTES).toBe(256 * 1024);
    expect(Buffer.byteLength(message, 'utf8')).toBeLessThanOrEqual(256 * 1024);
    expect(message).toMatch(/cut: the event is \d+ bytes; the full record is in CloudTrail\]$/);
    expect(message).not.toContain('\uFFFD');
    expect(line(message, 'Source IP')).toBe('203.0.113.25');
    expect(line(message, 'Event id')).toBe(raw.detail.eventID);
  });
});
