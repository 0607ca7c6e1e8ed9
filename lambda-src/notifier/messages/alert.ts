import { DateTime } from 'luxon';
import { fitsInSubject, toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import { AssumedRootTasks, classifyAsConfigured, isPrivilegedRootTask } from '../events/assumed-root-tasks';
import { changeFailed, monitorChange, monitorChangeHeadline } from '../events/monitor-change';
import { EventKind, Outcome, RootEvent } from '../events/root-event';
import type { Classification } from '../events/severity';

/** Who the account is, as shown in the alert. */
export interface AccountLabel {
  /** A friendly name or the IAM account alias, when known. */
  readonly name?: string;
  readonly id?: string;
}

/** How an alert names the accounts it mentions. */
export interface AccountNaming {
  /**
   * This account: the one the notifier runs in. Its name is shown beside its
   * own id only, never beside another account's. Without an id, the account
   * that received the event is taken to be this one.
   */
  readonly account: AccountLabel;
  /**
   * Names of other accounts, by id (configured or looked up). Never consulted
   * for this account's id, so this account keeps its own name.
   */
  readonly otherAccountNames?: ReadonlyMap<string, string>;
}

export interface AlertContext extends AccountNaming {
  /** IANA zone for the event time, e.g. 'Europe/Berlin'. */
  readonly timeZone: string;
  /** How privileged root tasks are reported; see assumed-root-tasks.ts. */
  readonly assumedRootTasks?: AssumedRootTasks;
}

/** A message ready for SNS Publish. */
export interface Alert {
  readonly subject: string;
  readonly message: string;
  /** String message attributes, for SNS subscription filter policies. */
  readonly attributes: Record<string, string>;
  readonly classification: Classification;
}

/**
 * SNS takes at most 256 KiB a message, attributes included. The event JSON is
 * cut to leave room for the summary and attributes; an event cut short says so.
 * https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;
const MESSAGE_BUDGET_BYTES = MAX_MESSAGE_BYTES - 6 * 1024;

export function accountText(account: AccountLabel): string {
  if (account.name !== undefined && account.id !== undefined && account.name !== account.id) {
    return `${account.name} (${account.id})`;
  }
  return account.name ?? account.id ?? 'an unknown account';
}

/**
 * What happened, in words, e.g. 'Root console sign-in without MFA'. An
 * action of an sts:AssumeRoot session says so first: someone in the
 * organization took root access on purpose, which reads differently from a
 * root user at work.
 */
function headline(event: RootEvent): string {
  const change = monitorChange(event);
  if (change !== undefined) {
    return monitorChangeHeadline(event, change);
  }
  const outcome = outcomeWord(event.outcome);
  const task = isPrivilegedRootTask(event);
  switch (event.kind) {
    case EventKind.SIGN_IN: {
      const mfa = event.eventName === 'ConsoleLogin' && event.outcome !== Outcome.FAILURE
        ? event.mfaUsed === false ? ' without MFA' : event.mfaUsed === true ? ' with MFA' : ''
        : '';
      return `${task ? 'Privileged root task sign-in' : 'Root sign-in'} ${event.eventName} ${outcome}${mfa}`;
    }
    case EventKind.CONSOLE_ACTION:
      return `${task ? 'Privileged root task console action' : 'Root console action'} ${event.eventName} ${outcome}`;
    case EventKind.API_CALL: {
      const error = event.outcome === Outcome.FAILURE && event.errorCode ? ` (${event.errorCode})` : '';
      return `${task ? 'Privileged root task' : 'Root API call'} ${event.eventName} ${outcome}${error}`;
    }
    default:
      return `Unrecognised root event ${event.eventName}`;
  }
}

function outcomeWord(outcome: Outcome): string {
  switch (outcome) {
    case Outcome.SUCCESS: return 'succeeded';
    case Outcome.FAILURE: return 'FAILED';
    default: return 'outcome unknown';
  }
}

/** The shape CloudTrail writes eventTime in, e.g. 2024-11-04T22:03:17Z. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The time in UTC, without luxon or Intl: the first Intl call of a process
 * loads the runtime's time-zone data (10 to 20 ms, see bench/), and with the
 * default zone, UTC, no alert needs it.
 */
function utcText(eventTime: string): string | undefined {
  const ms = ISO_8601.test(eventTime) ? Date.parse(eventTime) : NaN;
  if (Number.isNaN(ms)) {
    return undefined;
  }
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function formatTime(eventTime: string | undefined, timeZone: string): string {
  if (eventTime === undefined) {
    return 'unknown';
  }
  const utc = utcText(eventTime);
  if (utc === undefined) {
    return `${eventTime} (not a valid ISO 8601 time)`;
  }
  if (timeZone === 'UTC') {
    return utc;
  }
  const local = DateTime.fromISO(eventTime, { zone: timeZone });
  if (!local.isValid) {
    return utc;
  }
  return `${local.toFormat('yyyy-MM-dd HH:mm:ss ZZZZ')} ${timeZone} (${utc})`;
}

/**
 * A link to the event in the CloudTrail console's event history. AWS does not
 * document this URL form; it is the one the console itself uses.
 */
export function consoleLink(event: RootEvent): string | undefined {
  if (event.region === undefined || event.eventId === undefined || !/^[a-z0-9-]+$/.test(event.region)) {
    return undefined;
  }
  return `https://${event.region}.console.aws.amazon.com/cloudtrailv2/home?region=${event.region}#/events/${encodeURIComponent(event.eventId)}`;
}

function yesNoUnknown(value: boolean | undefined): string {
  return value === undefined ? 'not recorded' : value ? 'Yes' : 'No';
}

/** The event JSON, cut to `maxBytes` with a note when it does not fit. */
export function eventJson(raw: unknown, maxBytes: number): string {
  let json: string;
  try {
    json = JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    json = String(raw);
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes <= maxBytes) {
    return json;
  }
  const note = `\n... [cut: the event is ${bytes} bytes; the full record is in CloudTrail]`;
  const kept = Buffer.from(json, 'utf8').subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note))).toString('utf8');
  // A cut through a multi-byte character leaves U+FFFD at the end; drop it.
  return kept.replace(/\uFFFD+$/, '') + note;
}

