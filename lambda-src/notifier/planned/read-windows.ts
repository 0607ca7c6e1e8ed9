import { parseWindow, PlannedWindow } from './window';
import type { WindowStore } from './window-store';
import { describeError, Logger } from '../log';

/**
 * GetParametersByPath returns at most 10 parameters a call (MaxResults 1..10).
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParametersByPath.html
 */
export const WINDOWS_PER_PAGE = 10;
/**
 * Pages read a batch. Each call costs time in an invocation that must still
 * publish, so the reading is bounded: 5 full pages hold 50 windows, far more
 * than a team plans at once. The rest is logged and ignored, which only
 * means alerts at their usual severity.
 */
export const MAX_PAGES = 5;

/** How windows are read: where, and the longest a window may be. */
export interface WindowReading {
  readonly path: string;
  readonly maxMinutes: number;
}

/**
 * The valid windows under `reading.path`. Never throws: an SSM error
 * (throttled, denied, unreachable) means no windows, with an error log, so
 * every alert goes out at its usual severity. A window that fails its
 * checks is logged with why and left out.
 */
export async function readWindows(store: WindowStore, reading: WindowReading, log: Logger): Promise<PlannedWindow[]> {
  const windows: PlannedWindow[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  try {
    do {
      // A page may hold fewer than MaxResults, even none, and still have a
      // NextToken: the API filters after it fetches. So pages are counted,
      // not parameters.
      const page = await store.getParametersByPath({
        Path: reading.path, Recursive: false, MaxResults: WINDOWS_PER_PAGE, ...nextToken !== undefined ? { NextToken: nextToken } : {},
      });
      pages++;
      for (const parameter of page.Parameters ?? []) {
        const result = parseWindow(parameter, reading.maxMinutes);
        if ('window' in result) {
          windows.push(result.window);
        } else {
          log.warn('Ignoring a planned root use window: it is malformed or too long', { window: parameter.Name, problem: result.problem });
        }
      }
      nextToken = page.NextToken || undefined;
    } while (nextToken !== undefined && pages < MAX_PAGES);
  } catch (error) {
    log.error('Could not read the planned root use windows; alerting at the usual severities', {
      ...describeError(error), path: reading.path, pagesRead: pages,
    });
    return [];
  }
  if (nextToken !== undefined) {
    log.warn(`More planned root use windows than ${MAX_PAGES} pages hold; ignoring the rest`, {
      path: reading.path, pagesRead: pages, windowsRead: windows.length,
    });
  }
  return windows;
}
