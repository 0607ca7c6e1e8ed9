/**
 * The posture check's own member audit (lambda-src/posture/members.ts):
 * each day it opens an `sts:AssumeRoot` session in every member account
 * with the IAMAuditRootUserCredentials task policy and reads the root
 * user's credentials. Those reads are recorded in the member account as
 * root events, and the forwarders send them here. Left alone they would
 * alert every day, which teaches people to ignore the alert.
 *
 * A read is the check's own only when it is one the audit task policy
 * allows, made in a root session, with an access key id the check wrote to
 * the audit session table before its first read. Anything else alerts as
 * usual: another identity's audit session, an audit session that did more
 * than read (its other calls are not reads of this list), an event not
 * shaped as expected, and every event when the table cannot be read.
 */
import { BatchGetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { isPrivilegedRootTask } from '../events/assumed-root-tasks';
import type { RootEvent } from '../events/root-event';
import { describeError, Logger } from '../log';

/**
 * What the IAMAuditRootUserCredentials task policy allows: reads of the
 * root user's credentials, and nothing else.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html
 */
const AUDIT_READS = new Set(['GetAccessKeyLastUsed', 'GetLoginProfile', 'GetUser', 'ListAccessKeys', 'ListMFADevices', 'ListSigningCertificates']);

/** lambda-src/posture/audit-sessions.ts writes items with this key. */
const KEY = 'accessKeyId';
/** BatchGetItem takes at most 100 keys. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html */
const MAX_KEYS = 100;
/** Rounds of UnprocessedKeys retried before the rest count as unknown (and alert). */
const MAX_ROUNDS = 3;

/** The audit session table, as the notifier reads it. */
export interface AuditSessionStore {
  /** Which of `accessKeyIds` the table holds. */
  known(accessKeyIds: readonly string[]): Promise<ReadonlySet<string>>;
}

/** Whether the event could be one of the check's own reads: what the table then decides. */
export function isAuditRead(event: RootEvent): boolean {
  return isPrivilegedRootTask(event)
    && event.eventSource === 'iam.amazonaws.com'
    && AUDIT_READS.has(event.eventName)
    && event.accessKeyId !== undefined
    && event.oddities.length === 0;
}

/** Whether the event is one of the check's own audit reads, given ownAuditKeys' answer for its batch. */
export function isOwnAuditRead(event: RootEvent, ownKeys: ReadonlySet<string>): boolean {
  return isAuditRead(event) && ownKeys.has(event.accessKeyId as string);
}

/** The log line of a read left out, the same in both paths, for a Logs Insights query. */
export const OWN_AUDIT_MESSAGE = 'Left out a read of the posture check\'s own member audit (its sts:AssumeRoot session, recorded in the audit session table)';

/**
 * The access key ids of the batch's audit reads that are the check's own.
 * Never throws: a table that cannot be read means none are, so every read
 * alerts.
 */
export async function ownAuditKeys(events: readonly RootEvent[], store: AuditSessionStore | undefined, log: Logger): Promise<ReadonlySet<string>> {
  const candidates = [...new Set(events.filter(isAuditRead).map((event) => event.accessKeyId as string))];
  if (store === undefined || candidates.length === 0) {
    return new Set();
  }
  try {
    return await store.known(candidates);
  } catch (error) {
    log.warn('Could not read the audit session table; alerting on every audit read', { ...describeError(error), candidates: candidates.length });
    return new Set();
  }
}

/**
 * The table through BatchGetItem, 100 keys a call. DynamoDB may return
 * some keys as UnprocessedKeys (throttling, size limits); they are asked
 * again, at most MAX_ROUNDS times, and any still unread count as not the
 * check's own.
 */
export function dynamoAuditSessionStore(dynamodb: DynamoDBClient, tableName: string): AuditSessionStore {
  return {
    async known(accessKeyIds) {
      const found = new Set<string>();
      for (let start = 0; start < accessKeyIds.length; start += MAX_KEYS) {
        let keys = accessKeyIds.slice(start, start + MAX_KEYS).map((id) => ({ [KEY]: { S: id } }));
        for (let round = 0; round < MAX_ROUNDS && keys.length > 0; round++) {
          const response = await dynamodb.send(new BatchGetItemCommand({
            RequestItems: { [tableName]: { Keys: keys, ProjectionExpression: KEY, ConsistentRead: true } },
          }));
          for (const item of response.Responses?.[tableName] ?? []) {
            const id = item[KEY]?.S;
            if (id !== undefined) found.add(id);
          }
          keys = (response.UnprocessedKeys?.[tableName]?.Keys ?? []) as typeof keys;
        }
      }
      return found;
    },
  };
}
