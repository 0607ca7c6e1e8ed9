/**
 * A planned root use window as the notifier reads it (the storage format is
 * shared with lambda-src/notifier; both follow the same written contract, so
 * this file imports nothing and can be bundled and tested on its own).
 *
 * Pure: no clock, no AWS. The caller passes `now`.
 */

/** Where the windows live; the notifier reads this path and the construct grants it nothing else. */
export const WINDOW_PATH = '/root-activity-monitor/planned-root-use/';

/**
 * A window's own name, the last part of its parameter name. Narrower than
 * what SSM allows in a name (letters, digits, `_.-/`), so a window is always
 * exactly one level below WINDOW_PATH.
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-su-create.html
 */
export const WINDOW_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;

/** The notifier's maximum unless the monitor was deployed with another one (240 minutes). */
export const DEFAULT_MAX_HOURS = 4;
/** The range the construct accepts for that maximum: 15 minutes to 7 days. */
export const MIN_MAX_HOURS = 0.25;
export const MAX_MAX_HOURS = 168;

const MAX_ACCOUNTS = 50;
const MAX_PLANNED_BY = 128;
const MAX_TICKET = 64;
/**
 * A standard-tier String parameter holds at most 4 KB. The limits above keep
 * a window far below it; the check stays so a change to them cannot slip by.
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html
 */
export const MAX_VALUE_BYTES = 4096;

const ACCOUNT_ID = /^\d{12}$/;
// ISO 8601 date and time with seconds optional and an explicit zone: a time
// without one would mean the operator's local time here and UTC elsewhere.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
// C0, DEL and C1 control characters: they would break the alert's lines.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The stored value, keys in this order and no others. */
export interface WindowValue {
  readonly accounts: string[];
  readonly start: string;
  readonly end: string;
  readonly plannedBy: string;
  readonly ticket: string;
}

export interface WindowRequest {
  readonly accounts: readonly string[];
  readonly hours: number;
  /** When the window opens; `now` when absent. */
  readonly start?: string;
  readonly plannedBy: string;
  readonly ticket: string;
  /** The window's name; the ticket when absent. */
  readonly name?: string;
  readonly maxHours: number;
}

export interface Window {
  readonly name: string;
  readonly parameterName: string;
  readonly value: WindowValue;
  /** The value exactly as written to the parameter. */
  readonly json: string;
}

/** A request the contract refuses; the message names the option to change. */
export class WindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}

/** Builds the window for a request, or throws a WindowError that says what to change. */
export function buildWindow(request: WindowRequest, now: Date): Window {
  const name = request.name ?? request.ticket;
  if (!WINDOW_NAME_PATTERN.test(name)) {
    const source = request.name === undefined ? `--ticket ${JSON.stringify(name)} (the default name)` : `--name ${JSON.stringify(name)}`;
    throw new WindowError(`${source} is not a valid window name: use 1 to 128 letters, digits, '_', '.' or '-'${request.name === undefined ? ', or pass --name' : ''}`);
  }
  const accounts = checkAccounts('--account', request.accounts);
  checkText('--by', request.plannedBy, MAX_PLANNED_BY);
  checkText('--ticket', request.ticket, MAX_TICKET);
  checkMaxHours(request.maxHours);

  if (!Number.isFinite(request.hours) || request.hours <= 0) {
    throw new WindowError(`--hours must be a positive number of hours (got ${request.hours})`);
  }
  if (request.hours > request.maxHours) {
    throw new WindowError(`the window would last ${request.hours} h, longer than --max-hours ${request.maxHours}; `
      + 'the notifier ignores longer windows. Declare a shorter one, or pass --max-hours with the maximum the monitor was deployed with');
  }
  // Whole seconds: the stored times carry no fraction.
  const startMs = request.start === undefined ? Math.floor(now.getTime() / 1000) * 1000 : parseTime('--start', request.start);
  const endMs = startMs + Math.round(request.hours * 3600) * 1000;
  if (endMs <= now.getTime()) {
    throw new WindowError(`the window would end at ${formatTime(endMs)}, which has passed: check --start and --hours`);
  }

  const value: WindowValue = {
    accounts,
    start: formatTime(startMs),
    end: formatTime(endMs),
    plannedBy: request.plannedBy,
    ticket: request.ticket,
  };
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    throw new WindowError(`the window's value is ${bytes} bytes, more than a standard parameter holds (${MAX_VALUE_BYTES})`);
  }
  return { name, parameterName: parameterNameOf(name), value, json };
}

/** The parameter that holds window `name`, or a WindowError for a name outside the pattern. */
export function parameterNameOf(name: string): string {
  if (!WINDOW_NAME_PATTERN.test(name)) {
    throw new WindowError(`${JSON.stringify(name)} is not a valid window name: use 1 to 128 letters, digits, '_', '.' or '-'`);
  }
  return `${WINDOW_PATH}${name}`;
}

