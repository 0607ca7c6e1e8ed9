import { createLogger, Logger } from '../../lambda-src/notifier/log';

/** One parsed log line, as written by createLogger. */
export interface LogEntry {
  readonly level: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

/** A real logger whose lines are kept for assertions instead of printed. */
export function collectingLogger(): { log: Logger; lines: string[]; entries: () => LogEntry[] } {
  const lines: string[] = [];
  const log = createLogger((line) => lines.push(line));
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as LogEntry) };
}

/** A deep copy of a value, so a test can change a fixture without touching others. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Time for a handler under test: `pause` moves `now` on at once instead of
 * waiting, and a call is never abandoned (`callTimer` never fires), so a
 * retry schedule runs to its end in microseconds, as it would in time.
 */
export function virtualTime() {
  let nowMs = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => nowMs,
    pause: async (ms: number) => {
      pauses.push(ms);
      nowMs += ms;
    },
    callTimer: () => new Promise<void>(() => undefined),
  };
}
