/**
 * Turns whatever EventBridge delivered into the facts an alert shows. It never
 * throws: a root alert must go out even for an event it does not understand,
 * so anything missing or unexpected is noted in `oddities` instead.
 *
 * Shapes handled:
 * - EventBridge envelopes of CloudTrail records ("AWS Console Sign In via
 *   CloudTrail", "AWS API Call via CloudTrail");
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
 * - a bare CloudTrail record (no envelope), e.g. pasted into the preview;
 *   https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * - anything else, reported as an unknown event with its JSON.
 */

export enum EventKind {
  SIGN_IN = 'sign-in',
  API_CALL = 'api-call',
  /** A console action that is not an API call (eventType AwsConsoleAction). */
  CONSOLE_ACTION = 'console-action',
  UNKNOWN = 'unknown',
}

export enum Outcome {
  SUCCESS = 'success',
  FAILURE = 'failure',
  UNKNOWN = 'unknown',
}

export interface RootEvent {
  readonly kind: EventKind;
  /** CloudTrail's eventName, or 'UnknownEvent' when there is none. */
  readonly eventName: string;
  readonly eventSource?: string;
  readonly eventId?: string;
  /** The event time as CloudTrail wrote it (ISO 8601, UTC). */
  readonly eventTime?: string;
  /**
   * The account whose root user acted: `userIdentity.accountId`, else the
   * account in the root's ARN, else the account that received the event.
   */
  readonly accountId?: string;
  /**
   * The account that received the event: `recipientAccountId`, else the
   * envelope's account. When another account's root acts on a resource of
   * this account, CloudTrail delivers a copy to each, and in the resource
   * owner's copy the two ids differ.
   * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
   */
  readonly recipientAccountId?: string;
  /** The root user of one account acted on a resource of another (both ids known and different). */
  readonly crossAccount: boolean;
  /**
   * The account that put the event on the bus, when it is not the account
   * the event says received it: EventBridge writes the envelope's `account`
   * itself (for an event a member forwards, the account it came from), while
   * the record's fields are whatever the sender wrote. Such an event is
   * reported as unverified, never trusted. (The envelope's account is the
   * sending account: "rules with an account field do not match any events
   * sent from other accounts", PutPermission.)
   * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
   * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPermission.html
   */
  readonly unverifiedSender?: string;
  readonly region?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly identityType?: string;
  readonly principalArn?: string;
  readonly accessKeyId?: string;
  readonly outcome: Outcome;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** Sign-ins: whether MFA was used (`additionalEventData.MFAUsed`). */
  readonly mfaUsed?: boolean;
  /** API calls: whether the calling session was MFA-authenticated. */
  readonly mfaAuthenticatedSession?: boolean;
  readonly readOnly?: boolean;
  /**
   * The credentials came from `sts:AssumeRoot`: the management account or
   * the IAM delegated administrator took short-term root access to this
   * member account for a privileged task. CloudTrail then records a `Root`
   * identity with `userIdentity.sessionContext.assumedRoot` "true"; in other
   * sessions the field is absent or empty.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
   * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
   */
  readonly assumedRoot: boolean;
  /**
   * Parameter Store calls only: the parameters the call named
   * (`requestParameters.name`, or `.names` for DeleteParameters), to tell a
   * change to a planned root use window (window-change.ts).
   */
  readonly parameterNames?: string[];
  /** PutParameter only: `requestParameters.overwrite`. */
  readonly overwrite?: boolean;
  /** Lambda calls only: `requestParameters.functionName`, to tell which function of the monitor a change concerns. */
  readonly functionName?: string;
  /** What was missing or unexpected; empty for a well-formed root event. */
  readonly oddities: string[];
}

export const SIGN_IN_DETAIL_TYPE = 'AWS Console Sign In via CloudTrail';
/** The spelling of AWS's list of detail types. */
export const SIGN_IN_DETAIL_TYPE_AS_LISTED = 'AWS Console Signin via CloudTrail';
export const API_CALL_DETAIL_TYPE = 'AWS API Call via CloudTrail';
export const CONSOLE_ACTION_DETAIL_TYPE = 'AWS Console Action via CloudTrail';

