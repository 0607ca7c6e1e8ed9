import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * The CIS AWS Foundations Benchmark filter for root account usage: any event
 * whose identity is the root user, that no service made on the root's behalf
 * and that is not an AWS service event. Security Hub checks the same pattern
 * (control CloudWatch.1).
 *
 * @see https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1
 */
export const ROOT_USAGE_FILTER_PATTERN =
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';

/** The CIS root-usage filter as a CDK filter pattern. */
export function rootUsageFilterPattern(): logs.IFilterPattern {
  return logs.FilterPattern.literal(ROOT_USAGE_FILTER_PATTERN);
}
