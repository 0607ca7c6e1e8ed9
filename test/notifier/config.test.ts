import { collectingLogger } from './support';
import { readConfig } from '../../lambda-src/notifier/config';

const TOPIC_ARN = 'arn:aws:sns:eu-central-1:111122223333:root-activity';

function read(env: Record<string, string | undefined>) {
  const { log, entries } = collectingLogger();
  return { config: readConfig(env, log), entries };
}

describe('readConfig', () => {
  test('reads the topic ARN and the region the topic lives in', () => {
    const { config, entries } = read({ TOPIC_ARN, TIME_ZONE: 'Europe/Berlin' });

    expect(config.topicArn).toBe(TOPIC_ARN);
    expect(config.topicRegion).toBe('eu-central-1');
    expect(config.timeZone).toBe('Europe/Berlin');
    expect(entries()).toEqual([]);
  });

  test.each([
    ['a FIFO topic', 'arn:aws:sns:us-east-1:111122223333:alerts.fifo', 'us-east-1'],
    ['a GovCloud topic', 'arn:aws-us-gov:sns:us-gov-west-1:111122223333:alerts', 'us-gov-west-1'],
    ['a China topic', 'arn:aws-cn:sns:cn-north-1:111122223333:root_alerts', 'cn-north-1'],
  ])('accepts %s and finds its region', (_label, topicArn, region) => {
    expect(read({ TOPIC_ARN: topicArn }).config.topicRegion).toBe(region);
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['an SQS queue ARN', 'arn:aws:sqs:us-east-1:111122223333:queue'],
    ['a topic name alone', 'root-activity'],
    ['missing its account', 'arn:aws:sns:us-east-1::root-activity'],
    ['followed by a subscription id', `${TOPIC_ARN}:6f0c5a51-2f5e-4e2a-9e57-0c2f1ab4a7d2`],
    ['an unresolved CDK token', '${Token[TOKEN.123]}'],
  ])('throws, naming TOPIC_ARN, when TOPIC_ARN is %s', (_label, topicArn) => {
    expect(() => read({ TOPIC_ARN: topicArn })).toThrow(/TOPIC_ARN/);
  });

  test('shows the bad TOPIC_ARN value in the error, so the fault is easy to find', () => {
    expect(() => read({ TOPIC_ARN: 'not-an-arn' })).toThrow(/'not-an-arn'/);
  });

  test('uses UTC, quietly, when no time zone is set', () => {
    const { config, entries } = read({ TOPIC_ARN });

    expect(config.timeZone).toBe('UTC');
    expect(entries()).toEqual([]);
  });

  test('falls back to UTC with a warning naming the zone when TIME_ZONE is not an IANA zone', () => {
    const { config, entries } = read({ TOPIC_ARN, TIME_ZONE: 'Berlin' });

    expect(config.timeZone).toBe('UTC');
    expect(entries()).toEqual([expect.objectContaining({
      level: 'WARN',
      message: expect.stringMatching(/TIME_ZONE/),
      timeZone: 'Berlin',
    })]);
  });

  test('keeps a trimmed account name', () => {
    expect(read({ TOPIC_ARN, ACCOUNT_NAME: '  acme-production ' }).config.accountName).toBe('acme-production');
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('has no account name when ACCOUNT_NAME is %s', (_label, accountName) => {
    expect(read({ TOPIC_ARN, ACCOUNT_NAME: accountName }).config.accountName).toBeUndefined();
  });
});