/** --max-hours within what the construct accepts, so a typo does not open a week-long window here only. */
export function checkMaxHours(maxHours: number): void {
  if (!Number.isFinite(maxHours) || maxHours < MIN_MAX_HOURS || maxHours > MAX_MAX_HOURS) {
    throw new WindowError(`--max-hours must be between ${MIN_MAX_HOURS} and ${MAX_MAX_HOURS} (got ${maxHours})`);
  }
}

function checkAccounts(label: string, accounts: readonly string[]): string[] {
  if (accounts.length === 0) {
    throw new WindowError(`give at least one ${label}`);
  }
  if (accounts.length > MAX_ACCOUNTS) {
    throw new WindowError(`a window covers at most ${MAX_ACCOUNTS} accounts (got ${accounts.length}): declare several windows`);
  }
  const seen = new Set<string>();
  for (const account of accounts) {
    if (!ACCOUNT_ID.test(account)) {
      throw new WindowError(`${label} ${JSON.stringify(account)} is not a 12-digit AWS account id`);
    }
    // A repeated id is more likely a mistyped second account than a harmless repeat.
    if (seen.has(account)) {
      throw new WindowError(`${label} ${account} is given twice`);
    }
    seen.add(account);
  }
  return [...accounts];
}

/**
 * Counted in UTF-16 code units (String length), which is never fewer than
 * characters: a value that passes here passes a reader counting either way.
 */
function checkText(option: string, text: string, max: number): void {
  if (text.length === 0 || text.length > max) {
    throw new WindowError(`${option} must be 1 to ${max} characters (got ${text.length})`);
  }
  if (CONTROL.test(text)) {
    throw new WindowError(`${option} must not contain control characters such as line breaks or tabs`);
  }
}

/** Milliseconds since the epoch for an ISO 8601 time with a zone, refusing impossible dates (2026-02-30). */
export function parseTime(option: string, text: string): number {
  const match = ISO_TIME.exec(text);
  const fail = () => new WindowError(`${option} ${JSON.stringify(text)} is not an ISO 8601 time with a zone, such as 2026-12-06T18:00:00Z or 2026-12-06T19:00:00+01:00`);
  if (!match) {
    throw fail();
  }
  const [, year, month, day, hour, minute, second = '0', , offsetHour = '0', offsetMinute = '0'] = match;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const check = new Date(local);
  if (check.getUTCFullYear() !== Number(year) || check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)
    || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 || Number(offsetHour) > 23 || Number(offsetMinute) > 59) {
    throw fail();
  }
  const sign = text.endsWith('Z') ? 0 : match[7].startsWith('-') ? -1 : 1;
  // Fractions of a second are dropped: stored times are whole seconds.
  return local - sign * (Number(offsetHour) * 60 + Number(offsetMinute)) * 60_000;
}

/** UTC, whole seconds, with `Z`: the form of the contract's example, which every ISO 8601 reader accepts. */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stored window as --list shows it: its value, or why the notifier would ignore it. */
export type StoredWindow =
  | { readonly ok: true; readonly value: WindowValue; readonly startMs: number; readonly endMs: number }
  | { readonly ok: false; readonly reason: string };

const KEYS = ['accounts', 'start', 'end', 'plannedBy', 'ticket'];

/**
 * Reads a parameter value by the contract's rules. The notifier has its own
 * reader (lambda-src/notifier); this one only explains --list output, so a
 * difference shows as a wrong status line, never as a wrong severity.
 */
export function readStoredWindow(json: string, maxHours: number): StoredWindow {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.join() !== [...KEYS].sort().join()) {
    return { ok: false, reason: `keys must be exactly ${KEYS.join(', ')} (found ${keys.join(', ') || 'none'})` };
  }
  try {
    const { accounts, start, end, plannedBy, ticket } = record;
    if (!Array.isArray(accounts) || !accounts.every((account) => typeof account === 'string')) {
      throw new WindowError('accounts is not a list of strings');
    }
    for (const [key, text] of Object.entries({ start, end, plannedBy, ticket })) {
      if (typeof text !== 'string') {
        throw new WindowError(`${key} is not a string`);
      }
    }
    checkAccounts('account', accounts as string[]);
    checkText('plannedBy', plannedBy as string, MAX_PLANNED_BY);
    checkText('ticket', ticket as string, MAX_TICKET);
    const startMs = parseTime('start', start as string);
    const endMs = parseTime('end', end as string);
    if (endMs <= startMs) {
      throw new WindowError('end is not after start');
    }
    if (endMs - startMs > maxHours * 3_600_000) {
      throw new WindowError(`longer than ${maxHours} h (--max-hours)`);
    }
    return { ok: true, value: record as unknown as WindowValue, startMs, endMs };
  } catch (error) {
    if (error instanceof WindowError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
}
