import { byAccountThenRegion, fromKey } from './assess';
import type { AccountRegion, CoverageReportReason } from './events';
import type { ReportState } from './report-state';
import { utcDay } from './time';

/** A report still open after this long is sent again, so it is not forgotten. */
export const REMINDER_AFTER_SECONDS = 24 * 3600;

export interface DecisionInput {
  /** The problems found now, as keys (assess.ts). */
  readonly problems: ReadonlySet<string>;
  /** The names of the never-seen accounts among them. */
  readonly accountNames: ReadonlyMap<string, string>;
  /** Why the organization's accounts could not be listed, if they could not. */
  readonly accountListError?: string;
  readonly previous: ReportState;
  readonly now: Date;
  readonly nowEpoch: number;
}

export interface Decision {
  /** Present when a report is due. */
  readonly report?: { readonly reason: CoverageReportReason; readonly recovered: AccountRegion[] };
  /** Log the day's all-clear line. */
  readonly allClear: boolean;
  /** The state to store; after the report is queued, when there is one. */
  readonly next: ReportState;
  /** Whether `next` differs from `previous`, so that it needs storing. */
  readonly stateChanged: boolean;
}

/**
 * Whether to report. A report goes out when the problems differ from those
 * last reported (naming the recovered ones), when an account-list error
 * appears that the last report did not carry, and every 24 hours while
 * problems stay open. Otherwise nothing is sent, and on a clean run the
 * first check of each UTC day logs an all-clear line, so a quiet queue is
 * told apart from a broken check.
 */
export function decideReport(input: DecisionInput): Decision {
  const { previous, problems, accountListError } = input;
  const changed = problems.size !== previous.reportedKeys.size || [...problems].some((key) => !previous.reportedKeys.has(key));
  const newError = accountListError !== undefined && accountListError !== previous.accountListError;
  const reminderDue = problems.size > 0 && input.nowEpoch - (previous.reportedAtEpoch ?? 0) >= REMINDER_AFTER_SECONDS;

  if (changed || newError || reminderDue) {
    const recovered = [...previous.reportedKeys].filter((key) => !problems.has(key)).map(fromKey).sort(byAccountThenRegion);
    return {
      report: { reason: changed || newError ? 'changed' : 'daily-reminder', recovered },
      allClear: false,
      next: {
        reportedKeys: problems,
        accountNames: input.accountNames,
        reportedAtEpoch: input.nowEpoch,
        accountListError,
        lastAllClearDay: previous.lastAllClearDay,
      },
      stateChanged: true,
    };
  }

  // An all-clear while the accounts could not be listed would claim more than we know.
  const today = utcDay(input.now);
  const allClear = problems.size === 0 && accountListError === undefined && previous.lastAllClearDay !== today;
  // A cleared error is forgotten, so that its return is reported.
  const errorCleared = previous.accountListError !== undefined && accountListError === undefined;
  return {
    allClear,
    next: { ...previous, accountListError, lastAllClearDay: allClear ? today : previous.lastAllClearDay },
    stateChanged: allClear || errorCleared,
  };
}
