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

/**
 * Splits a batch into at most `maxMessages` messages: one per session, most
 * severe first; when there are more sessions than messages, the last message
 * reports on all the rest together. Every event of the batch is in exactly
 * one message.
 */
export function planMessages(events: ReceivedEvent[], maxMessages: number): PlannedMessage[] {
  const bySession = new Map<string, ReceivedEvent[]>();
  for (const received of events) {
    const list = bySession.get(received.session) ?? [];
    list.push(received);
    bySession.set(received.session, list);
  }
  const sessions = [...bySession.entries()]
    .map(([session, list]) => ({ session, events: list }))
    // Stable: sessions of equal severity keep their order of arrival.
    .sort((a, b) => RANK[highestSeverity(a.events)] - RANK[highestSeverity(b.events)]);

  if (sessions.length <= maxMessages) {
    return sessions.map((session) => ({ sessions: [session] }));
  }
  const alone = sessions.slice(0, Math.max(0, maxMessages - 1)).map((session) => ({ sessions: [session] }));
  return [...alone, { sessions: sessions.slice(alone.length) }];
}
