import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IAMClient } from '@aws-sdk/client-iam';
import { SNSClient } from '@aws-sdk/client-sns';
import { GetParameterCommand, GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { AccountAliasResolver } from './accounts/account-alias';
import { AccountNameLookUp, createOrganizationsClient } from './accounts/account-name-lookup';
import { dynamoAuditSessionStore } from './audit/own-audit';
import { readConfig } from './config';
import { createBatchNotifier, QueueBatch } from './delivery/batch-notifier';
import { createNotifier, InvocationContext } from './delivery/notifier';
import { checkSubscriptions, isScheduledCheck } from './delivery/subscription-check';
import { createLogger } from './log';
import type { WindowStore } from './planned/window-store';

// Created once per execution environment and reused by every invocation.
const log = createLogger();
const config = readConfig(process.env, log);
// The topic may live in another region (one topic for all regions), and an
// SNS client can only publish to topics in its own region. One attempt per
// call: the notifier retries itself, on a schedule the pacing allows for
// (publish-retry.ts), rather than inside the SDK.
const sns = new SNSClient({ region: config.topicRegion, maxAttempts: 1 });
// A chat or paging topic may be in yet another region: a client for each
// region, made when a copy first goes there.
const clients = new Map<string, SNSClient>([[config.topicRegion, sns]]);
const snsFor = (region: string): SNSClient => {
  let client = clients.get(region);
  if (client === undefined) {
    client = new SNSClient({ region, maxAttempts: 1 });
    clients.set(region, client);
  }
  return client;
};
// The subscription count keeps the SDK's own retries: one failed read would
// report no subscriptions and raise the alarm.
const snsForChecks = new SNSClient({ region: config.topicRegion });
const iam = new IAMClient({});
// Only a function allowed to call organizations:DescribeAccount is told to
// look names up; the others never create the client.
const nameLookUp = config.lookUpAccountNames ? new AccountNameLookUp(createOrganizationsClient(), log) : undefined;
// Planned root use windows live in this function's own account and region.
// Only a function told where they are makes the client. Two attempts and
// short timeouts: a slow Parameter Store must not eat the time the alerts
// need; a window that cannot be read only means the usual severity.
const windowStore = config.plannedUse === undefined ? undefined : parameterStore(new SSMClient({
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1000, requestTimeout: 3000 },
}));
// The posture check's audit session table, when it audits member accounts.
// Short timeouts, like Parameter Store's: a slow read only means alerting.
const auditTable = process.env.POSTURE_AUDIT_TABLE?.trim();
const auditSessions = auditTable ? dynamoAuditSessionStore(new DynamoDBClient({
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1000, requestTimeout: 3000 },
}), auditTable) : undefined;
const deps = { sns, snsFor, aliases: new AccountAliasResolver(iam, log), nameLookUp, config, log, windowStore, auditSessions };

const fromQueue = createBatchNotifier({ ...deps, pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
const direct = createNotifier(deps);

/**
 * Batches from the alert queue (the construct's wiring), the schedule's
 * subscription check, or a single EventBridge event when a rule targets the
 * function directly.
 */
export const handler = async (event: unknown, context?: InvocationContext) => {
  if (isQueueBatch(event)) {
    return fromQueue(event, context);
  }
  if (isScheduledCheck(event)) {
    return { confirmedSubscriptions: await checkSubscriptions(snsForChecks, config.topicArn, log) };
  }
  return direct(event, context);
};

/** The two Parameter Store calls the planned-use code makes, on the SDK client. */
function parameterStore(ssm: SSMClient): WindowStore {
  return {
    getParametersByPath: (input) => ssm.send(new GetParametersByPathCommand(input)),
    getParameter: (input) => ssm.send(new GetParameterCommand(input)),
  };
}

function isQueueBatch(event: unknown): event is QueueBatch {
  const records = (event as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) && records.every((record) => (record as { eventSource?: unknown })?.eventSource === 'aws:sqs');
}
