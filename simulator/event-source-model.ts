import type { VirtualClock } from './virtual-clock';

/** An event as the queue receives it from the rule. */
export interface Arrival {
  readonly atMs: number;
  readonly messageId: string;
  readonly body: string;
}

export interface EventSourceSettings {
  /** MaximumBatchingWindowInSeconds, in ms. */
  readonly windowMs: number;
  /** BatchSize. */
  readonly batchSize: number;
  /** ScalingConfig.MaximumConcurrency: pollers that invoke the function at once. */
  readonly concurrency: number;
  /** Time from an invocation's start to the handler running (a cold start, say). */
  readonly invokeOverheadMs: number;
}

export type Invoke = (records: Array<{ messageId: string; body: string; eventSource: string }>) => Promise<void>;

/** How often an idle or gathering poller looks at what it has received. */
const POLL_STEP_MS = 100;

/**
 * A model of Lambda's SQS event source with a batching window and maximum
 * concurrency, as AWS documents it: each of `concurrency` pollers gathers
 * messages until the window has passed since its first message or the batch
 * is full, then invokes the function and waits for it. Messages that arrive
 * while pollers gather are dealt out among them in turn, as concurrent long
 * polls would receive them; that splits bursts into more batches than one
 * poller would, so the bounds the tests prove hold for this less favourable
 * case too. Messages that arrive while every poller waits on the function
 * stay in the queue until one is free.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 */
export async function runEventSource(clock: VirtualClock, arrivals: Arrival[], settings: EventSourceSettings, invoke: Invoke): Promise<void> {
  const pending = [...arrivals].sort((a, b) => a.atMs - b.atMs);
  const queued: Arrival[] = [];
  const pollers = Array.from({ length: settings.concurrency }, () => ({ received: [] as Arrival[], invoking: false }));
  let turn = 0;
  let handled = 0;

  const deliver = async () => {
    for (const arrival of pending) {
      await clock.sleep(arrival.atMs - clock.now());
      const free = pollers.filter((poller) => !poller.invoking);
      if (free.length === 0) {
        queued.push(arrival);
      } else {
        free[turn++ % free.length].received.push(arrival);
      }
    }
  };

  const poll = async (poller: { received: Arrival[]; invoking: boolean }) => {
    const receiveQueued = () => poller.received.push(...queued.splice(0, settings.batchSize - poller.received.length));
    while (handled < pending.length) {
      receiveQueued();
      if (poller.received.length === 0) {
        await clock.sleep(POLL_STEP_MS);
        continue;
      }
      const deadline = clock.now() + settings.windowMs;
      while (poller.received.length < settings.batchSize && clock.now() < deadline) {
        await clock.sleep(Math.min(POLL_STEP_MS, deadline - clock.now()));
        receiveQueued();
      }
      const batch = poller.received.splice(0, settings.batchSize);
      poller.invoking = true;
      await clock.sleep(settings.invokeOverheadMs);
      await invoke(batch.map((arrival) => ({ messageId: arrival.messageId, body: arrival.body, eventSource: 'aws:sqs' })));
      poller.invoking = false;
      handled += batch.length;
    }
  };

  await Promise.all([deliver(), ...pollers.map(poll)]);
}
