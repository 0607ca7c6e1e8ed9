/** A message as the rule sends it to the alert queue. */
export interface QueuedMessage {
  readonly messageId: string;
  /** The CloudTrail event id the body carries (a duplicate carries the same one). */
  readonly eventId: string;
  readonly body: string;
  /** Its size in the function's payload (recordBytes). */
  readonly bytes: number;
  /** When it reaches the queue, in virtual ms. */
  readonly sentAtMs: number;
}

/** One receive of a message: what a poller holds until it deletes the message or lets it reappear. */
export interface Receipt {
  readonly message: QueuedMessage;
  /** Which receive of the message this is (1 for the first); only the latest one deletes. */
  readonly receiveCount: number;
  readonly receivedAtMs: number;
}

export interface QueueSettings {
  readonly visibilityTimeoutMs: number;
  /** The redrive policy's maxReceiveCount. */
  readonly maxReceiveCount: number;
}

interface MessageState {
  receives: number;
  done: boolean;
}

/** A moment a message becomes visible, valid while the message has had `receives` receives. */
interface Visibility {
  readonly message: QueuedMessage;
  readonly receives: number;
  readonly atMs: number;
}

/**
 * A list read from the front whose entries are added in order of time, so
 * the earliest is always first without sorting: arrivals are scheduled in
 * order, and reappearances are each receive's time plus the same visibility
 * timeout, so they come in order too.
 */
class TimeOrdered {
  private readonly items: Visibility[] = [];
  private head = 0;

  public push(item: Visibility): void {
    this.items.push(item);
  }
  public peek(): Visibility | undefined {
    return this.items[this.head];
  }
  public shift(): void {
    this.head++;
  }
}

/**
 * A model of an SQS standard queue as the Lambda event source uses it.
 * A received message is in flight for the visibility timeout from the
 * moment it is received, whatever its poller does meanwhile; then it is
 * visible again and may be received a second time, even while the first
 * receiver still holds it. Deleting it with an older receive's handle does
 * nothing: AWS says the request succeeds but the message "might not be
 * deleted", and we take the pessimistic reading.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html
 * A message received maxReceiveCount times that becomes visible again goes
 * to the dead-letter queue instead of being received once more.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
 */
export class SqsQueue {
  /** Messages moved to the dead-letter queue, in the order they were moved. */
  public readonly deadLettered: QueuedMessage[] = [];
  private readonly states = new Map<QueuedMessage, MessageState>();
  private readonly arrivals = new TimeOrdered();
  private readonly reappearances = new TimeOrdered();
  private remaining: number;

  constructor(messages: QueuedMessage[], private readonly settings: QueueSettings) {
    for (const message of [...messages].sort((a, b) => a.sentAtMs - b.sentAtMs)) {
      this.states.set(message, { receives: 0, done: false });
      this.arrivals.push({ message, receives: 0, atMs: message.sentAtMs });
    }
    this.remaining = messages.length;
  }

  /** True once every message is deleted or dead-lettered. */
  public isDrained(): boolean {
    return this.remaining === 0;
  }

  /** The earliest time a message is or becomes visible; Infinity when none will. */
  public nextVisibleAtMs(): number {
    return this.earliest()?.atMs ?? Infinity;
  }

  /** ReceiveMessage: up to `max` messages visible at `nowMs`, earliest first; each is in flight from now. */
  public receive(max: number, nowMs: number): Receipt[] {
    const receipts: Receipt[] = [];
    while (receipts.length < max) {
      const next = this.earliest();
      if (next === undefined || next.atMs > nowMs) {
        break;
      }
      this.take(next);
      const state = this.states.get(next.message)!;
      if (state.receives >= this.settings.maxReceiveCount) {
        this.finish(state);
        this.deadLettered.push(next.message);
        continue;
      }
      state.receives++;
      this.reappearances.push({ message: next.message, receives: state.receives, atMs: nowMs + this.settings.visibilityTimeoutMs });
      receipts.push({ message: next.message, receiveCount: state.receives, receivedAtMs: nowMs });
    }
    return receipts;
  }

  /** DeleteMessage: removes the message only if `receipt` is its latest receive. */
  public delete(receipt: Receipt): void {
    const state = this.states.get(receipt.message)!;
    if (!state.done && state.receives === receipt.receiveCount) {
      this.finish(state);
    }
  }

  private finish(state: MessageState): void {
    state.done = true;
    this.remaining--;
  }

  /** The earliest visibility still valid, dropping those a later receive or a delete has replaced. */
  private earliest(): Visibility | undefined {
    const valid = (list: TimeOrdered) => {
      for (let item = list.peek(); item !== undefined; item = list.peek()) {
        const state = this.states.get(item.message)!;
        if (!state.done && state.receives === item.receives) {
          return item;
        }
        list.shift();
      }
      return undefined;
    };
    const arrival = valid(this.arrivals);
    const reappearance = valid(this.reappearances);
    if (arrival === undefined || reappearance === undefined) {
      return arrival ?? reappearance;
    }
    return reappearance.atMs < arrival.atMs ? reappearance : arrival;
  }

  private take(item: Visibility): void {
    (this.arrivals.peek() === item ? this.arrivals : this.reappearances).shift();
  }
}
