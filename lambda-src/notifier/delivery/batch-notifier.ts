import { highestSeverity, planMessages, PlannedMessage, RANK, ReceivedEvent } from './batch-plan';
import { copiesFor, CopySource, sendCopy } from './copies';
import { MAX_EVENTS_PER_MESSAGE, PUBLISH_RESERVE_MS, PUBLISH_SPACING_MS } from './delivery-limits';
import { InvocationContext, NotifierDependencies, retrySchedule } from './notifier';
import { publishAlert } from './publish';
import { Pause, publishWithRetry } from './publish-retry';
import { nameAccounts } from '../accounts/account-naming';
import { isOwnAuditRead, OWN_AUDIT_MESSAGE, ownAuditKeys } from '../audit/own-audit';
import { DROPPED_MESSAGE, isDropped } from '../events/assumed-root-tasks';
import { monitorChange } from '../events/monitor-change';
import { parseRootEvent, RootEvent } from '../events/root-event';
import { sessionKey } from '../events/session';
import { classify, Severity } from '../events/severity';
import { describeError } from '../log';
import type { Alert } from '../messages/alert';
import { buildChatCoverage, buildChatMessage, chatFromAlert } from '../messages/chat-content';
import type { ChatMessage } from '../messages/chat-message';
import { buildCoverageAlert, COVERAGE_REPORT_KIND, CoverageReport, readCoverageReport } from '../messages/coverage-report';
import { buildChatPosture } from '../messages/posture-chat';
import { buildPostureAlert, POSTURE_REPORT_KIND, withPostureReportsApart } from '../messages/posture-report';
import { AlertContextOf, buildMessage } from '../messages/summary';
import { wellFormed } from '../messages/text';
import { BatchWindows, readBatchWindows } from '../planned/batch-windows';
import { classifyAsReported } from '../planned/planned-use';

/** The fields of an SQS event-source record the notifier reads. */
export interface QueueRecord {
  readonly messageId: string;
  readonly body: string;
}

export interface QueueBatch {
  readonly Records: QueueRecord[];
}

/** Lambda's partial-batch response: the records SQS should deliver again. */
export interface BatchResult {
  readonly batchItemFailures: Array<{ itemIdentifier: string }>;
}

export type { Pause } from './publish-retry';

export interface BatchNotifierDependencies extends NotifierDependencies {
  /** The wait after each message; also between attempts at one (publish-retry.ts). */
  readonly pause: Pause;
}

/**
 * Builds the handler for batches from the alert queue. Each batch becomes one
 * message per topic (more only past MAX_EVENTS_PER_MESSAGE events): root
 * events to the alert topic; changes to the monitor itself
 * (monitor-change.ts) to the health topic when there is one. Each message
 * published there is then copied, at or above each copy topic's minimum
 * severity, to the paging topic (the same text) and the chat topic (as a
 * chat message), see copies.ts. Messages to one topic, whichever it is,
 * are PUBLISH_SPACING_MS apart, and the invocation waits that long after its
 * last publish, which with the event source's maximum concurrency bounds
 * the message rate per topic (see delivery-limits.ts).
 *
 * Every event is logged on arrival and named by id in a message. A publish
 * that fails is retried inside the invocation for as long as the function's
 * timeout allows (publish-retry.ts), each failed attempt counted as a
 * metric; the events of a message that still could not be published are
 * returned as failures, so SQS delivers them again and, in the end, to the
 * dead-letter queue. Only the alert and health topics decide that: a copy
 * that fails is logged and counted, never returned (copies.ts says why), and
 * a message that is returned is not copied yet, so its copies go out once,
 * with it, when SQS delivers it again. Copies of one record in a batch
 * (at-least-once delivery, or a root user's change to the monitor, which
 * both the root rule and a tamper rule deliver) are reported once.
 * Privileged root tasks dropped as configured (ASSUMED_ROOT_TASKS), and the
 * posture check's own member audit reads (audit/own-audit.ts), are logged
 * and left out before messages are planned; they are handled, not failures.
 * Planned root use windows are read once a batch, before events are
 * classified (planned/batch-windows.ts), so a summary's severity follows
 * the severities as the windows lower them.
 */
