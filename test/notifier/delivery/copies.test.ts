import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import type { NotifierConfig } from '../../../lambda-src/notifier/config';
import { createBatchNotifier, QueueRecord } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { atLeast, COPY_RETRY_WINDOW_MS, copiesFor } from '../../../lambda-src/notifier/delivery/copies';
import { NOTIFIER_TIMEOUT_SECONDS, PUBLISH_SPACING_MS } from '../../../lambda-src/notifier/delivery/delivery-limits';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import { Severity } from '../../../lambda-src/notifier/events/severity';
import * as chatContent from '../../../lambda-src/notifier/messages/chat-content';
import { fixture } from '../../helpers';
import { chatProblems, coverageReportBody } from '../chat-support';
import { collectingLogger, copy, virtualTime } from '../support';

const snsMock = mockClient(SNSClient);
const PREFIX = 'arn:aws:sns:us-east-1:111122223333';
const ALERTS = `${PREFIX}:root-activity`;
const HEALTH = `${PREFIX}:root-activity-health`;
const CHAT = `${PREFIX}:root-activity-chat`;
const PAGING = `${PREFIX}:root-activity-paging`;
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };

const BASE: NotifierConfig = {
  topicArn: ALERTS,
  topicRegion: 'us-east-1',
  timeZone: 'UTC',
  accountName: 'acme',
  functionName: 'notifier',
  healthTopicArn: HEALTH,
  chat: { topicArn: CHAT, region: 'us-east-1', minimumSeverity: Severity.MEDIUM },
  paging: { topicArn: PAGING, region: 'us-east-1', minimumSeverity: Severity.HIGH },
};

/** What SNS received, in order, at which virtual time. */
interface Sent { readonly at: number; readonly input: PublishCommandInput }

