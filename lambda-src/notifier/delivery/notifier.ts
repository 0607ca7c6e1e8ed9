import type { SNSClient } from '@aws-sdk/client-sns';
import { copiesFor, sendCopy } from './copies';
import { NOTIFIER_TIMEOUT_SECONDS } from './delivery-limits';
import { PUBLISH_FAILURE_METRIC, writeMetric } from './metrics';
import { publishAlert } from './publish';
import { Pause, publishWithRetry, RetrySchedule } from './publish-retry';
import type { AccountAliasResolver } from '../accounts/account-alias';
import type { AccountNameLookUp } from '../accounts/account-name-lookup';
import { nameAccounts } from '../accounts/account-naming';
import { AuditSessionStore, isOwnAuditRead, OWN_AUDIT_MESSAGE, ownAuditKeys } from '../audit/own-audit';
import type { NotifierConfig } from '../config';
import { DROPPED_MESSAGE, isDropped } from '../events/assumed-root-tasks';
import { monitorChange } from '../events/monitor-change';
import { parseRootEvent, RootEvent } from '../events/root-event';
import { sessionKey } from '../events/session';
import { classify, Severity } from '../events/severity';
import { describeError, Logger } from '../log';
import { AlertContext, accountsOf, Alert, attributesOf, buildAlert, eventJson, MAX_MESSAGE_BYTES } from '../messages/alert';
import { buildChatAlert, chatFromAlert } from '../messages/chat-content';
import type { ChatMessage } from '../messages/chat-message';
import { wellFormed } from '../messages/text';
import { readBatchWindows } from '../planned/batch-windows';
import type { WindowStore } from '../planned/window-store';

export interface NotifierDependencies {
  /** SNS in the alert topic's region. */
  readonly sns: SNSClient;
  /** SNS in another region, for a chat or paging topic there; `sns` unless given. */
  readonly snsFor?: (region: string) => SNSClient;
  readonly aliases: AccountAliasResolver;
  /** Looks other accounts' names up in AWS Organizations; absent unless LOOK_UP_ACCOUNT_NAMES is on. */
  readonly nameLookUp?: AccountNameLookUp;
  readonly config: NotifierConfig;
  readonly log: Logger;
  /** Waits between publish attempts; real time unless given (the simulator's is virtual). */
  readonly pause?: Pause;
  /** The per-call timeout's timer; real time unless given. */
  readonly callTimer?: Pause;
  /** Milliseconds now; Date.now unless given. */
  readonly now?: () => number;
  /** Parameter Store, where planned root use windows are read; planned use is off without it. */
  readonly windowStore?: WindowStore;
  /** The posture check's audit session table (POSTURE_AUDIT_TABLE); without it every audit read alerts. */
  readonly auditSessions?: AuditSessionStore;
}

/** The part of the Lambda context the notifier reads. */
export interface InvocationContext {
  readonly invokedFunctionArn?: string;
  readonly awsRequestId?: string;
  /** Lambda's own clock of the time left before the function times out. */
  getRemainingTimeInMillis?(): number;
}

export interface NotifierResult {
  readonly messageId?: string;
  /**
   * True when the event was logged, not published: a privileged root task
   * ASSUMED_ROOT_TASKS drops, or a read of the posture check's own audit.
   */
  readonly dropped?: boolean;
}

/**
 * Builds the handler for one EventBridge event invoked directly (a rule whose
 * target is the function itself). The construct delivers through an SQS queue
 * instead (batch-notifier.ts), which bounds the message rate; this path stays
 * so that a function wired up directly still alerts. Every event yields exactly one SNS message: an
 * event it cannot read still alerts, with what is known and the raw JSON. A
 * failed publish is retried within the invocation (publish-retry.ts); if it
 * still fails, the handler throws, so Lambda retries the invocation and,
 * after that, sends it to the failure destination; nothing is swallowed. The one
 * exception is chosen: a privileged root task when ASSUMED_ROOT_TASKS is
 * 'drop', which is logged instead. A published alert is then copied to the
 * paging and chat topics as the batch path does (copies.ts); a copy that
 * fails is logged and counted, and does not fail the invocation, which
 * would publish the alert again.
 */
