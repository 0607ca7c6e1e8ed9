/**
 * What an alert about one event says, as facts: the e-mail text (alert.ts)
 * and the chat message (chat-message.ts) are two renderings of the same
 * AlertFacts, so a channel never tells a different story from the inbox.
 */
import { DateTime } from 'luxon';
import { AssumedRootTasks, isPrivilegedRootTask } from '../events/assumed-root-tasks';
import { changeFailed, monitorChange, monitorChangeHeadline } from '../events/monitor-change';
import { EventKind, Outcome, RootEvent } from '../events/root-event';
import type { Classification } from '../events/severity';
import { windowChange, windowChangeHeadline } from '../events/window-change';
import { classifyAsReported, PlannedUse, plannedText } from '../planned/planned-use';

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
  /** The planned root use window that applies to the event, and what it does (planned/planned-use.ts). */
  readonly planned?: PlannedUse;
  /** How windows a window-change event names read now (planned/windows-now.ts), by the name the call gave. */
  readonly windowsNow?: ReadonlyMap<string, string>;
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

/** Everything an alert about one event states, each fact worded once. */
export interface AlertFacts {
  readonly event: RootEvent;
  readonly classification: Classification;
  readonly accounts: EventAccounts;
  /** The acting account as text: 'acme (111122223333)'. */
  readonly account: string;
  /** What happened, e.g. 'Root sign-in ConsoleLogin succeeded without MFA'; 'Unverified: ' first for an event another account sent. */
  readonly what: string;
  /** What happened and where, in one clause: the alert's opening without its reason. */
  readonly summary: string;
  /** The opening sentence: the summary, with the reason unless the headline already says it. */
  readonly opening: string;
  /** What a change to the monitor would do ('stop the trail'); undefined for a root event. */
  readonly change?: string;
  /** Why an event sent by another account than it names is not to be trusted; undefined otherwise. */
  readonly unverified?: string;
  /** 'ConsoleLogin (signin.amazonaws.com), console sign-in'. */
  readonly eventText: string;
  /** 'Success', 'Failure - AccessDenied: ...' or 'not recorded'. */
  readonly outcome: string;
  /** Whether MFA was used (sign-ins) or the session was MFA-authenticated (API calls), when recorded. */
  readonly mfa?: { readonly label: 'MFA used' | 'MFA session'; readonly value: string };
  /** The event time, local and UTC (formatTime). */
  readonly when: string;
  /** The identity type, principal ARN and access key. */
  readonly who: string;
  /** Who to ask about a privileged root task (sts:AssumeRoot); undefined for other sessions. */
  readonly privilegedTask?: string;
  readonly sourceIp: string;
  readonly userAgent: string;
  readonly region: string;
  readonly eventId: string;
  /** The event in the CloudTrail console, when the event names its region and id. */
  readonly link?: string;
  /** The planned root use window the event fell in, as the `Planned:` line says it; undefined when none applies. */
  readonly planned?: string;
  /** A change to planned root use windows: each window named, and how it reads now. */
  readonly windowChange?: ReadonlyArray<{ readonly name: string; readonly now: string }>;
  /** What to do, most urgent first. */
  readonly nextSteps: string[];
  /** What was missing or unexpected in the event. */
  readonly oddities: string[];
}

