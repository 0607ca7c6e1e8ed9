import { changeFailed, failureWord, monitorChange } from './monitor-change';
import { EventKind, Outcome, RootEvent } from './root-event';
import { windowChange, windowChangeReason } from './window-change';

/**
 * How urgently a root event needs a human. Every root event alerts; severity
 * orders them and lets subscribers filter with SNS filter policies.
 */
export enum Severity {
  /** Someone may be taking over the account or covering their tracks. */
  CRITICAL = 'CRITICAL',
  /** Root credentials were used or changed: confirm it was expected. */
  HIGH = 'HIGH',
  /** Other root use: review it. */
  MEDIUM = 'MEDIUM',
}

export interface Classification {
  readonly severity: Severity;
  /** Why, in a few words, e.g. 'root access key created'. */
  readonly reason: string;
  /** The planned root use window the event fell in (planned/planned-use.ts); absent for unplanned events. */
  readonly planned?: PlannedLabel;
}

/** What an alert says about the planned root use window an event fell in. */
export interface PlannedLabel {
  /** The window's parameter name. */
  readonly window: string;
  readonly ticket: string;
  readonly plannedBy: string;
  /** The window's start and end, as written in it. */
  readonly start: string;
  readonly end: string;
  /** The severity the event would have had outside the window. */
  readonly usualSeverity: Severity;
}

/**
 * API calls that matter most, keyed `eventSource:eventName`. Maps, not plain
 * objects: an event named 'constructor' must not find Object's. An attempt
 * counts even when it fails: a failed StopLogging is still someone trying.
 */
const CRITICAL_API_CALLS = new Map<string, string>(Object.entries({
  'iam.amazonaws.com:CreateAccessKey': 'root access key created',
  'iam.amazonaws.com:DeactivateMFADevice': 'root MFA device deactivated',
  'iam.amazonaws.com:DeleteVirtualMFADevice': 'root MFA device deleted',
  'cloudtrail.amazonaws.com:StopLogging': 'CloudTrail logging stopped',
  'cloudtrail.amazonaws.com:DeleteTrail': 'CloudTrail trail deleted',
  'cloudtrail.amazonaws.com:UpdateTrail': 'CloudTrail trail changed',
  'cloudtrail.amazonaws.com:PutEventSelectors': 'CloudTrail event selectors changed',
  'cloudtrail.amazonaws.com:DeleteEventDataStore': 'CloudTrail event data store deleted',
  'cloudtrail.amazonaws.com:StopEventDataStoreIngestion': 'CloudTrail event data store stopped',
  'config.amazonaws.com:StopConfigurationRecorder': 'AWS Config recorder stopped',
  'config.amazonaws.com:DeleteConfigurationRecorder': 'AWS Config recorder deleted',
  'guardduty.amazonaws.com:DeleteDetector': 'GuardDuty detector deleted',
  'securityhub.amazonaws.com:DisableSecurityHub': 'Security Hub disabled',
  'organizations.amazonaws.com:LeaveOrganization': 'account left its organization',
}));

const HIGH_API_CALLS = new Map<string, string>(Object.entries({
  'iam.amazonaws.com:UpdateAccessKey': 'root access key changed',
  'iam.amazonaws.com:DeleteAccessKey': 'root access key deleted',
  'iam.amazonaws.com:CreateVirtualMFADevice': 'root MFA device created',
  'iam.amazonaws.com:EnableMFADevice': 'root MFA device enabled',
  'iam.amazonaws.com:ResyncMFADevice': 'root MFA device resynchronised',
  'iam.amazonaws.com:UploadSigningCertificate': 'root signing certificate uploaded',
  // The root password: what a privileged root task (sts:AssumeRoot,
  // IAMDeleteRootUserCredentials or IAMCreateRootUserPassword) removes or
  // restores in a member account.
  'iam.amazonaws.com:DeleteLoginProfile': 'root password deleted',
  'iam.amazonaws.com:CreateLoginProfile': 'root password created',
}));

/** Sign-in events other than ConsoleLogin that concern the root password. */
const PASSWORD_SIGN_IN_EVENTS = new Map<string, string>(Object.entries({
  PasswordUpdated: 'root password changed',
  PasswordRecoveryRequested: 'root password recovery requested',
  PasswordRecoveryCompleted: 'root password recovered',
}));

export function classify(event: RootEvent): Classification {
  const change = monitorChange(event);
  if (change !== undefined) {
    return classifyMonitorChange(event, change);
  }
  // Before root use: a root user writing a window is both, and the change
  // to what lowers alerts is the news (window-change.ts).
  const windows = windowChange(event);
  if (windows !== undefined) {
    return { severity: Severity.HIGH, reason: windowChangeReason(event, windows) };
  }
  if (event.kind === EventKind.SIGN_IN) {
    return classifySignIn(event);
  }
  if (event.kind === EventKind.API_CALL) {
    const key = `${event.eventSource ?? ''}:${event.eventName}`;
    const critical = CRITICAL_API_CALLS.get(key);
    if (critical !== undefined) {
      return { severity: Severity.CRITICAL, reason: critical };
    }
    const high = HIGH_API_CALLS.get(key);
    if (high !== undefined) {
      return { severity: Severity.HIGH, reason: high };
    }
    if (event.outcome === Outcome.FAILURE) {
      return { severity: Severity.MEDIUM, reason: 'root API call failed' };
    }
    return { severity: Severity.MEDIUM, reason: event.readOnly ? 'root read-only API call' : 'root API call' };
  }
  if (event.kind === EventKind.CONSOLE_ACTION) {
    return { severity: Severity.MEDIUM, reason: 'root console action' };
  }
  // We cannot tell what happened, so a human should look.
  return { severity: Severity.HIGH, reason: 'unrecognised root event' };
}

/**
 * A change to the monitor by someone other than root (monitor-change.ts). One
 * that went through may already have silenced the monitor: CRITICAL. One that
 * failed, denied most often, silenced nothing but says someone tried: HIGH.
 */
function classifyMonitorChange(event: RootEvent, change: string): Classification {
  return changeFailed(event)
    ? { severity: Severity.HIGH, reason: `someone tried to ${change}: ${failureWord(event)}` }
    : { severity: Severity.CRITICAL, reason: `someone managed to ${change}` };
}

function classifySignIn(event: RootEvent): Classification {
  if (event.eventName === 'ConsoleLogin') {
    if (event.outcome === Outcome.FAILURE) {
      return { severity: Severity.HIGH, reason: 'failed root sign-in' };
    }
    if (event.mfaUsed === false) {
      return { severity: Severity.CRITICAL, reason: 'root sign-in without MFA' };
    }
    return { severity: Severity.HIGH, reason: 'root sign-in' };
  }
  const password = PASSWORD_SIGN_IN_EVENTS.get(event.eventName);
  if (password !== undefined) {
    return { severity: Severity.HIGH, reason: password };
  }
  return { severity: Severity.HIGH, reason: 'root sign-in activity' };
}
