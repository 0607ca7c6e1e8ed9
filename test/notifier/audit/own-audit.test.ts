import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { AuditSessionStore, dynamoAuditSessionStore, isAuditRead, OWN_AUDIT_MESSAGE } from '../../../lambda-src/notifier/audit/own-audit';
import { createBatchNotifier, QueueRecord } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { createNotifier } from '../../../lambda-src/notifier/delivery/notifier';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { dynamoAuditSessions } from '../../../lambda-src/posture/audit-sessions';
import { MotoServer, startMotoServer } from '../../coverage/moto-server';
import { motoClientConfig } from '../../coverage/support';
import { fixture } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';

/**
 * The posture check's own member audit reads, left out by the notifier:
 * the posture check writes its sessions to a real DynamoDB-compatible
 * table (moto's server, on 127.0.0.1), and the notifier reads the same
 * table. moto answers every key it is asked for at once; DynamoDB may
 * return some as UnprocessedKeys, which a stub below models.
 */
const snsMock = mockClient(SNSClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:999988887777:root-activity';
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:999988887777:function:notifier' };
const TABLE = 'audit-sessions';
const AUDIT_READ = 'org-assumed-root-audit-list-access-keys.json';
const OWN_KEY = 'ASIA5EXAMPLEAUDIT001';

let moto: MotoServer;
let dynamodb: DynamoDBClient;

beforeAll(async () => {
  moto = await startMotoServer();
  dynamodb = new DynamoDBClient(motoClientConfig(moto.endpoint));
}, 5 * 60_000);
afterAll(async () => {
  snsMock.restore();
  await moto?.stop();
});
beforeEach(async () => {
  snsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
  await moto.reset();
  // As the construct creates it: on-demand, the access key id as its key.
  await dynamodb.send(new CreateTableCommand({
    TableName: TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'accessKeyId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'accessKeyId', KeyType: 'HASH' }],
  }));
});

function setUp(store: AuditSessionStore | undefined) {
  const { log, entries } = collectingLogger();
  const deps = {
    sns: new SNSClient({ region: 'us-east-1' }),
    aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
    config: { topicArn: TOPIC_ARN, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'hub' },
    log,
    auditSessions: store,
    ...virtualTime(),
  };
  return { batch: createBatchNotifier(deps), direct: createNotifier(deps), entries };
}

/** A fixture as a queue record, with its own event id and, when given, another event name or access key. */
function record(name: string, n: number, changes: { eventName?: string; accessKeyId?: string } = {}): QueueRecord {
  const event = copy(fixture(name));
  event.detail.eventID = `event-${n}`;
  if (changes.eventName !== undefined) event.detail.eventName = changes.eventName;
  if (changes.accessKeyId !== undefined) event.detail.userIdentity.accessKeyId = changes.accessKeyId;
  return { messageId: `sqs-${n}`, body: JSON.stringify(event) };
}

const published = () => snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input.Message ?? '');

