import * as fc from 'fast-check';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { buildAlert, consoleLink } from '../../../lambda-src/notifier/messages/alert';
import { chatFromAlert } from '../../../lambda-src/notifier/messages/chat-content';
import { CHAT_LIMITS, fitLines, inert } from '../../../lambda-src/notifier/messages/chat-message';
import { fixture } from '../../helpers';
import {
  allEventFixtureNames, burst, chatOf, chatOfCoverageReport, chatProblems, chatsOfBatch, contextFor,
} from '../chat-support';
import { chatMessageSchema, validate } from '../json-schema';
import { copy } from '../support';

describe('every chat message the notifier plans meets the custom-notification schema', () => {
  test('the schema itself is the one the guide describes: version 1.0, source custom, client-markdown', () => {
    const schema = chatMessageSchema() as any;
    expect(schema.required).toEqual(['version', 'source', 'content']);
    expect(schema.properties.version.const).toBe('1.0');
    expect(schema.properties.source.const).toBe('custom');
    expect(schema.properties.content.properties.textType.enum).toEqual(['client-markdown']);
    // The schema and the builder's limits are one set of numbers.
    expect(schema.properties.content.properties.title.maxLength).toBe(CHAT_LIMITS.title);
    expect(schema.properties.content.properties.description.maxLength).toBe(CHAT_LIMITS.description);
    expect(schema.properties.content.properties.nextSteps.maxItems).toBe(CHAT_LIMITS.nextSteps);
    expect(schema.properties.content.properties.nextSteps.items.maxLength).toBe(CHAT_LIMITS.nextStep);
    expect(schema.properties.metadata.properties.threadId.maxLength).toBe(CHAT_LIMITS.threadId);
    expect(schema.properties.metadata.properties.additionalContext.maxProperties).toBe(CHAT_LIMITS.additionalContext);
    // Description and next steps fit one Slack section block (3,000 characters) together.
    expect(CHAT_LIMITS.description + CHAT_LIMITS.nextSteps * CHAT_LIMITS.nextStep).toBeLessThanOrEqual(3000);
  });

  test('the fixtures include root, tamper and forged events', () => {
    const names = allEventFixtureNames();
    expect(names.filter((name) => name.startsWith('tamper/')).length).toBeGreaterThan(0);
    expect(names.filter((name) => name.startsWith('forged/')).length).toBeGreaterThan(0);
    expect(names.filter((name) => !name.includes('/')).length).toBeGreaterThan(10);
  });

  test.each(allEventFixtureNames())('a lone %s', (name) => {
    expect(chatProblems(chatOf(fixture(name)))).toEqual([]);
    expect(chatProblems(chatOf(fixture(name), 'UTC'))).toEqual([]);
  });

  test.each(allEventFixtureNames())('a burst of 300 events like %s, from one session and from 120', (name) => {
    for (const message of [...chatsOfBatch(burst(name, 300)), ...chatsOfBatch(burst(name, 300, 120))]) {
      expect(chatProblems(message)).toEqual([]);
    }
  });

  test('a batch of every fixture at once, summed up', () => {
    const [summary] = chatsOfBatch(allEventFixtureNames().map((name) => fixture(name)));
    expect(summary.metadata.eventType).toBe('root-activity-summary');
    expect(chatProblems(summary)).toEqual([]);
  });

  test.each([
    ['silent places', {}],
    ['recoveries only', { silent: [], neverSeenAccounts: [], recovered: [{ account: '111122223333', region: 'eu-west-1' }] }],
    ['an error listing the accounts', { silent: [], neverSeenAccounts: [], accountListError: 'AccessDeniedException: <not> `the` management account\n' }],
    ['8,500 silent places and counts left out', {
      silent: Array.from({ length: 8500 }, (_, i) => ({ account: String(100000000000 + i), region: `r-${i % 17}`, lastSeen: 'x' })),
      truncated: { silent: 1000, neverSeenAccounts: 20 },
    }],
    ['a daily reminder', { reason: 'daily-reminder' }],
    ['a malformed report', { silent: 'everything', neverSeenAccounts: [42, { account: 7 }], intervalMinutes: 'soon' }],
  ])('a coverage report with %s', (_label, detail) => {
    expect(chatProblems(chatOfCoverageReport(detail))).toEqual([]);
  });

  test('the fallback for a message that could not be formatted', () => {
    const raw = fixture('root-api-create-access-key.json');
    expect(chatProblems(chatFromAlert(buildAlert(parseRootEvent(raw), raw, contextFor(raw))))).toEqual([]);
  });
});

