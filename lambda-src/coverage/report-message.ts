import type { Coverage } from './assess';
import {
  AccountRegion, COVERAGE_REPORT_DETAIL_TYPE, COVERAGE_REPORT_SOURCE, CoverageReportDetail, CoverageReportEvent, CoverageReportReason,
  TruncatedCounts,
} from './events';

/**
 * Entries each list keeps at first. Nobody reads past a few hundred lines
 * of a report; when thousands of account-regions fall silent at once, the
 * count says so and the first ones show where.
 */
export const MAX_ENTRIES_PER_LIST = 250;

/**
 * The most bytes a report body may take: half of SQS's 256 KiB message
 * limit, leaving room for the notifier to wrap it. At the per-list cap a
 * body stays far below this; the limit guards against long account names.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
 */
export const MAX_REPORT_BYTES = 128 * 1024;

/** Organizations allows 50-character names; an error message may be longer, and is cut. */
const MAX_ERROR_LENGTH = 1024;

export interface ReportMessageInput {
  readonly coverage: Coverage;
  readonly reason: CoverageReportReason;
  readonly recovered: readonly AccountRegion[];
  readonly accountListError?: string;
  readonly intervalMinutes: number;
  readonly now: Date;
  /** The hub's account, where the report comes from. */
  readonly account: string;
  readonly region: string;
  readonly id: string;
}

/**
 * The report as an EventBridge-shaped event, the lists already sorted
 * (assess.ts). Lists longer than the cap are cut, and `truncated` says how
 * many entries each lost; should the body still be too big, every cap is
 * halved until it fits.
 */
export function buildReportMessage(input: ReportMessageInput): CoverageReportEvent {
  for (let cap = MAX_ENTRIES_PER_LIST; ; cap = Math.floor(cap / 2)) {
    const message = messageWithCap(input, cap);
    if (cap === 0 || Buffer.byteLength(JSON.stringify(message)) <= MAX_REPORT_BYTES) {
      return message;
    }
  }
}

function messageWithCap(input: ReportMessageInput, cap: number): CoverageReportEvent {
  const { coverage } = input;
  const truncated: Record<string, number> = {};
  const keep = <T>(name: keyof TruncatedCounts, list: readonly T[]): T[] => {
    if (list.length > cap) {
      truncated[name] = list.length - cap;
    }
    return list.slice(0, cap);
  };

  const detail: CoverageReportDetail = {
    schemaVersion: 1,
    reason: input.reason,
    checkedAt: input.now.toISOString(),
    intervalMinutes: input.intervalMinutes,
    reportingAccountRegions: coverage.covered,
    silent: keep('silent', coverage.silent),
    neverSeenRegions: keep('neverSeenRegions', coverage.neverSeenRegions),
    neverSeenAccounts: keep('neverSeenAccounts', coverage.neverSeenAccounts),
    recovered: keep('recovered', input.recovered),
    ...(input.accountListError === undefined ? {} : { accountListError: input.accountListError.slice(0, MAX_ERROR_LENGTH) }),
  };
  return {
    'version': '0',
    'id': input.id,
    'source': COVERAGE_REPORT_SOURCE,
    'detail-type': COVERAGE_REPORT_DETAIL_TYPE,
    'account': input.account,
    'region': input.region,
    'time': input.now.toISOString(),
    'resources': [],
    'detail': Object.keys(truncated).length === 0 ? detail : { ...detail, truncated },
  };
}
