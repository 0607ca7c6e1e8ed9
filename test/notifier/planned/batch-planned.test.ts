import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import type { NotifierConfig } from '../../../lambda-src/notifier/config';
import { createBatchNotifier, QueueRecord } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { Severity } from '../../../lambda-src/notifier/events/severity';
import { PlannedUseSeverity } from '../../../lambda-src/notifier/planned/planned-severity';
import type { WindowStore } from '../../../lambda-src/notifier/planned/window-store';
import { fixture } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';
import { awsError, fakeWindowStore, PATH, windowParameter, windowValue } from './fake-window-store';

const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';
const CHAT_TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity-chat';
const PLANNED = { path: PATH, maxMinutes: 240, severity: PlannedUseSeverity.ONE_LOWER };
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };
const OTHER = '444455556666';

function setUp(store: WindowStore | undefined, config: Partial<NotifierConfig> = {}) {
  const { log, entries } = collectingLogger();
  const handler = createBatchNotifier({
    sns: new SNSClient({ region: 'us-east-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
    config: { topicArn: TOPIC_ARN, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme', plannedUse: PLANNED, ...config },
    log,
    windowStore: store,
    ...virtualTime(),
  });
  return { handler, entries };
}

/** A fixture as a queue record, with its own event id; `account` moves the whole event to another account. */
function record(name: string, n: number, account?: string): QueueRecord {
  const event = copy(fixture(name));
  event.detail.eventID = `event-${n}`;
  if (account !== undefined) {
    event.account = account;
    event.detail.recipientAccountId = account;
    event.detail.userIdentity.accountId = account;
    event.detail.userIdentity.arn = `arn:aws:iam::${account}:root`;
  }
  return { messageId: `sqs-${n}`, body: JSON.stringify(event) };
}

function publishes() {
  return snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
}

// root-api-create-access-key.json is CRITICAL, at 2024-11-06 in account 111122223333.
const CRITICAL_CALL = 'root-api-create-access-key.json';
const WINDOW = windowParameter('chg-1234', windowValue({ start: '2024-11-01T00:00:00Z', end: '2024-11-01T03:00:00Z' }));

function windowAround(name: string, overrides: Record<string, unknown> = {}, declared?: string) {
  const time = fixture(name).detail.eventTime as string;
  const at = Date.parse(time);
  return windowParameter('chg-1234', windowValue({
    start: new Date(at - 3600_000).toISOString(), end: new Date(at + 3600_000).toISOString(), ...overrides,
  }), declared ?? new Date(at - 7200_000).toISOString());
}

beforeEach(() => {
  snsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
});

afterAll(() => snsMock.restore());

describe('planned root use in the batch notifier', () => {
  test('an event in a window of its account is lowered one step and labelled in subject, text and attributes', async () => {
    const { store, calls } = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    const { handler, entries } = setUp(store);
    await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    const [input] = publishes();
    expect(input.Subject).toMatch(/^HIGH: /);
    expect(input.Message).toContain('Severity:    HIGH (root access key created; planned: CHG-1234, by alice@example.com)');
    expect(input.Message).toMatch(/\nPlanned:     CHG-1234, by alice@example\.com \(window \/root-activity-monitor\/planned-root-use\/chg-1234, .*; CRITICAL outside it\)\n/);
    expect(input.MessageAttributes?.planned).toEqual({ DataType: 'String', StringValue: 'true' });
    expect(input.MessageAttributes?.severity?.StringValue).toBe(Severity.HIGH);
    expect(calls).toHaveLength(1);
    expect(entries()).toContainEqual(expect.objectContaining({ message: 'Received root event', plannedWindow: `${PATH}chg-1234`, usualSeverity: 'CRITICAL' }));
  });

  test('an event outside every window is not lowered and carries no planned attribute', async () => {
    const { store } = fakeWindowStore([WINDOW]);
    const { handler } = setUp(store);
    await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    const [input] = publishes();
    expect(input.Subject).toMatch(/^CRITICAL: /);
    expect(input.Message).not.toContain('Planned:');
    expect(input.MessageAttributes?.planned).toBeUndefined();
  });

  test('a summary labels each planned event, and its severity follows the lowered severities', async () => {
    const { store } = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    const { handler } = setUp(store);
    // Two CRITICAL calls in the window's account, one in another account.
    await handler({ Records: [record(CRITICAL_CALL, 1), record(CRITICAL_CALL, 2), record(CRITICAL_CALL, 3, OTHER)] }, CONTEXT);
    const [input] = publishes();
    // The other account's call is still CRITICAL, so the summary is.
    expect(input.Subject).toMatch(/^CRITICAL: 3 root events/);
    const lines = input.Message!.split('\n');
    expect(lines).toContain('event-1 (planned: CHG-1234, by alice@example.com)');
    expect(lines).toContain('event-2 (planned: CHG-1234, by alice@example.com)');
    expect(lines).toContain('event-3');
    expect(input.Message).toContain('  Planned:     2 of 2 events, in windows of CHG-1234, by alice@example.com 2');
    expect(input.MessageAttributes?.planned).toBeUndefined();
  });

  test('a summary of planned events only is at the lowered severity and marked planned', async () => {
    const { store } = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    const { handler } = setUp(store);
    await handler({ Records: [record(CRITICAL_CALL, 1), record(CRITICAL_CALL, 2)] }, CONTEXT);
    const [input] = publishes();
    expect(input.Subject).toMatch(/^HIGH: 2 root events/);
    expect(input.MessageAttributes?.planned?.StringValue).toBe('true');
  });

  test('the chat copy shows the label too', async () => {
    const { store } = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    const { handler } = setUp(store, { chat: { topicArn: CHAT_TOPIC_ARN, region: 'us-east-1', minimumSeverity: Severity.MEDIUM } });
    await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    const chat = publishes().find((input) => input.TopicArn === CHAT_TOPIC_ARN)!;
    const description = JSON.parse(chat.Message!).content.description as string;
    expect(description).toContain('Planned: CHG-1234, by alice@example.com');
    expect(chat.MessageAttributes?.planned?.StringValue).toBe('true');
  });

  test('a window declared after the event does not lower it', async () => {
    const late = windowAround(CRITICAL_CALL, {}, new Date(Date.parse(fixture(CRITICAL_CALL).detail.eventTime) + 1000).toISOString());
    const { store } = fakeWindowStore([late]);
    const { handler, entries } = setUp(store);
    await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    expect(publishes()[0].Subject).toMatch(/^CRITICAL: /);
    expect(entries()).toContainEqual(expect.objectContaining({ why: 'it was declared after the event' }));
  });

  test('a root sign-in without MFA in a window is not lowered, and the log says why', async () => {
    const { store } = fakeWindowStore([windowAround('root-console-login-no-mfa.json')]);
    const { handler, entries } = setUp(store);
    await handler({ Records: [record('root-console-login-no-mfa.json', 1)] }, CONTEXT);
    expect(publishes()[0].Subject).toMatch(/^CRITICAL: /);
    expect(publishes()[0].MessageAttributes?.planned).toBeUndefined();
    expect(entries()).toContainEqual(expect.objectContaining({ why: 'a root sign-in without MFA is never planned' }));
  });

  test.each([
    ['bad JSON', '{"accounts":'],
    ['missing keys', { accounts: ['111122223333'] }],
    ['extra keys', { ...windowValue(), severity: 'none' }],
    ['a bad account', { ...windowValue(), accounts: ['1111'] }],
    ['end before start', { ...windowValue(), start: '2024-11-06T03:00:00Z', end: '2024-11-06T00:00:00Z' }],
    ['control characters', { ...windowValue(), start: '2024-11-06T00:00:00Z', end: '2024-11-06T03:00:00Z', ticket: 'CHG\u0007' }],
    ['a span longer than the maximum', { ...windowValue(), start: '2024-11-05T00:00:00Z', end: '2024-11-07T00:00:00Z' }],
  ])('a malformed window (%s) never silences nor lowers the alert', async (_, value) => {
    const { store } = fakeWindowStore([windowParameter('bad', value, '2024-11-01T00:00:00Z')]);
    const { handler, entries } = setUp(store);
    const result = await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    expect(result.batchItemFailures).toEqual([]);
    expect(publishes()).toHaveLength(1);
    expect(publishes()[0].Subject).toMatch(/^CRITICAL: /);
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'WARN', window: `${PATH}bad` }));
  });

  test.each([
    ['throttled', awsError('ThrottlingException', 'Rate exceeded')],
    ['denied', awsError('AccessDeniedException', 'not authorized')],
  ])('when Parameter Store is %s the alert goes out at its usual severity', async (_, error) => {
    const { store } = fakeWindowStore([windowAround(CRITICAL_CALL)], { error });
    const { handler, entries } = setUp(store);
    const result = await handler({ Records: [record(CRITICAL_CALL, 1)] }, CONTEXT);
    expect(result.batchItemFailures).toEqual([]);
    expect(publishes()[0].Subject).toMatch(/^CRITICAL: /);
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'ERROR', errorName: error.name }));
  });

  test('windows are read once per batch, and not at all without a root event or without PLANNED_USE_PATH', async () => {
    const many = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    await setUp(many.store).handler({ Records: [record(CRITICAL_CALL, 1), record(CRITICAL_CALL, 2), record(CRITICAL_CALL, 3)] }, CONTEXT);
    expect(many.calls).toHaveLength(1);

    const tamperOnly = fakeWindowStore([]);
    await setUp(tamperOnly.store).handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture('tamper/tamper-stop-logging-denied.json')) }] }, CONTEXT);
    expect(tamperOnly.calls).toHaveLength(0);

    const off = fakeWindowStore([windowAround(CRITICAL_CALL)]);
    await setUp(off.store, { plannedUse: undefined }).handler({ Records: [record(CRITICAL_CALL, 4)] }, CONTEXT);
    expect(off.calls).toHaveLength(0);
    expect(publishes().pop()!.Subject).toMatch(/^CRITICAL: /);
  });
});
