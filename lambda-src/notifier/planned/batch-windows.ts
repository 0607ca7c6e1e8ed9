import { findWindow } from './find-window';
import { DEFAULT_MAX_MINUTES } from './planned-config';
import type { PlannedUseConfig } from './planned-severity';
import { neverLowered, PlannedUse } from './planned-use';
import { readWindows } from './read-windows';
import type { PlannedWindow } from './window';
import type { WindowStore } from './window-store';
import { windowsNow } from './windows-now';
import type { RootEvent } from '../events/root-event';
import { windowChange } from '../events/window-change';
import type { Logger } from '../log';

/** What planned root use means for the events of one batch (or one direct event). */
export interface BatchWindows {
  /** How the windows that window-change events name read now, by name. */
  readonly windowsNow: ReadonlyMap<string, string>;
  /** The event's window and what it does, when planned root use is on; undefined when it is off. */
  plannedUseOf(event: RootEvent): PlannedUse | undefined;
}

/**
 * Reads what the events need, once: the windows, only when planned root use
 * is on and at least one event is a root user's (the others are never
 * lowered, so a batch of them costs no SSM call), and each window a
 * window-change event names, read back for its alert. Logs, once per event,
 * which window applies, or why a window of its account does not. Never throws.
 */
export async function readBatchWindows(events: readonly RootEvent[], store: WindowStore | undefined,
  config: PlannedUseConfig | undefined, log: Logger): Promise<BatchWindows> {
  const on = config !== undefined && store !== undefined;
  const windows: PlannedWindow[] = on && events.some((event) => event.identityType === 'Root')
    ? await readWindows(store, config, log) : [];
  const uses = new Map<RootEvent, PlannedUse>();
  for (const event of on ? events : []) {
    const { window, misses } = findWindow(event, windows);
    for (const miss of misses) {
      log.info('A planned root use window of the event\'s account does not apply to it', { eventId: event.eventId, window: miss.window, why: miss.why });
    }
    const never = window === undefined ? undefined : neverLowered(event);
    if (window !== undefined && never !== undefined) {
      log.info('The event falls in a planned root use window but is reported as usual', { eventId: event.eventId, window: window.name, why: never });
    }
    uses.set(event, { window: never === undefined ? window : undefined, severity: config!.severity });
  }
  const names = events.flatMap((event) => windowChange(event)?.names ?? []);
  return {
    plannedUseOf: (event) => uses.get(event),
    windowsNow: names.length === 0 ? new Map() : await windowsNow(on ? store : undefined, names, config?.maxMinutes ?? DEFAULT_MAX_MINUTES, log),
  };
}
