import type { Logger } from './log';
import { COVERAGE_METRIC_DIMENSION, COVERAGE_METRIC_NAMESPACE, COVERED_ACCOUNT_REGIONS_METRIC, SILENT_ACCOUNT_REGIONS_METRIC } from './metric-names';

/**
 * Writes both coverage counts as one log line in CloudWatch's embedded
 * metric format, the shape the notifier uses: CloudWatch Logs extracts
 * them, so the function needs no PutMetricData permission, and the alarm on
 * them sees every run, quiet or not.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
export function writeCoverageMetrics(log: Logger, functionName: string, covered: number, silent: number, now: Date): void {
  log.info('Coverage metrics', {
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [{
        Namespace: COVERAGE_METRIC_NAMESPACE,
        Dimensions: [[COVERAGE_METRIC_DIMENSION]],
        Metrics: [
          { Name: COVERED_ACCOUNT_REGIONS_METRIC, Unit: 'Count' },
          { Name: SILENT_ACCOUNT_REGIONS_METRIC, Unit: 'Count' },
        ],
      }],
    },
    [COVERAGE_METRIC_DIMENSION]: functionName,
    [COVERED_ACCOUNT_REGIONS_METRIC]: covered,
    [SILENT_ACCOUNT_REGIONS_METRIC]: silent,
  });
}
