/**
 * The hub's coverage report (lambda-src/coverage), which travels the alert
 * queue like a root event so that it is paced with everything else that
 * reaches a person. It names the accounts and regions whose forwarders fell
 * silent. It is read defensively: whatever arrives with its source and
 * detail type is reported, an odd field shown as it is rather than dropped.
 */
import type { Alert } from './alert';
import { toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import { Severity } from '../events/severity';

/** The report's `source` and `detail-type`; they match lambda-src/coverage/events.ts. */
export const COVERAGE_REPORT_SOURCE = 'root-activity-monitor.coverage';
export const COVERAGE_REPORT_DETAIL_TYPE = 'Root activity coverage report';

/** The message attribute subscribers can filter on. */
export const COVERAGE_REPORT_KIND = 'coverage-report';

/** One account and region, as the report lists them; region '*' is a whole account. */
export interface CoveragePlace {
  readonly account: string;
  readonly region: string;
  readonly lastSeen?: string;
  readonly name?: string;
}

/** What the notifier reads of a report. */
export interface CoverageReport {
  /** The report's id, which its log lines and the coverage function's name too. */
  readonly id?: string;
  readonly reason: string;
  readonly checkedAt?: string;
  readonly intervalMinutes?: number;
  readonly reportingAccountRegions?: number;
  readonly silent: CoveragePlace[];
  readonly neverSeenRegions: CoveragePlace[];
  readonly neverSeenAccounts: CoveragePlace[];
  readonly recovered: CoveragePlace[];
  readonly truncated?: Record<string, number>;
  readonly accountListError?: string;
}

/** The report in `raw` (a queued EventBridge-shaped body), or undefined when `raw` is something else. */
export function readCoverageReport(raw: unknown): CoverageReport | undefined {
  const event = raw as { 'id'?: unknown; 'source'?: unknown; 'detail-type'?: unknown; 'detail'?: unknown } | null;
  if (event === null || typeof event !== 'object' || event.source !== COVERAGE_REPORT_SOURCE
    || event['detail-type'] !== COVERAGE_REPORT_DETAIL_TYPE) {
    return undefined;
  }
  const detail = (typeof event.detail === 'object' && event.detail !== null ? event.detail : {}) as Record<string, unknown>;
  return {
    id: text(event.id),
    reason: text(detail.reason) ?? 'unknown',
    checkedAt: text(detail.checkedAt),
    intervalMinutes: typeof detail.intervalMinutes === 'number' ? detail.intervalMinutes : undefined,
    reportingAccountRegions: typeof detail.reportingAccountRegions === 'number' ? detail.reportingAccountRegions : undefined,
    silent: places(detail.silent),
    neverSeenRegions: places(detail.neverSeenRegions),
    neverSeenAccounts: places(detail.neverSeenAccounts, '*'),
    recovered: places(detail.recovered),
    truncated: counts(detail.truncated),
    accountListError: text(detail.accountListError),
  };
}

/** At most this many lines per list; a report of thousands stays readable, and its counts say how many. */
const MAX_LINES_PER_LIST = 200;
const MAX_FIELD_LENGTH = 200;

/** One list of a report: its title, its lines as shown, and how many more it holds. */
export interface CoverageSection {
  readonly title: string;
  readonly lines: string[];
  readonly more: number;
}

/** What a coverage report states; the e-mail (below) and the chat message (chat-message.ts) render it. */
export interface CoverageFacts {
  readonly severity: Severity;
  /** Account-regions not reporting, counting those the report left out. */
  readonly dark: number;
  readonly headline: string;
  readonly dailyReminder: boolean;
  /** Why these places matter, with the interval. */
  readonly explanation: string;
  readonly checked: string;
  readonly sections: CoverageSection[];
  readonly accountListError?: string;
  readonly id: string;
  readonly advice: string;
}

/**
 * The report's facts: HIGH while anything is silent (a dark region hides
 * root activity as surely as a deleted rule), MEDIUM when it only says what
 * came back.
 */
export function coverageFacts(report: CoverageReport): CoverageFacts {
  const dark = report.silent.length + report.neverSeenRegions.length + report.neverSeenAccounts.length
    + Object.values(report.truncated ?? {}).reduce((sum, n) => sum + n, 0);
  const severity = dark > 0 || report.accountListError !== undefined ? Severity.HIGH : Severity.MEDIUM;
  const interval = report.intervalMinutes !== undefined ? `${report.intervalMinutes} minutes` : 'the heartbeat interval';
  return {
    severity,
    dark,
    headline: dark > 0
      ? `${dark} account-region${dark === 1 ? '' : 's'} not reporting to the root activity hub`
      : 'Every account and region reports to the root activity hub again',
    dailyReminder: report.reason === 'daily-reminder',
    explanation: `Root activity in these accounts and regions would not reach you: their forwarders sent no heartbeat for more than two intervals of ${interval}, or never.`,
    checked: `Checked: ${report.checkedAt ?? 'unknown'}. Account-regions reporting: ${report.reportingAccountRegions ?? 'unknown'}.`,
    sections: [
      section('Silent (last heartbeat shown)', report.silent, (place) => `${place.account} ${place.region}, last heard ${place.lastSeen ?? 'unknown'}`, report.truncated?.silent),
      section('Never reported from these regions', report.neverSeenRegions, (place) => `${place.account} ${place.region}`, report.truncated?.neverSeenRegions),
      section('Accounts of the organization never heard from', report.neverSeenAccounts,
        (place) => `${place.account}${place.name ? ` (${place.name})` : ''}`, report.truncated?.neverSeenAccounts),
      section('Reporting again', report.recovered, (place) => `${place.account} ${place.region === '*' ? '(whole account)' : place.region}`, report.truncated?.recovered),
    ].filter((found): found is CoverageSection => found !== undefined),
    accountListError: report.accountListError,
    id: report.id ?? 'unknown',
    advice: 'In each account and region named, check the StackSet instance of the forwarder, the rule '
      + '\'root-activity-forwarder\' (enabled, with its target), its role, and the schedule \'root-activity-forwarder-heartbeat\'; '
      + 'then look in CloudTrail for who changed them.',
  };
}

/** The report as one message. */
export function buildCoverageAlert(report: CoverageReport): Alert {
  const facts = coverageFacts(report);
  const { severity, headline } = facts;
  const lines = [
    `${severity}: ${headline}${facts.dailyReminder ? ' (daily reminder)' : ''}.`,
    '',
    facts.explanation,
    facts.checked,
    ...facts.sections.flatMap((found) => ['', `${found.title}:`, ...found.lines.map((line) => `  ${line}`),
      ...(found.more > 0 ? [`  ... and ${found.more} more`] : [])]),
  ];
  if (facts.accountListError !== undefined) {
    lines.push('', `The organization's accounts could not be listed, so accounts that never reported are not named: ${facts.accountListError}`);
  }
  lines.push('', `Report id: ${facts.id}`);
  lines.push('', `What to do: ${facts.advice.charAt(0).toLowerCase()}${facts.advice.slice(1)}`);
  return {
    subject: toSnsSubject(`${severity}: ${headline}`),
    message: wellFormed(lines.join('\n')),
    attributes: {
      severity,
      eventKind: COVERAGE_REPORT_KIND,
      eventName: COVERAGE_REPORT_KIND,
      outcome: facts.dark > 0 ? 'silent' : 'recovered',
    },
    classification: { severity, reason: 'coverage report' },
  };
}

function section<T>(title: string, items: T[], line: (item: T) => string, truncated: number | undefined): CoverageSection | undefined {
  if (items.length === 0 && !truncated) {
    return undefined;
  }
  const lines = items.slice(0, MAX_LINES_PER_LIST).map(line);
  return { title, lines, more: items.length - lines.length + (truncated ?? 0) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? clip(value, MAX_FIELD_LENGTH) : undefined;
}

function places(value: unknown, defaultRegion = 'unknown'): CoveragePlace[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.map((item) => {
    const place = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return {
      account: text(place.account) ?? 'unknown',
      region: text(place.region) ?? defaultRegion,
      lastSeen: text(place.lastSeen),
      name: text(place.name),
    };
  });
}

function counts(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0));
}
