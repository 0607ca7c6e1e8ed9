import type { SNSClient } from '@aws-sdk/client-sns';
import { runEventSource, Arrival } from './event-source-model';
import { VirtualClock } from './virtual-clock';
import { createBatchNotifier } from '../lambda-src/notifier/batch-notifier';
import { BATCH_SIZE, BATCH_WINDOW_SECONDS, MAX_BATCH_PAYLOAD_BYTES, MAX_CONCURRENCY } from '../lambda-src/notifier/delivery-limits';
import { createLogger } from '../lambda-src/notifier/log';
import { parseRootEvent } from '../lambda-src/notifier/root-event';
import { sessionKey } from '../lambda-src/notifier/session';
import { classify, Severity } from '../lambda-src/notifier/severity';

export interface SimulationOptions {
  /** EventBridge events, sent in this order. */
  readonly events: unknown[];
  /** How many times the whole sequence is sent. */
  readonly repeat: number;
  /** Events per second reaching the queue. */
  readonly rate: number;
  /** Time from an invocation to the handler running; a cold start is about a second. */
  readonly invokeOverheadMs?: number;
  /** How long each SNS Publish takes. */
  readonly publishLatencyMs?: number;
}

/** What the simulator prints as its last line. */
export interface SimulationResult {
  readonly events: number;
  readonly messages: number;
  readonly maxMessagesInAnySecond: number;
  readonly maxMessagesInAnyMinute: number;
  /** The longest wait, over all sessions, from a session's first event reaching the queue to the first message about it. */
  readonly firstMessageDelaySeconds: number;
  /** The longest wait from a CRITICAL event reaching the queue to a message naming it; null without CRITICAL events. */
  readonly maxCriticalDelaySeconds: number | null;
  /** The longest time a session with unreported events went without a message about it. */
  readonly maxSilenceWhileActiveSeconds: number;
  /** Event ids that no message names. */
  readonly missingEventIds: string[];
  /** Event ids that no log line names. */
  readonly unloggedEventIds: string[];
}

interface SentEvent {
  readonly id: string;
  readonly atMs: number;
  readonly session: string;
  readonly critical: boolean;
}

const ACCOUNT_ID = '111122223333';
/** The ids the simulator gives its copies: 00000000-0000-4000-8000- and the copy's number. */
const SIMULATED_ID = /00000000-0000-4000-8000-\d{12}/g;

/**
 * Drives the notifier's real batch handler through a model of the SQS event
 * source, on a virtual clock, with SNS replaced by a recorder, and measures
 * what subscribers would see.
 */
export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  if (options.events.length === 0 || options.repeat < 1 || !(options.rate > 0)) {
    throw new Error('simulate needs at least one event, --repeat of at least 1 and a --rate above 0');
  }
  const clock = new VirtualClock();
  const published: Array<{ atMs: number; text: string }> = [];
  const logLines: string[] = [];
  const publishLatencyMs = options.publishLatencyMs ?? 100;

  const sns = {
    send: async (command: { input: { Subject?: string; Message?: string } }) => {
      await clock.sleep(publishLatencyMs);
      published.push({ atMs: clock.now(), text: `${command.input.Subject}\n${command.input.Message}` });
      return { MessageId: `message-${published.length}` };
    },
  } as unknown as SNSClient;

  const handler = createBatchNotifier({
    sns,
    aliases: { resolve: async () => undefined } as never,
    config: { topicArn: `arn:aws:sns:us-east-1:${ACCOUNT_ID}:root-activity`, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'simulated' },
    log: createLogger((line) => logLines.push(line)),
    pause: (ms) => clock.sleep(ms),
  });

  const { arrivals, sent } = schedule(options);
  const running = runEventSource(clock, arrivals, {
    windowMs: BATCH_WINDOW_SECONDS * 1000,
    batchSize: BATCH_SIZE,
    maxPayloadBytes: MAX_BATCH_PAYLOAD_BYTES,
    concurrency: MAX_CONCURRENCY,
    invokeOverheadMs: options.invokeOverheadMs ?? 1000,
  }, async (records) => {
    await handler({ Records: records }, { invokedFunctionArn: `arn:aws:lambda:us-east-1:${ACCOUNT_ID}:function:notifier` });
  });
  await clock.run();
  await running;

  return measure(sent, published, logLines);
}

