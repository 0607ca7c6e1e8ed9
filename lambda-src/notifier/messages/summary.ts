import { accountsOf, accountText, Alert, AlertContext, attributesOf, buildAlert, EventAccounts, eventJson, formatTime, MAX_MESSAGE_BYTES } from './alert';
import { toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import { highestSeverity, PlannedMessage, ReceivedEvent, SessionEvents } from '../delivery/batch-plan';
import { isPrivilegedRootTask } from '../events/assumed-root-tasks';
import { monitorChange } from '../events/monitor-change';
import { Severity } from '../events/severity';
import { windowChange } from '../events/window-change';

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

/** What a summary of a batch's sessions states; the e-mail (below) and the chat message (chat-message.ts) render it. */
export interface SummaryFacts {
  /** The most severe event's severity. */
  readonly severity: Severity;
  readonly events: ReceivedEvent[];
  readonly sessions: SessionEvents[];
  /** 'root events', 'changes to the monitor', 'privileged root tasks' or 'root events and changes to the monitor'. */
  readonly what: string;
  /** The acting accounts, as text. */
  readonly accounts: string[];
  /** The one account, or 'N accounts'. */
  readonly accountPart: string;
  /** '1 session' or 'N sessions'. */
  readonly sessionPart: string;
  /** The two most frequent event names, comma-separated. */
  readonly topNames: string;
  /** The sessions described one by one (the first SESSIONS_DESCRIBED, most severe first). */
  readonly described: SessionFacts[];
  /** The sessions only counted, and their events. */
  readonly undescribed: { readonly sessions: number; readonly events: number };
  /** Every event's id, or its SQS message id when it has none; a planned event's with its ticket. */
  readonly ids: string[];
  /** Events that fell in a planned root use window. */
  readonly planned: number;
  /** The events, most severe first. */
  readonly mostSevere: ReceivedEvent[];
  /** The accounts of the most severe event. */
  readonly firstAccounts: EventAccounts;
}

/** One session of a summary. */
export interface SessionFacts {
  readonly session: string;
  readonly events: number;
  /** Its first and last event time, as formatTime shows them. */
  readonly first: string;
  readonly last: string;
  /** Values and their counts, most frequent first. */
  readonly severities: Array<[string, number]>;
  readonly eventNames: Array<[string, number]>;
  readonly regions: Array<[string, number]>;
  readonly outcomes: Array<[string, number]>;
  /** Events of sts:AssumeRoot sessions. */
  readonly privilegedTasks: number;
  /** Events in a planned root use window, counted by 'ticket, by who'. */
  readonly planned: Array<[string, number]>;
  readonly plannedEvents: number;
  /** Events sent by another account than they name, and the senders. */
  readonly unverified: number;
  readonly senders: string;
}

export function summaryFacts(sessions: SessionEvents[], events: ReceivedEvent[], contextOf: AlertContextOf): SummaryFacts {
  const { timeZone } = contextOf(events[0]);
  // Named by the acting account, as single-event alerts are: another
  // account's root never reads as this account's.
  const actingOf = (received: ReceivedEvent) => accountsOf(received.event, contextOf(received));
  const accounts = unique(events.map((received) => accountText(actingOf(received).acting)));
  const mostSevere = mostSevereFirst(events);
  const undescribed = sessions.slice(SESSIONS_DESCRIBED);
  return {
    severity: highestSeverity(events),
    events,
    sessions,
    // Events of sts:AssumeRoot sessions read as what they are, as in a single alert.
    what: whatTheyAre(events),
    accounts,
    accountPart: accounts.length === 1 ? accounts[0] : `${accounts.length} accounts`,
    sessionPart: sessions.length === 1 ? '1 session' : `${sessions.length} sessions`,
    topNames: countBy(events, (received) => received.event.eventName).slice(0, 2).map(([name]) => name).join(', '),
    described: sessions.slice(0, SESSIONS_DESCRIBED).map((session) => sessionFacts(session, timeZone)),
    undescribed: { sessions: undescribed.length, events: undescribed.reduce((sum, session) => sum + session.events.length, 0) },
    ids: events.map((received) => {
      const id = received.event.eventId ?? `(no event id) SQS ${received.messageId}`;
      const label = received.classification.planned;
      return label === undefined ? id : `${id} (planned: ${label.ticket}, by ${label.plannedBy})`;
    }),
    planned: events.filter((received) => received.classification.planned !== undefined).length,
    mostSevere,
    firstAccounts: actingOf(mostSevere[0]),
  };
}

function buildSummary(sessions: SessionEvents[], events: ReceivedEvent[], contextOf: AlertContextOf): Alert {
  const facts = summaryFacts(sessions, events, contextOf);
  const { severity, what, sessionPart } = facts;
  const subject = toSnsSubject(`${severity}: ${events.length} ${what} in ${sessionPart} (${facts.topNames}) | ${facts.accountPart}`);

  const lines = [
    `${events.length} ${what} in ${sessionPart}, in ${facts.accounts.join(', ')}.`,
    'They came close together, so this message sums them up rather than sending one message each;',
    'every event is also in CloudTrail and in the notifier\'s logs.',
    ...facts.planned > 0 ? [`${facts.planned} of ${events.length} fell in planned root use windows: their severities are as the windows lower them, and their ids below name the ticket.`] : [],
    '',
  ];
  for (const session of facts.described) {
    lines.push(...sessionLines(session), '');
  }
  if (facts.undescribed.sessions > 0) {
    lines.push(`${facts.undescribed.sessions} more sessions with ${facts.undescribed.events} events; their event ids are listed below.`, '');
  }

  const idLines = ['', `Event ids (${facts.ids.length}):`, ...facts.ids];
  const head = lines.join('\n');
  const tail = idLines.join('\n');
  const inFull = fullEvents(facts.mostSevere, MESSAGE_BUDGET_BYTES - Buffer.byteLength(head + tail, 'utf8'));

  const first = facts.mostSevere[0];
  const { acting, recipient } = facts.firstAccounts;
  return {
    subject,
    message: wellFormed(head + inFull + tail),
    attributes: {
      ...attributesOf(first.event, { severity, reason: 'summary' }, acting, recipient),
      // Only when every event is planned: a filter policy that sends planned
      // alerts somewhere quieter must never take an unplanned one with them.
      ...facts.planned === events.length ? { planned: 'true' } : {},
      eventName: wellFormed(clip(facts.topNames, 256)),
      eventKind: 'summary',
      outcome: unique(events.map((received) => received.event.outcome)).join(','),
    },
    classification: { severity, reason: `${events.length} ${what} in ${sessionPart}` },
  };
}

/** What a summary's events are, in a few words: its subject and first line say it. */
function whatTheyAre(events: ReceivedEvent[]): string {
  if (events.every((received) => windowChange(received.event) !== undefined)) {
    return 'changes to planned root use windows';
  }
  const changes = events.filter((received) => monitorChange(received.event) !== undefined).length;
  if (changes === events.length) {
    return 'changes to the monitor';
  }
  if (changes > 0) {
    return 'root events and changes to the monitor';
  }
  return events.every((received) => isPrivilegedRootTask(received.event)) ? 'privileged root tasks' : 'root events';
}

function sessionFacts(session: SessionEvents, timeZone: string): SessionFacts {
  const { events } = session;
  const times = events.map((received) => received.event.eventTime).filter((time): time is string => time !== undefined).sort();
  const unverified = events.filter((received) => received.event.unverifiedSender !== undefined);
  return {
    session: session.session,
    events: events.length,
    first: formatTime(times[0], timeZone),
    last: formatTime(times[times.length - 1], timeZone),
    severities: countBy(events, (received) => received.classification.severity),
    eventNames: countBy(events, (received) => received.event.eventName),
    regions: countBy(events, (received) => received.event.region ?? 'not recorded'),
    outcomes: countBy(events, (received) => received.event.outcome),
    privilegedTasks: events.filter((received) => isPrivilegedRootTask(received.event)).length,
    planned: countBy(events.filter((received) => received.classification.planned !== undefined),
      (received) => `${received.classification.planned!.ticket}, by ${received.classification.planned!.plannedBy}`),
    plannedEvents: events.filter((received) => received.classification.planned !== undefined).length,
    unverified: unverified.length,
    senders: [...new Set(unverified.map((received) => received.event.unverifiedSender))].join(', '),
  };
}

/** The first VALUES_COUNTED values with their counts, and how many more there are. */
export function countsText(all: Array<[string, number]>, valueLength = 128): string {
  const shown = all.slice(0, VALUES_COUNTED).map(([value, n]) => `${clip(value, valueLength)} ${n}`);
  const more = all.length > VALUES_COUNTED ? `, and ${all.length - VALUES_COUNTED} more` : '';
  return `${shown.join(', ')}${more}`;
}

function sessionLines(session: SessionFacts): string[] {
  const counts = (label: string, all: Array<[string, number]>) => `  ${label.padEnd(12)} ${countsText(all)}`;
  const tasks = session.privilegedTasks;
  const which = tasks === session.events ? 'Privileged root tasks' : `${tasks} of ${session.events} events are privileged root tasks`;
  const privileged = tasks === 0 ? [] : [
    `  Root task:   ${which}: short-term root access that the management account or the IAM delegated administrator took with sts:AssumeRoot`,
  ];
  const unverifiedLines = session.unverified === 0 ? [] : [
    `  Unverified:  ${session.unverified} of ${session.events} events were sent by account ${clip(session.senders, 256)}, not by the account they name`,
  ];
  const planned = session.plannedEvents === 0 ? [] : [
    `  Planned:     ${session.plannedEvents} of ${session.events} events, in windows of ${countsText(session.planned)}; severities below are as lowered`,
  ];
  return [
    `Session: ${clip(session.session, 512)}`,
    ...unverifiedLines,
    ...privileged,
    ...planned,
    `  Events:      ${session.events}, first ${session.first}, last ${session.last}`,
    counts('Severity:', session.severities),
    counts('Event name:', session.eventNames),
    counts('Region:', session.regions),
    counts('Outcome:', session.outcomes),
  ];
}

/** The most severe events as JSON, as many of EVENTS_IN_FULL as fit in `budget` bytes. */
function fullEvents(mostSevere: ReceivedEvent[], budget: number): string {
  const chosen = mostSevere.slice(0, EVENTS_IN_FULL);
  const header = `Most severe events in full (${chosen.length} of ${mostSevere.length}):\n`;
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
