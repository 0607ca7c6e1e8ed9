import { seededRandom } from './seeded-random';
import type { Receipt, SqsQueue } from './sqs-queue';
import type { VirtualClock } from './virtual-clock';

interface Claim {
  readonly want: number;
  readonly got: Receipt[];
  readonly resolve: (received: Receipt[]) => void;
}

/**
 * ReceiveMessage calls from the event source's pollers. Each takes
 * `receiveMs`; calls that end at the same moment share the visible messages,
 * each message going to one of the calls with room, picked at random (from a
 * fixed seed, so runs repeat). AWS does not say which of several concurrent
 * long polls gets a message; spreading them spreads a trickle over as many
 * batches as there are pollers, which gives the most batches (so the most
 * messages) and fills each batch the slowest: the pessimistic end for both
 * the rate bounds and the delays. Always handing a message to the same
 * poller would hide both; dealing in strict turn would send every k-th
 * event to the same poller, which splits periodic test input by session
 * in a way no real queue does.
 */
export class ReceiveCalls {
  private round?: { atMs: number; claims: Claim[] };
  private readonly random = seededRandom(0x5eed);

  constructor(
    private readonly clock: VirtualClock,
    private readonly queue: SqsQueue,
    private readonly receiveMs: number,
  ) {}

  /** One call for at most `max` messages; what it receives is in flight from the call's end. */
  public async call(max: number): Promise<Receipt[]> {
    await this.clock.sleep(this.receiveMs);
    return new Promise((resolve) => {
      const now = this.clock.now();
      if (this.round?.atMs !== now) {
        const round = { atMs: now, claims: [] };
        this.round = round;
        // Served once every call ending now has joined: timers at the same time run in the order they were set.
        void this.clock.sleep(0).then(() => this.serve(round));
      }
      this.round.claims.push({ want: max, got: [], resolve });
    });
  }

  private serve(round: { atMs: number; claims: Claim[] }): void {
    if (this.round === round) {
      this.round = undefined;
    }
    let open = round.claims.filter((claim) => claim.want > 0);
    while (open.length > 0) {
      const [receipt] = this.queue.receive(1, round.atMs);
      if (!receipt) {
        break;
      }
      const claim = open[Math.floor(this.random() * open.length)];
      claim.got.push(receipt);
      if (claim.got.length >= claim.want) {
        open = open.filter((other) => other !== claim);
      }
    }
    round.claims.forEach((claim) => claim.resolve(claim.got));
  }
}
