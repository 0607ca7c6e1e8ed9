import { AttributeValue, ConditionalCheckFailedException, DynamoDBClient, ScanCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { epochSeconds } from './time';

/**
 * The coverage table: one item per member account-region, keyed `account`
 * (partition) and `region` (sort), holding when its last heartbeat
 * arrived. The construct creates it with these key names and `expiresAt` as
 * its TTL attribute.
 */

/** How long an item outlives its last heartbeat: an account-region gone this long is forgotten. */
export const RETENTION_DAYS = 90;

/** The key of the report's own state item, kept in the same table; no account id looks like it. */
export const STATE_ITEM_KEY = { account: '#coverage-report', region: '#state' } as const;

/** When the hub last heard from one account-region. */
export interface LastSeen {
  readonly account: string;
  readonly region: string;
  readonly lastSeen: string;
  readonly lastSeenEpoch: number;
}

/**
 * Records a heartbeat received at `receivedAt`. The condition keeps
 * `lastSeenEpoch` from moving backwards when a late retry of an older
 * heartbeat lands after a newer one. Returns false when the item already
 * holds a later time.
 */
export async function writeLastSeen(
  dynamodb: DynamoDBClient, tableName: string, account: string, region: string, receivedAt: Date,
): Promise<boolean> {
  const seconds = epochSeconds(receivedAt);
  try {
    await dynamodb.send(new UpdateItemCommand({
      TableName: tableName,
      Key: { account: { S: account }, region: { S: region } },
      UpdateExpression: 'SET #lastSeen = :lastSeen, #lastSeenEpoch = :lastSeenEpoch, #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#lastSeenEpoch) OR #lastSeenEpoch <= :lastSeenEpoch',
      ExpressionAttributeNames: { '#lastSeen': 'lastSeen', '#lastSeenEpoch': 'lastSeenEpoch', '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: {
        ':lastSeen': { S: receivedAt.toISOString() },
        ':lastSeenEpoch': { N: String(seconds) },
        ':expiresAt': { N: String(seconds + RETENTION_DAYS * 24 * 3600) },
      },
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || (error as Error)?.name === 'ConditionalCheckFailedException') {
      return false;
    }
    throw error;
  }
}

/**
 * Every account-region in the table, page by page: a Scan returns at most
 * 1 MB a call, and `pageSize` lets tests force many pages from a few items.
 * Items that are not account-regions (the state item, anything malformed)
 * are left out. TTL deletes lag by up to days, so an expired item may still
 * come back: its last heartbeat says how old it is, which is all we use.
 */
export async function scanLastSeen(dynamodb: DynamoDBClient, tableName: string, pageSize?: number): Promise<LastSeen[]> {
  const items: LastSeen[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamodb.send(new ScanCommand({
      TableName: tableName,
      ProjectionExpression: '#account, #region, #lastSeen, #lastSeenEpoch',
      // Aliases throughout, so no name can ever clash with DynamoDB's reserved words.
      ExpressionAttributeNames: { '#account': 'account', '#region': 'region', '#lastSeen': 'lastSeen', '#lastSeenEpoch': 'lastSeenEpoch' },
      ExclusiveStartKey: startKey,
      Limit: pageSize,
    }));
    for (const item of page.Items ?? []) {
      const lastSeen = toLastSeen(item);
      if (lastSeen) {
        items.push(lastSeen);
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

function toLastSeen(item: Record<string, AttributeValue>): LastSeen | undefined {
  const account = item.account?.S;
  const region = item.region?.S;
  const lastSeenEpoch = Number(item.lastSeenEpoch?.N);
  if (account === undefined || region === undefined || account === STATE_ITEM_KEY.account || !Number.isFinite(lastSeenEpoch)) {
    return undefined;
  }
  return { account, region, lastSeenEpoch, lastSeen: item.lastSeen?.S ?? new Date(lastSeenEpoch * 1000).toISOString() };
}
