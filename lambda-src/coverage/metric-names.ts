/**
 * The report function's metrics, which the construct's alarms read: keep
 * the two sides in step.
 */

/** CloudWatch namespace of every metric of the monitor. */
export const COVERAGE_METRIC_NAMESPACE = 'RootActivityMonitor';
/** The one dimension; its value is the report function's name (AWS_LAMBDA_FUNCTION_NAME). */
export const COVERAGE_METRIC_DIMENSION = 'FunctionName';
/** Account-regions whose heartbeat arrived within the last two intervals. */
export const COVERED_ACCOUNT_REGIONS_METRIC = 'CoveredAccountRegions';
/** Problems found by a check: silent and never-seen account-regions, and never-seen accounts. */
export const SILENT_ACCOUNT_REGIONS_METRIC = 'SilentAccountRegions';
