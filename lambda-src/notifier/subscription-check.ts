import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { describeError, Logger } from './log';

/** Where the check's metric goes; the construct's alarm reads the same names. */
export const SUBSCRIPTION_METRIC = { namespace: 'RootActivityMonitor', name: 'ConfirmedSubscriptions', dimension: 'TopicName' };

/** Whether an invocation is the schedule's rather than a root event's. */
export function isScheduledCheck(event: unknown): boolean {
  const envelope = event as { 'source'?: unknown; 'detail-type'?: unknown } | null;
  return envelope?.source === 'aws.events' && envelope['detail-type'] === 'Scheduled Event';
}

/**
 * Counts the alert topic's confirmed subscriptions and writes the count as a
 * CloudWatch metric in embedded metric format (a log line; no PutMetricData
 * permission needed). An alarm fires when it drops to zero, e.g. after the
 * last subscriber followed the unsubscribe link in an alert mail, which
 * CloudTrail does not record. When the count cannot be read, it writes zero:
 * nobody can be shown to be listening.
 * https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
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
  log.info('Checked the alert topic\'s confirmed subscriptions', {
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [{
        Namespace: SUBSCRIPTION_METRIC.namespace,
        Dimensions: [[SUBSCRIPTION_METRIC.dimension]],
        Metrics: [{ Name: SUBSCRIPTION_METRIC.name, Unit: 'Count' }],
      }],
    },
    [SUBSCRIPTION_METRIC.dimension]: topicName,
    [SUBSCRIPTION_METRIC.name]: confirmed,
  });
  return confirmed;
}
