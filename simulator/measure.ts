import type { BatchTrace } from './event-source-model';
import { SentEvent, SIMULATED_ID } from './schedule';
import type { PublishedMessage } from './sns-recorder';
import type { QueuedMessage } from './sqs-queue';
import { least, maxInWindow, maxOverlap, Spread, spreadSeconds } from './statistics';

/** What one topic received. */
export interface TopicCounts {
  readonly messages: number;
  readonly maxMessagesInAnySecond: number;
  readonly maxMessagesInAnyMinute: number;
}

/** Where events spent their time on the way to the handler, per record (invocations per batch). */
export interface Stages {
  /** From reaching the queue to its first receive. */
  readonly queueWaitSeconds: Spread | null;
  /** From being received to its batch being full or its window closing. */
  readonly gatherSeconds: Spread | null;
  /** From its batch being ready to an invocation slot. */
  readonly slotWaitSeconds: Spread | null;
  /** From an invocation's start (its overhead included) to its end, per batch. */
  readonly invocationSeconds: Spread | null;
}

/** What the simulator prints as its last line. */
export interface SimulationResult {
  readonly events: number;
  /** Messages SNS accepted, on every topic, chat and paging copies included. */
  readonly messages: number;
  /** The most messages any one topic received in any second (the bound is per topic). */
  readonly maxMessagesInAnySecond: number;
  /** The most messages any one topic received in any minute. */
  readonly maxMessagesInAnyMinute: number;
  /** Per topic name, when more than one topic received messages. */
  readonly topics?: Record<string, TopicCounts>;
  /** The longest wait, over all sessions, from a session's first event reaching the queue to the first message about it. */
  readonly firstMessageDelaySeconds: number;
  /** The longest wait from a CRITICAL event reaching the queue to a message naming it; null without CRITICAL events. */
  readonly maxCriticalDelaySeconds: number | null;
  /** Over every event named: from reaching the queue to the first message naming it; null when none is named. */
  readonly eventDelaySeconds: Spread | null;
  /** The longest time a session with unreported events went without a message about it. */
  readonly maxSilenceWhileActiveSeconds: number;
  /** Messages naming an event that an earlier message already named. */
  readonly duplicateMessages: number;
  /** Event ids that no message names. */
  readonly missingEventIds: string[];
  /** Event ids that no log line names. */
  readonly unloggedEventIds: string[];
  /** Event ids of messages moved to the dead-letter queue. */
  readonly deadLetteredEventIds: string[];
  /** Publish attempts that failed or were abandoned. */
  readonly publishFailures: number;
  /** The sum of the PublishFailures metric in the handler's embedded-metric log lines. */
  readonly publishFailuresLogged: number;
  /**
   * When an alarm on PublishFailures (period 60 s, 1 datapoint >= 1) would
   * fire, in seconds from the start: the end of the minute holding the first
   * failure, plus a minute for CloudWatch to evaluate it. Null without failures.
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
   */
  readonly publishFailureAlarmSeconds: number | null;
  readonly invocations: number;
  readonly timedOutInvocations: number;
  readonly maxConcurrentInvocations: number;
  readonly stages: Stages;
}

/** Everything the simulation recorded. */
export interface Recording {
  readonly sent: SentEvent[];
  readonly published: PublishedMessage[];
  /**
   * The chat and paging topics: copies of alerts the record already holds.
   * Their messages count towards their topic's rates, not as reports of
   * events: a copy naming an event is not a duplicate, and an event only a
   * copy named would be missing.
   */
  readonly copyTopicArns?: string[];
  readonly logLines: string[];
  /** When each failed or abandoned publish attempt ended. */
  readonly publishFailures: number[];
  readonly deadLettered: QueuedMessage[];
  readonly batches: BatchTrace[];
}

const MINUTE_MS = 60_000;

