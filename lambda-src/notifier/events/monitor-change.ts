/**
 * Changes to the monitor itself: the CloudTrail records the tamper rules
 * deliver (src/health/self-alarms.ts), made by anyone but root (a root user's
 * change is a root event, and the root rule delivers it too). They travel the
 * same queue and notifier as root events, so a flood of them, denied or not,
 * is paced like any other: an attempt to silence the monitor is news, but
 * must not itself silence the mailbox.
 */

/** The fields of an event that tell a change to the monitor (a RootEvent has them). */
export interface CallFacts {
  readonly identityType?: string;
  readonly eventSource?: string;
  readonly eventName: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** Parameter Store calls: the parameters named (`requestParameters.name` or `.names`). */
  readonly parameterNames?: readonly string[];
  /** Lambda calls: the function named (`requestParameters.functionName`), as the caller wrote it. */
  readonly functionName?: string;
}

/** What each watched call does to the monitor, in words: `stop the trail`. */
const WATCHED_CALLS = new Map<string, string>(Object.entries({
  'cloudtrail.amazonaws.com:StopLogging': 'stop the trail',
  'cloudtrail.amazonaws.com:DeleteTrail': 'delete the trail',
  'cloudtrail.amazonaws.com:UpdateTrail': 'change the trail',
  'cloudtrail.amazonaws.com:PutEventSelectors': 'change what the trail records',
  'sns.amazonaws.com:DeleteTopic': 'delete the alert topic',
  'sns.amazonaws.com:SetTopicAttributes': 'change the alert topic',
  'sns.amazonaws.com:RemovePermission': 'remove a permission from the alert topic',
  'sns.amazonaws.com:Unsubscribe': 'unsubscribe from the alert topic',
  'kms.amazonaws.com:DisableKey': 'disable the alert topic\'s key',
  'kms.amazonaws.com:ScheduleKeyDeletion': 'schedule the alert topic\'s key for deletion',
  'kms.amazonaws.com:PutKeyPolicy': 'change the alert topic key\'s policy',
  'events.amazonaws.com:DisableRule': 'disable a rule of the monitor',
  'events.amazonaws.com:DeleteRule': 'delete a rule of the monitor',
  'events.amazonaws.com:PutRule': 'change a rule of the monitor',
  'events.amazonaws.com:RemoveTargets': 'remove the targets of a rule of the monitor',
  'events.amazonaws.com:PutTargets': 'change the targets of a rule of the monitor',
  'events.amazonaws.com:DeleteEventBus': 'delete the hub\'s event bus',
  'events.amazonaws.com:PutPermission': 'change who may send to the hub\'s event bus',
  // The role a member's forwarder sends through (its watch rule reports these;
  // IAM records them in us-east-1 only).
  'iam.amazonaws.com:DeleteRole': 'delete the forwarder\'s role',
  'iam.amazonaws.com:UpdateAssumeRolePolicy': 'change who may use the forwarder\'s role',
  'iam.amazonaws.com:PutRolePolicy': 'change the forwarder role\'s permissions',
  'iam.amazonaws.com:DeleteRolePolicy': 'remove a permission from the forwarder\'s role',
  'iam.amazonaws.com:AttachRolePolicy': 'attach a policy to the forwarder\'s role',
  'iam.amazonaws.com:DetachRolePolicy': 'detach a policy from the forwarder\'s role',
  'iam.amazonaws.com:PutRolePermissionsBoundary': 'limit the forwarder role\'s permissions',
  'events.amazonaws.com:RemovePermission': 'change who may send to the hub\'s event bus',
  // Lambda records its API versions in the event name.
  // https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html
  'lambda.amazonaws.com:DeleteFunction': 'delete the notifier',
  'lambda.amazonaws.com:DeleteFunction20150331': 'delete the notifier',
  'lambda.amazonaws.com:PutFunctionConcurrency': 'throttle the notifier',
  'lambda.amazonaws.com:PutFunctionConcurrency20171031': 'throttle the notifier',
  // Its configuration holds the topic it publishes to.
  'lambda.amazonaws.com:UpdateFunctionConfiguration': 'change the notifier\'s configuration',
  'lambda.amazonaws.com:UpdateFunctionConfiguration20150331v2': 'change the notifier\'s configuration',
  'lambda.amazonaws.com:UpdateFunctionCode': 'replace the notifier\'s code',
  'lambda.amazonaws.com:UpdateFunctionCode20150331v2': 'replace the notifier\'s code',
  // What invokes it on a schedule, through its resource policy.
  'lambda.amazonaws.com:RemovePermission': 'remove a permission from the notifier',
  'lambda.amazonaws.com:RemovePermission20150331v2': 'remove a permission from the notifier',
}));