/** Copies of the events, each with its own id, spaced evenly at `rate`. */
function schedule(options: SimulationOptions): { arrivals: Arrival[]; sent: SentEvent[] } {
  const arrivals: Arrival[] = [];
  const sent: SentEvent[] = [];
  for (let copy = 0; copy < options.repeat; copy++) {
    options.events.forEach((original, index) => {
      const n = copy * options.events.length + index;
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const event = withEventId(original, id);
      const parsed = parseRootEvent(event);
      const atMs = Math.round((n * 1000) / options.rate);
      arrivals.push({ atMs, messageId: `sqs-${n}`, body: JSON.stringify(event) });
      sent.push({ id, atMs, session: sessionKey(parsed), critical: classify(parsed).severity === Severity.CRITICAL });
    });
  }
  return { arrivals, sent };
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

function measure(sent: SentEvent[], published: Array<{ atMs: number; text: string }>, logLines: string[]): SimulationResult {
  // Every simulated id has the same shape, so one scan of each message finds them all.
  const mentions = new Map<string, number[]>();
  for (const message of published) {
    for (const id of new Set(message.text.match(SIMULATED_ID) ?? [])) {
      const times = mentions.get(id) ?? [];
      times.push(message.atMs);
      mentions.set(id, times);
    }
  }
  const firstMention = new Map([...mentions.entries()].map(([id, times]) => [id, least(times)]));

  const bySession = new Map<string, SentEvent[]>();
  for (const event of sent) {
    const events = bySession.get(event.session) ?? [];
    events.push(event);
    bySession.set(event.session, events);
  }
  let firstMessageDelay = 0;
  let silence = 0;
  for (const events of bySession.values()) {
    const firstAt = least(events.map((event) => event.atMs));
    const messageTimes = [...new Set(events.flatMap((event) => mentions.get(event.id) ?? []))].sort((a, b) => a - b);
    let cursor = 0;
    if (messageTimes.length > 0) {
      firstMessageDelay = Math.max(firstMessageDelay, messageTimes[0] - firstAt);
    }
    // Each event waits from its arrival until the next message about its session.
    for (const event of events) { // in order of arrival
      while (cursor < messageTimes.length && messageTimes[cursor] < event.atMs) {
        cursor++;
      }
      if (cursor < messageTimes.length) {
        silence = Math.max(silence, messageTimes[cursor] - event.atMs);
      }
    }
  }

  const critical = sent.filter((event) => event.critical && firstMention.has(event.id));
  const logged = new Set(logLines.join('\n').match(SIMULATED_ID) ?? []);
  return {
    events: sent.length,
    messages: published.length,
    maxMessagesInAnySecond: maxInWindow(published.map((message) => message.atMs), 1000),
    maxMessagesInAnyMinute: maxInWindow(published.map((message) => message.atMs), 60_000),
    firstMessageDelaySeconds: firstMessageDelay / 1000,
    maxCriticalDelaySeconds: critical.length === 0 && !sent.some((event) => event.critical)
      ? null
      : critical.reduce((worst, event) => Math.max(worst, firstMention.get(event.id)! - event.atMs), 0) / 1000,
    maxSilenceWhileActiveSeconds: silence / 1000,
    missingEventIds: sent.filter((event) => !firstMention.has(event.id)).map((event) => event.id),
    unloggedEventIds: sent.filter((event) => !logged.has(event.id)).map((event) => event.id),
  };
}

/** The smallest of `values`, without spreading them into arguments (a long flood has too many). */
function least(values: number[]): number {
  return values.reduce((smallest, value) => Math.min(smallest, value), Infinity);
}

/** The most timestamps in any half-open window [t, t + widthMs). */
function maxInWindow(times: number[], widthMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= widthMs) {
      start++;
    }
    best = Math.max(best, end - start + 1);
  }
  return best;
}