describe('the posture check\'s own audit reads', () => {
  test('the fixture is an audit read: a root session of sts:AssumeRoot reading root credentials', () => {
    const event = parseRootEvent(fixture(AUDIT_READ));
    expect(event.oddities).toEqual([]);
    expect(event.assumedRoot).toBe(true);
    expect(isAuditRead(event)).toBe(true);
    expect(isAuditRead(parseRootEvent(fixture('org-assumed-root-delete-login-profile.json')))).toBe(false);
  });

  test('are left out, with a log line, when the check recorded their session; everything else alerts', async () => {
    await dynamoAuditSessions(dynamodb, TABLE).record(OWN_KEY, '444455556666');
    const { batch, entries } = setUp(dynamoAuditSessionStore(dynamodb, TABLE));
    const result = await batch({
      Records: [
        record(AUDIT_READ, 1),
        record(AUDIT_READ, 2, { eventName: 'ListMFADevices' }),
        // Someone else's audit session: not recorded by the check.
        record(AUDIT_READ, 3, { accessKeyId: 'ASIA5EXAMPLEOTHER001' }),
        // The check's key, but no read of the audit policy's: never left out.
        record(AUDIT_READ, 4, { eventName: 'DeleteLoginProfile' }),
      ],
    }, CONTEXT);
    expect(result.batchItemFailures).toEqual([]);
    expect(entries().filter((entry) => entry.message === OWN_AUDIT_MESSAGE).map((entry) => entry.eventId)).toEqual(['event-1', 'event-2']);
    const text = published().join('\n');
    expect(text).toContain('event-3');
    expect(text).toContain('event-4');
    expect(text).not.toContain('event-1');
    expect(text).not.toContain('event-2');
  });

  test('the direct path leaves them out too', async () => {
    await dynamoAuditSessions(dynamodb, TABLE).record(OWN_KEY, '444455556666');
    const { direct } = setUp(dynamoAuditSessionStore(dynamodb, TABLE));
    expect(await direct(JSON.parse(record(AUDIT_READ, 1).body), CONTEXT)).toEqual({ dropped: true });
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(0);
  });

  test('alert when the table cannot be read: a read it cannot vouch for is never left out', async () => {
    await dynamoAuditSessions(dynamodb, TABLE).record(OWN_KEY, '444455556666');
    const { batch, entries } = setUp(dynamoAuditSessionStore(dynamodb, 'no-such-table'));
    await batch({ Records: [record(AUDIT_READ, 1)] }, CONTEXT);
    expect(published().join('\n')).toContain('event-1');
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'WARN', message: expect.stringContaining('Could not read the audit session table') }));
  });

  test('alert without the table: a notifier not told of one leaves nothing out', async () => {
    await dynamoAuditSessions(dynamodb, TABLE).record(OWN_KEY, '444455556666');
    const { batch } = setUp(undefined);
    await batch({ Records: [record(AUDIT_READ, 1)] }, CONTEXT);
    expect(published().join('\n')).toContain('event-1');
  });

  test('asks again for keys DynamoDB leaves unprocessed, and counts those never read as not the check\'s', async () => {
    const asked: string[][] = [];
    const stub = {
      send: async (command: { input: { RequestItems: Record<string, { Keys: Array<Record<string, { S: string }>> }> } }) => {
        const keys = command.input.RequestItems[TABLE].Keys.map((key) => key.accessKeyId.S);
        asked.push(keys);
        // Worst documented behaviour: each round answers one key and leaves the rest unprocessed.
        const [first, ...rest] = keys;
        return {
          Responses: { [TABLE]: first.startsWith('ASIAOWN') ? [{ accessKeyId: { S: first } }] : [] },
          UnprocessedKeys: rest.length > 0 ? { [TABLE]: { Keys: rest.map((id) => ({ accessKeyId: { S: id } })) } } : {},
        };
      },
    } as unknown as DynamoDBClient;
    const known = await dynamoAuditSessionStore(stub, TABLE).known(['ASIAOWN1', 'ASIAOWN2', 'ASIAOWN3', 'ASIAOWN4', 'ASIAOWN5']);
    expect(asked).toHaveLength(3);
    expect([...known]).toEqual(['ASIAOWN1', 'ASIAOWN2', 'ASIAOWN3']);
  });

  test('asks at most 100 keys a call, as BatchGetItem allows', async () => {
    const sizes: number[] = [];
    const stub = {
      send: async (command: { input: { RequestItems: Record<string, { Keys: unknown[] }> } }) => {
        sizes.push(command.input.RequestItems[TABLE].Keys.length);
        return { Responses: { [TABLE]: [] } };
      },
    } as unknown as DynamoDBClient;
    await dynamoAuditSessionStore(stub, TABLE).known(Array.from({ length: 250 }, (_, n) => `ASIA${n}`));
    expect(sizes).toEqual([100, 100, 50]);
  });
});
