import { accountText, AccountLabel, AlertContext, alertFacts, EventAccounts } from './alert-facts';
import { fitsInSubject, toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import type { RootEvent } from '../events/root-event';
import type { Classification } from '../events/severity';

export type { AccountLabel, AccountNaming, AlertContext, EventAccounts } from './alert-facts';
export { accountsOf, accountText, consoleLink, formatTime, unverifiedLine } from './alert-facts';

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
  const facts = alertFacts(event, context);
  const { classification, accounts, account } = facts;
  const subject = subjectOf(`${classification.severity}: ${facts.what}`, account, accounts);

  const lines: string[] = [
    facts.opening,
    ...facts.unverified !== undefined ? ['', facts.unverified] : [],
    '',
    `Severity:    ${classification.severity} (${classification.reason})`,
    ...facts.planned !== undefined ? [`Planned:     ${facts.planned}`] : [],
    `Event:       ${facts.eventText}`,
    `Outcome:     ${facts.outcome}`,
  ];
  if (facts.mfa !== undefined) {
    lines.push(`${`${facts.mfa.label}:`.padEnd(13)}${facts.mfa.value}`);
  }
  lines.push(
    `When:        ${facts.when}`,
    `Who:         ${facts.who}`,
  );
  if (facts.privilegedTask !== undefined) {
    lines.push(`Root task:   ${facts.privilegedTask}`);
  }
  lines.push(
    `Source IP:   ${facts.sourceIp}`,
    `User agent:  ${facts.userAgent}`,
    `Region:      ${facts.region}`,
  );
  if (accounts.crossAccount) {
    lines.push(
      `Account:     ${account} (its root user acted, cross-account)`,
      `On account:  ${accountText(accounts.recipient)} (resource owner; received this event)`,
    );
  } else {
    lines.push(`Account:     ${account}`);
  }
  lines.push(`Event id:    ${facts.eventId}`);
  if (facts.link !== undefined) {
    lines.push(`CloudTrail:  ${facts.link}`);
  }
  if (facts.windowChange !== undefined) {
    lines.push('', 'The window as it now reads:', ...facts.windowChange.map(({ name, now }) => `- ${name}: ${now}`));
  }
  // Only a change to the monitor or to a window has its steps in the
  // e-mail; the chat message, read without the full event below, shows them
  // for every alert.
  if (facts.change !== undefined || facts.windowChange !== undefined) {
    lines.push('', 'What to do:', ...facts.nextSteps.map((step) => `- ${step}`));
  }
  if (facts.oddities.length > 0) {
    lines.push('', 'This event was not shaped as expected:', ...facts.oddities.map((oddity) => `- ${oddity}`));
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
      ...facts.change !== undefined ? { eventKind: MONITOR_CHANGE_KIND } : {},
      ...facts.windowChange !== undefined ? { eventKind: WINDOW_CHANGE_KIND } : {},
      ...event.unverifiedSender !== undefined ? { unverifiedSender: event.unverifiedSender } : {},
    },
    classification,
  };
}

/** The `eventKind` attribute of an alert about a change to the monitor. */
export const MONITOR_CHANGE_KIND = 'monitor-change';
/** The `eventKind` attribute of an alert about a change to planned root use windows. */
export const WINDOW_CHANGE_KIND = 'window-change';

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
    // Lets a filter policy send planned root use to a quieter place; absent
    // (never 'false') otherwise, so a policy matching it sees only planned alerts.
    ...classification.planned !== undefined ? { planned: 'true' } : {},
  };
  for (const [key, value] of Object.entries(attributes)) {
    attributes[key] = wellFormed(clip(value, MAX_ATTRIBUTE_LENGTH));
  }
  return attributes;
}
