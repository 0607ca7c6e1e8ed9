/**
 * What a chat message says, for each kind of message the notifier plans: a
 * lone event, a summary of a batch's sessions, and the hub's coverage
 * report. Each is rendered from the same facts as its e-mail (alert-facts.ts,
 * summary.ts, coverage-report.ts), shorter, without the full event, and with
 * what to do. Fields are fitted to their limits by chat-message.ts.
 *
 * Text is portable client-markdown: plain lines, values from events as
 * inline code, and bare links, which Slack and Teams both show as written
 * (Amazon Q renders client-markdown in each platform's own markdown, so
 * Slack's *bold* would be Teams' italics).
 */
import type { Alert } from './alert';
import { AlertContext, alertFacts, AlertFacts, accountText } from './alert-facts';
import { ChatMessage, chatMessage, code, digest, inert } from './chat-message';
import { CoverageFacts, coverageFacts, CoverageReport } from './coverage-report';
import { AlertContextOf, countsText, summaryFacts, SummaryFacts } from './summary';
import type { PlannedMessage, ReceivedEvent } from '../delivery/batch-plan';
import type { RootEvent } from '../events/root-event';
import { Severity } from '../events/severity';

/** The kinds of chat message, as their metadata.eventType says. */
export const CHAT_EVENT_TYPES = {
  alert: 'root-activity',
  monitorChange: 'monitor-change',
  summary: 'root-activity-summary',
  coverage: 'coverage-report',
  unformatted: 'root-activity-unformatted',
} as const;

/** How many sessions a chat summary describes, and how many lines of each coverage list it shows. */
const SESSIONS_IN_CHAT = 5;
const PLACES_IN_CHAT = 10;

/**
 * The chat message for one planned message, as buildMessage (summary.ts)
 * makes its e-mail: the lone event's alert, or a summary of the sessions.
 */
export function buildChatMessage(planned: PlannedMessage, contextOf: AlertContextOf): ChatMessage {
  const events = planned.sessions.flatMap((session) => session.events);
  if (events.length === 1) {
    const [only] = events;
    return chatAlert(alertFacts(only.event, contextOf(only)), only.session);
  }
  return chatSummary(summaryFacts(planned.sessions, events, contextOf), contextOf);
}

/** The chat message for one event, outside a batch (a rule that invokes the function directly). */
export function buildChatAlert(event: RootEvent, context: AlertContext, session: string): ChatMessage {
  return chatAlert(alertFacts(event, context), session);
}

/**
 * One event. Its thread is its root session's (account, credentials and
 * source IP, as session.ts groups them), hashed: the thread id shows nothing
 * of the session, and every later message about the session joins it.
 */
export function chatAlert(facts: AlertFacts, session: string): ChatMessage {
  const { classification, accounts, account, event } = facts;
  const where = accounts.crossAccount ? `root of ${account} on ${accountText(accounts.recipient)}` : account;
  const lines = [
    inert(facts.opening),
    ...facts.unverified !== undefined ? [inert(facts.unverified)] : [],
    '',
    `Severity: ${classification.severity} (${inert(classification.reason)})`,
    ...facts.planned !== undefined ? [`Planned: ${inert(facts.planned)}`] : [],
    ...(facts.windowChange ?? []).map(({ name, now }) => `Window ${code(name)} now: ${inert(now)}`),
    accounts.crossAccount
      ? `Account: ${code(account)}, whose root user acted on account ${code(accountText(accounts.recipient))}`
      : `Account: ${code(account)}`,
    `What happened: ${code(facts.eventText)}, outcome ${code(facts.outcome)}`,
    ...facts.mfa !== undefined ? [`${facts.mfa.label}: ${facts.mfa.value}`] : [],
    `Who: ${code(facts.who)}`,
    `From: ${code(facts.sourceIp)} in ${code(facts.region)}, user agent ${code(facts.userAgent, 160)}`,
    `When: ${inert(facts.when)}`,
    ...facts.privilegedTask !== undefined ? [inert(facts.privilegedTask)] : [],
    ...facts.link !== undefined ? [`CloudTrail: ${facts.link}`] : [],
    `Event id: ${code(facts.eventId)}`,
    ...facts.oddities.length > 0 ? [`Not shaped as expected: ${inert(facts.oddities.join('; '))}`] : [],
  ];
  return chatMessage({
    id: event.eventId,
    title: `${classification.severity}: ${facts.what} | ${where}`,
    lines,
    nextSteps: facts.nextSteps,
    keywords: [classification.severity, event.eventName, accounts.acting.id ?? '', event.region ?? ''],
    // A CRITICAL alert is never a reply in a thread, where it could go
    // unseen: it starts a message of its own in the channel.
    threadId: classification.severity === Severity.CRITICAL ? undefined : `root-session-${digest(session)}`,
    summary: `${classification.severity}: ${facts.what} in ${where}`,
    eventType: facts.change !== undefined ? CHAT_EVENT_TYPES.monitorChange : CHAT_EVENT_TYPES.alert,
    relatedResources: event.principalArn !== undefined ? [event.principalArn] : [],
    additionalContext: {
      severity: classification.severity,
      accountId: accounts.acting.id ?? 'unknown',
      eventName: event.eventName,
      region: event.region ?? 'unknown',
      eventId: event.eventId ?? 'unknown',
    },
  });
}

/**
 * A batch's sessions. One session keeps its thread; several start a message
 * of their own, since no one thread is theirs.
 */
