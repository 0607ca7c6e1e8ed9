import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { COVERAGE_REPORT_DETAIL_TYPE as SENT_DETAIL_TYPE, COVERAGE_REPORT_SOURCE as SENT_SOURCE } from '../../../lambda-src/coverage/events';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { createBatchNotifier } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { PUBLISH_SPACING_MS } from '../../../lambda-src/notifier/delivery/delivery-limits';
import {
  buildCoverageAlert,
  COVERAGE_REPORT_DETAIL_TYPE,
  COVERAGE_REPORT_KIND,
  COVERAGE_REPORT_SOURCE,
  readCoverageReport,
} from '../../../lambda-src/notifier/messages/coverage-report';
import { isValidSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';

/** A report as the hub's coverage function sends it: a silent region and an account never heard from. */
function reportBody(detail: Record<string, unknown> = {}) {
  return {
    'version': '0',
    'id': '6f1c2e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    'source': COVERAGE_REPORT_SOURCE,
    'detail-type': COVERAGE_REPORT_DETAIL_TYPE,
    'account': '999988887777',
    'region': 'us-east-1',
    'time': '2026-12-06T06:00:00Z',
    'resources': [],
    'detail': {
      schemaVersion: 1,
      reason: 'changed',
      checkedAt: '2026-12-06T06:00:00.000Z',
      intervalMinutes: 60,
      reportingAccountRegions: 33,
      silent: [{ account: '111122223333', region: 'eu-west-1', lastSeen: '2026-12-06T02:10:00.000Z' }],
      neverSeenRegions: [],
      neverSeenAccounts: [{ account: '444455556666', name: 'Sandbox' }],
      recovered: [],
      ...detail,
    },
  };
}

describe('reading a coverage report', () => {
  test('the source and detail type are the ones the coverage function sends', () => {
    expect(COVERAGE_REPORT_SOURCE).toBe(SENT_SOURCE);
    expect(COVERAGE_REPORT_DETAIL_TYPE).toBe(SENT_DETAIL_TYPE);
  });

  test('a root event is not a coverage report', () => {
    expect(readCoverageReport(fixture('root-console-login-no-mfa.json'))).toBeUndefined();
    expect(readCoverageReport('not json')).toBeUndefined();
    expect(readCoverageReport(null)).toBeUndefined();
  });

  test('the silent region and the account never heard from are both named in one HIGH message', () => {
    const alert = buildCoverageAlert(readCoverageReport(reportBody())!);
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.subject).toBe('HIGH: 2 account-regions not reporting to the root activity hub');
    expect(isValidSnsSubject(alert.subject)).toBe(true);
    expect(alert.message).toContain('111122223333 eu-west-1, last heard 2026-12-06T02:10:00.000Z');
    expect(alert.message).toContain('444455556666 (Sandbox)');
    expect(alert.message).toContain('two intervals of 60 minutes');
    expect(alert.attributes).toMatchObject({ eventKind: COVERAGE_REPORT_KIND, severity: 'HIGH', outcome: 'silent' });
  });

  test('a report of recoveries only is MEDIUM and says so', () => {
    const alert = buildCoverageAlert(readCoverageReport(reportBody({
      silent: [], neverSeenAccounts: [], recovered: [{ account: '111122223333', region: 'eu-west-1' }],
    }))!);
    expect(alert.classification.severity).toBe('MEDIUM');
    expect(alert.subject).toBe('MEDIUM: Every account and region reports to the root activity hub again');
    expect(alert.message).toContain('Reporting again:\n  111122223333 eu-west-1');
  });

  test('an error listing the accounts is HIGH even with nothing silent, and quoted', () => {
    const alert = buildCoverageAlert(readCoverageReport(reportBody({
      silent: [], neverSeenAccounts: [], accountListError: 'AccessDeniedException: not the management account',
    }))!);
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.message).toContain('could not be listed');
    expect(alert.message).toContain('AccessDeniedException: not the management account');
  });

  test('8,500 silent account-regions make a readable message: 200 lines and a count of the rest', () => {
    const silent = Array.from({ length: 8500 }, (_, i) => ({ account: String(100000000000 + Math.floor(i / 17)), region: `r-${i % 17}`, lastSeen: 'x' }));
    const alert = buildCoverageAlert(readCoverageReport(reportBody({ silent, neverSeenAccounts: [] }))!);
    expect(alert.subject).toBe('HIGH: 8500 account-regions not reporting to the root activity hub');
    expect(alert.message).toContain('... and 8300 more');
    expect(alert.message.split('\n').filter((line) => line.includes(', last heard')).length).toBe(200);
  });

  test('counts the coverage function left out are added to the total', () => {
    const alert = buildCoverageAlert(readCoverageReport(reportBody({ truncated: { silent: 1000 } }))!);
    expect(alert.subject).toBe('HIGH: 1002 account-regions not reporting to the root activity hub');
    expect(alert.message).toContain('... and 1000 more');
  });

  test('a malformed report is still reported, with what could be read', () => {
    const body = reportBody();
    const malformed = { ...body, detail: { silent: 'everything', neverSeenAccounts: [42, { account: 7 }] } };
    const alert = buildCoverageAlert(readCoverageReport(malformed)!);
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.message).toContain('unknown');
    const noDetail = buildCoverageAlert(readCoverageReport({ ...body, detail: undefined })!);
    expect(noDetail.subject).toMatch(/^MEDIUM: /);
  });
});

