/**
 * The numbers that bound how many messages reach the topic. The construct
 * (src/root-activity-notifier.ts) configures the SQS event source with the
 * same values; test/notifier/delivery-limits.test.ts keeps the two in step.
 *
 * Why these bound the rate, whatever arrives: at most MAX_CONCURRENCY
 * invocations run at once (the event source's maximum concurrency), and each
 * waits PUBLISH_SPACING_MS after every publish before it publishes again or
 * returns. Any one-second window therefore holds at most MAX_CONCURRENCY
 * messages (2, SNS e-mail allows 10), and any minute at most
 * MAX_CONCURRENCY x (60 s / 2.5 s + 1) = 50 (the bound we promise is 60).
 * See the README, "Bursts", and `npx projen simulate`.
 */

/** How long the event source gathers events into one batch (MaximumBatchingWindowInSeconds). */
export const BATCH_WINDOW_SECONDS = 10;

/** The most events in one batch (BatchSize); every event id of a batch fits in one message. */
export const BATCH_SIZE = 1000;

/** Invocations running at once (ScalingConfig.MaximumConcurrency; 2 is the least SQS allows). */
export const MAX_CONCURRENCY = 2;

/** The wait after each publish before the next publish or the end of the invocation. */
export const PUBLISH_SPACING_MS = 2500;

/**
 * The most messages one batch yields. Sessions beyond the first
 * MAX_MESSAGES_PER_BATCH - 1 share the last message, so a batch is published
 * within (MAX_MESSAGES_PER_BATCH - 1) x PUBLISH_SPACING_MS of its start.
 */
export const MAX_MESSAGES_PER_BATCH = 3;
