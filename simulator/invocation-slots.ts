/**
 * The event source's maximum concurrency: at most `size` invocations at
 * once; pollers with a batch ready wait their turn, first come first served.
 */
export class InvocationSlots {
  private readonly waiting: Array<() => void> = [];

  constructor(private free: number) {}

  /** Resolves once the caller holds a slot. */
  public acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the longest-waiting poller, or frees it. */
  public release(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.free++;
    }
  }
}