describe('coverage reports in the batch notifier', () => {
  const snsMock = mockClient(SNSClient);
  const ALERT_TOPIC = 'arn:aws:sns:us-east-1:111122223333:root-activity';
  const HEALTH_TOPIC = 'arn:aws:sns:us-east-1:111122223333:root-activity-health';

  beforeEach(() => {
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
  });
  afterAll(() => snsMock.restore());

  function handlerWith(healthTopicArn?: string) {
    const { log, entries } = collectingLogger();
    const time = virtualTime();
    const handler = createBatchNotifier({
      sns: new SNSClient({ region: 'us-east-1' }),
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: { topicArn: ALERT_TOPIC, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme', healthTopicArn },
      log,
      ...time,
    });
    return { handler, entries, time };
  }

  const batch = () => ({
    Records: [
      { messageId: 'sqs-report', body: JSON.stringify(reportBody()) },
      { messageId: 'sqs-root', body: JSON.stringify(fixture('root-console-login-no-mfa.json')) },
    ],
  });

  test('a report is a message of its own, to the health topic, after the root alert', async () => {
    const { handler } = handlerWith(HEALTH_TOPIC);
    expect(await handler(batch())).toEqual({ batchItemFailures: [] });
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => input.TopicArn)).toEqual([ALERT_TOPIC, HEALTH_TOPIC]);
    expect(inputs[0].Subject).toMatch(/^CRITICAL: Root sign-in/);
    expect(inputs[0].Message).not.toContain('not reporting');
    expect(inputs[1].Subject).toBe('HIGH: 2 account-regions not reporting to the root activity hub');
  });

  test('without a health topic it goes to the alert topic, paced like a second message', async () => {
    const { handler, time } = handlerWith(undefined);
    await handler(batch());
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => input.TopicArn)).toEqual([ALERT_TOPIC, ALERT_TOPIC]);
    // One pause between the two messages to one topic, one after the last.
    expect(time.pauses).toEqual([PUBLISH_SPACING_MS, PUBLISH_SPACING_MS]);
  });

  test('a report that cannot be published goes back to the queue, the root alert does not', async () => {
    snsMock.on(PublishCommand, { TopicArn: HEALTH_TOPIC }).rejects(new Error('KMS key disabled'));
    const { handler, entries } = handlerWith(HEALTH_TOPIC);
    expect(await handler(batch())).toEqual({ batchItemFailures: [{ itemIdentifier: 'sqs-report' }] });
    expect(entries().some((entry) => entry.level === 'ERROR' && entry.eventKind === COVERAGE_REPORT_KIND)).toBe(true);
  });

  test('a copy of a report in one batch is sent once', async () => {
    const { handler } = handlerWith(HEALTH_TOPIC);
    const records = batch().Records;
    await handler({ Records: [...records, { ...copy(records[0]), messageId: 'sqs-report-copy' }] });
    const toHealth = snsMock.commandCalls(PublishCommand).filter((call) => call.args[0].input.TopicArn === HEALTH_TOPIC);
    expect(toHealth).toHaveLength(1);
  });
});
