import { PATH, windowParameter, windowValue } from './fake-window-store';
import { isWindowName, parseWindow } from '../../../lambda-src/notifier/planned/window';

const MAX = 240;

function problemOf(value: unknown, maxMinutes = MAX): string {
  const result = parseWindow(windowParameter('chg-1234', value), maxMinutes);
  if (!('problem' in result)) {
    throw new Error(`expected a problem, got a window: ${JSON.stringify(result.window)}`);
  }
  return result.problem;
}

describe('parsing a planned root use window', () => {
  test('a window as the contract shows it is read with its times and declaration time', () => {
    const result = parseWindow(windowParameter('chg-1234', windowValue(), '2024-11-05T12:00:00Z'), MAX);
    expect(result).toEqual({
      window: {
        name: `${PATH}chg-1234`,
        accounts: ['111122223333'],
        startMs: Date.parse('2024-11-06T00:00:00Z'),
        endMs: Date.parse('2024-11-06T03:00:00Z'),
        start: '2024-11-06T00:00:00Z',
        end: '2024-11-06T03:00:00Z',
        plannedBy: 'alice@example.com',
        ticket: 'CHG-1234',
        declaredMs: Date.parse('2024-11-05T12:00:00Z'),
      },
    });
  });

  test('times with an offset are taken at their instant', () => {
    const result = parseWindow(windowParameter('w', windowValue({ start: '2024-11-06T01:00:00+01:00', end: '2024-11-06T02:30+01:00' })), MAX);
    expect('window' in result && result.window.startMs).toBe(Date.parse('2024-11-06T00:00:00Z'));
    expect('window' in result && result.window.endMs).toBe(Date.parse('2024-11-06T01:30:00Z'));
  });

  test.each([
    ['not JSON', '{"accounts": [', /not JSON/],
    ['not an object', '[1, 2]', /not a JSON object/],
    ['a missing key', (() => { const { ticket, ...rest } = windowValue(); return rest; })(), /has no ticket/],
    ['an extra key', windowValue({ severity: 'none' }), /keys the contract does not allow: "severity"/],
    ['no accounts', windowValue({ accounts: [] }), /list of 1 to 50/],
    ['51 accounts', windowValue({ accounts: Array.from({ length: 51 }, (_, i) => String(100000000000 + i)) }), /list of 1 to 50/],
    ['an 11-digit account', windowValue({ accounts: ['11112222333'] }), /12-digit/],
    ['an account as a number', windowValue({ accounts: [111122223333] }), /12-digit/],
    ['an account twice', windowValue({ accounts: ['111122223333', '111122223333'] }), /twice/],
    ['a time without a zone', windowValue({ start: '2024-11-06T00:00:00' }), /start is not an ISO 8601 time/],
    ['a day that does not exist', windowValue({ start: '2024-02-30T00:00:00Z', end: '2024-03-01T01:00:00Z' }), /start is not/],
    ['an end before the start', windowValue({ start: '2024-11-06T03:00:00Z', end: '2024-11-06T00:00:00Z' }), /end is not after its start/],
    ['an end equal to the start', windowValue({ end: '2024-11-06T00:00:00Z' }), /end is not after its start/],
    ['an empty plannedBy', windowValue({ plannedBy: '' }), /plannedBy is not a text of 1 to 128/],
    ['a 65-character ticket', windowValue({ ticket: 'T'.repeat(65) }), /ticket is not a text of 1 to 64/],
    ['a line break in the ticket', windowValue({ ticket: 'CHG-1\nSeverity: MEDIUM' }), /control/],
    ['a NUL in plannedBy', windowValue({ plannedBy: 'alice\u0000' }), /control/],
    ['a right-to-left override in plannedBy', windowValue({ plannedBy: 'alice\u202emoc.elpmaxe' }), /direction-changing/],
  ])('a window with %s is malformed', (_, value, problem) => {
    expect(problemOf(value)).toMatch(problem);
  });

  test('a window longer than the maximum is rejected, one exactly as long is not', () => {
    expect(problemOf(windowValue({ end: '2024-11-06T04:00:01Z' }))).toMatch(/241 minutes long, longer than the maximum of 240/);
    expect('window' in parseWindow(windowParameter('w', windowValue({ end: '2024-11-06T04:00:00Z' })), MAX)).toBe(true);
  });

  test('only a String parameter with a LastModifiedDate under the path counts', () => {
    expect(parseWindow({ ...windowParameter('w', windowValue()), Type: 'SecureString' }, MAX)).toEqual({ problem: expect.stringMatching(/not a String parameter/) });
    expect(parseWindow({ ...windowParameter('w', windowValue()), LastModifiedDate: undefined }, MAX)).toEqual({ problem: expect.stringMatching(/LastModifiedDate/) });
    expect(parseWindow({ ...windowParameter('w', windowValue()), Name: '/elsewhere/w' }, MAX)).toEqual({ problem: expect.stringMatching(/name/) });
  });

  test('window names follow the contract', () => {
    expect(isWindowName(`${PATH}CHG-1234_a.b`)).toBe(true);
    expect(isWindowName(`${PATH}${'a'.repeat(128)}`)).toBe(true);
    expect(isWindowName(`${PATH}${'a'.repeat(129)}`)).toBe(false);
    expect(isWindowName(`${PATH}deeper/w`)).toBe(false);
    expect(isWindowName(PATH)).toBe(false);
  });
});
