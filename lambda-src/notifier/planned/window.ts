/**
 * A planned root use window: one String parameter under PLANNED_USE_PATH
 * whose value says which accounts' root users may be used, when, by whom
 * and under which ticket. Parsing is pure and never throws: a window that is
 * not exactly as the contract says is rejected with the reason, and a
 * rejected window lowers nothing. Reporting more than asked is the safe
 * side of a typo in a window.
 */

/** The one path windows live under; the construct grants reads on it only. */
export const PLANNED_USE_PATH = '/root-activity-monitor/planned-root-use/';

/** A window's own name, after the path. */
const WINDOW_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
const ACCOUNT_ID = /^\d{12}$/;
const MAX_ACCOUNTS = 50;
const MAX_PLANNED_BY = 128;
const MAX_TICKET = 64;
/** ISO 8601 date and time with `Z` or an offset; seconds and fractions optional. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * C0 and C1 controls, line and paragraph separators, and the bidirectional
 * overrides and isolates: a label shown to the person deciding whether root
 * use was expected must read as it is stored, on one line.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const KEYS = ['accounts', 'start', 'end', 'plannedBy', 'ticket'];

/** A window that passed every check. */
export interface PlannedWindow {
  /** The parameter's full name. */
  readonly name: string;
  readonly accounts: readonly string[];
  /** Milliseconds since the epoch. */
  readonly startMs: number;
  readonly endMs: number;
  /** As written in the window, for the alert. */
  readonly start: string;
  readonly end: string;
  readonly plannedBy: string;
  readonly ticket: string;
  /** When the parameter was last written: a window declared after the root use never relabels it. */
  readonly declaredMs: number;
}

/** What SSM says about one parameter, as far as a window needs it. */
export interface StoredParameter {
  readonly Name?: string;
  readonly Type?: string;
  readonly Value?: string;
  readonly LastModifiedDate?: Date;
  readonly Version?: number;
}

export type WindowResult = { readonly window: PlannedWindow } | { readonly problem: string };

/** Whether a parameter name is a window's: the path, then a window name. */
export function isWindowName(name: string): boolean {
  return name.startsWith(PLANNED_USE_PATH) && WINDOW_NAME.test(name.slice(PLANNED_USE_PATH.length));
}

/**
 * Checks one stored parameter against the contract (docs of the value:
 * /tmp/i16/contract.md) and, if it holds, returns the window.
 */
export function parseWindow(parameter: StoredParameter, maxMinutes: number): WindowResult {
  const name = parameter.Name ?? '';
  if (!isWindowName(name)) {
    return { problem: `its name is not ${PLANNED_USE_PATH} followed by 1 to 128 of A-Z a-z 0-9 _ . -` };
  }
  if (parameter.Type !== 'String') {
    return { problem: `it is a ${parameter.Type ?? 'parameter of unknown type'}, not a String parameter` };
  }
  const declared = parameter.LastModifiedDate;
  if (!(declared instanceof Date) || Number.isNaN(declared.getTime())) {
    return { problem: 'SSM gave no LastModifiedDate, so when it was declared cannot be told' };
  }
  let value: unknown;
  try {
    value = JSON.parse(parameter.Value ?? '');
  } catch {
    return { problem: 'its value is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'its value is not a JSON object' };
  }
  const fields = value as Record<string, unknown>;
  const missing = KEYS.filter((key) => !Object.prototype.hasOwnProperty.call(fields, key));
  if (missing.length > 0) {
    return { problem: `its value has no ${missing.join(', ')}` };
  }
  const extra = Object.keys(fields).filter((key) => !KEYS.includes(key));
  if (extra.length > 0) {
    return { problem: `its value has keys the contract does not allow: ${extra.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40))).join(', ')}` };
  }
  const accounts = accountsProblem(fields.accounts);
  if (typeof accounts === 'string') {
    return { problem: accounts };
  }
  const startMs = timeOf(fields.start);
  const endMs = timeOf(fields.end);
  if (startMs === undefined || endMs === undefined) {
    return { problem: `its ${startMs === undefined ? 'start' : 'end'} is not an ISO 8601 time with Z or an offset` };
  }
  if (endMs <= startMs) {
    return { problem: 'its end is not after its start' };
  }
  const minutes = (endMs - startMs) / 60_000;
  if (minutes > maxMinutes) {
    return { problem: `it is ${Math.ceil(minutes)} minutes long, longer than the maximum of ${maxMinutes} (PLANNED_USE_MAX_MINUTES)` };
  }
  const plannedBy = textProblem('plannedBy', fields.plannedBy, MAX_PLANNED_BY);
  if (plannedBy !== undefined) {
    return { problem: plannedBy };
  }
  const ticket = textProblem('ticket', fields.ticket, MAX_TICKET);
  if (ticket !== undefined) {
    return { problem: ticket };
  }
  return {
    window: {
      name,
      accounts,
      startMs,
      endMs,
      start: fields.start as string,
      end: fields.end as string,
      plannedBy: fields.plannedBy as string,
      ticket: fields.ticket as string,
      declaredMs: declared.getTime(),
    },
  };
}

function accountsProblem(value: unknown): string[] | string {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_ACCOUNTS) {
    return `its accounts are not a list of 1 to ${MAX_ACCOUNTS} account ids`;
  }
  if (!value.every((account) => typeof account === 'string' && ACCOUNT_ID.test(account))) {
    return 'its accounts are not all 12-digit account ids';
  }
  if (new Set(value).size !== value.length) {
    return 'its accounts name one account twice';
  }
  return value as string[];
}

/**
 * Milliseconds since the epoch, or undefined. The fields are checked, not
 * only parsed: Date.parse would roll 2026-02-30 over into March.
 */
function timeOf(value: unknown): number | undefined {
  const match = typeof value === 'string' ? ISO_TIME.exec(value) : null;
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second = '00'] = match;
  const fields = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const check = new Date(fields);
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day) || Number(hour) > 23
    || Number(minute) > 59 || Number(second) > 59) {
    return undefined;
  }
  const ms = Date.parse(value as string);
  return Number.isNaN(ms) ? undefined : ms;
}

function textProblem(key: string, value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' || value.length < 1 || value.length > max) {
    return `its ${key} is not a text of 1 to ${max} characters`;
  }
  if (CONTROL.test(value)) {
    return `its ${key} holds control or direction-changing characters`;
  }
  return undefined;
}
