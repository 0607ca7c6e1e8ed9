import { recordBytes } from './record-bytes';
import type { QueuedMessage } from './sqs-queue';
import { parseRootEvent } from '../lambda-src/notifier/events/root-event';
import { sessionKey } from '../lambda-src/notifier/events/session';
import { classify, Severity } from '../lambda-src/notifier/events/severity';

/** An event the simulation sends, as the measurements need it. */
export interface SentEvent {
  readonly id: string;
  /** When its first copy reaches the queue. */
  readonly atMs: number;
  readonly session: string;
  readonly critical: boolean;
}

export interface ScheduleOptions {
  readonly events: unknown[];
  readonly repeat: number;
  readonly rate: number;
  /** The fraction of events that reach the queue twice. */
  readonly duplicates: number;
}

/**
 * How long after the first copy a duplicate arrives. EventBridge and SQS
 * deliver at least once: a copy comes from a retried delivery or another
 * server, soon after the first. Half a second puts most copies in the same
 * batch as their first (the handler's de-duplication is tested) and some in
 * the next one, whose message then names the event again.
 */
export const DUPLICATE_DELAY_MS = 500;

/** The ids the simulator gives its copies: 00000000-0000-4000-8000- and the copy's number. */
export const SIMULATED_ID = /00000000-0000-4000-8000-\d{12}/g;

/**
 * Copies of the events, each with its own id, spaced evenly at `rate`;
 * every 1/duplicates-th of them (by count, so the same ones every run) is
 * sent twice, as two SQS messages with the same body.
 */
export function schedule(options: ScheduleOptions): { messages: QueuedMessage[]; sent: SentEvent[] } {
  const messages: QueuedMessage[] = [];
  const sent: SentEvent[] = [];
  for (let copy = 0; copy < options.repeat; copy++) {
    options.events.forEach((original, index) => {
      const n = copy * options.events.length + index;
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const event = withEventId(original, id);
      const parsed = parseRootEvent(event);
      const atMs = Math.round((n * 1000) / options.rate);
      const body = JSON.stringify(event);
      messages.push(message(`sqs-${n}`, id, body, atMs));
      if (Math.floor((n + 1) * options.duplicates) > Math.floor(n * options.duplicates)) {
        messages.push(message(`sqs-${n}-again`, id, body, atMs + DUPLICATE_DELAY_MS));
      }
      sent.push({ id, atMs, session: sessionKey(parsed), critical: classify(parsed).severity === Severity.CRITICAL });
    });
  }
  return { messages, sent };
}

function message(messageId: string, eventId: string, body: string, sentAtMs: number): QueuedMessage {
  return { messageId, eventId, body, sentAtMs, bytes: recordBytes({ messageId, body }) };
}

function withEventId(original: unknown, id: string): unknown {
  const event = JSON.parse(JSON.stringify(original ?? null));
  if (event !== null && typeof event === 'object') {
    event.id = id;
    if (event.detail !== null && typeof event.detail === 'object') {
      event.detail.eventID = id;
    }
  }
  return event;
}