export function createNotifier(deps: NotifierDependencies) {
  return async (event: unknown, context?: InvocationContext): Promise<NotifierResult> => {
    const rootEvent = parseRootEvent(event);
    if (rootEvent.oddities.length > 0) {
      deps.log.warn('The event was not shaped as expected; alerting with what is known', {
        oddities: rootEvent.oddities,
        eventId: rootEvent.eventId,
      });
    }

    if (isDropped(rootEvent, deps.config.assumedRootTasks)) {
      deps.log.info(DROPPED_MESSAGE, {
        severity: classify(rootEvent).severity,
        eventName: rootEvent.eventName,
        eventId: rootEvent.eventId,
        accountId: rootEvent.accountId,
        recipientAccountId: rootEvent.recipientAccountId,
      });
      return { dropped: true };
    }
    if (isOwnAuditRead(rootEvent, await ownAuditKeys([rootEvent], deps.auditSessions, deps.log))) {
      deps.log.info(OWN_AUDIT_MESSAGE, { eventName: rootEvent.eventName, eventId: rootEvent.eventId, accountId: rootEvent.accountId });
      return { dropped: true };
    }

    const naming = (await nameAccounts([rootEvent], deps, context))(rootEvent);
    const windows = await readBatchWindows([rootEvent], deps.windowStore, deps.config.plannedUse, deps.log);
    const alertContext: AlertContext = {
      ...naming,
      timeZone: deps.config.timeZone,
      assumedRootTasks: deps.config.assumedRootTasks,
      planned: windows.plannedUseOf(rootEvent),
      windowsNow: windows.windowsNow,
    };
    const alert = buildAlertSafely(rootEvent, event, alertContext, deps);

    const topicArn = deps.config.healthTopicArn !== undefined && monitorChange(rootEvent) !== undefined
      ? deps.config.healthTopicArn : deps.config.topicArn;
    const schedule = retrySchedule(deps, context);
    let messageId: string | undefined;
    try {
      messageId = await publishWithRetry((abortSignal) => publishAlert(deps.sns, topicArn, alert, abortSignal), schedule);
      deps.log.info('Published root activity alert', {
        messageId,
        severity: alert.classification.severity,
        eventName: rootEvent.eventName,
        eventId: rootEvent.eventId,
        accountId: rootEvent.accountId,
        recipientAccountId: rootEvent.recipientAccountId,
      });
    } catch (error) {
      deps.log.error('Could not publish the root activity alert; failing so it is retried', {
        ...describeError(error),
        eventName: rootEvent.eventName,
        eventId: rootEvent.eventId,
      });
      throw error;
    }
    const chat = (): ChatMessage => {
      try {
        return buildChatAlert(rootEvent, alertContext, sessionKey(rootEvent));
      } catch (error) {
        deps.log.error('Could not format the chat message; sending the e-mail text instead', describeError(error));
        return chatFromAlert(alert);
      }
    };
    // One message per topic, so no pause between them is needed.
    const sender = { snsFor: deps.snsFor ?? (() => deps.sns), log: deps.log, schedule, now: deps.now ?? Date.now };
    for (const copy of copiesFor(alert.classification.severity, deps.config)) {
      await sendCopy(copy, { alert, chat }, sender, { eventName: rootEvent.eventName, eventId: rootEvent.eventId });
    }
    return { messageId };
  };
}

/** Real time, for Lambda: the timer must not keep a finished process alive. */
function realTimer(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * How this invocation retries a publish: against Lambda's own clock of the
 * time left when it has one, else against the function's timeout from now.
 * Every failed attempt is logged with a PublishFailures metric, which the
 * construct alarms on, so a failure that a retry mends is still seen.
 */
export function retrySchedule(deps: NotifierDependencies, context?: InvocationContext): RetrySchedule {
  const now = deps.now ?? Date.now;
  const started = now();
  return {
    pause: deps.pause ?? realTimer,
    callTimer: deps.callTimer ?? realTimer,
    timeLeft: () => context?.getRemainingTimeInMillis?.() ?? started + NOTIFIER_TIMEOUT_SECONDS * 1000 - now(),
    onFailure: (error, attempt) => writeMetric(deps.log.warn, 'A publish attempt failed', PUBLISH_FAILURE_METRIC,
      deps.config.functionName ?? 'unknown', 1, { ...describeError(error), attempt }, new Date(now())),
  };
}

/** A bug in formatting must not cost the alert: fall back to a plain one. */
function buildAlertSafely(event: RootEvent, raw: unknown, context: AlertContext, deps: NotifierDependencies): Alert {
  try {
    return buildAlert(event, raw, context);
  } catch (error) {
    deps.log.error('Could not format the alert; sending the raw event', describeError(error));
    const classification = { severity: Severity.HIGH, reason: 'formatting failed' };
    const { acting, recipient } = accountsOf(event, context);
    return {
      subject: `${Severity.HIGH}: Root activity alert (formatting failed)`,
      message: wellFormed(`A root activity event arrived but could not be formatted.\n\nFull event:\n${eventJson(raw, MAX_MESSAGE_BYTES - 4096)}`),
      attributes: attributesOf(event, classification, acting, recipient),
      classification,
    };
  }
}
