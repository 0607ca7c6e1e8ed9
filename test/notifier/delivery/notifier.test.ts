import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { PublishCommand, PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import type { NotifierConfig } from '../../../lambda-src/notifier/config';
import { NOTIFIER_TIMEOUT_SECONDS, PUBLISH_RESERVE_MS } from '../../../lambda-src/notifier/delivery/delivery-limits';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import * as alertModule from '../../../lambda-src/notifier/messages/alert';
import { isValidSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture, fixtureNames } from '../../helpers';
import { collectingLogger, virtualTime } from '../support';

const snsMock = mockClient(SNSClient);
const iamMock = mockClient(IAMClient);

const TOPIC_ARN = 'arn:aws:sns:eu-central-1:111122223333:root-activity';
const OWN_ACCOUNT = '111122223333';
const OTHER_ACCOUNT = '444455556666';
const ALIAS = 'acme-alias';
const CONTEXT = { invokedFunctionArn: `arn:aws:lambda:us-east-1:${OWN_ACCOUNT}:function:x`, awsRequestId: 'c0ffee00-0000-4000-8000-000000000001' };

function setUp(config: Partial<NotifierConfig> = {}) {
  const logged = collectingLogger();
  const time = virtualTime();
  const handler = createNotifier({
    sns: new SNSClient({ region: 'eu-central-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), logged.log),
    config: { topicArn: TOPIC_ARN, topicRegion: 'eu-central-1', timeZone: 'UTC', ...config },
    log: logged.log,
    ...time,
  });
  return { handler, time, ...logged };
}

/** The input of the one message published; fails unless exactly one was. */
function published(): PublishCommandInput {
  expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
  return snsMock.commandCalls(PublishCommand)[0].args[0].input;
}

function attribute(input: PublishCommandInput, name: string): string | undefined {
  return input.MessageAttributes?.[name]?.StringValue;
}

/** The same event as if it came from another account. */
function fromOtherAccount(name: string) {
  const text = JSON.stringify(fixture(name)).split(OWN_ACCOUNT).join(OTHER_ACCOUNT);
  return JSON.parse(text) as Record<string, any>;
}

beforeEach(() => {
  snsMock.reset();
  iamMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'msg-0001' });
  iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: [ALIAS] });
});

afterAll(() => {
  snsMock.restore();
  iamMock.restore();
});

describe('createNotifier publishing', () => {
  test.each(fixtureNames())('publishes exactly one complete message for %s', async (name) => {
    const raw = fixture(name);
    const { handler } = setUp();

    const result = await handler(raw, CONTEXT);

    const input = published();
    expect(result).toEqual({ messageId: 'msg-0001' });
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
    expect(input.Subject).toContain(raw.detail.eventName);
    expect(input.Message).toContain(raw.detail.eventID);
    expect(input.Message).toContain(raw.detail.sourceIPAddress);
    for (const attributeName of ['severity', 'eventName', 'account', 'accountId']) {
      expect(input.MessageAttributes?.[attributeName]).toEqual({ DataType: 'String', StringValue: expect.stringMatching(/\S/) });
    }
    for (const value of Object.values(input.MessageAttributes ?? {})) {
      expect(value.DataType).toBe('String');
    }
    expect(attribute(input, 'eventName')).toBe(raw.detail.eventName);
    expect(input.Subject!.startsWith(`${attribute(input, 'severity')}: `)).toBe(true);
  });

  test('publishes once per event across several invocations, and looks up the alias once', async () => {
    const { handler } = setUp();

    await handler(fixture('root-console-login-no-mfa.json'), CONTEXT);
    await handler(fixture('root-api-create-access-key.json'), CONTEXT);
    await handler(fixture('root-api-stop-logging.json'), CONTEXT);

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 3);
    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 1);
  });
});

