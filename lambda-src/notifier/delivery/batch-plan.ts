import type { RootEvent } from '../events/root-event';
import { Classification, Severity } from '../events/severity';

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

/** Severities in order of urgency, most urgent 0. */
export const RANK: Record<Severity, number> = { [Severity.CRITICAL]: 0, [Severity.HIGH]: 1, [Severity.MEDIUM]: 2 };

/** The most urgent severity among `events`. */
export function highestSeverity(events: ReceivedEvent[]): Severity {
  return events.reduce<Severity>((worst, { classification }) =>
    (RANK[classification.severity] < RANK[worst] ? classification.severity : worst), Severity.MEDIUM);
}

/**
 * Splits one topic's events of a batch into messages: one message with every
 * session, most severe first (the single alert when it holds one event),
 * unless the events are more than `maxEventsPerMessage`; then as few
 * messages as hold them, each at most that many. Every event is in exactly
 * one message. One message a batch keeps the invocation short, which the
 * 30-second bound on first reports rests on (delivery-limits.ts).
 */
export function planMessages(events: ReceivedEvent[], maxEventsPerMessage: number): PlannedMessage[] {
  return chunk(bySessionMostSevereFirst(events), maxEventsPerMessage);
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
