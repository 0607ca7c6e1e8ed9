import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import { PlannedUseSeverity } from '../../../lambda-src/notifier/planned/planned-severity';
import type { WindowStore } from '../../../lambda-src/notifier/planned/window-store';
import { fixture } from '../../helpers';
import { collectingLogger, virtualTime } from '../support';
import { awsError, fakeWindowStore, PATH, windowParameter, windowValue } from './fake-window-store';

const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };
// root-api-create-access-key.json: CRITICAL, 2024-11-04T09:21:08Z, account 111122223333.
const WINDOW = windowParameter('chg-1234', windowValue({ start: '2024-11-04T09:00:00Z', end: '2024-11-04T10:00:00Z' }), '2024-11-04T08:00:00Z');

function handlerWith(store: WindowStore) {
  const { log } = collectingLogger();
  return createNotifier({
    sns: new SNSClient({ region: 'us-east-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
    config: { topicArn: TOPIC_ARN, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme', plannedUse: { path: PATH, maxMinutes: 240, severity: PlannedUseSeverity.ONE_LOWER } },
    log,
    windowStore: store,
    ...virtualTime(),
  });
}

function published() {
  expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
  return snsMock.commandCalls(PublishCommand)[0].args[0].input;
}

beforeEach(() => {
  snsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
});

afterAll(() => snsMock.restore());

describe('planned root use in the direct path', () => {
  test('an event in a window is lowered and labelled, with the planned attribute', async () => {
    const { store, calls } = fakeWindowStore([WINDOW]);
    await handlerWith(store)(fixture('root-api-create-access-key.json'), CONTEXT);
    const input = published();
    expect(input.Subject).toMatch(/^HIGH: /);
    expect(input.Message).toContain('Planned:     CHG-1234, by alice@example.com');
    expect(input.MessageAttributes?.planned?.StringValue).toBe('true');
    expect(calls).toHaveLength(1);
  });

  test('an event of another account in the same span is not', async () => {
    const { store } = fakeWindowStore([windowParameter('chg-1234', windowValue({ accounts: ['444455556666'], start: '2024-11-04T09:00:00Z', end: '2024-11-04T10:00:00Z' }), '2024-11-04T08:00:00Z')]);
    await handlerWith(store)(fixture('root-api-create-access-key.json'), CONTEXT);
    expect(published().Subject).toMatch(/^CRITICAL: /);
  });

  test('throttled Parameter Store: the alert goes out at its usual severity', async () => {
    const { store } = fakeWindowStore([WINDOW], { error: awsError('ThrottlingException') });
    await handlerWith(store)(fixture('root-api-create-access-key.json'), CONTEXT);
    expect(published().Subject).toMatch(/^CRITICAL: /);
  });
});