export function createBatchNotifier(deps: BatchNotifierDependencies) {
  return async (batch: QueueBatch, context?: InvocationContext): Promise<BatchResult> => {
    const schedule = retrySchedule(deps, context);
    const { reports, records: nonCoverage } = withCoverageReportsApart(withoutCopies(batch.Records ?? [], deps), deps);
    // Root credential posture reports (posture-report.ts) are taken apart the same way.
    const { postures, records } = withPostureReportsApart(nonCoverage, process.env, deps.log);
    const parsed = records.map(parseRecord);
    // Read once per batch, before any event is classified.
    const windows = await readBatchWindows(parsed.map(({ event }) => event), deps.windowStore, deps.config.plannedUse, deps.log);
    // The posture check's own member audit reads, looked up once per batch.
    const ownAudit = await ownAuditKeys(parsed.map(({ event }) => event), deps.auditSessions, deps.log);
    const received = parsed.map((one) => receive(one, deps, windows, ownAudit))
      .filter((event): event is ReceivedEvent => event !== undefined);
    const contextOf = await alertContexts(received, deps, windows, context);
    const failures: Array<{ itemIdentifier: string }> = [];
    // Topics published to since the last pause: a second message to one of
    // them waits PUBLISH_SPACING_MS first; a message to another need not.
    const sincePause = new Set<string>();
    const paced = async <T>(topicArn: string, send: () => Promise<T>): Promise<T> => {
      if (sincePause.has(topicArn)) {
        await deps.pause(PUBLISH_SPACING_MS);
        sincePause.clear();
      }
      sincePause.add(topicArn);
      return send();
    };
    // What was published to the alert and health topics, to be copied.
    const toCopy: Array<{ source: CopySource; fields: Record<string, unknown> }> = [];
    const publish = (topicArn: string, build: () => Alert, chat: (alert: Alert) => ChatMessage, messageIds: string[],
      fields: Record<string, unknown>) => paced(topicArn, async () => {
      try {
        if (schedule.timeLeft() <= PUBLISH_RESERVE_MS) {
          throw new Error('no time left in this invocation to publish');
        }
        const alert = build();
        const messageId = await publishWithRetry((abortSignal) => publishAlert(deps.sns, topicArn, alert, abortSignal), schedule);
        deps.log.info('Published root activity alert', { messageId, topicArn, severity: alert.classification.severity, ...fields });
        toCopy.push({ source: { alert, chat: () => chatSafely(() => chat(alert), alert, deps) }, fields });
      } catch (error) {
        deps.log.error('Could not publish the root activity alert; SQS will deliver its events again', {
          ...describeError(error), topicArn, ...fields,
        });
        failures.push(...messageIds.map((itemIdentifier) => ({ itemIdentifier })));
      }
    });

    for (const { topicArn, planned } of planByTopic(received, deps)) {
      const events = planned.sessions.flatMap((session) => session.events);
      await publish(topicArn, () => buildMessageSafely(planned, contextOf, deps), () => buildChatMessage(planned, contextOf),
        events.map((event) => event.messageId), {
          events: events.length, sessions: planned.sessions.length, eventIds: events.map((event) => event.event.eventId),
        });
    }
    // Coverage reports come last: one an interval at most, they never delay
    // a root alert. They go where changes to the monitor go.
    for (const { record, report } of reports) {
      await publish(deps.config.healthTopicArn ?? deps.config.topicArn, () => buildCoverageAlert(report), () => buildChatCoverage(report),
        [record.messageId], { eventKind: COVERAGE_REPORT_KIND, eventIds: [report.id], sqsMessageId: record.messageId });
    }
    // Posture reports, a few a day at most, go to the alert topic: they are
    // about the root user's credentials, not about the monitor.
    for (const { record, report } of postures) {
      await publish(deps.config.topicArn, () => buildPostureAlert(report), () => buildChatPosture(report),
        [record.messageId], { eventKind: POSTURE_REPORT_KIND, eventIds: [report.id], sqsMessageId: record.messageId });
    }
    // Copies come after every alert of the batch, so no copy, and no retry
    // of one, delays a message to the record.
    const sender = { snsFor: deps.snsFor ?? (() => deps.sns), log: deps.log, schedule, now: deps.now ?? Date.now };
    const failedCopyTopics = new Set<string>();
    for (const { source, fields } of toCopy) {
      for (const copy of copiesFor(source.alert.classification.severity, deps.config)) {
        if (failedCopyTopics.has(copy.topic.topicArn)) {
          deps.log.error(`Skipped the ${copy.kind} copy of the alert: its topic failed earlier in this invocation`, {
            topicArn: copy.topic.topicArn, copy: copy.kind, ...fields,
          });
          continue;
        }
        if (!await paced(copy.topic.topicArn, () => sendCopy(copy, source, sender, fields))) {
          failedCopyTopics.add(copy.topic.topicArn);
        }
      }
    }
    if (sincePause.size > 0) {
      // The next invocation may publish at once: this pause is what keeps
      // its first message PUBLISH_SPACING_MS after this one's last.
      await deps.pause(PUBLISH_SPACING_MS);
    }
    return { batchItemFailures: failures };
  };
}

