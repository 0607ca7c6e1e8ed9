import * as fc from 'fast-check';
import { PATH, windowParameter } from './fake-window-store';
import { parseWindow } from '../../../lambda-src/notifier/planned/window';

// What must never fail: whatever a parameter holds, parsing returns a window
// or a problem, never throws, and any window it returns keeps the contract.
const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));
const nearWindow = fc.record({
  accounts: fc.oneof(fc.array(fc.stringMatching(/^\d{12}$/), { maxLength: 3 }), fc.anything()),
  start: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string()),
  end: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string()),
  plannedBy: fc.string({ maxLength: 140 }),
  ticket: fc.string({ maxLength: 70 }),
}, { requiredKeys: [] }).map((value) => JSON.stringify(value));

describe('parsing any parameter', () => {
  test('never throws, and a window it accepts keeps the contract', () => {
    fc.assert(fc.property(fc.oneof(anyJson, nearWindow, fc.string()), fc.integer({ min: 15, max: 10080 }), (value, maxMinutes) => {
      const result = parseWindow(windowParameter('w', value), maxMinutes);
      if ('window' in result) {
        const { window } = result;
        expect(window.name).toBe(`${PATH}w`);
        expect(window.accounts.length).toBeGreaterThanOrEqual(1);
        expect(window.accounts.every((account) => /^\d{12}$/.test(account))).toBe(true);
        expect(window.endMs).toBeGreaterThan(window.startMs);
        expect(window.endMs - window.startMs).toBeLessThanOrEqual(maxMinutes * 60_000);
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(window.plannedBy + window.ticket)).toBe(false);
      } else {
        expect(result.problem.length).toBeGreaterThan(0);
      }
    }), { numRuns: 2000 });
  });
});
