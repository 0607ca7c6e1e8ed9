import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SQSClient } from '@aws-sdk/client-sqs';
import { MotoServer, startMotoServer } from './moto-server';
import {
  collectingLogger, createAlertQueue, createCoverageTable, heartbeatEvent, HUB_CONTEXT, manualClock, motoClientConfig, reportConfig, TABLE_NAME,
  takeReports,
} from './support';
import type { ReportConfig } from '../../lambda-src/coverage/config';
import { handleHeartbeat } from '../../lambda-src/coverage/recorder';
import { runCoverageReport } from '../../lambda-src/coverage/report';

/**
 * Items per Scan page in the report tests. moto, like DynamoDB, returns up
 * to 1 MB a page, so a test table of a few items would always fit one page
 * and a report that ignored LastEvaluatedKey would pass; two per page makes
 * every test with more than two items depend on following it.
 */
export const SCAN_PAGE_SIZE = 2;

/** A moto server with the coverage table and the alert queue, emptied before each test. */
export function useMoto() {
  const env = {} as { moto: MotoServer; dynamodb: DynamoDBClient; sqs: SQSClient; organizations: OrganizationsClient; queueUrl: string };
  beforeAll(async () => {
    env.moto = await startMotoServer();
    env.dynamodb = new DynamoDBClient(motoClientConfig(env.moto.endpoint));
    env.sqs = new SQSClient(motoClientConfig(env.moto.endpoint));
    env.organizations = new OrganizationsClient(motoClientConfig(env.moto.endpoint));
  });
  afterAll(async () => {
    env.dynamodb?.destroy();
    env.sqs?.destroy();
    env.organizations?.destroy();
    await env.moto?.stop();
  });
  beforeEach(async () => {
    await env.moto.reset();
    await createCoverageTable(env.dynamodb);
    env.queueUrl = await createAlertQueue(env.sqs);
  });
  return env;
}

/**
 * The recorder and the report function sharing one clock and one log, as
 * the hub's two functions share the table.
 */
export function hub(env: ReturnType<typeof useMoto>, start: string | Date, config: Partial<ReportConfig> = {}, scanPageSize = SCAN_PAGE_SIZE) {
  const logs = collectingLogger();
  const time = manualClock(start);
  return {
    ...logs,
    time,
    /** Heartbeats from these account-regions (`<account>/<region>`), received now. */
    beat: async (...keys: string[]) => {
      for (const key of keys) {
        const [account, region] = key.split('/');
        await handleHeartbeat({ dynamodb: env.dynamodb, tableName: TABLE_NAME, clock: time.clock, log: logs.log }, heartbeatEvent(account, region));
      }
    },
    report: (overrides: { organizations?: OrganizationsClient; queueUrl?: string } = {}) => runCoverageReport({
      dynamodb: env.dynamodb,
      sqs: env.sqs,
      organizations: overrides.organizations ?? env.organizations,
      config: reportConfig(overrides.queueUrl ?? env.queueUrl, config),
      clock: time.clock,
      log: logs.log,
      scanPageSize,
    }, HUB_CONTEXT),
    /** The reports queued since the last call. */
    queued: () => takeReports(env.sqs, env.queueUrl),
  };
}
