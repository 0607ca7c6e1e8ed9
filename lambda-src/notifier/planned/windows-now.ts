import { parseWindow } from './window';
import type { WindowStore } from './window-store';
import { describeError, Logger } from '../log';

/**
 * Most windows read back for one batch's window-change alerts: one
 * DeleteParameters call names up to 10, and each read costs time in an
 * invocation that must still publish. The others say they were not read.
 */
export const MAX_WINDOWS_READ_BACK = 10;

/**
 * How each named window reads now, after the change an alert reports: its
 * terms, 'deleted', 'malformed: why', or why it could not be read. The alert
 * shows this beside the change, so its reader need not open Parameter Store
 * to see what a window now allows. Never throws.
 */
export async function windowsNow(store: WindowStore | undefined, names: readonly string[], maxMinutes: number,
  log: Logger): Promise<ReadonlyMap<string, string>> {
  const now = new Map<string, string>();
  for (const name of new Set(names)) {
    if (store === undefined) {
      now.set(name, 'not read: planned root use is off in this notifier');
    } else if (now.size >= MAX_WINDOWS_READ_BACK) {
      now.set(name, `not read: only ${MAX_WINDOWS_READ_BACK} windows are read back a batch`);
    } else {
      now.set(name, await readOne(store, name, maxMinutes, log));
    }
  }
  return now;
}

async function readOne(store: WindowStore, name: string, maxMinutes: number, log: Logger): Promise<string> {
  try {
    const { Parameter: parameter } = await store.getParameter({ Name: name });
    if (parameter === undefined) {
      return 'deleted (no such parameter)';
    }
    const result = parseWindow(parameter, maxMinutes);
    if ('problem' in result) {
      return `malformed: ${result.problem}; it lowers nothing`;
    }
    const { window } = result;
    return `accounts ${window.accounts.join(', ')}, ${window.start} to ${window.end}, planned by ${window.plannedBy}, ticket ${window.ticket}`
      + `${parameter.Version !== undefined ? ` (version ${parameter.Version})` : ''}`;
  } catch (error) {
    // GetParameter's error for a missing parameter.
    // https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html#API_GetParameter_Errors
    if ((error as { name?: unknown } | null)?.name === 'ParameterNotFound') {
      return 'deleted (no such parameter)';
    }
    log.error('Could not read a planned root use window back for its change alert', { ...describeError(error), window: name });
    return `could not be read (${describeError(error).errorName})`;
  }
}
