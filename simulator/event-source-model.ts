import { InvocationSlots } from './invocation-slots';
import { ReceiveCalls } from './receive-calls';
import type { Receipt, SqsQueue } from './sqs-queue';
import type { VirtualClock } from './virtual-clock';

export interface EventSourceSettings {
  /** How long after its first message a batch that is not full closes, in ms. */
  readonly batchWindowMs: number;
  /** BatchSize. */
  readonly batchSize: number;
  /** The payload at which Lambda closes a batch (6 MB). */
  readonly maxPayloadBytes: number;
  /** Pollers reading the queue at once. */
  readonly pollers: number;
  /** ScalingConfig.MaximumConcurrency: invocations running at once. */
  readonly maxConcurrency: number;
  /** The most messages one ReceiveMessage call returns. */
  readonly receivePerCall: number;
  /** How long one ReceiveMessage call takes, in ms. */
  readonly receiveMs: number;
}

/** What became of a batch: the messages not named here are deleted. */
export interface InvocationOutcome {
  /** SQS message ids left in flight, to reappear when their visibility timeout ends. */
  readonly failedMessageIds: ReadonlySet<string>;
  /** True when the function was stopped at its timeout. */
  readonly timedOut: boolean;
}

export type Invoke = (batch: Receipt[]) => Promise<InvocationOutcome>;

/** One batch's way through the event source, for measuring where the time goes. */
export interface BatchTrace {
  readonly receipts: Receipt[];
  /** When the batch was full or its window closed. */
  readonly readyAtMs: number;
  /** When it got an invocation slot. */
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  readonly timedOut: boolean;
}

/** The messages a poller gathers into one batch. */
class Batch {
  public readonly receipts: Receipt[] = [];
  /** Set once a received message did not fit: Lambda then invokes with what it has. */
  public full = false;
  private bytes = 0;

  constructor(private readonly settings: EventSourceSettings) {}

  /** Adds what fits, in order; returns the rest, which start the poller's next batch. */
  public add(received: Receipt[]): Receipt[] {
    const rest: Receipt[] = [];
    for (const receipt of received) {
      const fits = this.receipts.length === 0
        || (this.receipts.length < this.settings.batchSize && this.bytes + receipt.message.bytes <= this.settings.maxPayloadBytes);
      if (this.full || !fits) {
        this.full = true;
        rest.push(receipt);
      } else {
        this.receipts.push(receipt);
        this.bytes += receipt.message.bytes;
      }
    }
    this.full ||= this.receipts.length >= this.settings.batchSize;
    return rest;
  }

  /** How many more records one receive may ask for. */
  public room(): number {
    return this.settings.batchSize - this.receipts.length;
  }
}

/**
 * A model of Lambda's SQS event source, as AWS documents it and at the
 * pessimistic end where it does not say. `pollers` pollers each call
 * ReceiveMessage (at most `receivePerCall` messages per call, `receiveMs`
 * each) and gather what they receive into a batch until it is full
 * (BatchSize records or 6 MB) or `batchWindowMs` has passed since its first
 * message. Lambda starts with five concurrent batches and, with maximum
 * concurrency set, does not scale back below them at low traffic. A poller
 * with a batch ready waits for one of the `maxConcurrency` invocation slots
 * and receives nothing meanwhile (at maximum concurrency the event source
 * reads no more until an invocation ends), while the messages it holds stay
 * in flight and their visibility timeout runs. When the invocation ends, the
 * poller deletes what did not fail and starts again.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */
export async function runEventSource(clock: VirtualClock, queue: SqsQueue, settings: EventSourceSettings, invoke: Invoke): Promise<BatchTrace[]> {
  const slots = new InvocationSlots(settings.maxConcurrency);
  const calls = new ReceiveCalls(clock, queue, settings.receiveMs);
  const traces: BatchTrace[] = [];

  /** Long polling: waits until a message is visible or `limitMs`, whichever comes first. */
  const waitForMessages = async (limitMs: number): Promise<void> => {
    await clock.sleep(Math.min(queue.nextVisibleAtMs(), limitMs) - clock.now());
  };

  const receiveInto = async (batch: Batch): Promise<Receipt[]> =>
    batch.add(await calls.call(Math.min(settings.receivePerCall, batch.room())));

  const poll = async () => {
    let carried: Receipt[] = [];
    while (!queue.isDrained()) {
      const batch = new Batch(settings);
      // Messages left over from the last receive open the batch: its window starts now.
      carried = batch.add(carried);
      if (batch.receipts.length === 0) {
        if (queue.nextVisibleAtMs() === Infinity) {
          return;
        }
        await waitForMessages(Infinity);
        carried = await receiveInto(batch);
        if (batch.receipts.length === 0) {
          continue;
        }
      }
      const closesAtMs = clock.now() + settings.batchWindowMs;
      while (!batch.full && clock.now() < closesAtMs) {
        if (queue.nextVisibleAtMs() > clock.now()) {
          await waitForMessages(closesAtMs);
        } else {
          carried = await receiveInto(batch);
        }
      }

      const readyAtMs = clock.now();
      await slots.acquire();
      const startedAtMs = clock.now();
      const outcome = await invoke(batch.receipts);
      slots.release();
      for (const receipt of batch.receipts) {
        if (!outcome.failedMessageIds.has(receipt.message.messageId)) {
          queue.delete(receipt);
        }
      }
      traces.push({ receipts: batch.receipts, readyAtMs, startedAtMs, endedAtMs: clock.now(), timedOut: outcome.timedOut });
    }
  };

  await Promise.all(Array.from({ length: settings.pollers }, poll));
  return traces;
}
