import { Duration } from 'aws-cdk-lib';

/**
 * How the alert queue feeds the notifier. The handler's own copy of these
 * numbers (lambda-src/notifier/delivery-limits.ts) must match; a test checks.
 * Together with the handler's pause after each publish they bound the
 * message rate to the topic (README, "Bursts").
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */
export const ALERT_BATCHING = {
  /** MaximumBatchingWindowInSeconds: events arriving close together share a batch. */
  window: Duration.seconds(10),
  /**
   * BatchSize: the most a standard queue allows. Lambda closes a batch at 6 MB
   * of payload first (about 3,000 CloudTrail events); large batches let a
   * backlog drain fast, and the handler splits their event ids over messages.
   */
  batchSize: 10_000,
  /** ScalingConfig.MaximumConcurrency: 2 is the least SQS allows. */
  maxConcurrency: 2,
};

/** The notifier's timeout: a batch takes at most about 10 s (three publishes 2.5 s apart). */
export const NOTIFIER_TIMEOUT = Duration.seconds(30);

/**
 * How often SQS hands an event to the notifier before moving it to the
 * dead-letter queue: with the visibility timeout of six times the function's
 * timeout that AWS asks for, about an hour and a half of retries.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
 */
export const ALERT_MAX_RECEIVE_COUNT = 30;
