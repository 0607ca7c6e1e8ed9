/**
 * The numbers that bound how many messages reach each topic. Those the
 * construct configures too (batching, concurrency, timeouts) live in
 * src/delivery-limits.ts, one copy for both sides, and are re-exported here.
 *
 * Why these bound the rate, whatever arrives: at most MAX_CONCURRENCY
 * invocations run at once (the event source's maximum concurrency), and each
 * waits PUBLISH_SPACING_MS after every publish before it publishes again or
 * returns. Any one-second window therefore holds at most MAX_CONCURRENCY
 * messages (2, SNS e-mail allows 10), and any minute at most
 * MAX_CONCURRENCY x (60 s / 2.5 s + 1) = 50 (the bound we promise is 60).
 * See the README, "Bursts", and `npx projen simulate`.
 */

export {
  BATCH_SIZE, BATCH_WINDOW_SECONDS, MAX_BATCH_PAYLOAD_BYTES, MAX_CONCURRENCY, MAX_RECEIVE_COUNT,
  NOTIFIER_TIMEOUT_SECONDS, VISIBILITY_TIMEOUT_SECONDS,
} from '../../src/delivery-limits';

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

/**
 * The longest one SNS Publish may take before it is abandoned and retried.
 * A publish normally answers in well under a second; a hung connection must
 * not use up the invocation.
 */
export const PUBLISH_CALL_TIMEOUT_MS = 5000;

/**
 * The longest wait between two attempts at one message. Waits start at
 * PUBLISH_SPACING_MS and double up to this, so attempts, like messages, are
 * never closer than PUBLISH_SPACING_MS and the rate bound above holds even
 * if an abandoned attempt reached SNS after all.
 */
export const PUBLISH_RETRY_MAX_WAIT_MS = 5000;

/**
 * The time an invocation keeps for itself after its last attempt: an attempt
 * starts only while more than this is left before the function's timeout, so
 * the handler always returns its failures instead of being stopped.
 */
export const PUBLISH_RESERVE_MS = PUBLISH_CALL_TIMEOUT_MS + PUBLISH_RETRY_MAX_WAIT_MS + 5000;