import { monitorChange } from './monitor-change';
import { windowChange } from './window-change';
import { clip, wellFormed } from '../messages/text';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Longest value taken from the event into the summary. Real CloudTrail fields
 * are far shorter; the cap keeps a malformed event from pushing the summary
 * past SNS's message size (the full event still follows it, cut to fit).
 */
export const MAX_FIELD_LENGTH = 2048;

/**
 * A string with something visible in it, well-formed and capped at
 * MAX_FIELD_LENGTH, or undefined.
 */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim().length === 0) {
    return undefined;
  }
  return wellFormed(clip(value, MAX_FIELD_LENGTH));
}

function yesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (lower === 'yes' || lower === 'true') return true;
  if (lower === 'no' || lower === 'false') return false;
  return undefined;
}

export function parseRootEvent(event: unknown): RootEvent {
  const oddities: string[] = [];
  let envelope: Json = {};
  let detail: Json = {};

  if (!isObject(event)) {
    oddities.push(`the event is not a JSON object (got ${event === null ? 'null' : Array.isArray(event) ? 'an array' : typeof event})`);
  } else if (isObject(event.detail)) {
    envelope = event;
    detail = event.detail;
  } else if ('eventName' in event || 'userIdentity' in event) {
    oddities.push('the event is a bare CloudTrail record, not an EventBridge envelope');
    detail = event;
  } else {
    envelope = event;
    oddities.push('the event has no "detail" object');
  }

  const kind = kindOf(envelope, detail, oddities);
  const identity = isObject(detail.userIdentity) ? detail.userIdentity : {};
  const identityType = text(identity.type);
  const eventName = text(detail.eventName);
  // The tamper rules deliver changes to the monitor by anyone, and the
  // window rule changes to planned root use windows; only there is another
  // identity than root expected.
  const eventSource = text(detail.eventSource);
  const request = isObject(detail.requestParameters) ? detail.requestParameters : {};
  const parameterNames = eventSource === 'ssm.amazonaws.com' ? namesOf(request) : undefined;
  const overwrite = parameterNames !== undefined && typeof request.overwrite === 'boolean' ? request.overwrite : undefined;
  const functionName = eventSource === 'lambda.amazonaws.com' ? text(request.functionName) : undefined;
  const changesMonitor = monitorChange({ identityType, eventSource, eventName: eventName ?? '', parameterNames, functionName }) !== undefined
    || windowChange({ eventSource, eventName: eventName ?? '', parameterNames }) !== undefined;
  if (identityType !== 'Root' && !changesMonitor) {
    oddities.push(`userIdentity.type is ${identityType === undefined ? 'missing' : `'${identityType}'`}, not 'Root'`);
  }
  if (eventName === undefined) {
    oddities.push('the event has no eventName');
  }
  const eventTime = text(detail.eventTime) ?? text(envelope.time);
  if (eventTime === undefined) {
    oddities.push('the event has no eventTime');
  }

  const sessionContext = isObject(identity.sessionContext) ? identity.sessionContext : {};
  const sessionAttributes = isObject(sessionContext.attributes) ? sessionContext.attributes : {};
  const additional = isObject(detail.additionalEventData) ? detail.additionalEventData : {};
  const { outcome, errorCode, errorMessage } = outcomeOf(kind, eventName, detail);
  // The acting account comes from the identity, never from recipientAccountId
  // first: in the resource owner's copy of a cross-account call, that is the
  // owner, and another account's root would read as this account's.
  const recipientAccountId = text(detail.recipientAccountId) ?? text(envelope.account);
  const actingAccountId = text(identity.accountId) ?? accountOfArn(text(identity.arn));
  const sender = text(envelope.account);
  const unverifiedSender = sender !== undefined && recipientAccountId !== undefined && sender !== recipientAccountId ? sender : undefined;
  if (unverifiedSender !== undefined) {
    oddities.push(`the event was sent by account ${unverifiedSender} but names ${recipientAccountId} as the account that received it`);
  }

  return {
    kind,
    eventName: eventName ?? 'UnknownEvent',
    eventSource: text(detail.eventSource),
    eventId: text(detail.eventID),
    eventTime,
    accountId: actingAccountId ?? recipientAccountId,
    recipientAccountId,
    crossAccount: actingAccountId !== undefined && recipientAccountId !== undefined && actingAccountId !== recipientAccountId,
    unverifiedSender,
    region: text(detail.awsRegion) ?? text(envelope.region),
    sourceIp: text(detail.sourceIPAddress),
    userAgent: text(detail.userAgent),
    identityType,
    principalArn: text(identity.arn),
    accessKeyId: text(identity.accessKeyId),
    outcome,
    errorCode,
    errorMessage,
    mfaUsed: kind === EventKind.SIGN_IN ? yesNo(additional.MFAUsed) : undefined,
    mfaAuthenticatedSession: yesNo(sessionAttributes.mfaAuthenticated),
    readOnly: typeof detail.readOnly === 'boolean' ? detail.readOnly : undefined,
    // CloudTrail writes the string "true"; a boolean is taken too, in case a
    // copy of the record was re-typed on its way here. Anything else is a
    // normal session.
    assumedRoot: sessionContext.assumedRoot === true || sessionContext.assumedRoot === 'true',
    ...parameterNames !== undefined ? { parameterNames } : {},
    ...overwrite !== undefined ? { overwrite } : {},
    ...functionName !== undefined ? { functionName } : {},
    oddities,
  };
}

