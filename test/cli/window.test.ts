import * as fc from 'fast-check';
import { buildWindow, DEFAULT_MAX_HOURS, MAX_VALUE_BYTES, parseTime, readStoredWindow, WindowRequest } from '../../cli/declare-root-use/window';

const NOW = new Date('2026-12-06T17:30:12.345Z');
const REQUEST: WindowRequest = {
  accounts: ['111122223333'],
  hours: 2,
  start: '2026-12-06T18:00:00Z',
  plannedBy: 'alice@example.com',
  ticket: 'CHG-1234',
  maxHours: DEFAULT_MAX_HOURS,
};

function refusal(request: Partial<WindowRequest>): string {
  try {
    buildWindow({ ...REQUEST, ...request }, NOW);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the window was accepted');
}

describe('building a window', () => {
  test('writes exactly the contract\'s keys, in its order, with UTC times', () => {
    const window = buildWindow(REQUEST, NOW);
    expect(window.name).toBe('CHG-1234');
    expect(window.parameterName).toBe('/root-activity-monitor/planned-root-use/CHG-1234');
    expect(window.json).toBe('{"accounts":["111122223333"],"start":"2026-12-06T18:00:00Z","end":"2026-12-06T20:00:00Z",'
      + '"plannedBy":"alice@example.com","ticket":"CHG-1234"}');
  });

  test('opens now, to the whole second, when --start is absent', () => {
    const window = buildWindow({ ...REQUEST, start: undefined, hours: 0.5 }, NOW);
    expect(window.value.start).toBe('2026-12-06T17:30:12Z');
    expect(window.value.end).toBe('2026-12-06T18:00:12Z');
  });

  test('converts a start with an offset to UTC', () => {
    const window = buildWindow({ ...REQUEST, start: '2026-12-06T19:00:00+01:00' }, NOW);
    expect(window.value.start).toBe('2026-12-06T18:00:00Z');
  });

  test('uses --name over the ticket', () => {
    expect(buildWindow({ ...REQUEST, name: 'db-restore.2026_12' }, NOW).parameterName)
      .toBe('/root-activity-monitor/planned-root-use/db-restore.2026_12');
  });

  test('accepts a window exactly as long as the maximum', () => {
    expect(buildWindow({ ...REQUEST, hours: 4 }, NOW).value.end).toBe('2026-12-06T22:00:00Z');
  });

  test('refuses a window longer than --max-hours, naming the option', () => {
    expect(refusal({ hours: 4.5 })).toBe('the window would last 4.5 h, longer than --max-hours 4; the notifier ignores longer windows. '
      + 'Declare a shorter one, or pass --max-hours with the maximum the monitor was deployed with');
  });

  test('accepts a longer window under a larger --max-hours', () => {
    expect(buildWindow({ ...REQUEST, hours: 8, maxHours: 8 }, NOW).value.end).toBe('2026-12-07T02:00:00Z');
  });

  test('refuses a --max-hours outside the construct\'s 15 minutes to 7 days', () => {
    expect(refusal({ maxHours: 169 })).toBe('--max-hours must be between 0.25 and 168 (got 169)');
    expect(refusal({ maxHours: 0.1, hours: 0.1 })).toBe('--max-hours must be between 0.25 and 168 (got 0.1)');
  });

  test('refuses a window that has already ended', () => {
    expect(refusal({ start: '2026-12-06T15:00:00Z', hours: 2 }))
      .toBe('the window would end at 2026-12-06T17:00:00Z, which has passed: check --start and --hours');
  });

  test('accepts a window that opened earlier and is still open', () => {
    expect(buildWindow({ ...REQUEST, start: '2026-12-06T17:00:00Z' }, NOW).value.start).toBe('2026-12-06T17:00:00Z');
  });

  test.each([
    ['bad/name', '--name "bad/name" is not a valid window name: use 1 to 128 letters, digits, \'_\', \'.\' or \'-\''],
    ['', '--name "" is not a valid window name: use 1 to 128 letters, digits, \'_\', \'.\' or \'-\''],
    ['x'.repeat(129), `--name "${'x'.repeat(129)}" is not a valid window name: use 1 to 128 letters, digits, '_', '.' or '-'`],
  ])('refuses the window name %j', (name, message) => {
    expect(refusal({ name })).toBe(message);
  });

  test('asks for --name when the ticket cannot be a name', () => {
    expect(refusal({ ticket: 'CHG 1234' }))
      .toBe('--ticket "CHG 1234" (the default name) is not a valid window name: use 1 to 128 letters, digits, \'_\', \'.\' or \'-\', or pass --name');
    expect(buildWindow({ ...REQUEST, ticket: 'CHG 1234', name: 'CHG-1234' }, NOW).value.ticket).toBe('CHG 1234');
  });

  test.each([
    [[], 'give at least one --account'],
    [['11112222333'], '--account "11112222333" is not a 12-digit AWS account id'],
    [['111122223333', '111122223333'], '--account 111122223333 is given twice'],
    [Array.from({ length: 51 }, (_, i) => String(100000000000 + i)), 'a window covers at most 50 accounts (got 51): declare several windows'],
  ])('refuses the accounts %j', (accounts, message) => {
    expect(refusal({ accounts })).toBe(message);
  });

  test('accepts 50 accounts', () => {
    const accounts = Array.from({ length: 50 }, (_, i) => String(100000000000 + i));
    expect(buildWindow({ ...REQUEST, accounts }, NOW).value.accounts).toEqual(accounts);
  });

  test.each([
    [{ plannedBy: '' }, '--by must be 1 to 128 characters (got 0)'],
    [{ plannedBy: 'a'.repeat(129) }, '--by must be 1 to 128 characters (got 129)'],
    [{ plannedBy: 'alice\nbob' }, '--by must not contain control characters such as line breaks or tabs'],
    [{ ticket: 'T'.repeat(65), name: 'n' }, '--ticket must be 1 to 64 characters (got 65)'],
    [{ ticket: 'CHG\t1', name: 'n' }, '--ticket must not contain control characters such as line breaks or tabs'],
    [{ ticket: 'CHG\u00851', name: 'n' }, '--ticket must not contain control characters such as line breaks or tabs'],
    [{ hours: 0 }, '--hours must be a positive number of hours (got 0)'],
    [{ start: '2026-12-06T18:00:00' }, '--start "2026-12-06T18:00:00" is not an ISO 8601 time with a zone, such as 2026-12-06T18:00:00Z or 2026-12-06T19:00:00+01:00'],
    [{ start: '2027-02-30T18:00:00Z' }, '--start "2027-02-30T18:00:00Z" is not an ISO 8601 time with a zone, such as 2026-12-06T18:00:00Z or 2026-12-06T19:00:00+01:00'],
  ])('refuses %j', (request, message) => {
    expect(refusal(request)).toBe(message);
  });
});

describe('reading times', () => {
  test.each([
    ['2026-12-06T18:00:00Z', '2026-12-06T18:00:00.000Z'],
    ['2026-12-06T18:00Z', '2026-12-06T18:00:00.000Z'],
    ['2026-12-06T18:00:00.999Z', '2026-12-06T18:00:00.000Z'],
    ['2026-12-06T13:30:00-04:30', '2026-12-06T18:00:00.000Z'],
    ['2026-12-07T03:00:00+09:00', '2026-12-06T18:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s is %s', (text, utc) => {
    expect(new Date(parseTime('--start', text)).toISOString()).toBe(utc);
  });

  test.each(['2026-12-06 18:00:00Z', '2026-13-01T00:00:00Z', '2026-12-06T24:00:00Z', '2026-12-06T18:00:00+0100', 'tomorrow'])('refuses %s', (text) => {
    expect(() => parseTime('--start', text)).toThrow(/is not an ISO 8601 time with a zone/);
  });
});

describe('reading a stored window for --list', () => {
  test('reads what a declaration writes', () => {
    const window = buildWindow(REQUEST, NOW);
    expect(readStoredWindow(window.json, 4)).toEqual({
      ok: true, value: window.value, startMs: Date.parse('2026-12-06T18:00:00Z'), endMs: Date.parse('2026-12-06T20:00:00Z'),
    });
  });

  test.each([
    ['nope', 'not JSON'],
    ['[]', 'not a JSON object'],
    ['{"accounts":["111122223333"],"start":"2026-12-06T18:00:00Z","end":"2026-12-06T20:00:00Z","plannedBy":"a"}',
      'keys must be exactly accounts, start, end, plannedBy, ticket (found accounts, end, plannedBy, start)'],
    ['{"accounts":["111122223333"],"start":"2026-12-06T18:00:00Z","end":"2026-12-06T18:00:00Z","plannedBy":"a","ticket":"t"}', 'end is not after start'],
    ['{"accounts":["111122223333"],"start":"2026-12-06T18:00:00Z","end":"2026-12-06T23:00:00Z","plannedBy":"a","ticket":"t"}', 'longer than 4 h (--max-hours)'],
    ['{"accounts":[111122223333],"start":"2026-12-06T18:00:00Z","end":"2026-12-06T20:00:00Z","plannedBy":"a","ticket":"t"}', 'accounts is not a list of strings'],
  ])('explains why %s is ignored', (json, reason) => {
    expect(readStoredWindow(json, 4)).toEqual({ ok: false, reason });
  });
});

describe('any window the contract allows', () => {
  // The widest values the options accept: the standard tier's 4 KB must hold them all.
  const text = (max: number) => fc.string({ unit: 'binary', minLength: 1, maxLength: max })
    .filter((s) => s.length <= max && !/[\u0000-\u001f\u007f-\u009f]/.test(s));
  test('fits a standard parameter and reads back as written', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.stringMatching(/^\d{12}$/), { minLength: 1, maxLength: 50 }),
      text(128), text(64), fc.integer({ min: 1, max: 4 * 3600 }),
      (accounts, plannedBy, ticket, seconds) => {
        const window = buildWindow({ ...REQUEST, accounts, plannedBy, ticket, name: 'w', hours: seconds / 3600 }, NOW);
        expect(Buffer.byteLength(window.json, 'utf8')).toBeLessThanOrEqual(MAX_VALUE_BYTES);
        const stored = readStoredWindow(window.json, 4);
        expect(stored.ok && stored.value).toEqual(window.value);
      },
    ));
  });
});