function setUp(config: Partial<NotifierConfig> = {}, refuse: (input: PublishCommandInput) => boolean = () => false) {
  const { log, entries } = collectingLogger();
  const time = virtualTime();
  const sent: Sent[] = [];
  const attempts: Sent[] = [];
  snsMock.on(PublishCommand).callsFake((input: PublishCommandInput) => {
    attempts.push({ at: time.now(), input });
    if (refuse(input)) {
      throw new Error(`SNS refused ${input.TopicArn}`);
    }
    sent.push({ at: time.now(), input });
    return { MessageId: `message-${sent.length}` };
  });
  const deps = {
    sns: new SNSClient({ region: 'us-east-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
    config: { ...BASE, ...config },
    log,
    ...time,
  };
  return { handler: createBatchNotifier(deps), direct: createNotifier(deps), deps, entries, time, sent, attempts };
}

function record(event: unknown, n: number): QueueRecord {
  return { messageId: `sqs-${n}`, body: JSON.stringify(event) };
}

const topicsOf = (sent: Sent[]) => sent.map(({ input }) => input.TopicArn!.split(':').pop());

beforeEach(() => snsMock.reset());
afterAll(() => snsMock.restore());

describe('which copies a message gets', () => {
  test('severities compare CRITICAL > HIGH > MEDIUM', () => {
    expect(atLeast(Severity.CRITICAL, Severity.HIGH)).toBe(true);
    expect(atLeast(Severity.HIGH, Severity.HIGH)).toBe(true);
    expect(atLeast(Severity.MEDIUM, Severity.HIGH)).toBe(false);
    expect(atLeast(Severity.MEDIUM, Severity.MEDIUM)).toBe(true);
    expect(atLeast(Severity.HIGH, Severity.CRITICAL)).toBe(false);
  });

  test.each([
    [Severity.CRITICAL, ['paging', 'chat']],
    [Severity.HIGH, ['paging', 'chat']],
    [Severity.MEDIUM, ['chat']],
  ])('with the defaults (chat MEDIUM, paging HIGH) a %s message goes to %j', (severity, kinds) => {
    expect(copiesFor(severity, BASE).map((found) => found.kind)).toEqual(kinds);
  });

  test('none without chat or paging topics', () => {
    expect(copiesFor(Severity.CRITICAL, { ...BASE, chat: undefined, paging: undefined })).toEqual([]);
  });
});

describe('the batch notifier with chat and paging topics', () => {
  test('a CRITICAL event: the alert, then the same text to paging, then a chat message, with one pause at the end', async () => {
    const { handler, sent, time } = setUp();
    const result = await handler({ Records: [record(fixture('root-console-login-no-mfa.json'), 0)] }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-paging', 'root-activity-chat']);
    const [alert, paging, chat] = sent.map(({ input }) => input);
    expect(paging.Subject).toBe(alert.Subject);
    expect(paging.Message).toBe(alert.Message);
    expect(paging.MessageAttributes).toEqual(alert.MessageAttributes);
    // The chat message is the whole body, with no subject.
    expect(chat.Subject).toBeUndefined();
    const body = JSON.parse(chat.Message!);
    expect(chatProblems(body)).toEqual([]);
    expect(body.content.title).toMatch(/^CRITICAL: Root sign-in ConsoleLogin succeeded without MFA \| acme \(111122223333\)$/);
    expect(chat.MessageAttributes?.severity?.StringValue).toBe('CRITICAL');
    expect(time.pauses).toEqual([PUBLISH_SPACING_MS]);
  });

  test('a MEDIUM event is not paged, and reaches chat', async () => {
    const { handler, sent } = setUp();
    await handler({ Records: [record(fixture('root-api-describe-instances-readonly.json'), 0)] }, CONTEXT);
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-chat']);
  });

  test('each topic\'s minimum is its own: chat at CRITICAL, paging at MEDIUM', async () => {
    const { handler, sent } = setUp({
      chat: { ...BASE.chat!, minimumSeverity: Severity.CRITICAL }, paging: { ...BASE.paging!, minimumSeverity: Severity.MEDIUM },
    });
    await handler({ Records: [record(fixture('root-console-login-failure.json'), 0)] }, CONTEXT);
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-paging']);
  });

  test('without copy topics nothing changes: one message, one pause', async () => {
    const { handler, sent, time } = setUp({ chat: undefined, paging: undefined });
    await handler({ Records: [record(fixture('root-console-login-no-mfa.json'), 0)] }, CONTEXT);
    expect(topicsOf(sent)).toEqual(['root-activity']);
    expect(time.pauses).toEqual([PUBLISH_SPACING_MS]);
  });

  test('every topic keeps PUBLISH_SPACING_MS between its messages: root events, a change to the monitor and a coverage report in one batch', async () => {
    const { handler, sent } = setUp();
    const tamper = fixture('tamper/tamper-delete-rule.json');
    const batch = [
      record(fixture('root-api-describe-instances-readonly.json'), 0),
      record(tamper, 1),
      { messageId: 'sqs-report', body: JSON.stringify(coverageReportBody()) },
    ];
    const result = await handler({ Records: batch }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    // Alerts first, then the copies: three chat messages, the change (CRITICAL) and the report (HIGH) paged.
    expect(topicsOf(sent)).toEqual([
      'root-activity-health', 'root-activity', 'root-activity-health',
      'root-activity-paging', 'root-activity-chat', 'root-activity-chat', 'root-activity-paging', 'root-activity-chat',
    ]);
    const byTopic = new Map<string, number[]>();
    for (const { at, input } of sent) {
      byTopic.set(input.TopicArn!, [...byTopic.get(input.TopicArn!) ?? [], at]);
    }
    for (const times of byTopic.values()) {
      for (let i = 1; i < times.length; i++) {
        expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(PUBLISH_SPACING_MS);
      }
    }
    for (const { input } of sent.filter(({ input: { TopicArn } }) => TopicArn === CHAT)) {
      expect(chatProblems(JSON.parse(input.Message!))).toEqual([]);
    }
  });

  test('a chat topic that keeps refusing: retried within COPY_RETRY_WINDOW_MS, counted, logged; the events are not handed back', async () => {
    const { handler, sent, attempts, entries, time } = setUp({ healthTopicArn: undefined }, (input) => input.TopicArn === CHAT);
    const batch = [record(fixture('root-console-login-no-mfa.json'), 0)];
    const result = await handler({ Records: batch }, { ...CONTEXT, getRemainingTimeInMillis: () => NOTIFIER_TIMEOUT_SECONDS * 1000 - time.now() });

    expect(result.batchItemFailures).toEqual([]);
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-paging']);
    const chatAttempts = attempts.filter(({ input }) => input.TopicArn === CHAT);
    // Refused at once: a second attempt 2.5 s after the first, then no more.
    expect(chatAttempts.map(({ at }) => at - chatAttempts[0].at)).toEqual([0, PUBLISH_SPACING_MS]);
    expect(chatAttempts[chatAttempts.length - 1].at - chatAttempts[0].at).toBeLessThanOrEqual(COPY_RETRY_WINDOW_MS);
    expect(entries().filter((entry) => entry.PublishFailures === 1)).toHaveLength(2);
    expect(entries().find((entry) => entry.level === 'ERROR')).toMatchObject({
      message: expect.stringMatching(/^Could not publish the chat copy of the alert; the alert itself was published/),
      topicArn: CHAT,
      copy: 'chat',
      errorMessage: `SNS refused ${CHAT}`,
    });
  });

  test('a copy topic that failed is not tried again in the same invocation', async () => {
    const { handler, attempts, entries } = setUp({}, (input) => input.TopicArn === PAGING);
    const batch = [record(fixture('root-console-login-no-mfa.json'), 0), record(fixture('tamper/tamper-delete-rule.json'), 1)];
    const result = await handler({ Records: batch }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    expect(attempts.filter(({ input }) => input.TopicArn === PAGING)).toHaveLength(2);
    expect(entries().filter((entry) => entry.message.startsWith('Skipped the paging copy'))).toHaveLength(1);
    // Chat still gets both.
    expect(attempts.filter(({ input }) => input.TopicArn === CHAT)).toHaveLength(2);
  });

  test('an alert that could not be published is not copied: its events go back, and its copies go with it next time', async () => {
    const { handler, attempts, time } = setUp({}, (input) => input.TopicArn === ALERTS);
    const result = await handler({ Records: [record(fixture('root-console-login-no-mfa.json'), 0)] },
      { ...CONTEXT, getRemainingTimeInMillis: () => NOTIFIER_TIMEOUT_SECONDS * 1000 - time.now() });

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'sqs-0' }]);
    expect(attempts.every(({ input }) => input.TopicArn === ALERTS)).toBe(true);
  });

  test('a chat topic in another region is published through a client for that region', async () => {
    const regions: string[] = [];
    const { deps } = setUp({ chat: { topicArn: 'arn:aws:sns:eu-west-1:111122223333:chat', region: 'eu-west-1', minimumSeverity: Severity.MEDIUM } });
    const other = new SNSClient({ region: 'eu-west-1' });
    const handler = createBatchNotifier({ ...deps, snsFor: (region) => { regions.push(region); return other; } });
    await handler({ Records: [record(fixture('root-console-login-no-mfa.json'), 0)] }, CONTEXT);
    expect(regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { TopicArn: 'arn:aws:sns:eu-west-1:111122223333:chat' });
  });

  test('a bug in formatting the chat message costs only its formatting: the e-mail text goes to chat, in the schema', async () => {
    const spy = jest.spyOn(chatContent, 'buildChatMessage').mockImplementation(() => { throw new Error('formatting bug'); });
    try {
      const { handler, sent, entries } = setUp();
      await handler({ Records: [record(fixture('root-console-login-no-mfa.json'), 0)] }, CONTEXT);
      const chat = sent.find(({ input }) => input.TopicArn === CHAT)!;
      const body = JSON.parse(chat.input.Message!);
      expect(chatProblems(body)).toEqual([]);
      expect(body.metadata.eventType).toBe('root-activity-unformatted');
      expect(entries().some((entry) => entry.message.startsWith('Could not format the chat message'))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  test('a burst: one message per topic, every chat message in the schema', async () => {
    const { handler, sent } = setUp();
    const batch = Array.from({ length: 400 }, (_, i) => {
      const event = copy(fixture(i % 50 === 0 ? 'root-api-create-access-key.json' : 'root-api-describe-instances-readonly.json'));
      event.detail.eventID = `event-${i}`;
      event.detail.sourceIPAddress = `198.51.100.${i % 30}`;
      return record(event, i);
    });
    await handler({ Records: batch }, CONTEXT);
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-paging', 'root-activity-chat']);
    expect(chatProblems(JSON.parse(sent[2].input.Message!))).toEqual([]);
  });
});

describe('the direct path (a rule that invokes the function)', () => {
  test('copies the published alert, and a failed copy does not fail the invocation', async () => {
    const { direct, sent, entries } = setUp({}, (input) => input.TopicArn === CHAT);
    const result = await direct(fixture('root-api-create-access-key.json'), CONTEXT);
    expect(result.messageId).toBeDefined();
    expect(topicsOf(sent)).toEqual(['root-activity', 'root-activity-paging']);
    expect(entries().some((entry) => entry.level === 'ERROR' && entry.copy === 'chat')).toBe(true);
  });

  test('sends the chat message of the event', async () => {
    const { direct, sent } = setUp();
    await direct(fixture('root-console-login-no-mfa.json'), CONTEXT);
    const chat = sent.find(({ input }) => input.TopicArn === CHAT)!;
    expect(chatProblems(JSON.parse(chat.input.Message!))).toEqual([]);
  });
});