/** Most parameters one call names: DeleteParameters takes 10. */
const MAX_PARAMETER_NAMES = 10;

/** `name`, or the strings in `names`, of a Parameter Store call's request; at most MAX_PARAMETER_NAMES. */
function namesOf(request: Json): string[] {
  const names = Array.isArray(request.names) ? request.names : [request.name];
  return names.map(text).filter((name): name is string => name !== undefined).slice(0, MAX_PARAMETER_NAMES);
}

/** The account id in an IAM or STS ARN, e.g. arn:aws:iam::111122223333:root. */
function accountOfArn(arn: string | undefined): string | undefined {
  const account = arn?.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

function kindOf(envelope: Json, detail: Json, oddities: string[]): EventKind {
  const detailType = text(envelope['detail-type']);
  if (detailType === SIGN_IN_DETAIL_TYPE || detailType === SIGN_IN_DETAIL_TYPE_AS_LISTED) return EventKind.SIGN_IN;
  if (detailType === API_CALL_DETAIL_TYPE) return EventKind.API_CALL;
  if (detailType === CONSOLE_ACTION_DETAIL_TYPE) return EventKind.CONSOLE_ACTION;

  // Fall back on the record itself, so a renamed detail type or a bare
  // record is still described properly.
  const eventType = text(detail.eventType);
  const guess = eventType === 'AwsConsoleSignIn' || text(detail.eventSource) === 'signin.amazonaws.com'
    ? EventKind.SIGN_IN
    : eventType === 'AwsApiCall' ? EventKind.API_CALL
      : eventType === 'AwsConsoleAction' ? EventKind.CONSOLE_ACTION : EventKind.UNKNOWN;
  if (detailType !== undefined) {
    oddities.push(`unexpected detail-type '${detailType}'`);
  }
  return guess;
}

function outcomeOf(kind: EventKind, eventName: string | undefined, detail: Json):
{ outcome: Outcome; errorCode?: string; errorMessage?: string } {
  const errorCode = text(detail.errorCode);
  const errorMessage = text(detail.errorMessage);

  // Sign-in events report their result under their own name, e.g.
  // responseElements.ConsoleLogin = "Success" | "Failure".
  const response = isObject(detail.responseElements) ? detail.responseElements : {};
  const stated = eventName === undefined ? undefined : text(response[eventName]);
  if (stated === 'Failure' || errorCode !== undefined) {
    return { outcome: Outcome.FAILURE, errorCode, errorMessage };
  }
  if (stated === 'Success') {
    return { outcome: Outcome.SUCCESS, errorMessage };
  }
  if (errorMessage !== undefined) {
    return { outcome: Outcome.FAILURE, errorMessage };
  }
  // CloudTrail records errorCode on every failed API call and console
  // action, so its absence means success. Sign-in events without a stated
  // result, and unknown events, are not guessed at.
  const recordsErrors = kind === EventKind.API_CALL || kind === EventKind.CONSOLE_ACTION;
  return { outcome: recordsErrors ? Outcome.SUCCESS : Outcome.UNKNOWN };
}
