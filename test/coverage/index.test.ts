import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { MotoServer, startMotoServer } from './moto-server';
import { createAlertQueue, createCoverageTable, heartbeatEvent, HUB_CONTEXT, itemOf, motoClientConfig, takeReports } from './support';

/*
 * The handlers as Lambda calls them: the module builds its own clients
 * from the environment, pointed at moto through AWS_ENDPOINT_URL, which
 * every client of the SDK reads.
 */

type Handlers = typeof import('../../lambda-src/coverage/index');

const SAVED_ENV = { ...process.env };
let moto: MotoServer;
let dynamodb: DynamoDBClient;
let sqs: SQSClient;
let queueUrl: string;

beforeAll(async () => {
  moto = await startMotoServer();
  dynamodb = new DynamoDBClient(motoClientConfig(moto.endpoint));
  sqs = new SQSClient(motoClientConfig(moto.endpoint));
  await createCoverageTable(dynamodb);
  queueUrl = await createAlertQueue(sqs);
});

afterAll(async () => {
  dynamodb?.destroy();
  sqs?.destroy();
  await moto?.stop();
});

afterEach(() => {
  process.env = { ...SAVED_ENV };
});

function loadHandlers(env: Record<string, string>): Handlers {
  process.env = {
    ...SAVED_ENV,
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_LAMBDA_FUNCTION_NAME: 'Coverage',
    ...env,
  };
  // A fresh module each time: it reads the environment once, on load and first call.
  let handlers: Handlers | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handlers = require('../../lambda-src/coverage/index') as Handlers;
  });
  return handlers!;
}

describe('the coverage module', () => {
  test('records a heartbeat and reports from the environment alone', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const { recordHeartbeat, reportCoverage } = loadHandlers({
      TABLE_NAME: 'coverage', ALERT_QUEUE_URL: queueUrl, HEARTBEAT_INTERVAL_MINUTES: '60', EXPECTED_REGIONS: 'us-east-1', LIST_ACCOUNTS: 'false',
    });

    await expect(recordHeartbeat(heartbeatEvent('111122223333', 'eu-west-1'))).resolves.toEqual({ recorded: true });
    await expect(reportCoverage({}, HUB_CONTEXT)).resolves.toMatchObject({ reason: 'changed', covered: 1, problems: 1 });

    expect(await itemOf(dynamodb, '111122223333', 'eu-west-1')).toBeDefined();
    const [{ report }] = await takeReports(sqs, queueUrl);
    expect(report).toMatchObject({ account: '999988887777', region: 'us-east-1', detail: { neverSeenRegions: [{ account: '111122223333', region: 'us-east-1' }] } });
  });

  test('runs the recorder without the report\'s variables, and fails the report naming the first one missing', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const { recordHeartbeat, reportCoverage } = loadHandlers({ TABLE_NAME: 'coverage' });

    await expect(recordHeartbeat(heartbeatEvent('111122223333', 'eu-west-1'))).resolves.toEqual({ recorded: true });
    await expect(reportCoverage({}, HUB_CONTEXT)).rejects.toThrow(/^ALERT_QUEUE_URL must be set/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"level":"ERROR"'));
  });
});
