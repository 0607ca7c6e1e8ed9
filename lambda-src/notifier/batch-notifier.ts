import { nameAccounts } from './account-naming';
import { classifyAsConfigured, DROPPED_MESSAGE, isDropped } from './assumed-root-tasks';
import { planMessages, PlannedMessage, ReceivedEvent } from './batch-plan';
import { BACKLOG_BATCH_EVENTS, MAX_EVENTS_PER_MESSAGE, MAX_MESSAGES_PER_BATCH, PUBLISH_SPACING_MS } from './delivery-limits';
import { describeError } from './log';
import { InvocationContext, NotifierDependencies } from './notifier';
import { publishAlert } from './publish';
import { parseRootEvent } from './root-event';
import { sessionKey } from './session';
import { classify, Severity } from './severity';
import { AlertContextOf, buildMessage } from './summary';
import { wellFormed } from './text';

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

/** Waits `ms` milliseconds: real time in Lambda, virtual time in the simulator. */
export type Pause = (ms: number) => Promise<void>;

export interface BatchNotifierDependencies extends NotifierDependencies {
  readonly pause: Pause;
  /** Milliseconds now: Date.now in Lambda, the virtual clock in the simulator. */
  readonly now?: () => number;
}

const PLAN_LIMITS = {
  maxMessages: MAX_MESSAGES_PER_BATCH,
  maxEventsPerMessage: MAX_EVENTS_PER_MESSAGE,
  backlogEvents: BACKLOG_BATCH_EVENTS,
};

/**
 * Builds the handler for batches from the alert queue. Each batch becomes at
 * most MAX_MESSAGES_PER_BATCH messages (one per session, the rest together;
 * a backlog batch as few summaries as hold its event ids),
 * and every publish is followed by a pause of PUBLISH_SPACING_MS, which with
 * the event source's maximum concurrency bounds the message rate (see
 * delivery-limits.ts). Every event is logged on arrival and named by id in a
 * message; the events of a message that could not be published are returned
 * as failures, so SQS delivers them again and, in the end, to the
 * dead-letter queue. Privileged root tasks dropped as configured
 * (ASSUMED_ROOT_TASKS) are logged and left out before messages are planned;
 * they are handled, not failures.
 */
export function createBatchNotifier(deps: BatchNotifierDependencies) {
  return async (batch: QueueBatch, context?: InvocationContext): Promise<BatchResult> => {
    const received = (batch.Records ?? []).map((record) => receive(record, deps))
      .filter((event): event is ReceivedEvent => event !== undefined);
    const contextOf = await alertContexts(received, deps, context);
    const failures: Array<{ itemIdentifier: string }> = [];

    for (const planned of planMessages(received, PLAN_LIMITS)) {
      const events = planned.sessions.flatMap((session) => session.events);
      const eventIds = events.map((event) => event.event.eventId);
      try {
        const alert = buildMessageSafely(planned, contextOf, deps);
        const messageId = await publishAlert(deps.sns, deps.config.topicArn, alert);
        deps.log.info('Published root activity alert', {
          messageId, severity: alert.classification.severity, events: events.length, sessions: planned.sessions.length, eventIds,
        });
      } catch (error) {
        deps.log.error('Could not publish the root activity alert; SQS will deliver its events again', {
          ...describeError(error), eventIds,
        });
        failures.push(...events.map((event) => ({ itemIdentifier: event.messageId })));
      }
      await deps.pause(PUBLISH_SPACING_MS);
    }
    return { batchItemFailures: failures };
  };
}

/**
 * Reads one queued event; whatever it holds, it is logged, and it will alert
 * unless it is a privileged root task that ASSUMED_ROOT_TASKS drops
 * (undefined then).
 */
function receive(record: QueueRecord, deps: BatchNotifierDependencies): ReceivedEvent | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(record.body);
  } catch {
    raw = record.body;
  }
  const event = parseRootEvent(raw);
  const session = sessionKey(event);
  if (isDropped(event, deps.config.assumedRootTasks)) {
    deps.log.info(DROPPED_MESSAGE, {
      eventId: event.eventId, eventName: event.eventName, severity: classify(event).severity, session, sqsMessageId: record.messageId,
    });
    return undefined;
  }
  const classification = classifyAsConfigured(event, deps.config.assumedRootTasks);
  const fields = {
    eventId: event.eventId, eventName: event.eventName, severity: classification.severity, session, sqsMessageId: record.messageId,
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
async function alertContexts(received: ReceivedEvent[], deps: NotifierDependencies, context?: InvocationContext): Promise<AlertContextOf> {
  const namingOf = await nameAccounts(received.map(({ event }) => event), deps, context);
  const { timeZone, assumedRootTasks } = deps.config;
  return (one) => ({ ...namingOf(one.event), timeZone, assumedRootTasks });
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
