/**
 * Copies of a published alert for where responders are: the chat topic
 * (Amazon Q Developer's custom notification, for Slack and Teams) and the
 * paging topic (the e-mail text, for PagerDuty, Opsgenie and the like).
 *
 * Why a failed copy is not sent back to the queue: a copy goes out only
 * after its alert was published to the alert (or health) topic, which is
 * the record. Handing the events back would repeat that alert in every
 * inbox to mend a chat or paging message; keeping them loses only the copy,
 * and not silently: each failed attempt counts in PublishFailures, whose
 * alarm tells the self-monitoring topic within two minutes, and the error
 * is logged with the event ids. So a copy is retried inside the invocation
 * as an alert is (publish-retry.ts), but only for COPY_RETRY_WINDOW_MS, and
 * a copy topic that failed is not tried again in the same invocation: an
 * outage of an optional destination must not hold the invocation, and with
 * it the next batch's alerts, for the function's whole timeout.
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import { RANK } from './batch-plan';
import { PUBLISH_RESERVE_MS } from './delivery-limits';
import { publishAlert, publishChatMessage } from './publish';
import { publishWithRetry, RetrySchedule } from './publish-retry';
import type { CopyTopic, NotifierConfig } from '../config';
import type { Severity } from '../events/severity';
import { describeError, Logger } from '../log';
import type { Alert } from '../messages/alert';
import type { ChatMessage } from '../messages/chat-message';

export type CopyKind = 'paging' | 'chat';

/** A copy to send: of what kind, and where. */
export interface Copy {
  readonly kind: CopyKind;
  readonly topic: CopyTopic;
}

/**
 * How long a copy may be retried after its first attempt: a second attempt
 * 2.5 s after one that SNS refused at once (throttling, a blip), none after
 * one that hung for PUBLISH_CALL_TIMEOUT_MS. A dead copy topic thus adds at
 * most about 5 s to an invocation; on the simulator, with the chat topic
 * down throughout a 1,000-event burst, CRITICAL events still reach the
 * alert topic within the 60 s docs/bursts.md promises.
 */
export const COPY_RETRY_WINDOW_MS = 5_000;

/** True when `severity` is `minimum` or more urgent (CRITICAL > HIGH > MEDIUM). */
export function atLeast(severity: Severity, minimum: Severity): boolean {
  return RANK[severity] <= RANK[minimum];
}

/** The copies a message of `severity` gets: paging first, the more urgent reader, then chat. */
export function copiesFor(severity: Severity, config: NotifierConfig): Copy[] {
  const copies: Copy[] = [];
  if (config.paging !== undefined && atLeast(severity, config.paging.minimumSeverity)) {
    copies.push({ kind: 'paging', topic: config.paging });
  }
  if (config.chat !== undefined && atLeast(severity, config.chat.minimumSeverity)) {
    copies.push({ kind: 'chat', topic: config.chat });
  }
  return copies;
}

/** A published alert, and its chat message, built only when a chat copy is sent. */
export interface CopySource {
  readonly alert: Alert;
  readonly chat: () => ChatMessage;
}

export interface CopySender {
  /** SNS for the copy topic's region. */
  readonly snsFor: (region: string) => SNSClient;
  readonly log: Logger;
  /** The invocation's retry schedule; a copy uses it within COPY_RETRY_WINDOW_MS. */
  readonly schedule: RetrySchedule;
  /** Milliseconds now. */
  readonly now: () => number;
}

/**
 * Sends one copy, retrying within COPY_RETRY_WINDOW_MS. Never throws: a
 * copy that could not be sent is logged as an error (every failed attempt
 * is also counted, by the schedule); returns whether it was sent.
 */
export async function sendCopy(copy: Copy, source: CopySource, sender: CopySender, fields: Record<string, unknown>): Promise<boolean> {
  const { topicArn, region } = copy.topic;
  const deadline = sender.now() + COPY_RETRY_WINDOW_MS;
  const schedule: RetrySchedule = {
    ...sender.schedule,
    timeLeft: () => Math.min(sender.schedule.timeLeft(), PUBLISH_RESERVE_MS + deadline - sender.now()),
  };
  try {
    if (sender.schedule.timeLeft() <= PUBLISH_RESERVE_MS) {
      throw new Error('no time left in this invocation to publish');
    }
    const sns = sender.snsFor(region);
    const chat = copy.kind === 'chat' ? source.chat() : undefined;
    const messageId = await publishWithRetry((abortSignal) => (chat !== undefined
      ? publishChatMessage(sns, topicArn, chat, source.alert.attributes, abortSignal)
      : publishAlert(sns, topicArn, source.alert, abortSignal)), schedule);
    sender.log.info(`Published the ${copy.kind} copy of the alert`, {
      messageId, topicArn, copy: copy.kind, severity: source.alert.classification.severity, ...fields,
    });
    return true;
  } catch (error) {
    sender.log.error(`Could not publish the ${copy.kind} copy of the alert; the alert itself was published, so its events are not handed back`, {
      ...describeError(error), topicArn, copy: copy.kind, ...fields,
    });
    return false;
  }
}