export function chatSummary(facts: SummaryFacts, contextOf: AlertContextOf): ChatMessage {
  const { severity, what, sessionPart, events } = facts;
  const worst = facts.mostSevere[0];
  const worstFacts = alertFacts(worst.event, contextOf(worst));
  const lines = [
    inert(`${events.length} ${what} in ${sessionPart}, in ${facts.accounts.join(', ')}. They came close together, `
      + 'so this sums them up, most severe session first; the e-mail alert names every event id.'),
    '',
    `Most severe: ${inert(worstFacts.opening)}${worstFacts.link !== undefined ? ` ${worstFacts.link}` : ''}`,
  ];
  for (const session of facts.described.slice(0, SESSIONS_IN_CHAT)) {
    lines.push(
      '',
      `Session ${code(session.session, 200)}: ${session.events} event${session.events === 1 ? '' : 's'} `
        + (session.first === session.last ? `at ${inert(session.first)}` : `from ${inert(session.first)} to ${inert(session.last)}`),
      `Severity: ${inert(countsText(session.severities))}; events: ${code(countsText(session.eventNames, 64), 300)}; regions: ${code(countsText(session.regions, 32), 200)}; outcome: ${inert(countsText(session.outcomes))}`,
      ...session.privilegedTasks > 0 ? [`Privileged root tasks (sts:AssumeRoot): ${session.privilegedTasks} of ${session.events}`] : [],
      ...session.plannedEvents > 0 ? [`Planned: ${session.plannedEvents} of ${session.events}, ${inert(countsText(session.planned))}`] : [],
      ...session.unverified > 0 ? [`Unverified: ${session.unverified} of ${session.events} sent by account ${code(session.senders, 100)}, not by the account they name`] : [],
    );
  }
  const more = facts.sessions.length - Math.min(facts.described.length, SESSIONS_IN_CHAT);
  if (more > 0) {
    const counted = events.length - facts.described.slice(0, SESSIONS_IN_CHAT).reduce((sum, session) => sum + session.events, 0);
    lines.push('', `${more} more session${more === 1 ? '' : 's'} with ${counted} event${counted === 1 ? '' : 's'}: see the e-mail alert.`);
  }
  const title = `${severity}: ${events.length} ${what} in ${sessionPart} (${facts.topNames}) | ${facts.accountPart}`;
  return chatMessage({
    id: `summary-${digest(facts.ids.join('\n'))}`,
    title,
    lines,
    nextSteps: [...worstFacts.nextSteps, 'Look up the sessions\' events in CloudTrail event history; the e-mail alert lists every event id.'],
    keywords: [severity, ...facts.topNames.split(', '), ...facts.firstAccounts.acting.id !== undefined ? [facts.firstAccounts.acting.id] : []],
    threadId: facts.sessions.length === 1 && severity !== Severity.CRITICAL ? `root-session-${digest(facts.sessions[0].session)}` : undefined,
    summary: title,
    eventType: CHAT_EVENT_TYPES.summary,
    relatedResources: unique(events.map((received: ReceivedEvent) => received.event.principalArn)
      .filter((arn): arn is string => arn !== undefined)),
    additionalContext: {
      severity,
      events: String(events.length),
      sessions: String(facts.sessions.length),
      accountId: facts.firstAccounts.acting.id ?? 'unknown',
      mostSevereEventId: worst.event.eventId ?? 'unknown',
    },
  });
}

/** The hub's coverage report: a message of its own, never in a thread where it could go unseen. */
export function buildChatCoverage(report: CoverageReport): ChatMessage {
  return chatCoverage(coverageFacts(report));
}

export function chatCoverage(facts: CoverageFacts): ChatMessage {
  const lines = [inert(facts.explanation), inert(facts.checked)];
  for (const found of facts.sections) {
    const shown = found.lines.slice(0, PLACES_IN_CHAT);
    const more = found.more + found.lines.length - shown.length;
    lines.push('', `${inert(found.title)}:`, ...shown.map((line) => `- ${code(line, 200)}`),
      ...more > 0 ? [`- and ${more} more (see the e-mail report)`] : []);
  }
  if (facts.accountListError !== undefined) {
    lines.push('', `The organization's accounts could not be listed: ${code(facts.accountListError, 300)}`);
  }
  lines.push('', `Report id: ${code(facts.id)}`);
  const title = `${facts.severity}: ${facts.headline}${facts.dailyReminder ? ' (daily reminder)' : ''}`;
  return chatMessage({
    id: facts.id,
    title,
    lines,
    nextSteps: [facts.advice],
    keywords: [facts.severity, CHAT_EVENT_TYPES.coverage],
    summary: title,
    eventType: CHAT_EVENT_TYPES.coverage,
    relatedResources: [],
    additionalContext: { severity: facts.severity, notReporting: String(facts.dark), reportId: facts.id },
  });
}

/**
 * When a chat message cannot be built (a bug in formatting), the e-mail
 * alert that was built, cut to fit: the channel still hears of it.
 */
export function chatFromAlert(alert: Alert): ChatMessage {
  return chatMessage({
    title: alert.subject,
    lines: alert.message.split('\n').slice(0, 40).map(inert),
    nextSteps: ['Read the e-mail alert: this chat message could not be formatted.'],
    keywords: [alert.classification.severity],
    summary: alert.subject,
    eventType: CHAT_EVENT_TYPES.unformatted,
    relatedResources: [],
    additionalContext: { severity: alert.classification.severity },
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