/**
 * The accounts an alert names: this account with its own name, any other
 * with the name `otherAccountNames` holds for it, else by id.
 */
export interface EventAccounts {
  /** The account whose root user acted. */
  readonly acting: AccountLabel;
  /** The account that received the event (owns the resource). */
  readonly recipient: AccountLabel;
  readonly crossAccount: boolean;
}

export function accountsOf(event: RootEvent, naming: AccountNaming): EventAccounts {
  const thisAccount = naming.account;
  const own: AccountLabel = { ...thisAccount, id: thisAccount.id ?? event.recipientAccountId };
  const label = (id: string | undefined): AccountLabel => {
    if (id === undefined || id === own.id) return own;
    const name = naming.otherAccountNames?.get(id);
    if (name !== undefined) return { name, id };
    return own.id === undefined ? { name: own.name, id } : { id };
  };
  return { acting: label(event.accountId), recipient: label(event.recipientAccountId), crossAccount: event.crossAccount };
}

/**
 * Another account's root acting on a resource here must not read as this
 * account's root: the subject names the acting account first, then, if it
 * fits, the account that received the event, rather than cut a name or id
 * in half.
 */
function subjectOf(start: string, account: string, accounts: EventAccounts): string {
  if (!accounts.crossAccount) {
    return toSnsSubject(`${start} | ${account}`);
  }
  const both = `${start} | root of ${account} on ${accountText(accounts.recipient)}`;
  return toSnsSubject(fitsInSubject(both) ? both : `${start} | root of ${account}`);
}

export function buildAlert(event: RootEvent, raw: unknown, context: AlertContext): Alert {
  const classification = classifyAsConfigured(event, context.assumedRootTasks);
  const accounts = accountsOf(event, context);
  const account = accountText(accounts.acting);
  // A label first, where no cut of the subject can lose it.
  const what = event.unverifiedSender !== undefined ? `Unverified: ${headline(event)}` : headline(event);
  const subject = subjectOf(`${classification.severity}: ${what}`, account, accounts);
  const change = monitorChange(event);
  const summary = change !== undefined
    ? `${what}, in account ${accountText(accounts.recipient)}`
    : accounts.crossAccount
      ? `${what} by the root user of account ${account} on account ${accountText(accounts.recipient)}`
      : `${what} in account ${account}`;

  const lines: string[] = [
    // A change's headline already says what its reason would.
    change !== undefined ? `${summary}.` : `${summary}: ${classification.reason}.`,
    ...event.unverifiedSender !== undefined ? ['', unverifiedLine(event)] : [],
    '',
    `Severity:    ${classification.severity} (${classification.reason})`,
    `Event:       ${event.eventName}${event.eventSource ? ` (${event.eventSource})` : ''}, ${kindText(event)}`,
    `Outcome:     ${outcomeText(event)}`,
  ];
  if (event.kind === EventKind.SIGN_IN) {
    lines.push(`MFA used:    ${yesNoUnknown(event.mfaUsed)}`);
  } else if (event.mfaAuthenticatedSession !== undefined) {
    lines.push(`MFA session: ${yesNoUnknown(event.mfaAuthenticatedSession)}`);
  }
  lines.push(
    `When:        ${formatTime(event.eventTime, context.timeZone)}`,
    `Who:         ${event.identityType ?? 'unknown identity'}${event.principalArn ? ` ${event.principalArn}` : ''}${event.accessKeyId ? `, access key ${event.accessKeyId}` : ''}`,
  );
  if (isPrivilegedRootTask(event)) {
    lines.push(privilegedTaskLine(event));
  }
  lines.push(
    `Source IP:   ${event.sourceIp ?? 'not recorded'}`,
    `User agent:  ${event.userAgent ?? 'not recorded'}`,
    `Region:      ${event.region ?? 'not recorded'}`,
  );
  if (accounts.crossAccount) {
    lines.push(
      `Account:     ${account} (its root user acted, cross-account)`,
      `On account:  ${accountText(accounts.recipient)} (resource owner; received this event)`,
    );
  } else {
    lines.push(`Account:     ${account}`);
  }
  lines.push(
    `Event id:    ${event.eventId ?? 'not recorded'}`,
  );
  const link = consoleLink(event);
  if (link !== undefined) {
    lines.push(`CloudTrail:  ${link}`);
  }
  if (change !== undefined) {
    lines.push('', ...monitorChangeAdvice(event));
  }
  if (event.oddities.length > 0) {
    lines.push('', 'This event was not shaped as expected:', ...event.oddities.map((oddity) => `- ${oddity}`));
  }
  lines.push('', 'Full event:', '');

  const head = lines.join('\n');
  const message = wellFormed(head + eventJson(raw, MESSAGE_BUDGET_BYTES - Buffer.byteLength(head, 'utf8')));

  return {
    subject,
    message,
    attributes: {
      ...attributesOf(event, classification, accounts.acting, accounts.recipient),
      // Lets a subscription filter policy route alerts about the monitor itself.
      ...change !== undefined ? { eventKind: MONITOR_CHANGE_KIND } : {},
      ...event.unverifiedSender !== undefined ? { unverifiedSender: event.unverifiedSender } : {},
    },
    classification,
  };
}