describe('createNotifier account label', () => {
  test('uses the configured account name rather than the alias, without asking IAM', async () => {
    const { handler } = setUp({ accountName: 'Acme Production' });

    await handler(fixture('root-console-login-no-mfa.json'), CONTEXT);

    const input = published();
    expect(input.Subject).toContain('Acme Production');
    expect(input.Message).toContain(`Acme Production (${OWN_ACCOUNT})`);
    expect(input.Message).not.toContain(ALIAS);
    expect(attribute(input, 'account')).toBe('Acme Production');
    expect(attribute(input, 'accountId')).toBe(OWN_ACCOUNT);
    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 0);
  });

  test("uses the IAM alias for an event from the function's own account", async () => {
    const { handler } = setUp();

    await handler(fixture('root-console-login-no-mfa.json'), CONTEXT);

    const input = published();
    expect(input.Subject).toContain(ALIAS);
    expect(input.Message).toContain(`${ALIAS} (${OWN_ACCOUNT})`);
    expect(attribute(input, 'account')).toBe(ALIAS);
    expect(attribute(input, 'accountId')).toBe(OWN_ACCOUNT);
  });

  test('labels an event from another account with its own id, not our alias, and does not ask IAM', async () => {
    const { handler } = setUp();

    await handler(fromOtherAccount('root-console-login-no-mfa.json'), CONTEXT);

    const input = published();
    expect(input.Subject).toContain(OTHER_ACCOUNT);
    expect(input.Subject).not.toContain(ALIAS);
    expect(input.Message).not.toContain(ALIAS);
    expect(attribute(input, 'account')).toBe(OTHER_ACCOUNT);
    expect(attribute(input, 'accountId')).toBe(OTHER_ACCOUNT);
    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 0);
  });

  test('does not put the configured account name on an event from another account', async () => {
    const { handler } = setUp({ accountName: 'Acme Production' });

    await handler(fromOtherAccount('root-api-stop-logging.json'), CONTEXT);

    const input = published();
    expect(input.Message).not.toContain('Acme Production');
    expect(attribute(input, 'account')).toBe(OTHER_ACCOUNT);
  });

  test("labels an event that names no account with the function's account and alias", async () => {
    const raw = fixture('root-api-stop-logging.json');
    delete raw.account;
    delete raw.detail.recipientAccountId;
    delete raw.detail.userIdentity.accountId;
    const { handler } = setUp();

    await handler(raw, CONTEXT);

    const input = published();
    expect(attribute(input, 'accountId')).toBe(OWN_ACCOUNT);
    expect(attribute(input, 'account')).toBe(ALIAS);
  });

  // The bucket owner's copy of another account's root reading one of its
  // objects: userIdentity.accountId is the caller's, recipientAccountId ours.
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html#cloudtrail-object-level-crossaccount
  test("names another account's root as such, and keeps our alias beside our id only", async () => {
    const { handler, entries } = setUp();

    await handler(fixture('root-api-cross-account-s3-get-object.json'), CONTEXT);

    const input = published();
    expect(input.Subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of ${OTHER_ACCOUNT} on ${ALIAS} (${OWN_ACCOUNT})`);
    expect(input.Message).toMatch(new RegExp(`^Account: +${OTHER_ACCOUNT} \\(its root user acted, cross-account\\)$`, 'm'));
    expect(input.Message).toMatch(new RegExp(`^On account: +${ALIAS} \\(${OWN_ACCOUNT}\\)`, 'm'));
    expect(input.Message).not.toContain(`${ALIAS} (${OTHER_ACCOUNT})`);
    expect(attribute(input, 'account')).toBe(OTHER_ACCOUNT);
    expect(attribute(input, 'accountId')).toBe(OTHER_ACCOUNT);
    expect(attribute(input, 'recipientAccountId')).toBe(OWN_ACCOUNT);
    expect(entries()).toEqual(expect.arrayContaining([expect.objectContaining({
      message: 'Published root activity alert', accountId: OTHER_ACCOUNT, recipientAccountId: OWN_ACCOUNT,
    })]));
  });

  test('does not put the configured account name on the other account of a cross-account call', async () => {
    const { handler } = setUp({ accountName: 'Acme Production' });

    await handler(fixture('root-api-cross-account-s3-get-object.json'), CONTEXT);

    const input = published();
    expect(input.Subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of ${OTHER_ACCOUNT} on Acme Production (${OWN_ACCOUNT})`);
    expect(input.Message).not.toContain(`Acme Production (${OTHER_ACCOUNT})`);
    expect(attribute(input, 'account')).toBe(OTHER_ACCOUNT);
  });

  test('still publishes, with the account id, when the alias look-up fails', async () => {
    iamMock.on(ListAccountAliasesCommand).rejects(Object.assign(new Error('not authorized to perform iam:ListAccountAliases'), { name: 'AccessDenied' }));
    const { handler, entries } = setUp();

    await handler(fixture('root-console-login-no-mfa.json'), CONTEXT);

    const input = published();
    expect(attribute(input, 'account')).toBe(OWN_ACCOUNT);
    expect(attribute(input, 'accountId')).toBe(OWN_ACCOUNT);
    expect(input.Subject).toContain(OWN_ACCOUNT);
    expect(entries()).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'WARN', errorName: 'AccessDenied' })]));
  });
});