/** A bug in formatting the chat message must not cost the copy: fall back to the e-mail text, cut to fit. */
function chatSafely(build: () => ChatMessage, alert: Alert, deps: NotifierDependencies): ChatMessage {
  try {
    return build();
  } catch (error) {
    deps.log.error('Could not format the chat message; sending the e-mail text instead', describeError(error));
    return chatFromAlert(alert);
  }
}

/**
 * The hub's coverage reports, taken out of the batch: they are not root
 * events, and each is a message of its own (coverage-report.ts).
 */
function withCoverageReportsApart(records: QueueRecord[], deps: NotifierDependencies) {
  const reports: Array<{ record: QueueRecord; report: CoverageReport }> = [];
  const others: QueueRecord[] = [];
  for (const record of records) {
    const report = readCoverageReport(parseBody(record.body));
    if (report === undefined) {
      others.push(record);
    } else {
      deps.log.info('Received coverage report', { eventId: report.id, sqsMessageId: record.messageId, reason: report.reason });
      reports.push({ record, report });
    }
  }
  return { reports, records: others };
}

/** The record's body as JSON, or as the text it is. */
function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * The messages of a batch, planned per topic (root events to the alert
 * topic; changes to the monitor to the health topic when it is another one,
 * so no message mixes them), in the order to send them: the most severe
 * topic's first message first, then the topics taking turns.
 */
function planByTopic(received: ReceivedEvent[], deps: NotifierDependencies): Array<{ topicArn: string; planned: PlannedMessage }> {
  const { topicArn, healthTopicArn } = deps.config;
  const byTopic = new Map<string, ReceivedEvent[]>();
  for (const event of received) {
    const topic = healthTopicArn !== undefined && monitorChange(event.event) !== undefined ? healthTopicArn : topicArn;
    const events = byTopic.get(topic) ?? [];
    events.push(event);
    byTopic.set(topic, events);
  }
  const plans = [...byTopic.entries()]
    .map(([topic, events]) => ({ topic, severity: RANK[highestSeverity(events)], messages: planMessages(events, MAX_EVENTS_PER_MESSAGE) }))
    .sort((a, b) => a.severity - b.severity);
  const turns = Math.max(0, ...plans.map((plan) => plan.messages.length));
  return Array.from({ length: turns }, (_, turn) => plans
    .filter((plan) => turn < plan.messages.length)
    .map((plan) => ({ topicArn: plan.topic, planned: plan.messages[turn] }))).flat();
}

/**
 * The batch with later copies of a record left out: SQS and EventBridge
 * deliver at least once, so one event may arrive twice, and a root user's
 * change to the monitor matches both the root rule and a tamper rule. Only a
 * byte-for-byte copy counts: a different record that merely claims the same
 * event id (a forged one, say) must never hide the real one. A copy is
 * logged and counts as handled; the first one alerts.
 */
