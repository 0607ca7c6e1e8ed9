import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import type { NotifierConfig } from '../../../lambda-src/notifier/config';
import { createBatchNotifier } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { classify, Severity } from '../../../lambda-src/notifier/events/severity';
import { windowChange } from '../../../lambda-src/notifier/events/window-change';
import { PlannedUseSeverity } from '../../../lambda-src/notifier/planned/planned-severity';
import type { WindowStore } from '../../../lambda-src/notifier/planned/window-store';
import { windowChangePattern } from '../../../src/parts/planned-root-use-pattern';
import { matchesPattern } from '../../event-pattern-matcher';
import { fixture } from '../../helpers';
import { collectingLogger, virtualTime } from '../support';
import { awsError, fakeWindowStore, PATH, windowParameter, windowValue } from './fake-window-store';

// test/fixtures/planned/: CloudTrail records of Parameter Store calls on
// windows, in EventBridge envelopes. AWS publishes no sample record for
// these calls; their requestParameters follow each API's request members,
// as CloudTrail records them (see lambda-src/notifier/events/window-change.ts).

const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';
const HEALTH_TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity-health';
const NAME = `${PATH}chg-1234`;
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };

function config(plannedUse = true): NotifierConfig {
  return {
    topicArn: TOPIC_ARN,
    topicRegion: 'us-east-1',
    timeZone: 'UTC',
    accountName: 'acme',
    healthTopicArn: HEALTH_TOPIC_ARN,
    ...plannedUse ? { plannedUse: { path: PATH, maxMinutes: 240, severity: PlannedUseSeverity.MEDIUM } } : {},
  };
}

function batchHandler(store: WindowStore | undefined, plannedUse = true) {
  const { log, entries } = collectingLogger();
  return {
    entries,
    handler: createBatchNotifier({
      sns: new SNSClient({ region: 'us-east-1' }),
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: config(plannedUse),
      log,
      windowStore: store,
      ...virtualTime(),
    }),
  };
}

function published() {
  expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
  return snsMock.commandCalls(PublishCommand)[0].args[0].input;
}

const CURRENT = { [NAME]: windowParameter('chg-1234', windowValue(), '2026-12-06T17:45:00Z') };

beforeEach(() => {
  snsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
});

afterAll(() => snsMock.restore());

describe('telling a window change', () => {
  test.each([
    ['window-declared.json', 'declare', 'planned root use window /root-activity-monitor/planned-root-use/chg-1234 declared'],
    ['window-changed.json', 'change', 'planned root use window /root-activity-monitor/planned-root-use/chg-1234 changed'],
    ['window-deleted.json', 'delete', 'planned root use window /root-activity-monitor/planned-root-use/chg-1234 deleted'],
    ['window-labelled.json', 'label', 'planned root use window /root-activity-monitor/planned-root-use/chg-1234 labelled'],
    ['window-declared-denied.json', 'declare', 'someone tried to declare planned root use window /root-activity-monitor/planned-root-use/chg-1234: denied'],
  ])('%s is a window change (%s), HIGH, and not an odd event', (name, verb, reason) => {
    const event = parseRootEvent(fixture(`planned/${name}`));
    expect(event.oddities).toEqual([]);
    expect(windowChange(event)).toEqual({ names: [NAME], verb });
    expect(classify(event)).toEqual({ severity: Severity.HIGH, reason });
  });

  test('DeleteParameters names every window it deleted', () => {
    expect(windowChange(parseRootEvent(fixture('planned/windows-deleted.json')))).toEqual({ names: [NAME, `${PATH}chg-1235`], verb: 'delete' });
  });

  test('a Parameter Store call elsewhere is not a window change, and by another identity than root it is odd', () => {
    const raw = fixture('planned/window-declared.json');
    raw.detail.requestParameters.name = '/app/config';
    const event = parseRootEvent(raw);
    expect(windowChange(event)).toBeUndefined();
    expect(event.oddities).toEqual([expect.stringMatching(/not 'Root'/)]);
  });
});

