/** A log method: log.info, log.warn or log.error. */
export type LogLine = (message: string, fields?: Record<string, unknown>) => void;

/** Where a metric goes; the construct's alarm reads the same names. */
export interface MetricName {
  readonly namespace: string;
  readonly name: string;
  readonly dimension: string;
}

/** The alert topic's confirmed subscriptions, counted every five minutes (subscription-check.ts). */
export const SUBSCRIPTION_METRIC: MetricName = { namespace: 'RootActivityMonitor', name: 'ConfirmedSubscriptions', dimension: 'TopicName' };

/** Publish attempts that failed or were abandoned, one per attempt (publish-retry.ts). */
export const PUBLISH_FAILURE_METRIC: MetricName = { namespace: 'RootActivityMonitor', name: 'PublishFailures', dimension: 'FunctionName' };

/**
 * Writes one metric value as a log line in CloudWatch's embedded metric
 * format: CloudWatch Logs extracts it, so the function needs no
 * PutMetricData permission and a failing CloudWatch API cannot hide it.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
export function writeMetric(write: LogLine, message: string, metric: MetricName, dimensionValue: string, value: number,
  fields: Record<string, unknown> = {}, now: Date = new Date()): void {
  write(message, {
    ...fields,
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [{
        Namespace: metric.namespace,
        Dimensions: [[metric.dimension]],
        Metrics: [{ Name: metric.name, Unit: 'Count' }],
      }],
    },
    [metric.dimension]: dimensionValue,
    [metric.name]: value,
  });
}
