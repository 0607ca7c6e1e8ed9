import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateQueueCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { ReportConfig } from '../../lambda-src/coverage/config';
import type { CoverageReportEvent } from '../../lambda-src/coverage/events';
import { HEARTBEAT_DETAIL_TYPE, HEARTBEAT_SOURCE } from '../../lambda-src/coverage/events';
import { createLogger, Logger } from '../../lambda-src/coverage/log';
import type { InvocationContext } from '../../lambda-src/coverage/report';

/** The clients' settings for a moto server: any credentials do, and moto answers every service on one endpoint. */
export function motoClientConfig(endpoint: string) {
  return { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
}

export const TABLE_NAME = 'coverage';
export const QUEUE_NAME = 'alerts';

/** The hub the report function runs in. */
export const HUB_CONTEXT: InvocationContext = { invokedFunctionArn: 'arn:aws:lambda:eu-west-1:999988887777:function:CoverageReport' };

/** The table as the construct creates it: on-demand, `account` and `region` as keys. */
export async function createCoverageTable(dynamodb: DynamoDBClient): Promise<void> {
  await dynamodb.send(new CreateTableCommand({
    TableName: TABLE_NAME,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'account', AttributeType: 'S' }, { AttributeName: 'region', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'account', KeyType: 'HASH' }, { AttributeName: 'region', KeyType: 'RANGE' }],
  }));
}

export async function createAlertQueue(sqs: SQSClient): Promise<string> {
  const { QueueUrl: url } = await sqs.send(new CreateQueueCommand({ QueueName: QUEUE_NAME }));
  return url!;
}

/** Every message on the queue, parsed, and then deleted, so the next call sees only newer ones. */
export async function takeReports(sqs: SQSClient, queueUrl: string): Promise<Array<{ body: string; report: CoverageReportEvent }>> {
  const taken: Array<{ body: string; report: CoverageReportEvent }> = [];
  for (;;) {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const messages = received.Messages ?? [];
    if (messages.length === 0) {
      return taken;
    }
    taken.push(...messages.map((message) => ({ body: message.Body!, report: JSON.parse(message.Body!) as CoverageReportEvent })));
    await sqs.send(new DeleteMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })),
    }));
  }
}

/** The one item of an account-region, as stored. */
export async function itemOf(dynamodb: DynamoDBClient, account: string, region: string) {
  const { Item: item } = await dynamodb.send(new GetItemCommand({ TableName: TABLE_NAME, Key: { account: { S: account }, region: { S: region } } }));
  return item;
}

/** A heartbeat as the hub's rule delivers it, from the forwarder of `account` in `region`. */
export function heartbeatEvent(account: string, region: string, detail: Record<string, unknown> = {}) {
  return {
    'version': '0',
    'id': '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': HEARTBEAT_DETAIL_TYPE,
    'source': HEARTBEAT_SOURCE,
    'account': account,
    'time': '2020-01-01T00:00:00Z',
    'region': region,
    'resources': [],
    'detail': {
      schemaVersion: 1,
      account,
      region,
      forwarderRule: 'RootActivityForwarder',
      intervalMinutes: 60,
      scheduleArn: `arn:aws:scheduler:${region}:${account}:schedule/default/RootActivityHeartbeat`,
      scheduledTime: '2020-01-01T00:00:00Z',
      ...detail,
    },
  };
}

export function reportConfig(queueUrl: string, overrides: Partial<ReportConfig> = {}): ReportConfig {
  return {
    tableName: TABLE_NAME,
    alertQueueUrl: queueUrl,
    intervalMinutes: 60,
    expectedRegions: [],
    listAccounts: false,
    functionName: 'CoverageReport',
    region: 'eu-west-1',
    ...overrides,
  };
}

/** One parsed log line. */
export interface LogEntry {
  readonly level: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

/** A real logger whose lines are kept for assertions instead of printed. */
export function collectingLogger(): { log: Logger; entries: () => LogEntry[]; clear: () => void } {
  let lines: string[] = [];
  const log = createLogger((line) => lines.push(line));
  return { log, entries: () => lines.map((line) => JSON.parse(line) as LogEntry), clear: () => { lines = []; } };
}

/**
 * An organization in moto with accounts of the given names; returns their
 * ids by name. The caller's account (moto's 123456789012) becomes the
 * management account, listed like any other.
 */
export async function createOrganization(organizations: OrganizationsClient, names: readonly string[]): Promise<Map<string, string>> {
  await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const ids = new Map<string, string>();
  for (const name of names) {
    const { CreateAccountStatus: status } = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    ids.set(name, status!.AccountId!);
  }
  return ids;
}

/** moto's account: the caller, and so the management account of an organization it creates. */
export const MOTO_MANAGEMENT_ACCOUNT = '123456789012';

/** A clock the test moves by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    set: (time: string | Date) => { now = new Date(time); },
    advance: (minutes: number) => { now = new Date(now.getTime() + minutes * 60_000); },
  };
}
