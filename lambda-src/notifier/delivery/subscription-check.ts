import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { describeError, Logger } from '../log';
import { SUBSCRIPTION_METRIC, writeMetric } from './metrics';

export { SUBSCRIPTION_METRIC } from './metrics';

/** Whether an invocation is the schedule's rather than a root event's. */
export function isScheduledCheck(event: unknown): boolean {
  const envelope = event as { 'source'?: unknown; 'detail-type'?: unknown } | null;
  return envelope?.source === 'aws.events' && envelope['detail-type'] === 'Scheduled Event';
}

/**
 * Counts the alert topic's confirmed subscriptions and writes the count as a
 * CloudWatch metric (metrics.ts). An alarm fires when it drops to zero, e.g. after the
 * last subscriber followed the unsubscribe link in an alert mail, which
 * CloudTrail does not record. When the count cannot be read, it writes zero:
 * nobody can be shown to be listening.
 * https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html
 */
export async function checkSubscriptions(sns: SNSClient, topicArn: string, log: Logger, now: Date = new Date()): Promise<number> {
  let confirmed = 0;
  try {
    const response = await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }));
    confirmed = Number(response.Attributes?.SubscriptionsConfirmed ?? 0) || 0;
  } catch (error) {
    log.error('Could not read the alert topic\'s subscriptions; reporting none', describeError(error));
  }
  const topicName = topicArn.split(':').pop() ?? topicArn;
  writeMetric(log.info, 'Checked the alert topic\'s confirmed subscriptions', SUBSCRIPTION_METRIC, topicName, confirmed, {}, now);
  return confirmed;
}
