import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { createBatchNotifier, QueueRecord } from '../../../lambda-src/notifier/delivery/batch-notifier';
import {
  BATCH_SIZE, MAX_EVENTS_PER_MESSAGE, MAX_MESSAGES_PER_TOPIC, NOTIFIER_TIMEOUT_SECONDS,
  PUBLISH_CALL_TIMEOUT_MS, PUBLISH_RESERVE_MS, PUBLISH_SPACING_MS,
} from '../../../lambda-src/notifier/delivery/delivery-limits';
import { isValidSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';

const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };

function setUp() {
  const { log, entries } = collectingLogger();
  const time = virtualTime();
  const handler = createBatchNotifier({
    sns: new SNSClient({ region: 'us-east-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
    config: { topicArn: TOPIC_ARN, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme' },
    log,
    ...time,
  });
  return { handler, entries, pauses: time.pauses, time };
}

function record(event: unknown, n: number): QueueRecord {
  return { messageId: `sqs-${n}`, body: typeof event === 'string' ? event : JSON.stringify(event) };
}

/** `count` copies of a fixture, each with its own event id, from `sessions` source IPs. */
function records(name: string, count: number, sessions = 1): QueueRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const event = copy(fixture(name));
    event.detail.eventID = `event-${i}`;
    event.detail.sourceIPAddress = `198.51.100.${i % sessions}`;
    return record(event, i);
  });
}

beforeEach(() => {
  snsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
});

afterAll(() => snsMock.restore());

