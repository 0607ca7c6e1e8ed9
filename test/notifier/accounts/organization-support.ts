import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { PublishCommand, PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import type { AwsStub } from 'aws-sdk-client-mock';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { AccountNameLookUp } from '../../../lambda-src/notifier/accounts/account-name-lookup';
import type { NotifierConfig } from '../../../lambda-src/notifier/config';
import { createBatchNotifier, QueueRecord } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import { fixture } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';

/*
 * A hub: the notifier runs in HUB and receives the root events of the
 * organization's members, as RootActivityHub deploys it. The SDK clients are
 * mocked by the test files (aws-sdk-client-mock).
 */

export const HUB = '111122223333';
export const HUB_ALIAS = 'hub-alias';
/** Named in ACCOUNT_NAMES. */
export const SANDBOX = '444455556666';
/** Named in AWS Organizations only. */
export const STAGING = '777788889999';
/** Named nowhere: Organizations denies the look-up. */
export const UNNAMED = '999900001111';

export const TOPIC_ARN = `arn:aws:sns:eu-central-1:${HUB}:root-activity`;
export const HUB_CONTEXT = { invokedFunctionArn: `arn:aws:lambda:eu-central-1:${HUB}:function:notifier`, awsRequestId: 'req-hub' };

export interface HubOptions {
  readonly config?: Partial<NotifierConfig>;
  /** Whether LOOK_UP_ACCOUNT_NAMES is on (index.ts then creates the look-up). */
  readonly lookUp?: boolean;
}

function dependencies(options: HubOptions) {
  const logged = collectingLogger();
  const deps = {
    sns: new SNSClient({ region: 'eu-central-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'eu-central-1' }), logged.log),
    nameLookUp: options.lookUp === false ? undefined : new AccountNameLookUp(new OrganizationsClient({ region: 'eu-central-1' }), logged.log),
    config: {
      topicArn: TOPIC_ARN,
      topicRegion: 'eu-central-1',
      timeZone: 'UTC',
      accountNames: new Map([[SANDBOX, 'Sandbox']]),
      lookUpAccountNames: options.lookUp !== false,
      ...options.config,
    },
    log: logged.log,
  };
  return { deps, ...logged };
}

/** The single-event handler of a hub. */
export function hubNotifier(options: HubOptions = {}) {
  const { deps, ...logged } = dependencies(options);
  return { handler: createNotifier(deps), ...logged };
}

/** The batch handler of a hub, with pauses recorded rather than waited. */
export function hubBatchNotifier(options: HubOptions = {}) {
  const { deps, ...logged } = dependencies(options);
  const time = virtualTime();
  const handler = createBatchNotifier({ ...deps, ...time });
  return { handler, pauses: time.pauses, ...logged };
}

/** A fixture as if recorded in `accountId`: every mention of `from` replaced. */
export function inAccount(name: string, accountId: string, from = SANDBOX): Record<string, any> {
  return JSON.parse(JSON.stringify(fixture(name)).split(from).join(accountId)) as Record<string, any>;
}

/** SQS records of `events`, each with its own message id. */
export function queued(events: unknown[]): QueueRecord[] {
  return events.map((event, i) => ({ messageId: `sqs-${i}`, body: JSON.stringify(copy(event)) }));
}

/** Every message published so far. */
export function publishedInputs(sns: AwsStub<any, any, any>): PublishCommandInput[] {
  return sns.commandCalls(PublishCommand).map((call) => call.args[0].input as PublishCommandInput);
}

/** The value after `label:` on its own line of a message. */
export function line(message: string, label: string): string | undefined {
  return message.split('\n').find((text) => text.startsWith(`${label}:`))?.slice(label.length + 1).trim();
}
