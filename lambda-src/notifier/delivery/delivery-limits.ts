/**
 * The numbers that bound how many messages reach each topic. Those the
 * construct configures too (batching, concurrency, timeouts) live in
 * src/delivery/delivery-limits.ts, one copy for both sides, and are re-exported here.
 *
 * Why these bound the rate, whatever arrives: at most MAX_CONCURRENCY
 * invocations run at once (the event source's maximum concurrency). Each
 * invocation sends one message per topic (more only for a batch with more
 * than MAX_EVENTS_PER_MESSAGE events, each PUBLISH_SPACING_MS after the
 * last), and waits PUBLISH_SPACING_MS after its last publish before it
 * returns; a retry waits at least as long. Messages to one topic from one
 * invocation slot are therefore at least PUBLISH_SPACING_MS apart: any
 * one-second window holds at most MAX_CONCURRENCY messages per topic (2, SNS
 * e-mail allows 10), and any minute at most
 * MAX_CONCURRENCY x (60 s / 2.5 s + 1) = 50 (the bound we promise is 60).
 * See docs/bursts.md and `npx projen simulate`.
 */

import { BATCH_SIZE } from '../../../src/delivery/delivery-limits';

export {
  BATCH_SIZE, BATCH_WINDOW_SECONDS, MAX_BATCH_PAYLOAD_BYTES, MAX_CONCURRENCY, MAX_RECEIVE_COUNT,
  NOTIFIER_TIMEOUT_SECONDS, VISIBILITY_TIMEOUT_SECONDS,
} from '../../../src/delivery/delivery-limits';

/** The wait after each publish before the next publish or the end of the invocation. */
export const PUBLISH_SPACING_MS = 2500;

/**
 * The most events one message names. Their ids (37 bytes each with the line
 * break) take under 160 KB of SNS's 256 KB. A batch's events for one topic go
 * in one message: the single alert for a single event, else a summary of
 * its sessions, most severe first. Only a batch of more events than this
 * (small events: 6 MB of CloudTrail records is about 3,000) takes more.
 */
export const MAX_EVENTS_PER_MESSAGE = 4000;

/**
 * The most messages one batch sends to one topic: one, or as many as hold
 * BATCH_SIZE events. One message a batch keeps an invocation short (about
 * 3.6 s with Lambda's start), which is what lets five batches that close
 * together, with two invocations at a time, all be reported within 30 s
 * (docs/bursts.md).
 */
export const MAX_MESSAGES_PER_TOPIC = Math.ceil(BATCH_SIZE / MAX_EVENTS_PER_MESSAGE);

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
