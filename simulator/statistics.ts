/** The middle, the 99th percentile and the largest of a set of delays, in seconds. */
export interface Spread {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** The spread of `valuesMs` in seconds (nearest-rank percentiles); null when there are none. */
export function spreadSeconds(valuesMs: number[]): Spread | null {
  if (valuesMs.length === 0) {
    return null;
  }
  const sorted = Float64Array.from(valuesMs).sort();
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] / 1000;
  return { p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1] / 1000 };
}

/** The smallest of `values`, without spreading them into arguments (a long flood has too many). */
export function least(values: number[]): number {
  return values.reduce((smallest, value) => Math.min(smallest, value), Infinity);
}

/** The most timestamps in any half-open window [t, t + widthMs). */
export function maxInWindow(times: number[], widthMs: number): number {
  const sorted = Float64Array.from(times).sort();
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= widthMs) {
      start++;
    }
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** The most half-open intervals [start, end) that overlap at any moment. */
export function maxOverlap(intervals: Array<{ startMs: number; endMs: number }>): number {
  // At equal times an end comes before a start: one invocation handing its slot to the next is not an overlap.
  const edges = intervals.flatMap(({ startMs, endMs }) => [{ atMs: startMs, step: 1 }, { atMs: endMs, step: -1 }])
    .sort((a, b) => a.atMs - b.atMs || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const { step } of edges) {
    open += step;
    most = Math.max(most, open);
  }
  return most;
}
