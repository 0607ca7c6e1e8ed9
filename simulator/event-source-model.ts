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
  /** The payload at which Lambda closes a batch (6 MB). */
  readonly maxPayloadBytes: number;
  /** ScalingConfig.MaximumConcurrency: pollers that invoke the function at once. */
  readonly concurrency: number;
  /** Time from an invocation's start to the handler running (a cold start, say). */
  readonly invokeOverheadMs: number;
}

export type Invoke = (records: Array<{ messageId: string; body: string; eventSource: string }>) => Promise<void>;

/** How often an idle or gathering poller looks at what it has received. */
const POLL_STEP_MS = 100;

/**
 * The size of one record in the function's payload: the body, JSON-escaped,
 * inside the record Lambda builds around it (receipt handle, attributes,
 * checksum and queue ARN, as in AWS's example SQS event).
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export function recordBytes(arrival: Arrival): number {
  return Buffer.byteLength(JSON.stringify({
    messageId: arrival.messageId,
    receiptHandle: 'R'.repeat(400),
    body: arrival.body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1545082649183',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1545082649185',
    },
    messageAttributes: {},
    md5OfBody: '0'.repeat(32),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:root-activity-alerts',
    awsRegion: 'us-east-1',
  }), 'utf8');
}

interface Poller {
  received: Arrival[];
  bytes: number;
  invoking: boolean;
}

/**
 * A model of Lambda's SQS event source with a batching window and maximum
 * concurrency, as AWS documents it: each of `concurrency` pollers gathers
 * messages until the window has passed since its first message or the batch
 * is full (BatchSize records or 6 MB of payload), then invokes the function and waits for it. Messages that arrive
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
  const sizes = new Map(pending.map((arrival) => [arrival, recordBytes(arrival)]));
  const queued: Arrival[] = [];
  const pollers: Poller[] = Array.from({ length: settings.concurrency }, () => ({ received: [], bytes: 0, invoking: false }));
  let turn = 0;
  let handled = 0;

  const hasRoomFor = (poller: Poller, arrival: Arrival) =>
    poller.received.length < settings.batchSize && poller.bytes + sizes.get(arrival)! <= settings.maxPayloadBytes;
  const add = (poller: Poller, arrival: Arrival) => {
    poller.received.push(arrival);
    poller.bytes += sizes.get(arrival)!;
  };
  const isFull = (poller: Poller) => poller.received.length >= settings.batchSize
    || (queued.length > 0 && !hasRoomFor(poller, queued[0]));

  const deliver = async () => {
    for (const arrival of pending) {
      await clock.sleep(arrival.atMs - clock.now());
      const free = pollers.filter((poller) => !poller.invoking && hasRoomFor(poller, arrival));
      if (free.length === 0) {
        queued.push(arrival);
      } else {
        add(free[turn++ % free.length], arrival);
      }
    }
  };

  const poll = async (poller: Poller) => {
    const receiveQueued = () => {
      while (queued.length > 0 && hasRoomFor(poller, queued[0])) {
        add(poller, queued.shift()!);
      }
    };
    while (handled < pending.length) {
      receiveQueued();
      if (poller.received.length === 0) {
        await clock.sleep(POLL_STEP_MS);
        continue;
      }
      const deadline = clock.now() + settings.windowMs;
      while (!isFull(poller) && clock.now() < deadline) {
        await clock.sleep(Math.min(POLL_STEP_MS, deadline - clock.now()));
        receiveQueued();
      }
      const batch = poller.received.splice(0);
      poller.bytes = 0;
      poller.invoking = true;
      await clock.sleep(settings.invokeOverheadMs);
      await invoke(batch.map((arrival) => ({ messageId: arrival.messageId, body: arrival.body, eventSource: 'aws:sqs' })));
      poller.invoking = false;
      handled += batch.length;
    }
  };

  await Promise.all([deliver(), ...pollers.map(poll)]);
}