function withoutCopies(records: QueueRecord[], deps: NotifierDependencies): QueueRecord[] {
  const seen = new Map<string, string>();
  return records.filter((record) => {
    const first = seen.get(record.body);
    if (first !== undefined) {
      deps.log.info('A copy of another record in this batch; reporting it once', { sqsMessageId: record.messageId, copyOf: first });
      return false;
    }
    seen.set(record.body, record.messageId);
    return true;
  });
}

/** A queued record, its body, and the event it holds. */
interface ParsedRecord {
  readonly record: QueueRecord;
  readonly raw: unknown;
  readonly event: RootEvent;
}

function parseRecord(record: QueueRecord): ParsedRecord {
  const raw = parseBody(record.body);
  return { record, raw, event: parseRootEvent(raw) };
}

/**
 * Reads one queued event; whatever it holds, it is logged, and it will alert
 * unless it is a privileged root task that ASSUMED_ROOT_TASKS drops
 * (undefined then).
 */
function receive({ record, raw, event }: ParsedRecord, deps: BatchNotifierDependencies, windows: BatchWindows,
  ownAudit: ReadonlySet<string>): ReceivedEvent | undefined {
  const session = sessionKey(event);
  if (isDropped(event, deps.config.assumedRootTasks)) {
    deps.log.info(DROPPED_MESSAGE, {
      eventId: event.eventId, eventName: event.eventName, severity: classify(event).severity, session, sqsMessageId: record.messageId,
    });
    return undefined;
  }
  if (isOwnAuditRead(event, ownAudit)) {
    deps.log.info(OWN_AUDIT_MESSAGE, {
      eventId: event.eventId, eventName: event.eventName, accountId: event.accountId, sqsMessageId: record.messageId,
    });
    return undefined;
  }
  const classification = classifyAsReported(event, { assumedRootTasks: deps.config.assumedRootTasks, planned: windows.plannedUseOf(event) });
  const fields = {
    eventId: event.eventId,
    eventName: event.eventName,
    severity: classification.severity,
    session,
    sqsMessageId: record.messageId,
    ...classification.planned !== undefined
      ? { plannedWindow: classification.planned.window, usualSeverity: classification.planned.usualSeverity } : {},
  };
  if (event.oddities.length > 0) {
    deps.log.warn('The event was not shaped as expected; alerting with what is known', { ...fields, oddities: event.oddities });
  } else {
    deps.log.info('Received root event', fields);
  }
  return { messageId: record.messageId, raw, event, classification, session };
}

/**
 * The alert context of each event: its accounts named as the single-event
 * path names them (account-naming.ts), each other account looked up once
 * for the whole batch.
 */
async function alertContexts(received: ReceivedEvent[], deps: NotifierDependencies, windows: BatchWindows,
  context?: InvocationContext): Promise<AlertContextOf> {
  const namingOf = await nameAccounts(received.map(({ event }) => event), deps, context);
  const { timeZone, assumedRootTasks } = deps.config;
  return (one) => ({
    ...namingOf(one.event), timeZone, assumedRootTasks, planned: windows.plannedUseOf(one.event), windowsNow: windows.windowsNow,
  });
}

/** A bug in formatting must not cost the alert: fall back to a plain list of the events. */
function buildMessageSafely(planned: PlannedMessage, contextOf: AlertContextOf, deps: NotifierDependencies) {
  try {
    return buildMessage(planned, contextOf);
  } catch (error) {
    deps.log.error('Could not format the alert; sending a plain list of the events', describeError(error));
    const events = planned.sessions.flatMap((session) => session.events);
    const lines = events.map((received) => `${received.event.eventName} ${received.event.eventId ?? `(SQS message ${received.messageId})`}`);
    return {
      subject: `${Severity.HIGH}: ${events.length} root events (formatting failed)`,
      message: wellFormed(`Root activity events arrived but could not be formatted; find them in CloudTrail:\n\n${lines.join('\n')}`),
      attributes: {
        severity: Severity.HIGH,
        eventName: 'formatting-failed',
        eventKind: 'summary',
        outcome: 'unknown',
        account: 'unknown',
        accountId: 'unknown',
        recipientAccountId: 'unknown',
      },
      classification: { severity: Severity.HIGH, reason: 'formatting failed' },
    };
  }
}
