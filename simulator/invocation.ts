import type { InvocationOutcome } from './event-source-model';
import type { Receipt } from './sqs-queue';
import type { VirtualClock } from './virtual-clock';
import type { BatchResult, QueueBatch } from '../lambda-src/notifier/delivery/batch-notifier';
import type { InvocationContext } from '../lambda-src/notifier/delivery/notifier';

export type BatchHandler = (batch: QueueBatch, context: InvocationContext) => Promise<BatchResult>;

/**
 * Whether one invocation still runs. Lambda stops the environment at the
 * function's timeout, and freezes it when the handler returns: work the
 * invocation left pending (a hung publish, a pause) never goes on.
 */
export interface InvocationLife {
  isAlive(): boolean;
  /** Milliseconds before the function's timeout, as context.getRemainingTimeInMillis() gives them. */
  remainingMs(): number;
  /** Calls `listener` once when the invocation ends, by returning or by being stopped. */
  onEnd(listener: () => void): void;
}

export interface InvocationSettings {
  /** Time from the invocation's start to the handler running (a cold start, say); counted against the timeout. */
  readonly overheadMs: number;
  readonly timeoutMs: number;
  readonly functionArn: string;
}

/**
 * Runs one invocation of the batch handler and reads its result as Lambda
 * does with ReportBatchItemFailures: the messages it names are failures;
 * an error, a timeout, or an item identifier that is empty or not a message
 * of the batch fails the whole batch.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export async function invokeOnce(
  clock: VirtualClock,
  receipts: Receipt[],
  settings: InvocationSettings,
  makeHandler: (life: InvocationLife) => BatchHandler,
): Promise<InvocationOutcome> {
  const deadlineMs = clock.now() + settings.timeoutMs;
  let alive = true;
  const listeners: Array<() => void> = [];
  const life: InvocationLife = {
    isAlive: () => alive,
    remainingMs: () => Math.max(0, deadlineMs - clock.now()),
    onEnd: (listener) => listeners.push(listener),
  };
  const end = () => {
    alive = false;
    listeners.splice(0).forEach((listener) => listener());
  };

  const handler = makeHandler(life);
  const records = receipts.map(({ message, receiveCount }) => ({
    messageId: message.messageId,
    body: message.body,
    eventSource: 'aws:sqs',
    attributes: { ApproximateReceiveCount: String(receiveCount) },
  }));
  const handled = (async () => {
    await clock.sleep(settings.overheadMs);
    return handler({ Records: records }, {
      invokedFunctionArn: settings.functionArn,
      getRemainingTimeInMillis: life.remainingMs,
    });
  })().then((result) => ({ result }), (error: unknown) => ({ error }));
  const outcome = await Promise.race([handled, clock.sleep(settings.timeoutMs).then(() => ({ timedOut: true }))]);
  end();

  const all = new Set(receipts.map(({ message }) => message.messageId));
  if ('timedOut' in outcome) {
    return { failedMessageIds: all, timedOut: true };
  }
  if ('error' in outcome) {
    return { failedMessageIds: all, timedOut: false };
  }
  return { failedMessageIds: failuresOf(outcome.result, all), timedOut: false };
}

/** The message ids a partial batch response names; every id when one of them is not a message of the batch. */
function failuresOf(result: unknown, batch: ReadonlySet<string>): ReadonlySet<string> {
  const items = (result as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
  if (items === undefined || items === null) {
    return new Set();
  }
  if (!Array.isArray(items)) {
    return batch;
  }
  const failed = new Set<string>();
  for (const item of items) {
    const id = (item as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    if (typeof id !== 'string' || !batch.has(id)) {
      return batch;
    }
    failed.add(id);
  }
  return failed;
}
