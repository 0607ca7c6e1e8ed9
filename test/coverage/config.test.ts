import { collectingLogger } from './support';
import { readRecorderConfig, readReportConfig } from '../../lambda-src/coverage/config';

const REPORT_ENV = {
  TABLE_NAME: 'coverage',
  ALERT_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/999988887777/alerts',
  HEARTBEAT_INTERVAL_MINUTES: '60',
  EXPECTED_REGIONS: 'eu-west-1, us-east-1,',
  LIST_ACCOUNTS: 'true',
  AWS_LAMBDA_FUNCTION_NAME: 'CoverageReport',
  AWS_REGION: 'eu-west-1',
};

describe('readReportConfig', () => {
  test('reads every variable', () => {
    expect(readReportConfig(REPORT_ENV, collectingLogger().log)).toEqual({
      tableName: 'coverage',
      alertQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/999988887777/alerts',
      intervalMinutes: 60,
      expectedRegions: ['eu-west-1', 'us-east-1'],
      listAccounts: true,
      functionName: 'CoverageReport',
      region: 'eu-west-1',
    });
  });

  test('takes an empty or unset EXPECTED_REGIONS as none beyond those seen', () => {
    const log = collectingLogger().log;
    expect(readReportConfig({ ...REPORT_ENV, EXPECTED_REGIONS: '' }, log).expectedRegions).toEqual([]);
    expect(readReportConfig({ ...REPORT_ENV, EXPECTED_REGIONS: undefined }, log).expectedRegions).toEqual([]);
  });

  test.each([
    ['TABLE_NAME', undefined, /^TABLE_NAME must be set \(got nothing\)$/],
    ['ALERT_QUEUE_URL', '', /^ALERT_QUEUE_URL must be set/],
    ['ALERT_QUEUE_URL', 'alerts', /^ALERT_QUEUE_URL must be an SQS queue URL \(got 'alerts'\)$/],
    ['HEARTBEAT_INTERVAL_MINUTES', undefined, /^HEARTBEAT_INTERVAL_MINUTES must be a whole number of minutes, at least 1 \(got nothing\)$/],
    ['HEARTBEAT_INTERVAL_MINUTES', '0', /^HEARTBEAT_INTERVAL_MINUTES must be .* \(got '0'\)$/],
    ['HEARTBEAT_INTERVAL_MINUTES', '7.5', /^HEARTBEAT_INTERVAL_MINUTES must be .* \(got '7.5'\)$/],
    ['HEARTBEAT_INTERVAL_MINUTES', '1h', /^HEARTBEAT_INTERVAL_MINUTES must be .* \(got '1h'\)$/],
    ['EXPECTED_REGIONS', 'eu-west-1;us-east-1', /^EXPECTED_REGIONS must be a comma-separated list of region names \('eu-west-1;us-east-1' is not one\)/],
    ['LIST_ACCOUNTS', undefined, /^LIST_ACCOUNTS must be 'true' or 'false' \(got nothing\)$/],
    ['LIST_ACCOUNTS', 'yes', /^LIST_ACCOUNTS must be 'true' or 'false' \(got 'yes'\)$/],
    ['AWS_LAMBDA_FUNCTION_NAME', undefined, /^AWS_LAMBDA_FUNCTION_NAME must be set/],
  ])('throws naming %s when it is %p, and logs an error', (name, value, message) => {
    const { log, entries } = collectingLogger();

    expect(() => readReportConfig({ ...REPORT_ENV, [name]: value }, log)).toThrow(message);
    expect(entries()).toEqual([expect.objectContaining({ level: 'ERROR', message: 'Coverage function misconfigured', variable: name })]);
  });
});

describe('readRecorderConfig', () => {
  test('needs only TABLE_NAME', () => {
    expect(readRecorderConfig({ TABLE_NAME: 'coverage' }, collectingLogger().log)).toEqual({ tableName: 'coverage' });
  });

  test('throws naming TABLE_NAME when it is missing', () => {
    expect(() => readRecorderConfig({}, collectingLogger().log)).toThrow(/^TABLE_NAME must be set/);
  });
});
