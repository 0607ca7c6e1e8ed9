import {
  PUBLISH_CALL_TIMEOUT_MS, PUBLISH_RESERVE_MS, PUBLISH_RETRY_MAX_WAIT_MS, PUBLISH_SPACING_MS,
} from './delivery-limits';

/** Waits `ms` milliseconds: real time in Lambda, virtual time in the simulator. */
export type Pause = (ms: number) => Promise<void>;

/** How a publish is retried and cut short. */
export interface RetrySchedule {
  /** Waits between attempts. */
  readonly pause: Pause;
  /** Resolves once a call has taken `ms`: the per-call timeout. */
  readonly callTimer: Pause;
  /** Milliseconds left before the function times out. */
  readonly timeLeft: () => number;
  /** Told of every failed or abandoned attempt, before any retry. */
  readonly onFailure: (error: unknown, attempt: number) => void;
}

/** An attempt that did not answer within PUBLISH_CALL_TIMEOUT_MS. */
export class PublishTimeoutError extends Error {
  constructor(ms: number) {
    super(`SNS Publish did not answer within ${ms} ms; abandoned`);
    this.name = 'PublishTimeoutError';
  }
}

/**
 * Calls `publish` until it succeeds, each attempt abandoned after
 * PUBLISH_CALL_TIMEOUT_MS, with waits of PUBLISH_SPACING_MS doubling up to
 * PUBLISH_RETRY_MAX_WAIT_MS in between. An attempt starts only while more
 * than PUBLISH_RESERVE_MS is left before the function's timeout; after the
 * last one it throws that attempt's error, so the caller hands the events
 * back to the queue while it still can. A short outage (throttling, a
 * regional blip) is thus bridged in seconds instead of a visibility timeout.
 *
 * Waits never shorter than PUBLISH_SPACING_MS keep the rate bound of
 * delivery-limits.ts even when an abandoned attempt reached SNS after all.
 */
export async function publishWithRetry<T>(publish: (abortSignal: AbortSignal) => Promise<T>, schedule: RetrySchedule): Promise<T> {
  let wait = PUBLISH_SPACING_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(publish, schedule.callTimer);
    } catch (error) {
      schedule.onFailure(error, attempt);
      if (schedule.timeLeft() - wait <= PUBLISH_RESERVE_MS) {
        throw error;
      }
      await schedule.pause(wait);
      wait = Math.min(wait * 2, PUBLISH_RETRY_MAX_WAIT_MS);
    }
  }
}

const TIMED_OUT = Symbol('timed out');

async function attemptOnce<T>(publish: (abortSignal: AbortSignal) => Promise<T>, callTimer: Pause): Promise<T> {
  const controller = new AbortController();
  // The timer resolves rather than rejects, so a call that answers first
  // leaves nothing to reject later; a call that answers after the timer is
  // ignored by the race.
  const outcome = await Promise.race([
    publish(controller.signal).then((value) => ({ value })),
    callTimer(PUBLISH_CALL_TIMEOUT_MS).then(() => TIMED_OUT),
  ]);
  if (outcome === TIMED_OUT) {
    controller.abort();
    throw new PublishTimeoutError(PUBLISH_CALL_TIMEOUT_MS);
  }
  return (outcome as { value: T }).value;
}
