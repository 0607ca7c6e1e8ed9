import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { hub, useMoto } from './report-harness';
import { COVERAGE_REPORT_DETAIL_TYPE, COVERAGE_REPORT_SOURCE } from '../../lambda-src/coverage/events';
import { COVERED_ACCOUNT_REGIONS_METRIC, SILENT_ACCOUNT_REGIONS_METRIC } from '../../lambda-src/coverage/metric-names';

/*
 * The report function against moto's DynamoDB and SQS: every report is
 * read back from the queue it was sent to. LIST_ACCOUNTS is off here;
 * report-organization.test.ts covers the organization's account list.
 */

const env = useMoto();

const A = '111122223333';
const B = '444455556666';
// An hour's interval: silent after two hours without a heartbeat.
const MORNING = '2030-06-10T08:00:00Z';

describe('the coverage report', () => {
  test('names a silent account-region in a report shaped like an EventBridge event', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`, `${B}/us-east-1`);
    h.time.advance(150);
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);

    await expect(h.report()).resolves.toEqual({ reason: 'changed', covered: 3, problems: 1 });

    const [{ report }, ...more] = await h.queued();
    expect(more).toHaveLength(0);
    expect(report).toEqual({
      'version': '0',
      'id': expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      'source': COVERAGE_REPORT_SOURCE,
      'detail-type': COVERAGE_REPORT_DETAIL_TYPE,
      'account': '999988887777',
      'region': 'eu-west-1',
      'time': '2030-06-10T10:30:00.000Z',
      'resources': [],
      'detail': {
        schemaVersion: 1,
        reason: 'changed',
        checkedAt: '2030-06-10T10:30:00.000Z',
        intervalMinutes: 60,
        reportingAccountRegions: 3,
        silent: [{ account: B, region: 'us-east-1', lastSeen: '2030-06-10T08:00:00.000Z' }],
        neverSeenRegions: [],
        neverSeenAccounts: [],
        recovered: [],
      },
    });
  });

  test('does not call an account-region silent after one missed heartbeat', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`);
    h.time.advance(119);

    await expect(h.report()).resolves.toMatchObject({ reason: undefined, problems: 0 });
    expect(await h.queued()).toHaveLength(0);
  });

  test('names the expected regions a known account never reported from', async () => {
    // us-east-1 is expected because A reports from it; ap-southeast-2 because EXPECTED_REGIONS says so.
    const h = hub(env, MORNING, { expectedRegions: ['ap-southeast-2'] });
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);

    await h.report();

    const [{ report }] = await h.queued();
    expect(report.detail.neverSeenRegions).toEqual([
      { account: A, region: 'ap-southeast-2' },
      { account: B, region: 'ap-southeast-2' },
      { account: B, region: 'us-east-1' },
    ]);
    expect(report.detail.silent).toEqual([]);
  });

  test('reads every page of the table', async () => {
    const h = hub(env, MORNING);
    let scans = 0;
    env.dynamodb.middlewareStack.add((next, context) => async (args) => {
      scans += context.commandName === 'ScanCommand' ? 1 : 0;
      return next(args);
    }, { step: 'initialize', name: 'countScans' });
    try {
      await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${A}/eu-central-1`, `${B}/eu-west-1`, `${B}/us-east-1`);

      await expect(h.report()).resolves.toMatchObject({ covered: 5, problems: 1 });

      expect(scans).toBeGreaterThanOrEqual(3);
      expect((await h.queued())[0].report.detail.neverSeenRegions).toEqual([{ account: B, region: 'eu-central-1' }]);
    } finally {
      env.dynamodb.middlewareStack.remove('countScans');
    }
  });

  test('sends nothing when the problems are those already reported, and does not take its own state item for an account-region', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`, `${B}/eu-west-1`, `${B}/us-east-1`);
    await h.report();
    expect(await h.queued()).toHaveLength(1);

    h.time.advance(60);
    await h.beat(`${A}/eu-west-1`, `${B}/eu-west-1`, `${B}/us-east-1`);
    await expect(h.report()).resolves.toEqual({ reason: undefined, covered: 3, problems: 1 });

    expect(await h.queued()).toHaveLength(0);
    expect(h.entries().at(-1)).toMatchObject({ level: 'INFO', message: 'Coverage unchanged since the last report', neverSeenRegions: 1 });
    // The state item is in the table beside the account-regions.
    const { Items: items = [] } = await env.dynamodb.send(new ScanCommand({ TableName: 'coverage' }));
    expect(items.map((item) => item.account.S)).toContain('#coverage-report');
  });

  test('lists what recovered once the heartbeat returns', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);
    await h.report();
    expect((await h.queued())[0].report.detail.neverSeenRegions).toEqual([{ account: B, region: 'us-east-1' }]);

    h.time.advance(30);
    await h.beat(`${B}/us-east-1`);
    await expect(h.report()).resolves.toMatchObject({ reason: 'changed', problems: 0 });

    const [{ report }] = await h.queued();
    expect(report.detail).toMatchObject({ reason: 'changed', silent: [], neverSeenRegions: [], neverSeenAccounts: [], recovered: [{ account: B, region: 'us-east-1' }] });
  });

  test('reminds every 24 hours while a problem stays open', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);
    await h.report();
    await h.queued();

    const keepBeating = async (hours: number) => {
      for (let hour = 0; hour < hours; hour++) {
        h.time.advance(60);
        await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);
        await h.report();
      }
    };
    await keepBeating(23);
    expect(await h.queued()).toHaveLength(0);

    await keepBeating(1);
    const reports = await h.queued();
    expect(reports).toHaveLength(1);
    expect(reports[0].report.detail).toMatchObject({ reason: 'daily-reminder', neverSeenRegions: [{ account: B, region: 'us-east-1' }], recovered: [] });

    // The reminder restarts the 24 hours.
    await keepBeating(1);
    expect(await h.queued()).toHaveLength(0);
  });

  test('logs the all-clear once per UTC day and sends nothing', async () => {
    const h = hub(env, '2030-06-10T22:00:00Z');
    await h.beat(`${A}/eu-west-1`, `${B}/eu-west-1`);
    await h.report();
    h.time.advance(60);
    await h.beat(`${A}/eu-west-1`, `${B}/eu-west-1`);
    await h.report();
    const firstDay = h.entries().filter((entry) => entry.message === 'Coverage all clear');

    h.time.advance(60);
    await h.beat(`${A}/eu-west-1`, `${B}/eu-west-1`);
    await h.report();
    const bothDays = h.entries().filter((entry) => entry.message === 'Coverage all clear');

    expect(firstDay).toEqual([expect.objectContaining({ level: 'INFO', reportingAccountRegions: 2, accounts: 2, silent: 0 })]);
    expect(bothDays).toHaveLength(2);
    expect(await h.queued()).toHaveLength(0);
  });

  test('writes both metrics on every run, reported or not', async () => {
    const h = hub(env, MORNING, { functionName: 'HubCoverageReport' });
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`, `${B}/us-east-1`);
    h.time.advance(150);
    await h.beat(`${A}/eu-west-1`);
    await h.report();
    await h.report();

    const metrics = h.entries().filter((entry) => entry._aws !== undefined);
    expect(metrics).toHaveLength(2);
    for (const line of metrics) {
      expect(line).toMatchObject({
        _aws: {
          Timestamp: Date.parse('2030-06-10T10:30:00Z'),
          CloudWatchMetrics: [{
            Namespace: 'RootActivityMonitor',
            Dimensions: [['FunctionName']],
            Metrics: [{ Name: COVERED_ACCOUNT_REGIONS_METRIC, Unit: 'Count' }, { Name: SILENT_ACCOUNT_REGIONS_METRIC, Unit: 'Count' }],
          }],
        },
        FunctionName: 'HubCoverageReport',
        CoveredAccountRegions: 1,
        SilentAccountRegions: 3,
      });
    }
  });

  test('keeps what was last reported when the report cannot be queued, and throws, so the next run reports it', async () => {
    const h = hub(env, MORNING);
    await h.beat(`${A}/eu-west-1`, `${A}/us-east-1`, `${B}/eu-west-1`);
    const missingQueue = env.queueUrl.replace(/alerts$/, 'no-such-queue');

    await expect(h.report({ queueUrl: missingQueue })).rejects.toThrow(/queue/i);
    expect(h.entries()).toContainEqual(expect.objectContaining({ level: 'ERROR', message: expect.stringMatching(/^Could not queue the coverage report/) }));
    expect(h.entries()).toContainEqual(expect.objectContaining({ SilentAccountRegions: 1 }));

    h.time.advance(5);
    await expect(h.report()).resolves.toMatchObject({ reason: 'changed' });
    expect((await h.queued())[0].report.detail.neverSeenRegions).toEqual([{ account: B, region: 'us-east-1' }]);
  });
});
