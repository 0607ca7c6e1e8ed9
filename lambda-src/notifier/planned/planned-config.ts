import { PlannedUseConfig, readPlannedUseSeverity } from './planned-severity';
import { PLANNED_USE_PATH } from './window';
import type { Logger } from '../log';

/** The construct's default maximum length of a window, and the bounds it allows. */
export const DEFAULT_MAX_MINUTES = 240;
export const MIN_MAX_MINUTES = 15;
export const MAX_MAX_MINUTES = 10080;

/**
 * PLANNED_USE_PATH, PLANNED_USE_MAX_MINUTES and PLANNED_USE_SEVERITY. The
 * construct sets them only when planned root use is on. A path other than
 * the one the construct grants reads on turns the feature off: the function
 * could not read it, and a window elsewhere is not one the construct knows.
 * Nothing here stops an alert; every bad value is logged.
 */
export function readPlannedUse(env: Record<string, string | undefined>, log: Logger): PlannedUseConfig | undefined {
  const path = env.PLANNED_USE_PATH?.trim() || undefined;
  if (path === undefined) {
    const stray = ['PLANNED_USE_MAX_MINUTES', 'PLANNED_USE_SEVERITY'].filter((name) => env[name]?.trim());
    if (stray.length > 0) {
      log.warn(`${stray.join(' and ')} set without PLANNED_USE_PATH; planned root use is off`, {});
    }
    return undefined;
  }
  if (path !== PLANNED_USE_PATH) {
    log.warn(`PLANNED_USE_PATH must be ${PLANNED_USE_PATH}; planned root use is off`, { plannedUsePath: path });
    return undefined;
  }
  return { path, maxMinutes: readMaxMinutes(env.PLANNED_USE_MAX_MINUTES, log), severity: readPlannedUseSeverity(env.PLANNED_USE_SEVERITY, log) };
}

function readMaxMinutes(value: string | undefined, log: Logger): number {
  const text = value?.trim() ?? '';
  if (text === '') {
    return DEFAULT_MAX_MINUTES;
  }
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < MIN_MAX_MINUTES || minutes > MAX_MAX_MINUTES) {
    log.warn(`PLANNED_USE_MAX_MINUTES is not a whole number from ${MIN_MAX_MINUTES} to ${MAX_MAX_MINUTES}; using ${DEFAULT_MAX_MINUTES}`,
      { plannedUseMaxMinutes: value });
    return DEFAULT_MAX_MINUTES;
  }
  return minutes;
}
