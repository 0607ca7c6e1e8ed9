import { collectingLogger } from './support';
import { readConfig } from '../../lambda-src/notifier/config';
import { AssumedRootTasks } from '../../lambda-src/notifier/events/assumed-root-tasks';
import { Severity } from '../../lambda-src/notifier/events/severity';

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

  test('reads the health topic and the function\'s name for its metric', () => {
    const health = 'arn:aws:sns:eu-central-1:111122223333:root-activity-health';
    const { config, entries } = read({ TOPIC_ARN, HEALTH_TOPIC_ARN: health, AWS_LAMBDA_FUNCTION_NAME: 'notifier' });
    expect(config.healthTopicArn).toBe(health);
    expect(config.functionName).toBe('notifier');
    expect(entries()).toEqual([]);
  });

  test.each([
    ['not a topic ARN', 'root-activity-health'],
    ['in another region than the alert topic, which the one SNS client cannot reach', 'arn:aws:sns:us-east-1:111122223333:health'],
  ])('sends alerts about the monitor to the alert topic, with a warning, when the health topic is %s', (_label, health) => {
    const { config, entries } = read({ TOPIC_ARN, HEALTH_TOPIC_ARN: health });
    expect(config.healthTopicArn).toBeUndefined();
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', healthTopicArn: health })]);
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

  test('has no other account names, no look-up and alerts on privileged root tasks by default, quietly', () => {
    const { config, entries } = read({ TOPIC_ARN });

    expect(config.accountNames?.size).toBe(0);
    expect(config.lookUpAccountNames).toBe(false);
    expect(config.assumedRootTasks).toBe(AssumedRootTasks.ALERT);
    expect(entries()).toEqual([]);
  });

  test('reads the names of other accounts from ACCOUNT_NAMES', () => {
    const { config } = read({ TOPIC_ARN, ACCOUNT_NAMES: '444455556666=Sandbox;777788889999=Staging' });

    expect(config.accountNames).toEqual(new Map([['444455556666', 'Sandbox'], ['777788889999', 'Staging']]));
  });

  test('keeps going, with a warning, when ACCOUNT_NAMES has a bad entry', () => {
    const { config, entries } = read({ TOPIC_ARN, ACCOUNT_NAMES: '444455556666=Sandbox;oops' });

    expect(config.topicArn).toBe(TOPIC_ARN);
    expect(config.accountNames).toEqual(new Map([['444455556666', 'Sandbox']]));
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', entry: 'oops' })]);
  });

  test.each([
    ['true', true],
    ['TRUE', true],
    ['false', false],
    ['', false],
  ])('reads LOOK_UP_ACCOUNT_NAMES %p as %p, quietly', (value, expected) => {
    const { config, entries } = read({ TOPIC_ARN, LOOK_UP_ACCOUNT_NAMES: value });

    expect(config.lookUpAccountNames).toBe(expected);
    expect(entries()).toEqual([]);
  });

  test('leaves the look-up off, with a warning, for any other LOOK_UP_ACCOUNT_NAMES', () => {
    const { config, entries } = read({ TOPIC_ARN, LOOK_UP_ACCOUNT_NAMES: 'yes' });

    expect(config.lookUpAccountNames).toBe(false);
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', message: expect.stringMatching(/LOOK_UP_ACCOUNT_NAMES/) })]);
  });

  test('reads ASSUMED_ROOT_TASKS, and alerts with a warning on a value it does not know', () => {
    expect(read({ TOPIC_ARN, ASSUMED_ROOT_TASKS: 'drop' }).config.assumedRootTasks).toBe(AssumedRootTasks.DROP);
    expect(read({ TOPIC_ARN, ASSUMED_ROOT_TASKS: 'lower' }).config.assumedRootTasks).toBe(AssumedRootTasks.LOWER);

    const unknown = read({ TOPIC_ARN, ASSUMED_ROOT_TASKS: 'mute' });
    expect(unknown.config.assumedRootTasks).toBe(AssumedRootTasks.ALERT);
    expect(unknown.entries()).toEqual([expect.objectContaining({ level: 'WARN', message: expect.stringMatching(/ASSUMED_ROOT_TASKS/) })]);
  });

  describe('the chat and paging topics', () => {
    const CHAT = 'arn:aws:sns:eu-central-1:111122223333:root-activity-chat';
    const PAGING = 'arn:aws:sns:us-east-1:111122223333:pagerduty';

    test('are off unless their ARNs are set, quietly', () => {
      const { config, entries } = read({ TOPIC_ARN });
      expect(config.chat).toBeUndefined();
      expect(config.paging).toBeUndefined();
      expect(entries()).toEqual([]);
    });

    test('default to every message for chat and HIGH or above for paging; a topic may be in another region', () => {
      const { config, entries } = read({ TOPIC_ARN, CHAT_TOPIC_ARN: CHAT, PAGING_TOPIC_ARN: ` ${PAGING} ` });
      expect(config.chat).toEqual({ topicArn: CHAT, region: 'eu-central-1', minimumSeverity: Severity.MEDIUM });
      expect(config.paging).toEqual({ topicArn: PAGING, region: 'us-east-1', minimumSeverity: Severity.HIGH });
      expect(entries()).toEqual([]);
    });

    test.each([
      ['CRITICAL', Severity.CRITICAL],
      ['HIGH', Severity.HIGH],
      ['MEDIUM', Severity.MEDIUM],
      [' critical ', Severity.CRITICAL],
      ['', Severity.HIGH],
    ])('read PAGING_MINIMUM_SEVERITY %p as %p, quietly', (value, expected) => {
      const { config, entries } = read({ TOPIC_ARN, PAGING_TOPIC_ARN: PAGING, PAGING_MINIMUM_SEVERITY: value });
      expect(config.paging?.minimumSeverity).toBe(expected);
      expect(entries()).toEqual([]);
    });

    test.each([
      ['CHAT', 'LOW', Severity.MEDIUM],
      ['CHAT', 'SEV1', Severity.MEDIUM],
      ['PAGING', 'urgent', Severity.HIGH],
      ['PAGING', '2', Severity.HIGH],
    ])('a %s_MINIMUM_SEVERITY of %p is logged, saying what was odd, and the default %p taken', (name, value, expected) => {
      const env = { TOPIC_ARN, CHAT_TOPIC_ARN: CHAT, PAGING_TOPIC_ARN: PAGING, [`${name}_MINIMUM_SEVERITY`]: value };
      const { config, entries } = read(env);
      expect((name === 'CHAT' ? config.chat : config.paging)?.minimumSeverity).toBe(expected);
      expect(entries()).toEqual([expect.objectContaining({
        level: 'WARN',
        message: `${name}_MINIMUM_SEVERITY is not CRITICAL, HIGH or MEDIUM; using ${expected}`,
        [`${name}_MINIMUM_SEVERITY`]: value,
      })]);
    });

    test.each([
      ['not a topic ARN', { CHAT_TOPIC_ARN: 'root-activity-chat' }, 'CHAT_TOPIC_ARN is not an SNS topic ARN'],
      ['a FIFO topic', { CHAT_TOPIC_ARN: `${CHAT}.fifo` }, 'CHAT_TOPIC_ARN is a FIFO topic'],
      ['the alert topic', { CHAT_TOPIC_ARN: TOPIC_ARN }, 'CHAT_TOPIC_ARN is a topic that already gets other messages'],
      ['the health topic', { HEALTH_TOPIC_ARN: `${TOPIC_ARN}-health`, PAGING_TOPIC_ARN: `${TOPIC_ARN}-health` }, 'PAGING_TOPIC_ARN is a topic that already gets other messages'],
      ['the chat topic', { CHAT_TOPIC_ARN: CHAT, PAGING_TOPIC_ARN: CHAT }, 'PAGING_TOPIC_ARN is a topic that already gets other messages'],
    ])('a copy topic that is %s is left off with a warning; the alert topic is untouched', (_label, env, message) => {
      const { config, entries } = read({ TOPIC_ARN, ...env });
      expect(config.topicArn).toBe(TOPIC_ARN);
      expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', message: expect.stringContaining(message) })]);
    });

    test('a minimum severity without its topic is logged as having no effect', () => {
      const { config, entries } = read({ TOPIC_ARN, CHAT_MINIMUM_SEVERITY: 'HIGH' });
      expect(config.chat).toBeUndefined();
      expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', message: 'CHAT_MINIMUM_SEVERITY is set without CHAT_TOPIC_ARN; it has no effect' })]);
    });
  });
});
