import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { checkSubscriptions, isScheduledCheck, SUBSCRIPTION_METRIC } from '../../../lambda-src/notifier/delivery/subscription-check';
import { collectingLogger } from '../support';

const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';

beforeEach(() => snsMock.reset());
afterAll(() => snsMock.restore());

describe('the subscription check', () => {
  test('logs the confirmed count as a CloudWatch embedded metric named for the topic', async () => {
    snsMock.on(GetTopicAttributesCommand, { TopicArn: TOPIC_ARN }).resolves({ Attributes: { SubscriptionsConfirmed: '2', SubscriptionsPending: '1' } });
    const { log, entries } = collectingLogger();

    await expect(checkSubscriptions(new SNSClient({ region: 'us-east-1' }), TOPIC_ARN, log, new Date(0))).resolves.toBe(2);
    const [line] = entries();
    expect(line).toMatchObject({
      _aws: {
        Timestamp: 0,
        CloudWatchMetrics: [{ Namespace: 'RootActivityMonitor', Dimensions: [['TopicName']], Metrics: [{ Name: 'ConfirmedSubscriptions', Unit: 'Count' }] }],
      },
      TopicName: 'root-activity',
      ConfirmedSubscriptions: 2,
    });
    expect(SUBSCRIPTION_METRIC).toEqual({ namespace: 'RootActivityMonitor', name: 'ConfirmedSubscriptions', dimension: 'TopicName' });
  });

  test('reports none, and says why, when the topic cannot be read', async () => {
    snsMock.on(GetTopicAttributesCommand).rejects(new Error('Topic does not exist'));
    const { log, entries } = collectingLogger();

    await expect(checkSubscriptions(new SNSClient({ region: 'us-east-1' }), TOPIC_ARN, log)).resolves.toBe(0);
    expect(entries()[0]).toMatchObject({ level: 'ERROR', errorMessage: 'Topic does not exist' });
    expect(entries()[1]).toMatchObject({ ConfirmedSubscriptions: 0 });
  });

  test('tells the schedule\'s event from a root event', () => {
    expect(isScheduledCheck({ 'source': 'aws.events', 'detail-type': 'Scheduled Event', 'detail': {} })).toBe(true);
    expect(isScheduledCheck({ 'source': 'aws.signin', 'detail-type': 'AWS Console Sign In via CloudTrail' })).toBe(false);
    expect(isScheduledCheck(null)).toBe(false);
  });
});