/**
 * What an event sent by another account than it names means: the record may
 * be forged, so it is shown, not trusted.
 */
export function unverifiedLine(event: RootEvent): string {
  return `Unverified, sent by account ${event.unverifiedSender}: the event names account ${event.recipientAccountId ?? 'unknown'} `
    + 'as the one that received it, but EventBridge says another account sent it. Check CloudTrail in the account it names before you trust it.';
}

/** The `eventKind` attribute of an alert about a change to the monitor. */
export const MONITOR_CHANGE_KIND = 'monitor-change';

/**
 * Who took the root access is not in this event: the AssumeRoot call that
 * issued the credentials is recorded in the CloudTrail of the account that
 * made it (management account or IAM delegated administrator), and its
 * response names the same access key.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
 */
function privilegedTaskLine(event: RootEvent): string {
  const call = event.accessKeyId ? `the AssumeRoot call that returned access key ${event.accessKeyId}` : 'its AssumeRoot call';
  return 'Root task:   Privileged root task: short-term root access that the management account or the IAM'
    + ` delegated administrator took with sts:AssumeRoot. To see who, find ${call} in that account's CloudTrail.`;
}

/**
 * What to do about a change to the monitor. Deploying the monitor's own stack
 * makes some of these calls too (PutRule, PutTargets, SetTopicAttributes), so
 * the first question is whether a deployment was running.
 */
function monitorChangeAdvice(event: RootEvent): string[] {
  const who = event.principalArn ?? 'the caller';
  return [
    'What to do:',
    `- Was a deployment of the monitor running? If not, find out who ${who} is and why it made this call.`,
    !changeFailed(event)
      ? '- The change went through: check that the monitor still works (its rule, trail, topic and subscriptions), and revoke the caller\'s credentials if the change was not planned.'
      : '- The call failed, so nothing changed; an identity probing the monitor may try other ways. Consider revoking its credentials.',
  ];
}

function kindText(event: RootEvent): string {
  switch (event.kind) {
    case EventKind.SIGN_IN: return 'console sign-in';
    case EventKind.API_CALL: return event.readOnly ? 'read-only API call' : 'API call';
    case EventKind.CONSOLE_ACTION: return 'console action';
    default: return 'unrecognised event';
  }
}

function outcomeText(event: RootEvent): string {
  switch (event.outcome) {
    case Outcome.SUCCESS: return 'Success';
    case Outcome.FAILURE: {
      const error = [event.errorCode, event.errorMessage].filter((part) => part !== undefined).join(': ');
      return error.length > 0 ? `Failure - ${error}` : 'Failure';
    }
    default: return 'not recorded';
  }
}

const MAX_ATTRIBUTE_LENGTH = 256;

/**
 * SNS rejects empty attribute values, so every value has a fallback; values
 * from the event are capped so a malformed event cannot bloat the message.
 * `account` and `accountId` name the account whose root user acted;
 * `recipientAccountId` the account that received the event, which differs
 * for a cross-account call.
 */
export function attributesOf(event: RootEvent, classification: Classification, account: AccountLabel,
  recipient: AccountLabel = account): Record<string, string> {
  const attributes: Record<string, string> = {
    severity: classification.severity,
    eventName: event.eventName,
    eventKind: event.kind,
    outcome: event.outcome,
    account: account.name ?? account.id ?? 'unknown',
    accountId: account.id ?? 'unknown',
    recipientAccountId: recipient.id ?? 'unknown',
  };
  for (const [key, value] of Object.entries(attributes)) {
    attributes[key] = wellFormed(clip(value, MAX_ATTRIBUTE_LENGTH));
  }
  return attributes;
}