describe('window-change alerts', () => {
  test.each([
    ['window-declared.json', /^HIGH: Planned root use window chg-1234 declared by arn:aws:sts::111122223333:assumed-role\/Operat/],
    ['window-changed.json', /^HIGH: Planned root use window chg-1234 changed by /],
    ['window-deleted.json', /^HIGH: Planned root use window chg-1234 deleted by /],
    ['window-declared-denied.json', /^HIGH: Someone tried to declare planned root use window chg-1234: denied \| acme/],
  ])('%s alerts at HIGH on the alert topic, not the health topic', async (name, subject) => {
    const { store } = fakeWindowStore([], { current: CURRENT });
    const { handler } = batchHandler(store);
    await handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture(`planned/${name}`)) }] }, CONTEXT);
    const input = published();
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(input.Subject).toMatch(subject);
    expect(input.MessageAttributes?.severity?.StringValue).toBe('HIGH');
    expect(input.MessageAttributes?.eventKind?.StringValue).toBe('window-change');
    expect(input.MessageAttributes?.planned).toBeUndefined();
    expect(input.Message).toContain('Severity:    HIGH (');
  });

  test('the alert shows the window as it now reads', async () => {
    const { store, gets } = fakeWindowStore([], { current: CURRENT });
    const { handler } = batchHandler(store);
    await handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture('planned/window-changed.json')) }] }, CONTEXT);
    const { Message: message } = published();
    expect(message).toContain(`The window as it now reads:\n- ${NAME}: accounts 111122223333, 2024-11-06T00:00:00Z to 2024-11-06T03:00:00Z, planned by alice@example.com, ticket CHG-1234 (version 1)`);
    expect(message).toContain('What to do:');
    expect(gets).toEqual([NAME]);
  });

  test('a deleted window reads as deleted, a malformed one says why, an unreadable one says so', async () => {
    const { store } = fakeWindowStore([], { current: { [NAME]: windowParameter('chg-1234', { ...windowValue(), note: 'x' }) } });
    const { handler } = batchHandler(store);
    await handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture('planned/windows-deleted.json')) }] }, CONTEXT);
    const { Message: message } = published();
    expect(message).toContain(`- ${NAME}: malformed: its value has keys the contract does not allow: "note"; it lowers nothing`);
    expect(message).toContain(`- ${PATH}chg-1235: deleted (no such parameter)`);

    snsMock.resetHistory();
    const denied = fakeWindowStore([], { error: awsError('AccessDeniedException') });
    await batchHandler(denied.store).handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture('planned/window-deleted.json')) }] }, CONTEXT);
    expect(published().Message).toContain(`- ${NAME}: could not be read (AccessDeniedException)`);
  });

  test('a window a root user declares alerts once, at HIGH, and is never lowered by a window, even its own', async () => {
    // The root rule and the window rule both deliver the record; the batch reports the copy once.
    const body = JSON.stringify(fixture('planned/window-declared-by-root.json'));
    const covering = windowParameter('chg-1234', windowValue({ start: '2026-12-06T17:00:00Z', end: '2026-12-06T19:00:00Z' }), '2026-12-06T16:00:00Z');
    const { store } = fakeWindowStore([covering], { current: { [NAME]: covering } });
    const { handler } = batchHandler(store);
    await handler({ Records: [{ messageId: 'root-rule', body }, { messageId: 'window-rule', body }] }, CONTEXT);
    const input = published();
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(input.Subject).toMatch(/^HIGH: Planned root use window chg-1234 declared by arn:aws:iam::111122223333:root/);
    expect(input.MessageAttributes?.planned).toBeUndefined();
  });

  test('with planned root use off, a window change still alerts and says the window was not read', async () => {
    const { store, gets } = fakeWindowStore([], { current: CURRENT });
    await batchHandler(store, false).handler({ Records: [{ messageId: 'm', body: JSON.stringify(fixture('planned/window-declared.json')) }] }, CONTEXT);
    expect(published().Message).toContain(`- ${NAME}: not read: planned root use is off in this notifier`);
    expect(gets).toEqual([]);
  });

  test('the direct path alerts on a window change the same way', async () => {
    const { log } = collectingLogger();
    const { store } = fakeWindowStore([], { current: CURRENT });
    const handler = createNotifier({
      sns: new SNSClient({ region: 'us-east-1' }),
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: config(),
      log,
      windowStore: store,
      ...virtualTime(),
    });
    await handler(fixture('planned/window-declared-denied.json'), CONTEXT);
    const input = published();
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(input.Subject).toMatch(/^HIGH: Someone tried to declare planned root use window chg-1234: denied/);
    expect(input.Message).toContain(`- ${NAME}: accounts 111122223333`);
    expect(input.Message).toContain('Who:         AssumedRole arn:aws:sts::111122223333:assumed-role/Developer/mallory');
  });
});

describe('the window fixtures and the construct\'s window rule', () => {
  test.each(['window-declared.json', 'window-changed.json', 'window-deleted.json', 'windows-deleted.json', 'window-declared-denied.json',
    'window-labelled.json', 'window-declared-by-root.json'])('the rule delivers %s', (name) => {
    // The pattern as CloudFormation renders it: CDK's detailType is EventBridge's detail-type.
    const { detailType, ...rest } = windowChangePattern() as Record<string, unknown>;
    expect(matchesPattern({ ...rest, 'detail-type': detailType }, fixture(`planned/${name}`))).toBe(true);
  });
});