/** The facts of an alert about `event`, named and graded as `context` says. */
export function alertFacts(event: RootEvent, context: AlertContext): AlertFacts {
  const classification = classifyAsReported(event, context);
  const accounts = accountsOf(event, context);
  const account = accountText(accounts.acting);
  // A label first, where no cut of a subject or title can lose it.
  const what = event.unverifiedSender !== undefined ? `Unverified: ${headline(event)}` : headline(event);
  const change = monitorChange(event);
  const windows = windowChange(event);
  const summary = change !== undefined || windows !== undefined
    ? `${what}, in account ${accountText(accounts.recipient)}`
    : accounts.crossAccount
      ? `${what} by the root user of account ${account} on account ${accountText(accounts.recipient)}`
      : `${what} in account ${account}`;
  const mfa = event.kind === EventKind.SIGN_IN
    ? { label: 'MFA used' as const, value: yesNoUnknown(event.mfaUsed) }
    : event.mfaAuthenticatedSession !== undefined ? { label: 'MFA session' as const, value: yesNoUnknown(event.mfaAuthenticatedSession) } : undefined;
  return {
    event,
    classification,
    accounts,
    account,
    what,
    summary,
    // A change's headline already says what its reason would.
    opening: change !== undefined || windows !== undefined ? `${summary}.` : `${summary}: ${classification.reason}.`,
    change,
    unverified: event.unverifiedSender !== undefined ? unverifiedLine(event) : undefined,
    eventText: `${event.eventName}${event.eventSource ? ` (${event.eventSource})` : ''}, ${kindText(event)}`,
    outcome: outcomeText(event),
    mfa,
    when: formatTime(event.eventTime, context.timeZone),
    who: `${event.identityType ?? 'unknown identity'}${event.principalArn ? ` ${event.principalArn}` : ''}${event.accessKeyId ? `, access key ${event.accessKeyId}` : ''}`,
    privilegedTask: isPrivilegedRootTask(event) ? privilegedTaskText(event) : undefined,
    sourceIp: event.sourceIp ?? 'not recorded',
    userAgent: event.userAgent ?? 'not recorded',
    region: event.region ?? 'not recorded',
    eventId: event.eventId ?? 'not recorded',
    link: consoleLink(event),
    planned: classification.planned !== undefined ? plannedText(classification.planned, classification.severity) : undefined,
    windowChange: windows?.names.map((name) => ({ name, now: context.windowsNow?.get(name) ?? 'not read' })),
    nextSteps: change !== undefined ? monitorChangeAdvice(event)
      : windows !== undefined ? windowChangeAdvice(event) : rootEventAdvice(event, account, accounts),
    oddities: event.oddities,
  };
}

export function accountText(account: AccountLabel): string {
  if (account.name !== undefined && account.id !== undefined && account.name !== account.id) {
    return `${account.name} (${account.id})`;
  }
  return account.name ?? account.id ?? 'an unknown account';
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
  const windows = windowChange(event);
  if (windows !== undefined) {
    return windowChangeHeadline(event, windows, event.principalArn ?? event.identityType ?? 'an unknown identity');
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

/**
 * What an event sent by another account than it names means: the record may
 * be forged, so it is shown, not trusted.
 */
export function unverifiedLine(event: RootEvent): string {
  return `Unverified, sent by account ${event.unverifiedSender}: the event names account ${event.recipientAccountId ?? 'unknown'} `
    + 'as the one that received it, but EventBridge says another account sent it. Check CloudTrail in the account it names before you trust it.';
}

/**
 * Who took the root access is not in this event: the AssumeRoot call that
 * issued the credentials is recorded in the CloudTrail of the account that
 * made it (management account or IAM delegated administrator), and its
 * response names the same access key.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
 */
function privilegedTaskText(event: RootEvent): string {
  const call = event.accessKeyId ? `the AssumeRoot call that returned access key ${event.accessKeyId}` : 'its AssumeRoot call';
  return 'Privileged root task: short-term root access that the management account or the IAM'
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
    `Was a deployment of the monitor running? If not, find out who ${who} is and why it made this call.`,
    !changeFailed(event)
      ? 'The change went through: check that the monitor still works (its rule, trail, topic and subscriptions), and revoke the caller\'s credentials if the change was not planned.'
      : 'The call failed, so nothing changed; an identity probing the monitor may try other ways. Consider revoking its credentials.',
  ];
}

/**
 * What to do about a change to planned root use windows: a window lowers
 * root alerts for its accounts, so one nobody planned hides root use.
 */
function windowChangeAdvice(event: RootEvent): string[] {
  const who = event.principalArn ?? 'the caller';
  return [
    `Ask ${who} whether this window was planned, and check its ticket.`,
    !changeFailed(event)
      ? 'If nobody planned it, delete the window: while it stands, root use in its accounts alerts at a lower severity.'
      : 'The call failed, so no window changed; an identity trying to write windows may be preparing to hide root use.',
  ];
}

/**
 * What to do about root activity: first find out whether it was expected,
 * then, if it was not, take the account back. The steps follow AWS's advice
 * for a root user's credentials.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html
 */
function rootEventAdvice(event: RootEvent, account: string, accounts: EventAccounts): string[] {
  const steps: string[] = [];
  if (event.unverifiedSender !== undefined) {
    steps.push(`Look the event id up in CloudTrail of account ${accountText(accounts.recipient)} before you act: account ${event.unverifiedSender} sent it, not the account it names.`);
  }
  if (isPrivilegedRootTask(event)) {
    steps.push('Ask who in the management account or the IAM delegated administrator took root access (sts:AssumeRoot), and why.');
  } else {
    steps.push(`Ask whoever holds the root credentials of ${account} whether this was them, and why.`);
  }
  steps.push(
    'If nobody expected it: change the root password, delete any root access keys, check the root user\'s MFA devices, and review what else the session did in CloudTrail.',
  );
  return steps;
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
