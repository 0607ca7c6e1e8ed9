import type { RootEvent } from './root-event';
import { Classification, Severity } from './severity';

/** One event of a batch, read and classified. */
export interface ReceivedEvent {
  /** The SQS message id, reported back when its alert could not be published. */
  readonly messageId: string;
  /** The event as delivered, for the alert's full-event section. */
  readonly raw: unknown;
  readonly event: RootEvent;
  readonly classification: Classification;
  readonly session: string;
}

/** The events of one session, in the order they arrived. */
export interface SessionEvents {
  readonly session: string;
  readonly events: ReceivedEvent[];
}

/** The sessions one message reports on. */
export interface PlannedMessage {
  readonly sessions: SessionEvents[];
}

const RANK: Record<Severity, number> = { [Severity.CRITICAL]: 0, [Severity.HIGH]: 1, [Severity.MEDIUM]: 2 };

/** The most urgent severity among `events`. */
export function highestSeverity(events: ReceivedEvent[]): Severity {
  return events.reduce<Severity>((worst, { classification }) =>
    (RANK[classification.severity] < RANK[worst] ? classification.severity : worst), Severity.MEDIUM);
}

/** How many messages a batch may become and how many events each may name; see delivery-limits.ts. */
export interface PlanLimits {
  readonly maxMessages: number;
  readonly maxEventsPerMessage: number;
  /** Above this many events a batch is a backlog, summed up in as few messages as possible. */
  readonly backlogEvents: number;
}

/**
 * Splits a batch into messages. A normal batch gets one message per session,
 * most severe first; when there are more sessions than `maxMessages`, the last
 * message reports on all the rest together. A backlog batch is summed up in
 * the fewest messages that each name at most `maxEventsPerMessage` events,
 * most severe sessions first. Every event of the batch is in exactly one
 * message.
 */
export function planMessages(events: ReceivedEvent[], limits: PlanLimits): PlannedMessage[] {
  const sessions = bySessionMostSevereFirst(events);
  if (events.length > limits.backlogEvents) {
    return chunk(sessions, limits.maxEventsPerMessage);
  }
  const { maxMessages } = limits;
  if (sessions.length <= maxMessages) {
    return sessions.map((session) => ({ sessions: [session] }));
  }
  const alone = sessions.slice(0, Math.max(0, maxMessages - 1)).map((session) => ({ sessions: [session] }));
  return [...alone, { sessions: sessions.slice(alone.length) }];
}

function bySessionMostSevereFirst(events: ReceivedEvent[]): SessionEvents[] {
  const bySession = new Map<string, ReceivedEvent[]>();
  for (const received of events) {
    const list = bySession.get(received.session) ?? [];
    list.push(received);
    bySession.set(received.session, list);
  }
  return [...bySession.entries()]
    .map(([session, list]) => ({ session, events: list }))
    // Stable: sessions of equal severity keep their order of arrival.
    .sort((a, b) => RANK[highestSeverity(a.events)] - RANK[highestSeverity(b.events)]);
}

/** The sessions, in order, cut into messages of at most `maxEvents` events; a large session spans messages. */
function chunk(sessions: SessionEvents[], maxEvents: number): PlannedMessage[] {
  const messages: PlannedMessage[] = [];
  let current: SessionEvents[] = [];
  let room = maxEvents;
  for (const { session, events } of sessions) {
    let rest = events;
    while (rest.length > 0) {
      if (room === 0) {
        messages.push({ sessions: current });
        current = [];
        room = maxEvents;
      }
      const part = rest.slice(0, room);
      current.push({ session, events: part });
      room -= part.length;
      rest = rest.slice(part.length);
    }
  }
  if (current.length > 0) {
    messages.push({ sessions: current });
  }
  return messages;
}
