/**
 * A clock whose time moves only when every task is waiting on it, so hours of
 * delivery run in a fraction of a second and always the same way. Tasks wait
 * with `sleep`; `run` moves time to the next wake-up, one at a time, letting
 * every task go as far as it can in between.
 */
export class VirtualClock {
  private nowMs = 0;
  private sequence = 0;
  private readonly timers: Array<{ at: number; sequence: number; wake: () => void }> = [];

  /** Milliseconds since the simulation started. */
  public now(): number {
    return this.nowMs;
  }

  /** Resolves once the clock has moved `ms` milliseconds on. */
  public sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.timers.push({ at: this.nowMs + Math.max(0, ms), sequence: this.sequence++, wake });
    });
  }

  /** Moves time on until no task waits any more, or `limitMs` is reached. */
  public async run(limitMs = Number.MAX_SAFE_INTEGER): Promise<void> {
    await settle();
    while (this.timers.length > 0) {
      this.timers.sort((a, b) => a.at - b.at || a.sequence - b.sequence);
      const next = this.timers.shift()!;
      if (next.at > limitMs) {
        throw new Error(`The simulation was still running after ${limitMs / 1000} virtual seconds`);
      }
      this.nowMs = next.at;
      next.wake();
      await settle();
    }
  }
}

/** Lets every promise chain that can go on do so (they run before the next macrotask). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