export function measure(recording: Recording): SimulationResult {
  const { sent, published, logLines, publishFailures, deadLettered, batches } = recording;
  const copies = new Set(recording.copyTopicArns ?? []);
  const { mentions, duplicateMessages } = mentionsOf(published.filter((message) => !copies.has(message.topicArn)));
  const firstMention = new Map([...mentions.entries()].map(([id, times]) => [id, least(times)]));
  const named = sent.filter((event) => firstMention.has(event.id));
  const critical = named.filter((event) => event.critical);
  const topics = countsByTopic(published);
  const firstFailure = least(publishFailures);
  const logged = new Set(logLines.join('\n').match(SIMULATED_ID) ?? []);

  return {
    events: sent.length,
    messages: published.length,
    maxMessagesInAnySecond: Math.max(0, ...Object.values(topics).map((topic) => topic.maxMessagesInAnySecond)),
    maxMessagesInAnyMinute: Math.max(0, ...Object.values(topics).map((topic) => topic.maxMessagesInAnyMinute)),
    ...(Object.keys(topics).length > 1 ? { topics } : {}),
    ...sessionDelays(sent, mentions),
    maxCriticalDelaySeconds: !sent.some((event) => event.critical)
      ? null
      : critical.reduce((worst, event) => Math.max(worst, firstMention.get(event.id)! - event.atMs), 0) / 1000,
    eventDelaySeconds: spreadSeconds(named.map((event) => firstMention.get(event.id)! - event.atMs)),
    duplicateMessages,
    missingEventIds: sent.filter((event) => !firstMention.has(event.id)).map((event) => event.id),
    unloggedEventIds: sent.filter((event) => !logged.has(event.id)).map((event) => event.id),
    deadLetteredEventIds: [...new Set(deadLettered.map((message) => message.eventId))],
    publishFailures: publishFailures.length,
    publishFailuresLogged: loggedMetric(logLines, 'PublishFailures'),
    publishFailureAlarmSeconds: publishFailures.length === 0
      ? null
      : ((Math.floor(firstFailure / MINUTE_MS) + 1) * MINUTE_MS + MINUTE_MS) / 1000,
    invocations: batches.length,
    timedOutInvocations: batches.filter((batch) => batch.timedOut).length,
    maxConcurrentInvocations: maxOverlap(batches.map((batch) => ({ startMs: batch.startedAtMs, endMs: batch.endedAtMs }))),
    stages: stagesOf(batches),
  };
}

/** When each event id is named, and how many messages name one that an earlier message named. */
function mentionsOf(published: PublishedMessage[]): { mentions: Map<string, number[]>; duplicateMessages: number } {
  // Every simulated id has the same shape, so one scan of each message finds them all.
  const mentions = new Map<string, number[]>();
  let duplicateMessages = 0;
  for (const message of [...published].sort((a, b) => a.atMs - b.atMs)) {
    const ids = new Set(message.text.match(SIMULATED_ID) ?? []);
    if ([...ids].some((id) => mentions.has(id))) {
      duplicateMessages++;
    }
    for (const id of ids) {
      const times = mentions.get(id) ?? [];
      times.push(message.atMs);
      mentions.set(id, times);
    }
  }
  return { mentions, duplicateMessages };
}

/** How soon each session is first reported, and the longest it goes unreported while active. */
function sessionDelays(sent: SentEvent[], mentions: Map<string, number[]>) {
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
  return { firstMessageDelaySeconds: firstMessageDelay / 1000, maxSilenceWhileActiveSeconds: silence / 1000 };
}

function countsByTopic(published: PublishedMessage[]): Record<string, TopicCounts> {
  const times = new Map<string, number[]>();
  for (const message of published) {
    const name = message.topicArn.split(':').pop()!;
    const at = times.get(name) ?? [];
    at.push(message.atMs);
    times.set(name, at);
  }
  return Object.fromEntries([...times.entries()].map(([name, at]) => [name, {
    messages: at.length,
    maxMessagesInAnySecond: maxInWindow(at, 1000),
    maxMessagesInAnyMinute: maxInWindow(at, MINUTE_MS),
  }]));
}

/**
 * The sum of one metric over CloudWatch embedded-metric-format log lines.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
function loggedMetric(logLines: string[], name: string): number {
  let sum = 0;
  for (const line of logLines) {
    if (!line.includes(name)) {
      continue;
    }
    const entry = JSON.parse(line);
    const directives: Array<{ Metrics?: Array<{ Name?: string }> }> = entry?._aws?.CloudWatchMetrics ?? [];
    if (directives.some((directive) => directive.Metrics?.some((metric) => metric.Name === name))) {
      sum += Number(entry[name]) || 0;
    }
  }
  return sum;
}

function stagesOf(batches: BatchTrace[]): Stages {
  const queueWait: number[] = [];
  const gather: number[] = [];
  const slotWait: number[] = [];
  for (const batch of batches) {
    for (const receipt of batch.receipts) {
      if (receipt.receiveCount === 1) {
        queueWait.push(receipt.receivedAtMs - receipt.message.sentAtMs);
      }
      gather.push(batch.readyAtMs - receipt.receivedAtMs);
      slotWait.push(batch.startedAtMs - batch.readyAtMs);
    }
  }
  return {
    queueWaitSeconds: spreadSeconds(queueWait),
    gatherSeconds: spreadSeconds(gather),
    slotWaitSeconds: spreadSeconds(slotWait),
    invocationSeconds: spreadSeconds(batches.map((batch) => batch.endedAtMs - batch.startedAtMs)),
  };
}
