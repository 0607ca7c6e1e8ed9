/**
 * The message the posture check queues for the notifier, on the alert
 * queue, shaped like an EventBridge event so that it is paced with
 * everything else that reaches a person (as the coverage report is). The
 * notifier reads it in lambda-src/notifier/messages/posture-report.ts;
 * change both together.
 */
import type { FindingId, FindingState } from './findings';

/** `source` of the posture message. */
export const POSTURE_SOURCE = 'root-activity-monitor.posture';
/** `detail-type` of the posture message. */
export const POSTURE_DETAIL_TYPE = 'Root credential posture';

/** What started a check: the daily schedule, or a deployment (the custom resource). */
export type Trigger = 'schedule' | 'deploy';

/**
 * Why a message was sent: the posture differs from the one stored;
 * there was none stored (first check, or it could not be read) and
 * something is bad; or a deployment found it bad, changed or not.
 */
export type PostureReason = 'changed' | 'first-check' | 'bad-at-deploy';

/** One finding as the message carries it. */
export interface PostureFindingDetail {
  readonly id: FindingId;
  readonly state: FindingState;
  /** The state stored from the check before, or 'none' when there was none. */
  readonly previous: FindingState | 'none';
  /** What was seen, in words ('1 access key', 'virtual MFA device'). */
  readonly observed: string;
  /** The CIS AWS Foundations Benchmark v1.4.0 recommendation, when there is one ('1.4'). */
  readonly cis?: string;
  /** The Security Hub control, when there is one ('IAM.4'). */
  readonly securityHub?: string;
  /** What to do, one sentence. */
  readonly remedy: string;
  /** The AWS page that says how. */
  readonly docUrl: string;
}

/** A member account that is not all good, as the message carries it. */
export interface MemberPostureDetail {
  readonly account: string;
  readonly status: FindingState;
  /** Its findings that are not good. */
  readonly findings: ReadonlyArray<{ readonly id: FindingId; readonly state: FindingState; readonly observed: string }>;
}

/** The member accounts' posture, read through centralized root access (members.ts). */
export interface MembersDetail {
  /** 'bad' when any member finding is bad, else 'unknown' when any is unknown, else 'good'. */
  readonly status: FindingState;
  /** How many member accounts were audited. */
  readonly checked: number;
  /** How many are not all good; the first MAX_MEMBERS_SHOWN are listed. */
  readonly notGoodCount: number;
  readonly notGood: readonly MemberPostureDetail[];
  /** How many were bad at the check before, when known. */
  readonly previousBadCount?: number;
  /** Why the members could not be listed at all. */
  readonly unavailable?: string;
}

/** Members listed in one message; the rest are counted, and the check's log lists them. */
export const MAX_MEMBERS_SHOWN = 25;

/** The `detail` of the posture message. */
export interface PostureDetail {
  readonly schemaVersion: 1;
  readonly reason: PostureReason;
  readonly trigger: Trigger;
  /** ISO 8601 time of the check. */
  readonly checkedAt: string;
  /** The account checked: the function's own. */
  readonly account: string;
  /** 'bad' when any finding is bad, else 'unknown' when any is unknown, else 'good'. */
  readonly status: FindingState;
  readonly previousStatus: FindingState | 'none';
  readonly requireHardwareMfa: boolean;
  /** True when the stored state could not be read, so this check counted as the first. */
  readonly previousUnreadable?: boolean;
  readonly findings: readonly PostureFindingDetail[];
  /** The member accounts' posture; absent unless the check audits them. */
  readonly members?: MembersDetail;
}

export interface PostureEvent {
  readonly 'version': '0';
  readonly 'id': string;
  readonly 'source': typeof POSTURE_SOURCE;
  readonly 'detail-type': typeof POSTURE_DETAIL_TYPE;
  readonly 'account': string;
  readonly 'region': string;
  readonly 'time': string;
  readonly 'resources': string[];
  readonly 'detail': PostureDetail;
}
