import { accountsOf, accountText, Alert, AlertContext, attributesOf, buildAlert, eventJson, formatTime, MAX_MESSAGE_BYTES } from './alert';
import { toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import { highestSeverity, PlannedMessage, ReceivedEvent, SessionEvents } from '../delivery/batch-plan';
import { isPrivilegedRootTask } from '../events/assumed-root-tasks';
import { monitorChange } from '../events/monitor-change';
import { Severity } from '../events/severity';

/** The alert context of an event: how its accounts are named (account-naming.ts), the time zone, ASSUMED_ROOT_TASKS. */
export type AlertContextOf = (event: ReceivedEvent) => AlertContext;

/** How many events a summary shows in full, most severe first. */
const EVENTS_IN_FULL = 3;
/**
 * How many sessions a summary describes, and how many values each count line
 * shows: a summary of thousands of events must stay readable and, with its
 * event ids, within SNS's message size.
 */
const SESSIONS_DESCRIBED = 10;
const VALUES_COUNTED = 10;
/** Room kept for the subject and attributes, which count towards SNS's limit. */
const MESSAGE_BUDGET_BYTES = MAX_MESSAGE_BYTES - 8 * 1024;

/**
 * The SNS message for one planned message: the usual single-event alert when
 * it reports one event, else a summary of its sessions. Either way it names
 * every event id it covers, so no event goes unreported.
 */
export function buildMessage(planned: PlannedMessage, contextOf: AlertContextOf): Alert {
  const events = planned.sessions.flatMap((session) => session.events);
  if (events.length === 1) {
    const [only] = events;
    return buildAlert(only.event, only.raw, contextOf(only));
  }
  return buildSummary(planned.sessions, events, contextOf);
}

function buildSummary(sessions: SessionEvents[], events: ReceivedEvent[], contextOf: AlertContextOf): Alert {
  const severity = highestSeverity(events);
  const { timeZone } = contextOf(events[0]);
  // Named by the acting account, as single-event alerts are: another
  // account's root never reads as this account's.
  const actingOf = (received: ReceivedEvent) => accountsOf(received.event, contextOf(received));
  const accounts = unique(events.map((received) => accountText(actingOf(received).acting)));
  const accountPart = accounts.length === 1 ? accounts[0] : `${accounts.length} accounts`;
  const sessionPart = sessions.length === 1 ? '1 session' : `${sessions.length} sessions`;
  const topNames = countBy(events, (received) => received.event.eventName).slice(0, 2).map(([name]) => name).join(', ');
  // Events of sts:AssumeRoot sessions read as what they are, as in a single alert.
  const what = whatTheyAre(events);
  const subject = toSnsSubject(`${severity}: ${events.length} ${what} in ${sessionPart} (${topNames}) | ${accountPart}`);

  const lines = [
    `${events.length} ${what} in ${sessionPart}, in ${accounts.join(', ')}.`,
    'They came close together, so this message sums them up rather than sending one message each;',
    'every event is also in CloudTrail and in the notifier\'s logs.',
    '',
  ];
  for (const session of sessions.slice(0, SESSIONS_DESCRIBED)) {
    lines.push(...sessionLines(session, timeZone), '');
  }
  const undescribed = sessions.slice(SESSIONS_DESCRIBED);
  if (undescribed.length > 0) {
    const count = undescribed.reduce((sum, session) => sum + session.events.length, 0);
    lines.push(`${undescribed.length} more sessions with ${count} events; their event ids are listed below.`, '');
  }

  const ids = events.map((received) => received.event.eventId ?? `(no event id) SQS ${received.messageId}`);
  const idLines = ['', `Event ids (${ids.length}):`, ...ids];
  const head = lines.join('\n');
  const tail = idLines.join('\n');
  const inFull = fullEvents(events, MESSAGE_BUDGET_BYTES - Buffer.byteLength(head + tail, 'utf8'));

  const first = mostSevereFirst(events)[0];
  const { acting, recipient } = actingOf(first);
  return {
    subject,
    message: wellFormed(head + inFull + tail),
    attributes: {
      ...attributesOf(first.event, { severity, reason: 'summary' }, acting, recipient),
      eventName: wellFormed(clip(topNames, 256)),
      eventKind: 'summary',
      outcome: unique(events.map((received) => received.event.outcome)).join(','),
    },
    classification: { severity, reason: `${events.length} ${what} in ${sessionPart}` },
  };
}

/** What a summary's events are, in a few words: its subject and first line say it. */
function whatTheyAre(events: ReceivedEvent[]): string {
  const changes = events.filter((received) => monitorChange(received.event) !== undefined).length;
  if (changes === events.length) {
    return 'changes to the monitor';
  }
  if (changes > 0) {
    return 'root events and changes to the monitor';
  }
  return events.every((received) => isPrivilegedRootTask(received.event)) ? 'privileged root tasks' : 'root events';
}

function sessionLines(session: SessionEvents, timeZone: string): string[] {
  const { events } = session;
  const times = events.map((received) => received.event.eventTime).filter((time): time is string => time !== undefined).sort();
  const counts = (label: string, key: (received: ReceivedEvent) => string) => {
    const all = countBy(events, key);
    const shown = all.slice(0, VALUES_COUNTED).map(([value, n]) => `${clip(value, 128)} ${n}`);
    const more = all.length > VALUES_COUNTED ? `, and ${all.length - VALUES_COUNTED} more` : '';
    return `  ${label.padEnd(12)} ${shown.join(', ')}${more}`;
  };
  const tasks = events.filter((received) => isPrivilegedRootTask(received.event)).length;
  const which = tasks === events.length ? 'Privileged root tasks' : `${tasks} of ${events.length} events are privileged root tasks`;
  const privileged = tasks === 0 ? [] : [
    `  Root task:   ${which}: short-term root access that the management account or the IAM delegated administrator took with sts:AssumeRoot`,
  ];
  const unverified = events.filter((received) => received.event.unverifiedSender !== undefined);
  const senders = [...new Set(unverified.map((received) => received.event.unverifiedSender))].join(', ');
  const unverifiedLines = unverified.length === 0 ? [] : [
    `  Unverified:  ${unverified.length} of ${events.length} events were sent by account ${clip(senders, 256)}, not by the account they name`,
  ];
  return [
    `Session: ${clip(session.session, 512)}`,
    ...unverifiedLines,
    ...privileged,
    `  Events:      ${events.length}, first ${formatTime(times[0], timeZone)}, last ${formatTime(times[times.length - 1], timeZone)}`,
    counts('Severity:', (received) => received.classification.severity),
    counts('Event name:', (received) => received.event.eventName),
    counts('Region:', (received) => received.event.region ?? 'not recorded'),
    counts('Outcome:', (received) => received.event.outcome),
  ];
}

/** The most severe events as JSON, as many of EVENTS_IN_FULL as fit in `budget` bytes. */
function fullEvents(events: ReceivedEvent[], budget: number): string {
  const chosen = mostSevereFirst(events).slice(0, EVENTS_IN_FULL);
  const header = `Most severe events in full (${chosen.length} of ${events.length}):\n`;
  const each = Math.max(0, Math.floor((budget - header.length) / chosen.length) - 64);
  return header + chosen.map((received) =>
    `\n${received.classification.severity} ${received.event.eventName} (${received.classification.reason}):\n${eventJson(received.raw, each)}\n`).join('');
}

const ORDER: Severity[] = [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM];

function mostSevereFirst(events: ReceivedEvent[]): ReceivedEvent[] {
  return [...events].sort((a, b) => ORDER.indexOf(a.classification.severity) - ORDER.indexOf(b.classification.severity));
}

/** Values and their counts, most frequent first. */
function countBy(events: ReceivedEvent[], key: (received: ReceivedEvent) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const received of events) {
    const value = key(received);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
