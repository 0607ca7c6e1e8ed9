/**
 * The numbers that shape delivery from the alert queue to the notifier, in
 * one place for both sides: the construct configures the queue, the event
 * source and the function with them (src/delivery/alert-delivery.ts), and the handler
 * and the simulator compute their bounds from them
 * (lambda-src/notifier/delivery/delivery-limits.ts, simulator/). Plain numbers with no
 * imports, so the Lambda bundle can take them without aws-cdk-lib.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */

/** How long the event source gathers events into one batch (MaximumBatchingWindowInSeconds). */
export const BATCH_WINDOW_SECONDS = 10;

/**
 * The most events in one batch (BatchSize; 10,000 is the most AWS allows for a
 * standard queue). Lambda also closes a batch at 6 MB of payload, which at the
 * size of CloudTrail records comes first, at about 3,000 events; the larger
 * the batches, the faster a backlog drains (docs/bursts.md).
 */
export const BATCH_SIZE = 10_000;

/** The payload at which Lambda's SQS event source closes a batch. */
export const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;

/**
 * Invocations running at once (ScalingConfig.MaximumConcurrency; 2 is the
 * least SQS allows). The rate bound of every topic rests on it.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 */
export const MAX_CONCURRENCY = 2;

/**
 * The notifier's timeout. A batch normally takes under 10 s (three publishes
 * 2.5 s apart); the rest is room to retry a failing publish inside the
 * invocation (lambda-src/notifier/delivery/publish-retry.ts) before handing the events
 * back to the queue.
 */
export const NOTIFIER_TIMEOUT_SECONDS = 60;

/**
 * How long a received event stays hidden from other pollers: six times the
 * function's timeout, as AWS asks for an SQS event source. Events handed back
 * as failures reappear after it.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
 */
export const VISIBILITY_TIMEOUT_SECONDS = 6 * NOTIFIER_TIMEOUT_SECONDS;

/**
 * How often SQS hands an event to the notifier before moving it to the
 * dead-letter queue: 30 receives, each at least a visibility timeout after
 * the last, keep a failing event for about three hours.
 */
export const MAX_RECEIVE_COUNT = 30;
