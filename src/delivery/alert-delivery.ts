import { Duration } from 'aws-cdk-lib';
import {
  BATCH_SIZE, BATCH_WINDOW_SECONDS, MAX_CONCURRENCY, MAX_RECEIVE_COUNT, NOTIFIER_TIMEOUT_SECONDS, VISIBILITY_TIMEOUT_SECONDS,
} from './delivery-limits';

/**
 * How the alert queue feeds the notifier: the numbers of delivery-limits.ts,
 * which the handler and the simulator read too, as the construct needs them.
 * Together with the handler's pause after each publish they bound the
 * message rate to each topic (docs/bursts.md).
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */
export const ALERT_BATCHING = {
  /** MaximumBatchingWindowInSeconds: events arriving close together share a batch. */
  window: Duration.seconds(BATCH_WINDOW_SECONDS),
  /**
   * BatchSize: the most a standard queue allows. Lambda closes a batch at 6 MB
   * of payload first (about 3,000 CloudTrail events); large batches let a
   * backlog drain fast, and the handler splits their event ids over messages.
   */
  batchSize: BATCH_SIZE,
  /** ScalingConfig.MaximumConcurrency: 2 is the least SQS allows. */
  maxConcurrency: MAX_CONCURRENCY,
};

/** The notifier's timeout: a normal batch takes about 10 s; the rest is time to retry a failing publish. */
export const NOTIFIER_TIMEOUT = Duration.seconds(NOTIFIER_TIMEOUT_SECONDS);

/** How long a received event stays hidden: six times the function's timeout, as AWS asks. */
export const ALERT_VISIBILITY_TIMEOUT = Duration.seconds(VISIBILITY_TIMEOUT_SECONDS);

/**
 * How often SQS hands an event to the notifier before moving it to the
 * dead-letter queue: with the visibility timeout, about three hours of retries.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
 */
export const ALERT_MAX_RECEIVE_COUNT = MAX_RECEIVE_COUNT;
