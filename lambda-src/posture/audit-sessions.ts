/**
 * The audit session table: the access key id of each root session the
 * member audit opens (members.ts), so that the notifier can tell the
 * check's own reads from anyone else's (lambda-src/notifier/audit/
 * own-audit.ts reads the same items). An item outlives its session, as the
 * reads it vouches for may reach the hub late: a forwarder's rule retries
 * for up to 24 hours.
 */
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';

/** The table's partition key, and the attribute DynamoDB's time to live reads. */
export const AUDIT_SESSION_KEY = 'accessKeyId';
export const AUDIT_SESSION_EXPIRY = 'expiresAt';
/** Two days: a day of EventBridge retries, and a day to spare. */
const KEEP_SECONDS = 2 * 24 * 60 * 60;

export interface AuditSessions {
  /** Records a session before its first read; throws when it cannot, and then no read is made. */
  record(accessKeyId: string, account: string): Promise<void>;
}

export function dynamoAuditSessions(dynamodb: DynamoDBClient, tableName: string, now: () => Date = () => new Date()): AuditSessions {
  return {
    async record(accessKeyId, account) {
      await dynamodb.send(new PutItemCommand({
        TableName: tableName,
        Item: {
          [AUDIT_SESSION_KEY]: { S: accessKeyId },
          account: { S: account },
          [AUDIT_SESSION_EXPIRY]: { N: String(Math.floor(now().getTime() / 1000) + KEEP_SECONDS) },
        },
      }));
    },
  };
}
