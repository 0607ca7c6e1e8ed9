import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { MotoServer, startMotoServer } from './moto-server';
import { collectingLogger, createCoverageTable, heartbeatEvent, itemOf, manualClock, motoClientConfig, TABLE_NAME } from './support';
import { handleHeartbeat } from '../../lambda-src/coverage/recorder';

/*
 * The recorder against moto's DynamoDB: the condition that keeps
 * lastSeenEpoch from going back is evaluated by a real expression engine,
 * not by a mock that answers whatever the test expects.
 */

let moto: MotoServer;
let dynamodb: DynamoDBClient;

beforeAll(async () => {
  moto = await startMotoServer();
  dynamodb = new DynamoDBClient(motoClientConfig(moto.endpoint));
});

afterAll(async () => {
  dynamodb?.destroy();
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
  await createCoverageTable(dynamodb);
});

function recorder(now: string) {
  const logs = collectingLogger();
  const time = manualClock(now);
  return { ...logs, time, record: (event: unknown) => handleHeartbeat({ dynamodb, tableName: TABLE_NAME, clock: time.clock, log: logs.log }, event) };
}

async function itemCount(): Promise<number> {
  return (await dynamodb.send(new ScanCommand({ TableName: TABLE_NAME }))).Count ?? 0;
}

describe('the heartbeat recorder', () => {
  test('records the time it received the heartbeat, not the time the sender wrote in the event', async () => {
    const { record } = recorder('2030-03-04T05:06:07.890Z');

    await expect(record(heartbeatEvent('111122223333', 'eu-west-1'))).resolves.toEqual({ recorded: true });

    const item = await itemOf(dynamodb, '111122223333', 'eu-west-1');
    expect(item?.lastSeen?.S).toBe('2030-03-04T05:06:07.890Z');
    expect(item?.lastSeenEpoch?.N).toBe(String(Date.parse('2030-03-04T05:06:07Z') / 1000));
    expect(Number(item?.expiresAt?.N)).toBe(Number(item?.lastSeenEpoch?.N) + 90 * 24 * 3600);
  });

  test.each([
    ['the detail names another account', { account: '444455556666' }, { detailAccount: '444455556666', detailRegion: 'eu-west-1' }],
    ['the detail names another region', { region: 'us-east-1' }, { detailAccount: '111122223333', detailRegion: 'us-east-1' }],
  ])('does not record, and warns, when %s than the envelope', async (_case, detail, logged) => {
    const { record, entries } = recorder('2030-03-04T05:06:07Z');

    await expect(record(heartbeatEvent('111122223333', 'eu-west-1', detail))).resolves.toEqual({ recorded: false });

    expect(await itemCount()).toBe(0);
    const warning = entries().find((entry) => entry.level === 'WARN');
    expect(warning?.message).toMatch(/Heartbeat not recorded: .*detail names another account or region than its envelope/);
    expect(warning).toMatchObject({ account: '111122223333', region: 'eu-west-1', ...logged });
  });

  test.each([
    ['another source', { ...heartbeatEvent('111122223333', 'eu-west-1'), source: 'my.app' }, /not a forwarder heartbeat/],
    ['another detail-type', { ...heartbeatEvent('111122223333', 'eu-west-1'), 'detail-type': 'Scheduled Event' }, /not a forwarder heartbeat/],
    ['an envelope account that is not 12 digits', heartbeatEvent('#coverage-report', 'eu-west-1', { account: undefined }), /no valid account or region/],
    ['an envelope region that is not a region', heartbeatEvent('111122223333', '#state', { region: undefined }), /no valid account or region/],
  ])('does not record an event with %s', async (_case, event, reason) => {
    const { record, entries } = recorder('2030-03-04T05:06:07Z');

    await expect(record(event)).resolves.toEqual({ recorded: false });

    expect(await itemCount()).toBe(0);
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', message: expect.stringMatching(reason) })]);
  });

  test('records a heartbeat whose detail leaves out account and region: the envelope alone is trusted', async () => {
    const event = heartbeatEvent('111122223333', 'eu-west-1');
    const { record } = recorder('2030-03-04T05:06:07Z');

    await record({ ...event, detail: { schemaVersion: 1 } });

    expect(await itemOf(dynamodb, '111122223333', 'eu-west-1')).toBeDefined();
  });

  test('never moves lastSeen backwards when an older delivery arrives after a newer one', async () => {
    const { record, time, entries } = recorder('2030-03-04T06:00:00Z');
    await record(heartbeatEvent('111122223333', 'eu-west-1'));

    time.set('2030-03-04T05:00:00Z');
    await expect(record(heartbeatEvent('111122223333', 'eu-west-1'))).resolves.toEqual({ recorded: false });

    const item = await itemOf(dynamodb, '111122223333', 'eu-west-1');
    expect(item?.lastSeen?.S).toBe('2030-03-04T06:00:00.000Z');
    expect(item?.lastSeenEpoch?.N).toBe(String(Date.parse('2030-03-04T06:00:00Z') / 1000));
    expect(entries()).toEqual([expect.objectContaining({ level: 'INFO', message: 'Heartbeat not recorded: a later one already was', account: '111122223333' })]);
  });

  test('moves lastSeen forwards', async () => {
    const { record, time } = recorder('2030-03-04T05:00:00Z');
    await record(heartbeatEvent('111122223333', 'eu-west-1'));

    time.set('2030-03-04T06:00:00Z');
    await expect(record(heartbeatEvent('111122223333', 'eu-west-1'))).resolves.toEqual({ recorded: true });

    expect((await itemOf(dynamodb, '111122223333', 'eu-west-1'))?.lastSeen?.S).toBe('2030-03-04T06:00:00.000Z');
  });

  test('keeps account-regions apart', async () => {
    const { record } = recorder('2030-03-04T05:00:00Z');

    await record(heartbeatEvent('111122223333', 'eu-west-1'));
    await record(heartbeatEvent('111122223333', 'us-east-1'));
    await record(heartbeatEvent('444455556666', 'eu-west-1'));

    expect(await itemCount()).toBe(3);
  });

  test('throws when the table cannot be written, so Lambda retries', async () => {
    const logs = collectingLogger();
    const event = heartbeatEvent('111122223333', 'eu-west-1');

    await expect(handleHeartbeat({ dynamodb, tableName: 'no-such-table', clock: () => new Date(), log: logs.log }, event)).rejects.toThrow(/ResourceNotFound|not found|non-existent/i);
  });
});
