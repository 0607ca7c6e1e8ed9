import type { SNSClient } from '@aws-sdk/client-sns';
import type { AccountAliasResolver } from './account-alias';
import { AccountLabel, accountsOf, Alert, attributesOf, buildAlert, eventJson, MAX_MESSAGE_BYTES } from './alert';
import type { NotifierConfig } from './config';
import { describeError, Logger } from './log';
import { publishAlert } from './publish';
import { parseRootEvent, RootEvent } from './root-event';
import { Severity } from './severity';
import { wellFormed } from './text';

export interface NotifierDependencies {
  readonly sns: SNSClient;
  readonly aliases: AccountAliasResolver;
  readonly config: NotifierConfig;
  readonly log: Logger;
}

/** The part of the Lambda context the notifier reads. */
export interface InvocationContext {
  readonly invokedFunctionArn?: string;
  readonly awsRequestId?: string;
}

export interface NotifierResult {
  readonly messageId?: string;
}

/**
 * Builds the handler for one EventBridge event invoked directly (a rule whose
 * target is the function itself). The construct delivers through an SQS queue
 * instead (batch-notifier.ts), which bounds the message rate; this path stays
 * so that a function wired up directly still alerts. Every event yields exactly one SNS message: an
 * event it cannot read still alerts, with what is known and the raw JSON. A
 * failed publish throws, so Lambda retries the invocation and, after that,
 * sends it to the failure destination; nothing is swallowed.
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

    const account = await thisAccount(rootEvent, deps, context);
    const alert = buildAlertSafely(rootEvent, event, account, deps);

    try {
      const messageId = await publishAlert(deps.sns, deps.config.topicArn, alert);
      deps.log.info('Published root activity alert', {
        messageId,
        severity: alert.classification.severity,
        eventName: rootEvent.eventName,
        eventId: rootEvent.eventId,
        accountId: rootEvent.accountId,
        recipientAccountId: rootEvent.recipientAccountId,
      });
      return { messageId };
    } catch (error) {
      deps.log.error('Could not publish the root activity alert; failing so it is retried', {
        ...describeError(error),
        eventName: rootEvent.eventName,
        eventId: rootEvent.eventId,
      });
      throw error;
    }
  };
}

/**
 * The account the function runs in, with its alias or friendly name. The
 * alert puts that name beside this account's id only: an event forwarded
 * from another account, or another account's root acting on a resource
 * here, shows the other account by its id. IAM is asked for the alias only
 * when the event concerns this account.
 */
export async function thisAccount(event: RootEvent, deps: NotifierDependencies, context?: InvocationContext): Promise<AccountLabel> {
  const id = context?.invokedFunctionArn?.split(':')[4] ?? event.recipientAccountId ?? event.accountId;
  const concernsThisAccount = id === undefined || id === event.accountId || id === event.recipientAccountId
    || (event.accountId === undefined && event.recipientAccountId === undefined);
  if (!concernsThisAccount) {
    return { id };
  }
  const name = deps.config.accountName ?? await deps.aliases.resolve();
  return { name, id };
}

/** A bug in formatting must not cost the alert: fall back to a plain one. */
function buildAlertSafely(event: RootEvent, raw: unknown, account: AccountLabel, deps: NotifierDependencies): Alert {
  try {
    return buildAlert(event, raw, { account, timeZone: deps.config.timeZone });
  } catch (error) {
    deps.log.error('Could not format the alert; sending the raw event', describeError(error));
    const classification = { severity: Severity.HIGH, reason: 'formatting failed' };
    const { acting, recipient } = accountsOf(event, account);
    return {
      subject: `${Severity.HIGH}: Root activity alert (formatting failed)`,
      message: wellFormed(`A root activity event arrived but could not be formatted.\n\nFull event:\n${eventJson(raw, MAX_MESSAGE_BYTES - 4096)}`),
      attributes: attributesOf(event, classification, acting, recipient),
      classification,
    };
  }
}
