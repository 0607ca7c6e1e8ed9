/**
 * The two events the coverage functions speak: the heartbeat every
 * forwarder sends, and the report the hub queues for the notifier. The
 * construct and the notifier mirror these names and shapes; change them
 * together.
 */

/** `source` of the heartbeat each member account-region's schedule puts on its default bus. */
export const HEARTBEAT_SOURCE = 'root-activity-monitor.heartbeat';
/** `detail-type` of that heartbeat. */
export const HEARTBEAT_DETAIL_TYPE = 'Root activity forwarder heartbeat';

/** `source` of the coverage report, queued on the alert queue as if EventBridge had sent it. */
export const COVERAGE_REPORT_SOURCE = 'root-activity-monitor.coverage';
/** `detail-type` of that report. */
export const COVERAGE_REPORT_DETAIL_TYPE = 'Root activity coverage report';

/** What a forwarder's schedule writes into the heartbeat's `detail`. Only advisory: the envelope is what counts. */
export interface HeartbeatDetail {
  readonly schemaVersion: 1;
  readonly account: string;
  readonly region: string;
  readonly forwarderRule: string;
  readonly intervalMinutes: number;
  readonly scheduleArn: string;
  readonly scheduledTime: string;
}

/** One account in one region. */
export interface AccountRegion {
  readonly account: string;
  /** The region, or `*` for the whole account (in `recovered`). */
  readonly region: string;
}

/** An account-region whose heartbeat stopped: it was seen at `lastSeen` and not since. */
export interface SilentAccountRegion extends AccountRegion {
  /** ISO 8601 time the hub last received its heartbeat. */
  readonly lastSeen: string;
}

/** An active account of the organization from which no heartbeat ever came. */
export interface NeverSeenAccount {
  readonly account: string;
  /** Its name in AWS Organizations. */
  readonly name: string;
}

/** Why a report was sent. */
export type CoverageReportReason = 'changed' | 'daily-reminder';

/** How many entries of each list were left out to keep the message small. */
export interface TruncatedCounts {
  readonly silent?: number;
  readonly neverSeenRegions?: number;
  readonly neverSeenAccounts?: number;
  readonly recovered?: number;
}

/** The `detail` of a coverage report. Every list is sorted by account, then region. */
export interface CoverageReportDetail {
  readonly schemaVersion: 1;
  readonly reason: CoverageReportReason;
  /** ISO 8601 time of the check. */
  readonly checkedAt: string;
  /** The heartbeat interval the check assumed; an account-region is silent after two. */
  readonly intervalMinutes: number;
  /** Account-regions whose heartbeat arrived within the last two intervals. */
  readonly reportingAccountRegions: number;
  readonly silent: SilentAccountRegion[];
  /** Expected regions of known accounts from which no heartbeat ever came. */
  readonly neverSeenRegions: AccountRegion[];
  readonly neverSeenAccounts: NeverSeenAccount[];
  /** Problems named by the previous report that are gone; region `*` for a whole account. */
  readonly recovered: AccountRegion[];
  /** `<error name>: <message>` when the organization's accounts could not be listed. */
  readonly accountListError?: string;
  /** Present only when a list was cut short. */
  readonly truncated?: TruncatedCounts;
}

/** The report as queued: shaped like an EventBridge event so the notifier reads it like any other. */
export interface CoverageReportEvent {
  readonly 'version': '0';
  readonly 'id': string;
  readonly 'source': typeof COVERAGE_REPORT_SOURCE;
  readonly 'detail-type': typeof COVERAGE_REPORT_DETAIL_TYPE;
  readonly 'account': string;
  readonly 'region': string;
  readonly 'time': string;
  readonly 'resources': string[];
  readonly 'detail': CoverageReportDetail;
}
