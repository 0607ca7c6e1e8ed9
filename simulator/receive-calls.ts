import type { Receipt, SqsQueue } from './sqs-queue';
import type { VirtualClock } from './virtual-clock';

interface Claim {
  readonly poller: number;
  readonly want: number;
  readonly got: Receipt[];
  readonly resolve: (received: Receipt[]) => void;
}

/**
 * ReceiveMessage calls from the event source's pollers. Each takes
 * `receiveMs`; calls that end at the same moment share the visible messages
 * one at a time in turn, starting after the poller served last. AWS does not
 * say which of several concurrent long polls gets a message; dealing them
 * out spreads a trickle over as many batches as there are pollers, which
 * gives the most batches (so the most messages) and fills each batch the
 * slowest: the pessimistic end for both the rate bounds and the delays.
 * Always handing a message to the same poller would hide both.
 */
export class ReceiveCalls {
  private round?: { atMs: number; claims: Claim[] };
  private nextPoller = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly queue: SqsQueue,
    private readonly pollers: number,
    private readonly receiveMs: number,
  ) {}

  /** One call by `poller` for at most `max` messages; what it receives is in flight from the call's end. */
  public async call(poller: number, max: number): Promise<Receipt[]> {
    await this.clock.sleep(this.receiveMs);
    return new Promise((resolve) => {
      const now = this.clock.now();
      if (this.round?.atMs !== now) {
        const round = { atMs: now, claims: [] };
        this.round = round;
        // Served once every call ending now has joined: timers at the same time run in the order they were set.
        void this.clock.sleep(0).then(() => this.serve(round));
      }
      this.round.claims.push({ poller, want: max, got: [], resolve });
    });
  }

  private serve(round: { atMs: number; claims: Claim[] }): void {
    if (this.round === round) {
      this.round = undefined;
    }
    const inTurn = [...round.claims].sort((a, b) => this.turn(a.poller) - this.turn(b.poller));
    let dealt = true;
    while (dealt) {
      dealt = false;
      for (const claim of inTurn) {
        if (claim.got.length < claim.want) {
          const [receipt] = this.queue.receive(1, round.atMs);
          if (receipt) {
            claim.got.push(receipt);
            this.nextPoller = (claim.poller + 1) % this.pollers;
            dealt = true;
          }
        }
      }
    }
    round.claims.forEach((claim) => claim.resolve(claim.got));
  }

  /** How far `poller` is from the one whose turn it is. */
  private turn(poller: number): number {
    return (poller - this.nextPoller + this.pollers) % this.pollers;
  }
}
