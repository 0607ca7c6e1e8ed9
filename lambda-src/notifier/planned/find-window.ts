import type { PlannedWindow } from './window';
import type { RootEvent } from '../events/root-event';

/** Why no window of the event's account applies to it, for the log. */
export interface Miss {
  readonly window: string;
  readonly why: string;
}

/**
 * The window that applies to a root event: one naming the account whose
 * root user acted, spanning the event time, and declared (last written) no
 * later than the event, so a window written after the fact never relabels
 * it. Of several, the one declared first: the choice must not depend on
 * the order SSM lists them in. `misses` says why windows of the account did
 * not apply (ended, not yet begun, declared after the event).
 */
export function findWindow(event: RootEvent, windows: readonly PlannedWindow[]): { window?: PlannedWindow; misses: Miss[] } {
  const time = event.eventTime === undefined ? NaN : Date.parse(event.eventTime);
  const account = event.accountId;
  const misses: Miss[] = [];
  if (account === undefined || Number.isNaN(time)) {
    return { misses };
  }
  const applying: PlannedWindow[] = [];
  for (const window of windows) {
    if (!window.accounts.includes(account)) {
      continue;
    }
    const why = time < window.startMs ? 'it starts after the event'
      : time > window.endMs ? 'it ended before the event'
        : window.declaredMs > time ? 'it was declared after the event' : undefined;
    if (why === undefined) {
      applying.push(window);
    } else {
      misses.push({ window: window.name, why });
    }
  }
  applying.sort((a, b) => a.declaredMs - b.declaredMs || (a.name < b.name ? -1 : 1));
  return { window: applying[0], misses };
}
