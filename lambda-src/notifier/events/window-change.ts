/**
 * Changes to planned root use windows: Parameter Store calls on parameters
 * under /root-activity-monitor/planned-root-use/, by any identity, denied
 * ones included, which the construct's window rule sends to the alert
 * queue. A window lowers alerts, so whoever writes one is told at HIGH, on
 * the alert topic where the people who read root alerts are, and such an
 * alert is never lowered by a window itself.
 *
 * The record's shape: AWS publishes no sample CloudTrail record for these
 * Parameter Store calls. CloudTrail records an API call's request members
 * in `requestParameters` with lower-camel-case names
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html),
 * so PutParameter, DeleteParameter and LabelParameterVersion carry `name`
 * and DeleteParameters carries `names`, as their requests do
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html,
 * API_DeleteParameter.html, API_DeleteParameters.html, API_LabelParameterVersion.html).
 * The value is not relied on (it may be hidden or absent): the window as
 * it now reads is fetched with GetParameter instead.
 */
import { changeFailed, failureWord } from './monitor-change';

/** The fields of an event that tell a window change (a RootEvent has them). */
export interface WindowCallFacts {
  readonly eventSource?: string;
  readonly eventName: string;
  readonly parameterNames?: readonly string[];
  readonly overwrite?: boolean;
  readonly errorCode?: string;
  readonly errorMessage?: string;
}

/** What each call does to a window, in words. */
const WINDOW_CALLS = new Map<string, string>(Object.entries({
  PutParameter: 'declare',
  DeleteParameter: 'delete',
  DeleteParameters: 'delete',
  LabelParameterVersion: 'label',
}));

/**
 * The construct's rule matches names by this wildcard, anywhere in the
 * name: a name may come as an ARN (GetParameter and DeleteParameter accept
 * ARNs), and a call naming the path differently must not slip by.
 */
const WINDOW_PATH_PART = 'root-activity-monitor/planned-root-use/';

/** A call that changes (or tried to change) windows. */
export interface WindowChange {
  /** The windows it named, each as written in the call. */
  readonly names: string[];
  /** 'declare', 'change', 'delete' or 'label'. */
  readonly verb: string;
}

/** The window change the event records, or undefined when it is none. */
export function windowChange(event: WindowCallFacts): WindowChange | undefined {
  if (event.eventSource !== 'ssm.amazonaws.com') {
    return undefined;
  }
  const verb = WINDOW_CALLS.get(event.eventName);
  const names = (event.parameterNames ?? []).filter((name) => name.includes(WINDOW_PATH_PART));
  if (verb === undefined || names.length === 0) {
    return undefined;
  }
  // PutParameter without Overwrite fails on a parameter that exists, so
  // only one with Overwrite may have changed a window.
  return { names, verb: verb === 'declare' && event.overwrite === true ? 'change' : verb };
}

const PAST: Record<string, string> = { declare: 'declared', change: 'changed', delete: 'deleted', label: 'labelled' };

/** 'Planned root use window chg-1234 declared by Y' or 'Someone tried to declare planned root use window X: denied'. */
export function windowChangeHeadline(event: WindowCallFacts, change: WindowChange, who: string): string {
  // Short names: the subject has 100 characters, and the path is the same
  // for every window; the reason and the text give the full names.
  const short = change.names.map((name) => name.slice(name.indexOf(WINDOW_PATH_PART) + WINDOW_PATH_PART.length));
  const windows = short.length === 1 ? `planned root use window ${short[0]}` : `planned root use windows ${short.join(', ')}`;
  return changeFailed(event)
    // Who tried is on the alert's Who line: the window and the outcome come first here, where a subject cannot cut them off.
    ? `Someone tried to ${change.verb} ${windows}: ${failureWord(event)}`
    : `${windows.charAt(0).toUpperCase()}${windows.slice(1)} ${PAST[change.verb]} by ${who}`;
}

/** The reason an alert gives: 'planned root use window X deleted' or 'someone tried to delete planned root use window X: denied'. */
export function windowChangeReason(event: WindowCallFacts, change: WindowChange): string {
  const names = change.names.join(', ');
  return changeFailed(event)
    ? `someone tried to ${change.verb} planned root use window ${names}: ${failureWord(event)}`
    : `planned root use window ${names} ${PAST[change.verb]}`;
}
