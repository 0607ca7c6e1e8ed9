import type { Coverage } from '../../lambda-src/coverage/assess';
import { buildReportMessage, MAX_ENTRIES_PER_LIST, MAX_REPORT_BYTES } from '../../lambda-src/coverage/report-message';

const NOW = new Date('2030-06-10T10:30:00Z');

function message(coverage: Partial<Coverage>, accountListError?: string) {
  return buildReportMessage({
    coverage: { covered: 0, silent: [], neverSeenRegions: [], neverSeenAccounts: [], inactiveAccounts: 0, ...coverage },
    reason: 'changed',
    recovered: [],
    accountListError,
    intervalMinutes: 60,
    now: NOW,
    account: '999988887777',
    region: 'eu-west-1',
    id: 'report-1',
  });
}

describe('buildReportMessage', () => {
  test('leaves out `truncated` when every list fits', () => {
    const report = message({ neverSeenAccounts: [{ account: '111122223333', name: 'sandbox' }] });

    expect(report.detail).not.toHaveProperty('truncated');
    expect(report.detail).not.toHaveProperty('accountListError');
    expect(report.detail.neverSeenAccounts).toEqual([{ account: '111122223333', name: 'sandbox' }]);
  });

  test('cuts a long list to the cap and counts what it left out', () => {
    const silent = Array.from({ length: MAX_ENTRIES_PER_LIST + 7 }, (_, index) => ({
      account: String(100000000000 + index), region: 'eu-west-1', lastSeen: '2030-06-10T08:00:00.000Z',
    }));

    const report = message({ silent });

    expect(report.detail.silent).toEqual(silent.slice(0, MAX_ENTRIES_PER_LIST));
    expect(report.detail.truncated).toEqual({ silent: 7 });
  });

  test('halves the caps until the body fits, however long the names', () => {
    // Organizations allows 50 characters; these are far longer, and all escaped in JSON.
    const neverSeenAccounts = Array.from({ length: 2000 }, (_, index) => ({ account: String(100000000000 + index), name: '"\\'.repeat(200) }));

    const report = message({ neverSeenAccounts }, `AccessDeniedException: ${'x'.repeat(5000)}`);

    expect(Buffer.byteLength(JSON.stringify(report))).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    expect(report.detail.neverSeenAccounts.length).toBeLessThan(MAX_ENTRIES_PER_LIST);
    expect(report.detail.truncated).toEqual({ neverSeenAccounts: 2000 - report.detail.neverSeenAccounts.length });
    expect(report.detail.accountListError).toHaveLength(1024);
  });
});