describe('the batch notifier', () => {
  test('sums up one session\'s burst in one message that names every event id, and pauses after publishing', async () => {
    const { handler, pauses, entries } = setUp();
    const result = await handler({ Records: records('root-api-describe-instances-readonly.json', 500) }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    const input = snsMock.commandCalls(PublishCommand)[0].args[0].input;
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
    expect(input.Subject).toMatch(/^MEDIUM: 500 root events in 1 session \(DescribeInstances\) \| acme \(111122223333\)$/);
    const lines = input.Message!.split('\n');
    for (let i = 0; i < 500; i++) {
      expect(lines).toContain(`event-${i}`);
    }
    expect(Buffer.byteLength(input.Message!)).toBeLessThan(256 * 1024);
    expect(input.MessageAttributes?.eventKind?.StringValue).toBe('summary');
    expect(pauses).toEqual([PUBLISH_SPACING_MS]);
    // Every event is in the logs on arrival.
    expect(entries().filter((entry) => entry.message === 'Received root event')).toHaveLength(500);
  });

  test('sends one event alone as the usual alert', async () => {
    const { handler } = setUp();
    await handler({ Records: records('root-console-login-no-mfa.json', 1) }, CONTEXT);
    const input = snsMock.commandCalls(PublishCommand)[0].args[0].input;
    expect(input.Subject).toMatch(/^CRITICAL: Root sign-in ConsoleLogin succeeded without MFA/);
  });

  test('publishes one message for a batch, however many sessions it holds, and pauses once after it', async () => {
    const { handler, pauses } = setUp();
    await handler({ Records: records('root-api-describe-instances-readonly.json', 200, 100) }, CONTEXT);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(pauses).toEqual([PUBLISH_SPACING_MS]);
    const input = snsMock.commandCalls(PublishCommand)[0].args[0].input;
    expect(input.Subject).toMatch(/^MEDIUM: 200 root events in 100 sessions/);
    for (let i = 0; i < 200; i++) {
      expect(input.Message!.split('\n')).toContain(`event-${i}`);
    }
  });

  test('spaces the messages of a batch too large for one message PUBLISH_SPACING_MS apart, never more than MAX_MESSAGES_PER_TOPIC', async () => {
    const { handler, pauses } = setUp();
    await handler({ Records: records('root-api-describe-instances-readonly.json', MAX_EVENTS_PER_MESSAGE + 1, 3) }, CONTEXT);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 2);
    expect(pauses).toEqual([PUBLISH_SPACING_MS, PUBLISH_SPACING_MS]);
    expect(MAX_MESSAGES_PER_TOPIC).toBe(Math.ceil(BATCH_SIZE / MAX_EVENTS_PER_MESSAGE));
  });

  test('keeps every message of the largest batch within SNS\'s size, however varied its events', async () => {
    // A full batch at the worst: every event its own session, event name and
    // region, and a quarter without an event id (named by SQS message id).
    const { handler } = setUp();
    const batch = Array.from({ length: BATCH_SIZE }, (_, i) => {
      const event = copy(fixture('root-api-describe-instances-readonly.json'));
      event.detail.eventID = i % 4 === 0 ? undefined : `event-${i}`;
      event.detail.eventName = `Operation${i}WithALongNameThatKeepsGoing${'x'.repeat(60)}`;
      event.detail.awsRegion = `region-${i}`;
      event.detail.sourceIPAddress = `198.51.${Math.floor(i / 256)}.${i % 256}`;
      return record(event, i);
    });
    const result = await handler({ Records: batch }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    expect(inputs.length).toBe(Math.ceil(BATCH_SIZE / MAX_EVENTS_PER_MESSAGE));
    for (const input of inputs) {
      const attributes = Object.entries(input.MessageAttributes ?? {}).map(([name, value]) => name + value.DataType + value.StringValue);
      const bytes = Buffer.byteLength(input.Subject! + input.Message! + attributes.join(''));
      expect(bytes).toBeLessThanOrEqual(256 * 1024);
    }
    const lines = new Set(inputs.flatMap((input) => input.Message!.split('\n')));
    for (let i = 0; i < BATCH_SIZE; i++) {
      expect(lines.has(i % 4 === 0 ? `(no event id) SQS sqs-${i}` : `event-${i}`)).toBe(true);
    }
  });

  test('retries a refused publish after PUBLISH_SPACING_MS and counts the failure, within the same invocation', async () => {
    const { handler, entries, pauses } = setUp();
    snsMock.on(PublishCommand).rejectsOnce(new Error('KMS key disabled')).resolves({ MessageId: 'ok' });
    const batch = records('root-api-describe-instances-readonly.json', 4, 2);
    const result = await handler({ Records: batch }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    // One message (two sessions), sent twice.
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 2);
    expect(pauses[0]).toBe(PUBLISH_SPACING_MS);
    const failure = entries().find((entry) => entry.PublishFailures === 1);
    expect(failure).toMatchObject({ level: 'WARN', errorMessage: 'KMS key disabled', attempt: 1, FunctionName: 'unknown' });
    expect(failure?._aws).toMatchObject({ CloudWatchMetrics: [{ Namespace: 'RootActivityMonitor', Dimensions: [['FunctionName']], Metrics: [{ Name: 'PublishFailures', Unit: 'Count' }] }] });
  });

  test('returns the events of a message SNS keeps refusing, once the invocation has no time left to retry', async () => {
    const { handler, entries, time } = setUp();
    snsMock.on(PublishCommand).rejects(new Error('KMS key disabled'));
    const batch = records('root-api-describe-instances-readonly.json', 4, 2);
    const result = await handler({ Records: batch }, { ...CONTEXT, getRemainingTimeInMillis: () => NOTIFIER_TIMEOUT_SECONDS * 1000 - time.now() });

    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['sqs-0', 'sqs-1', 'sqs-2', 'sqs-3']);
    expect(entries().find((entry) => entry.level === 'ERROR')).toMatchObject({ errorMessage: 'KMS key disabled' });
    // It returned while the function still had its reserve left.
    expect(time.now()).toBeLessThanOrEqual(NOTIFIER_TIMEOUT_SECONDS * 1000 - PUBLISH_RESERVE_MS + PUBLISH_SPACING_MS);
  });

  test('abandons a publish that does not answer within PUBLISH_CALL_TIMEOUT_MS and tries again', async () => {
    const { log, entries } = collectingLogger();
    const time = virtualTime();
    let calls = 0;
    const sns = {
      send: (_command: unknown, options?: { abortSignal?: AbortSignal }) => {
        calls++;
        if (calls === 1) {
          // Hangs until abandoned, as a dead connection would.
          return new Promise((_resolve, reject) => options?.abortSignal?.addEventListener('abort', () => reject(new Error('aborted'))));
        }
        return Promise.resolve({ MessageId: 'ok' });
      },
    } as unknown as SNSClient;
    const timers: number[] = [];
    const handler = createBatchNotifier({
      sns,
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: { topicArn: TOPIC_ARN, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme' },
      log,
      ...time,
      callTimer: async (ms) => { timers.push(ms); if (calls > 1) await new Promise(() => undefined); },
    });

    const result = await handler({ Records: records('root-api-create-access-key.json', 1) }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    expect(calls).toBe(2);
    expect(timers[0]).toBe(PUBLISH_CALL_TIMEOUT_MS);
    expect(entries().find((entry) => entry.PublishFailures === 1)).toMatchObject({ errorName: 'PublishTimeoutError' });
  });

  test('reports a byte-for-byte copy of a record once, but never lets another record with the same event id hide', async () => {
    const { handler, entries } = setUp();
    const [original] = records('root-api-create-access-key.json', 1);
    const forged = copy(fixture('root-api-describe-instances-readonly.json'));
    forged.detail.eventID = 'event-0';
    const batch = [original, { ...original, messageId: 'sqs-copy' }, record(forged, 7)];

    const result = await handler({ Records: batch }, CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    const messages = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    // The copy is left out; the other record claiming the same id is not.
    expect(messages).toHaveLength(1);
    expect(messages[0].Subject).toMatch(/^CRITICAL: 2 root events in 2 sessions \((CreateAccessKey, DescribeInstances|DescribeInstances, CreateAccessKey)\)/);
    expect(entries().filter((entry) => entry.message.startsWith('A copy of another record'))).toHaveLength(1);
  });

  test('alerts on a queued body that is not JSON, with a warning saying what was odd', async () => {
    const { handler, entries } = setUp();
    await handler({ Records: [record('not json at all', 0)] }, CONTEXT);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(entries().some((entry) => entry.level === 'WARN')).toBe(true);
  });
});