describe('createNotifier with events it does not understand', () => {
  test.each([
    ['a string', 'hello'],
    ['null', null],
    ['an empty object', {}],
    ['a bare CloudTrail record', fixture('root-console-login-no-mfa.json').detail],
  ])('still publishes one alert for %s and warns with the oddities', async (_label, event) => {
    const { handler, entries } = setUp();

    await handler(event, CONTEXT);

    const input = published();
    expect(input.Message).toContain('This event was not shaped as expected');
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
    const warning = entries().find((entry) => entry.level === 'WARN');
    expect(warning).toBeDefined();
    expect(warning!.oddities).toEqual(expect.arrayContaining([expect.any(String)]));
    expect((warning!.oddities as string[]).length).toBeGreaterThan(0);
  });

  test('a well-formed event logs no warning', async () => {
    const { handler, entries } = setUp();

    await handler(fixture('root-api-delete-trail.json'), CONTEXT);

    expect(entries().map((entry) => entry.level)).toEqual(['INFO']);
  });

  test('still publishes a plain alert with the raw event when formatting fails', async () => {
    const buildAlert = jest.spyOn(alertModule, 'buildAlert').mockImplementation(() => {
      throw new Error('formatting bug');
    });
    try {
      const raw = fixture('root-console-login-no-mfa.json');
      const { handler, entries } = setUp();

      await handler(raw, CONTEXT);

      const input = published();
      expect(isValidSnsSubject(input.Subject!)).toBe(true);
      expect(input.Subject).toMatch(/^HIGH: /);
      expect(input.Message).toContain(raw.detail.eventID);
      expect(JSON.parse(input.Message!.slice(input.Message!.indexOf('{')))).toEqual(raw);
      expect(attribute(input, 'eventName')).toBe('ConsoleLogin');
      expect(attribute(input, 'accountId')).toBe(OWN_ACCOUNT);
      expect(entries()).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'ERROR', errorMessage: 'formatting bug' })]));
    } finally {
      buildAlert.mockRestore();
    }
  });
});

describe('createNotifier when SNS fails', () => {
  test('retries until the invocation\'s time is nearly up, then rejects with the publish error so Lambda retries, and logs an ERROR line', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    snsMock.on(PublishCommand).rejects(throttled);
    const { handler, entries, time } = setUp();

    await expect(handler(fixture('root-api-create-access-key.json'), CONTEXT)).rejects.toThrow('Rate exceeded');

    const attempts = snsMock.commandCalls(PublishCommand).length;
    expect(attempts).toBeGreaterThan(1);
    // Every attempt is counted, and the retries end with time to spare.
    expect(entries().filter((entry) => entry.PublishFailures === 1)).toHaveLength(attempts);
    expect(time.now()).toBeLessThanOrEqual(NOTIFIER_TIMEOUT_SECONDS * 1000 - PUBLISH_RESERVE_MS);
    const levels = entries().map((entry) => entry.level);
    expect(levels).toContain('ERROR');
    expect(levels).not.toContain('INFO');
    expect(entries().find((entry) => entry.level === 'ERROR')).toEqual(expect.objectContaining({
      errorName: 'ThrottlingException',
      errorMessage: 'Rate exceeded',
      eventName: 'CreateAccessKey',
    }));
  });
});

describe('createNotifier logging', () => {
  test.each(fixtureNames())('writes only JSON lines with a level, message and time for %s', async (name) => {
    const { handler, lines } = setUp();

    await handler(fixture(name), CONTEXT);

    expect(lines.length).toBeGreaterThan(0);
    for (const text of lines) {
      expect(text).not.toContain('\n');
      const entry = JSON.parse(text);
      expect(['INFO', 'WARN', 'ERROR']).toContain(entry.level);
      expect(typeof entry.message).toBe('string');
      expect(entry.message.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(entry.timestamp))).toBe(false);
    }
  });

  test('logs the published message id with the severity and event', async () => {
    const { handler, entries } = setUp();

    await handler(fixture('root-api-stop-logging.json'), CONTEXT);

    expect(entries()).toEqual([expect.objectContaining({
      level: 'INFO',
      messageId: 'msg-0001',
      severity: 'CRITICAL',
      eventName: 'StopLogging',
      eventId: '7c9e1a3b-5d7f-4b9d-8e1a-3b5d7f9b1dd1',
    })]);
  });

  test.each([
    ['a normal event', fixture('root-api-s3-put-bucket-policy.json'), false],
    ['an odd event', { ...fixture('root-api-s3-put-bucket-policy.json'), 'detail-type': 'Unexpected' }, false],
    ['an event whose publish fails', fixture('root-console-login-mfa-success.json'), true],
  ])('never logs the full event, for %s', async (_label, raw, publishFails) => {
    if (publishFails) {
      snsMock.on(PublishCommand).rejects(new Error('Service unavailable'));
    }
    const { handler, lines } = setUp();

    await handler(raw, CONTEXT).catch(() => undefined);

    const logged = lines.join('\n');
    expect(logged).not.toContain(raw.detail.userAgent);
    expect(logged).not.toContain(raw.detail.sourceIPAddress);
    expect(logged).not.toContain('requestParameters');
    expect(logged).not.toContain('additionalEventData');
    // A failing publish logs a line per attempt; none of them holds the event.
    for (const line of lines) {
      expect(line.length).toBeLessThan(JSON.stringify(raw).length / 2);
    }
  });
});