describe('what a chat alert says', () => {
  const raw = fixture('root-console-login-no-mfa.json');
  const message = chatOf(raw);
  const { title, description, nextSteps } = message.content;

  test('severity first in the title, then what happened and the account by name and id', () => {
    expect(title).toBe('CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)');
  });

  test('the title says what the e-mail subject says: both come from the same facts', () => {
    const alert = buildAlert(parseRootEvent(raw), raw, contextFor(raw));
    expect(title.split(' | ')[0]).toBe(alert.subject.split(' | ')[0]);
  });

  test('the description: outcome, MFA, who and from where, local and UTC time, and the CloudTrail link', () => {
    expect(description).toContain('outcome `Success`');
    expect(description).toContain('MFA used: No');
    expect(description).toContain('Who: `Root arn:aws:iam::111122223333:root`');
    expect(description).toMatch(/From: `\d+\.\d+\.\d+\.\d+` in `us-east-1`, user agent `Mozilla/);
    expect(description).toMatch(/When: 2024-11-04 23:03:17 GMT\+1 Europe\/Berlin \(2024-11-04 22:03:17 UTC\)/);
    expect(description).toContain(`CloudTrail: ${consoleLink(parseRootEvent(raw))}`);
  });

  test('next steps say whom to ask and what to do if nobody expected it', () => {
    expect(nextSteps[0]).toMatch(/^Ask whoever holds the root credentials of acme-production \(111122223333\)/);
    expect(nextSteps[1]).toMatch(/change the root password/);
  });

  test('a change to the monitor has the e-mail\'s steps, and its own event type', () => {
    const change = chatOf(fixture('tamper/tamper-stop-logging-denied.json'));
    expect(change.metadata.eventType).toBe('monitor-change');
    expect(change.content.nextSteps[0]).toMatch(/^Was a deployment of the monitor running\?/);
    expect(change.content.title).toMatch(/^HIGH: Someone tried to stop the trail: denied/);
  });

  test('an event another account sent says so first, and what to check', () => {
    const forged = chatOf(fixture('forged/unverified-sender-root-sign-in.json'));
    expect(forged.content.title).toMatch(/^[A-Z]+: Unverified: /);
    expect(forged.content.nextSteps[0]).toMatch(/^Look the event id up in CloudTrail/);
  });

  test('one root session keeps one thread; another source IP is another session', () => {
    const readOnly = fixture('root-api-describe-instances-readonly.json');
    const first = chatOf(readOnly);
    const again = copy(readOnly);
    again.detail.eventID = 'another-event';
    const elsewhere = copy(readOnly);
    elsewhere.detail.sourceIPAddress = '192.0.2.1';
    expect(chatOf(again).metadata.threadId).toBe(first.metadata.threadId);
    expect(chatOf(elsewhere).metadata.threadId).not.toBe(first.metadata.threadId);
    // Hashed: the thread id shows nothing of the session.
    expect(first.metadata.threadId).toMatch(/^root-session-[0-9a-f]{32}$/);
  });

  test('a CRITICAL alert is never a reply in a thread, where it could go unseen', () => {
    expect(message.content.title).toMatch(/^CRITICAL: /);
    expect(message.metadata.threadId).toBeUndefined();
  });

  test('a burst from one session joins its thread; a burst from many, or a CRITICAL one, starts a message of its own', () => {
    const [one] = chatsOfBatch(burst('root-api-describe-instances-readonly.json', 5));
    const [many] = chatsOfBatch(burst('root-console-login-no-mfa.json', 5, 5));
    const [critical] = chatsOfBatch(burst('root-console-login-no-mfa.json', 5));
    expect(one.metadata.threadId).toMatch(/^root-session-/);
    expect(critical.metadata.threadId).toBeUndefined();
    expect(many.metadata.threadId).toBeUndefined();
    expect(many.content.title).toMatch(/^CRITICAL: 5 root events in 5 sessions \(ConsoleLogin\) \| acme-production \(111122223333\)$/);
  });

  test('a one-line summary, an id and facts for custom actions', () => {
    expect(message.metadata.summary).toBe('CRITICAL: Root sign-in ConsoleLogin succeeded without MFA in acme-production (111122223333)');
    expect(message.id).toBe(parseRootEvent(raw).eventId);
    expect(message.metadata.additionalContext).toMatchObject({ severity: 'CRITICAL', accountId: '111122223333', eventName: 'ConsoleLogin' });
  });

  test('a coverage report is never threaded, so it cannot go unseen', () => {
    const report = chatOfCoverageReport();
    expect(report.metadata.threadId).toBeUndefined();
    expect(report.content.title).toBe('HIGH: 2 account-regions not reporting to the root activity hub');
    expect(report.content.description).toContain('`111122223333 eu-west-1, last heard 2026-12-06T02:10:00.000Z`');
  });
});

describe('text from an event cannot format, mention or link in the channel', () => {
  const forged = copy(fixture('root-api-create-access-key.json'));
  forged.detail.userAgent = 'evil`agent <!channel> [click](https://evil.example) @here\nSeverity: LOW';
  forged.detail.userIdentity.arn = 'arn:aws:iam::111122223333:root<https://evil.example|AWS>';
  forged.detail.eventName = 'CreateAccessKey<!here>';
  const message = chatOf(forged);
  const text = [message.content.title, message.content.description, ...message.content.nextSteps, message.metadata.summary].join('\n');

  test('no Slack control sequence, no markdown link, no broadcast mention, no early end of a code span', () => {
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('](');
    expect(text).not.toMatch(/@here|@channel/);
    expect(message.content.description).toContain('`evil\'agent ‹!channel› [click] (https://evil.example) (at) here Severity: LOW`');
  });

  test('a line break in a value cannot start a line of its own', () => {
    expect(message.content.description.split('\n').filter((line) => line.startsWith('Severity:'))).toHaveLength(1);
  });

  test('inert() leaves ordinary text alone', () => {
    expect(inert('Root sign-in ConsoleLogin succeeded in acme (111122223333)')).toBe('Root sign-in ConsoleLogin succeeded in acme (111122223333)');
  });
});

describe('fitting a description', () => {
  test('keeps whole lines while they fit, then says the rest is in the e-mail', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i} \`${'x'.repeat(40)}\``);
    const fitted = fitLines(lines, 500);
    expect(fitted.length).toBeLessThanOrEqual(500);
    expect(fitted.endsWith('(cut to fit the chat message; the e-mail alert has everything)')).toBe(true);
    for (const line of fitted.split('\n').slice(0, -1)) {
      expect(lines).toContain(line);
    }
  });
});

describe('whatever an event holds, its chat message meets the schema (generated inputs)', () => {
  const LONE = ['\ud800', '\udc00', '\ud83d'];
  const nasty = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('<', '>', '`', '*', '_', '[', ']', '(', ')', '\n', '@', '😀', ...LONE, 'a'), maxLength: 400 }),
    fc.string({ unit: fc.constantFrom('😀', 'é', ...LONE), minLength: 1, maxLength: 4 }).map((piece) => piece.repeat(3000)),
  );
  const FIELDS: Array<(event: any, value: string) => void> = [
    (event, value) => { event.detail.userAgent = value; },
    (event, value) => { event.detail.userIdentity.arn = value; },
    (event, value) => { event.detail.eventName = value; },
    (event, value) => { event.detail.sourceIPAddress = value; },
    (event, value) => { event.detail.errorMessage = value; },
    (event, value) => { event.detail.awsRegion = value; },
    (event, value) => { event.detail.eventID = value; },
    (event, value) => { event.detail.userIdentity.accessKeyId = value; },
  ];

  test('lone events and summaries, with hostile text in any field', () => {
    fc.assert(fc.property(
      fc.constantFrom(...allEventFixtureNames()),
      fc.array(fc.tuple(fc.nat(FIELDS.length - 1), nasty), { minLength: 1, maxLength: 4 }),
      (name, changes) => {
        const event = copy(fixture(name));
        event.detail.userIdentity = event.detail.userIdentity ?? {};
        for (const [field, value] of changes) {
          FIELDS[field](event, value);
        }
        const second = copy(event);
        second.detail.sourceIPAddress = 'another';
        expect(chatProblems(chatOf(event))).toEqual([]);
        for (const message of chatsOfBatch([event, second])) {
          expect(chatProblems(message)).toEqual([]);
        }
      },
    ), { seed: 20241104, numRuns: 150 });
  });

  test('the validator catches what breaks the schema', () => {
    const message = chatOf(fixture('root-console-login-no-mfa.json')) as any;
    const broken = { ...message, version: '2.0', content: { ...message.content, title: 'x'.repeat(151), extra: 1 }, metadata: { ...message.metadata, eventType: 'no spaces allowed' } };
    expect(validate(chatMessageSchema(), broken).sort()).toEqual([
      '/content/title: must be at most 150 characters (got 151)',
      '/content: must not have \'extra\'',
      '/metadata/eventType: must match ^[a-zA-Z0-9-]+$ (got "no spaces allowed")',
      '/version: must be "1.0" (got "2.0")',
    ]);
    expect(validate(chatMessageSchema(), { version: '1.0', source: 'custom' })).toEqual(['/: must have \'content\'']);
    expect(() => validate({ format: 'uri' }, 'x')).toThrow(/does not know the keyword 'format'/);
    expect(chatProblems({ ...message, content: { ...message.content, title: 'half \ud800 a character' } }))
      .toEqual(['a string holds a lone surrogate: "half \\ud800 a character"']);
  });
});