/**
 * The posture check's parts (src/health/self-alarms.ts, optionalPartPaths):
 * its AWS Config rules, and its stored state, which a Parameter Store call
 * changes only when it names a parameter under STATE_PATH_PART (other
 * Parameter Store calls here are window changes, window-change.ts).
 */
const POSTURE_CALLS = new Map<string, string>(Object.entries({
  'config.amazonaws.com:DeleteConfigRule': 'delete an AWS Config rule of the posture check',
  'config.amazonaws.com:PutConfigRule': 'change an AWS Config rule of the posture check',
  'ssm.amazonaws.com:PutParameter': 'overwrite the stored posture',
  'ssm.amazonaws.com:DeleteParameter': 'delete the stored posture',
  'ssm.amazonaws.com:DeleteParameters': 'delete the stored posture',
}));

/** Matched anywhere in a name, which may come as an ARN (RootPostureCheck.STATE_PATH). */
const STATE_PATH_PART = 'root-activity-monitor/posture-state/';

/** The event names the tamper rules watch, keyed `eventSource:eventName`; the construct's rules must match these. */
export function watchedCalls(): string[] {
  return [...WATCHED_CALLS.keys(), ...POSTURE_CALLS.keys()];
}

/**
 * Whether a Lambda call names this function (the notifier): by name, by
 * ARN, or by partial ARN, with or without a qualifier. Without the name
 * Lambda sets (outside Lambda), every function is taken to be the notifier.
 * https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html
 */
function namesNotifier(functionName: string | undefined): boolean {
  const own = process.env.AWS_LAMBDA_FUNCTION_NAME;
  if (functionName === undefined || own === undefined) {
    return true;
  }
  const parts = functionName.split(':');
  const at = parts.indexOf('function');
  return (at >= 0 ? parts[at + 1] : parts[0]) === own;
}

/**
 * What the call would do to the monitor, when the event is a change to the
 * monitor made by an identity other than root; undefined otherwise.
 */
export function monitorChange(event: CallFacts): string | undefined {
  if (event.identityType === 'Root') {
    return undefined;
  }
  const key = `${event.eventSource ?? ''}:${event.eventName}`;
  if (event.eventSource === 'ssm.amazonaws.com') {
    return (event.parameterNames ?? []).some((name) => name.includes(STATE_PATH_PART)) ? POSTURE_CALLS.get(key) : undefined;
  }
  const change = WATCHED_CALLS.get(key) ?? POSTURE_CALLS.get(key);
  // The posture check's function is the other one the tamper rules watch.
  return change !== undefined && event.eventSource === 'lambda.amazonaws.com' && !namesNotifier(event.functionName)
    ? change.replace('the notifier', 'the posture check')
    : change;
}

/** Whether the call failed: CloudTrail records an error code (or message) on every failed call. */
export function changeFailed(event: CallFacts): boolean {
  return event.errorCode !== undefined || event.errorMessage !== undefined;
}

/** The headline: "Someone tried to stop the trail: denied". */
export function monitorChangeHeadline(event: CallFacts, change: string): string {
  return changeFailed(event) ? `Someone tried to ${change}: ${failureWord(event)}` : `Someone tried to ${change}, and it succeeded`;
}

/** 'denied' for the access errors AWS services record, else 'failed' with the error code CloudTrail wrote. */
export function failureWord(event: CallFacts): string {
  const code = event.errorCode;
  if (code === undefined) {
    return 'failed';
  }
  return /AccessDenied|Unauthorized|Forbidden/i.test(code) ? 'denied' : `failed (${code})`;
}
