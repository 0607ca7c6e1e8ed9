import type { AccountLabel } from './alert';
import { planMessages, PlannedMessage, ReceivedEvent } from './batch-plan';
import { BACKLOG_BATCH_EVENTS, MAX_EVENTS_PER_MESSAGE, MAX_MESSAGES_PER_BATCH, PUBLISH_SPACING_MS } from './delivery-limits';
import { describeError } from './log';
import { InvocationContext, NotifierDependencies, thisAccount } from './notifier';
import { publishAlert } from './publish';
import { parseRootEvent } from './root-event';
import { sessionKey } from './session';
import { classify, Severity } from './severity';
import { AccountNamer, buildMessage } from './summary';
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
 * dead-letter queue.
 */
export function createBatchNotifier(deps: BatchNotifierDependencies) {
  return async (batch: QueueBatch, context?: InvocationContext): Promise<BatchResult> => {
    const received = (batch.Records ?? []).map((record) => receive(record, deps));
    const nameAccount = await accountNamer(received, deps, context);
    const failures: Array<{ itemIdentifier: string }> = [];

    for (const planned of planMessages(received, PLAN_LIMITS)) {
      const events = planned.sessions.flatMap((session) => session.events);
      const eventIds = events.map((event) => event.event.eventId);
      try {
        const alert = buildMessageSafely(planned, nameAccount, deps);
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

/** Reads one queued event; whatever it holds, it is logged and will alert. */
function receive(record: QueueRecord, deps: BatchNotifierDependencies): ReceivedEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(record.body);
  } catch {
    raw = record.body;
  }
  const event = parseRootEvent(raw);
  const classification = classify(event);
  const session = sessionKey(event);
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
 * This account's label for each event, as the single-event path finds it:
 * the alias (looked up at most once) or configured name, asked for only when
 * an event concerns this account.
 */
async function accountNamer(received: ReceivedEvent[], deps: NotifierDependencies, context?: InvocationContext): Promise<AccountNamer> {
  const keyOf = (event: ReceivedEvent['event']) => `${event.accountId ?? ''}/${event.recipientAccountId ?? ''}`;
  const labels = new Map<string, AccountLabel>();
  for (const { event } of received) {
    if (!labels.has(keyOf(event))) {
      labels.set(keyOf(event), await thisAccount(event, deps, context));
    }
  }
  return (one) => labels.get(keyOf(one.event)) ?? {};
}

/** A bug in formatting must not cost the alert: fall back to a plain list of the events. */
function buildMessageSafely(planned: PlannedMessage, nameAccount: AccountNamer, deps: NotifierDependencies) {
  try {
    return buildMessage(planned, nameAccount, deps.config.timeZone);
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
