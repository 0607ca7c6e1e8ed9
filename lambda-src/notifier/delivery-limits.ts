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

/**
 * The most events in one batch (BatchSize; 10,000 is the most AWS allows for a
 * standard queue). Lambda also closes a batch at 6 MB of payload, which at the
 * size of CloudTrail records comes first, at about 3,000 events; the larger
 * the batches, the faster a backlog drains (README, "Bursts").
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */
export const BATCH_SIZE = 10_000;

/** The payload at which Lambda's SQS event source closes a batch. */
export const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;

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

/**
 * A batch with more events than this means events arrive faster than one
 * message per session can report them: it is summed up in as few messages as
 * hold its event ids, so each invocation ends sooner and a backlog drains at
 * up to three times the rate. A new session then appears in the next summary
 * rather than waiting behind the backlog (README, "Bursts").
 */
export const BACKLOG_BATCH_EVENTS = 1000;

/**
 * The most events one message names. Their ids (37 bytes each with the line
 * break) take under 160 KB of SNS's 256 KB; BATCH_SIZE / MAX_EVENTS_PER_MESSAGE
 * rounds up to MAX_MESSAGES_PER_BATCH, so a batch never needs more messages.
 */
export const MAX_EVENTS_PER_MESSAGE = 4000;
