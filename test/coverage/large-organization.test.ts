import { BatchWriteItemCommand, ScanCommand, WriteRequest } from '@aws-sdk/client-dynamodb';
import { hub, useMoto } from './report-harness';
import { createOrganization, TABLE_NAME } from './support';
import { MAX_ENTRIES_PER_LIST } from '../../lambda-src/coverage/report-message';

/*
 * The largest organization the report is sized for, 500 accounts in 17
 * regions, against moto: 8,500 items read from the table, 520 accounts
 * listed 20 at a time, and every report read back from the queue.
 */

const env = useMoto();

const SEVENTEEN_REGIONS = [
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1',
  'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
];
const SQS_MESSAGE_LIMIT = 256 * 1024;
/**
 * Still several pages, but not the harness's two items a page: moto walks
 * the whole table for every page, so 4,250 pages would take many minutes.
 */
const SCAN_PAGE_SIZE = 2000;

/** Items as the recorder writes them, put in batches: 8,500 single writes would take most of a minute. */
async function seed(accounts: readonly string[], lastSeen: Date): Promise<void> {
  const epoch = Math.floor(lastSeen.getTime() / 1000);
  const writes: WriteRequest[] = accounts.flatMap((account) => SEVENTEEN_REGIONS.map((region) => ({
    PutRequest: {
      Item: {
        account: { S: account },
        region: { S: region },
        lastSeen: { S: lastSeen.toISOString() },
        lastSeenEpoch: { N: String(epoch) },
        expiresAt: { N: String(epoch + 90 * 86400) },
      },
    },
  })));
  // One batch at a time, and whatever DynamoDB leaves unprocessed sent again:
  // writes in parallel lost items on a loaded machine (moto's server is not
  // safe for concurrent writes to one table), which made the counts vary.
  // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
  let pending = writes;
  while (pending.length > 0) {
    const batch = pending.slice(0, 25);
    pending = pending.slice(25);
    const result = await env.dynamodb.send(new BatchWriteItemCommand({ RequestItems: { [TABLE_NAME]: batch } }));
    pending.push(...(result.UnprocessedItems?.[TABLE_NAME] ?? []));
  }
  // Every item is there (a scan returns at most 1 MB a page, so page on).
  let stored = 0;
  let startKey: Record<string, any> | undefined;
  do {
    const page = await env.dynamodb.send(new ScanCommand({ TableName: TABLE_NAME, Select: 'COUNT', ExclusiveStartKey: startKey }));
    stored += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  expect(stored).toBeGreaterThanOrEqual(writes.length);
}

test('reports 500 silent accounts in 17 regions in one message well under the SQS limit, and their recovery too', async () => {
  // 500 accounts that went silent, 20 never seen; the management account is among the 500.
  const names = Array.from({ length: 519 }, (_, index) => `Workload account number ${String(index).padStart(3, '0')} of the organization`);
  const ids = await createOrganization(env.organizations, names);
  const accounts = ['123456789012', ...[...ids.values()].slice(0, 499)];
  const start = new Date(Date.now() + 7 * 24 * 3600_000);
  await seed(accounts, start);
  // An 18th region, expected of every account and seen in none.
  const h = hub(env, start, { listAccounts: true, expectedRegions: ['me-central-1'] }, SCAN_PAGE_SIZE);
  h.time.advance(3 * 60);

  await expect(h.report()).resolves.toMatchObject({ reason: 'changed', covered: 0, problems: 8500 + 500 + 20 });

  const [first, ...more] = await h.queued();
  expect(more).toHaveLength(0);
  expect(Buffer.byteLength(first.body)).toBeLessThan(SQS_MESSAGE_LIMIT / 2);
  expect(first.report.detail.truncated).toEqual({ silent: 8500 - MAX_ENTRIES_PER_LIST, neverSeenRegions: 500 - MAX_ENTRIES_PER_LIST });
  expect(first.report.detail.silent).toHaveLength(MAX_ENTRIES_PER_LIST);
  expect(first.report.detail.neverSeenAccounts).toHaveLength(20);
  const silentKeys = first.report.detail.silent.map(({ account, region }) => `${account}/${region}`);
  expect(silentKeys).toEqual([...silentKeys].sort());
  expect(silentKeys[0]).toBe(`${[...accounts].sort()[0]}/${SEVENTEEN_REGIONS[0]}`);

  // Every account reports from its 17 regions, and the 18th is no longer expected.
  await seed([...accounts, ...[...ids.values()].slice(499)], new Date(start.getTime() + 3 * 3600_000));
  const recovered = hub(env, new Date(start.getTime() + 3 * 3600_000), { listAccounts: true }, SCAN_PAGE_SIZE);

  await expect(recovered.report()).resolves.toMatchObject({ reason: 'changed', covered: 520 * 17, problems: 0 });

  const [second] = await h.queued();
  expect(Buffer.byteLength(second.body)).toBeLessThan(SQS_MESSAGE_LIMIT / 2);
  expect(second.report.detail.recovered).toHaveLength(MAX_ENTRIES_PER_LIST);
  expect(second.report.detail.truncated).toEqual({ recovered: 8500 + 500 + 20 - MAX_ENTRIES_PER_LIST });
}, 120_000);
