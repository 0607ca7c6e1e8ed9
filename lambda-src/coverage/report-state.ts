import { gunzipSync, gzipSync } from 'node:zlib';
import { AttributeValue, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { STATE_ITEM_KEY } from './coverage-table';

/** What the report function remembers between runs, in one item of the coverage table. */
export interface ReportState {
  /** The problems the last report named: `<account>/<region>`, or `<account>/*` for an account never seen. */
  readonly reportedKeys: ReadonlySet<string>;
  /**
   * The names of the never-seen accounts among them, so a run that cannot
   * list the organization's accounts can still name them.
   */
  readonly accountNames: ReadonlyMap<string, string>;
  /** When the last report was sent, in epoch seconds. */
  readonly reportedAtEpoch?: number;
  /** The account-list error the last report carried, so the same one is not reported again. */
  readonly accountListError?: string;
  /** The UTC day (YYYY-MM-DD) the all-clear line was last logged. */
  readonly lastAllClearDay?: string;
}

export const EMPTY_REPORT_STATE: ReportState = { reportedKeys: new Set(), accountNames: new Map() };

/** The stored form of the keys and names, before compression. */
interface StoredProblems {
  readonly keys: string[];
  readonly accountNames: Record<string, string>;
}

export async function readReportState(dynamodb: DynamoDBClient, tableName: string): Promise<ReportState> {
  const { Item: item } = await dynamodb.send(new GetItemCommand({
    TableName: tableName,
    Key: { account: { S: STATE_ITEM_KEY.account }, region: { S: STATE_ITEM_KEY.region } },
    // The run before may have written it seconds ago, after a retry.
    ConsistentRead: true,
  }));
  if (!item) {
    return EMPTY_REPORT_STATE;
  }
  const problems = item.reported?.B ? JSON.parse(gunzipSync(item.reported.B).toString('utf8')) as StoredProblems : undefined;
  const reportedAtEpoch = Number(item.reportedAtEpoch?.N);
  return {
    reportedKeys: new Set(problems?.keys ?? []),
    accountNames: new Map(Object.entries(problems?.accountNames ?? {})),
    reportedAtEpoch: Number.isFinite(reportedAtEpoch) ? reportedAtEpoch : undefined,
    accountListError: item.accountListError?.S,
    lastAllClearDay: item.lastAllClearDay?.S,
  };
}

/**
 * Replaces the state item. The keys are stored gzipped: as plain strings,
 * 1,000 accounts in 17 regions all silent would come near DynamoDB's 400 KB
 * item limit; compressed, the same list takes a few tens of kilobytes.
 */
export async function writeReportState(dynamodb: DynamoDBClient, tableName: string, state: ReportState): Promise<void> {
  const problems: StoredProblems = {
    keys: [...state.reportedKeys].sort(),
    accountNames: Object.fromEntries([...state.accountNames].sort(([a], [b]) => a.localeCompare(b))),
  };
  const item: Record<string, AttributeValue> = {
    account: { S: STATE_ITEM_KEY.account },
    region: { S: STATE_ITEM_KEY.region },
    reported: { B: gzipSync(JSON.stringify(problems)) },
    // Beside the compressed list, for whoever looks at the table.
    reportedCount: { N: String(problems.keys.length) },
  };
  if (state.reportedAtEpoch !== undefined) {
    item.reportedAtEpoch = { N: String(state.reportedAtEpoch) };
  }
  if (state.accountListError !== undefined) {
    item.accountListError = { S: state.accountListError };
  }
  if (state.lastAllClearDay !== undefined) {
    item.lastAllClearDay = { S: state.lastAllClearDay };
  }
  await dynamodb.send(new PutItemCommand({ TableName: tableName, Item: item }));
}
