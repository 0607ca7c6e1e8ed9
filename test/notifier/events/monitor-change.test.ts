import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { createBatchNotifier } from '../../../lambda-src/notifier/delivery/batch-notifier';
import { monitorChange } from '../../../lambda-src/notifier/events/monitor-change';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { sessionKey } from '../../../lambda-src/notifier/events/session';
import { classify, Severity } from '../../../lambda-src/notifier/events/severity';
import { buildAlert, MONITOR_CHANGE_KIND } from '../../../lambda-src/notifier/messages/alert';
import { fixture, tamperFixtureNames } from '../../helpers';
import { collectingLogger, copy, virtualTime } from '../support';

const DENIED_STOP = 'tamper/tamper-stop-logging-denied.json';
const DELETED_RULE = 'tamper/tamper-delete-rule.json';
const CONTEXT = { account: { name: 'acme', id: '111122223333' }, timeZone: 'UTC' };

describe('changes to the monitor by identities other than root', () => {
  test.each(tamperFixtureNames())('%s is read as a change to the monitor, with nothing odd about it', (name) => {
    const event = parseRootEvent(fixture(name));
    expect(monitorChange(event)).toBeDefined();
    expect(event.oddities).toEqual([]);
  });

  test('a denied attempt is HIGH and says who tried, what and that it was denied', () => {
    const raw = fixture(DENIED_STOP);
    const alert = buildAlert(parseRootEvent(raw), raw, CONTEXT);
    expect(alert.classification.severity).toBe(Severity.HIGH);
    expect(alert.subject).toBe('HIGH: Someone tried to stop the trail: denied | acme (111122223333)');
    expect(alert.message).toContain('Who:         AssumedRole arn:aws:sts::111122223333:assumed-role/Developer/mallory');
    expect(alert.message).toContain('Source IP:   203.0.113.77');
    expect(alert.message).toContain('The call failed, so nothing changed');
    expect(alert.attributes).toMatchObject({ eventKind: MONITOR_CHANGE_KIND, outcome: 'failure', eventName: 'StopLogging' });
  });

  test('a change that went through is CRITICAL and asks whether a deployment was running', () => {
    const raw = fixture(DELETED_RULE);
    const alert = buildAlert(parseRootEvent(raw), raw, CONTEXT);
    expect(alert.classification.severity).toBe(Severity.CRITICAL);
    expect(alert.subject).toBe('CRITICAL: Someone tried to delete a rule of the monitor, and it succeeded | acme (111122223333)');
    expect(alert.message).toContain('Was a deployment of the monitor running?');
  });

  test('a denied call that is not one the tamper rules watch stays an odd, non-root event', () => {
    const raw = copy(fixture(DENIED_STOP));
    raw.detail.eventName = 'DescribeTrails';
    const event = parseRootEvent(raw);
    expect(monitorChange(event)).toBeUndefined();
    expect(event.oddities).toEqual(["userIdentity.type is 'AssumedRole', not 'Root'"]);
  });

  test('the root user\'s own StopLogging stays a root event (the root rule reports it), not a change by someone else', () => {
    const event = parseRootEvent(fixture('root-api-stop-logging.json'));
    expect(monitorChange(event)).toBeUndefined();
    expect(classify(event)).toEqual({ severity: Severity.CRITICAL, reason: 'CloudTrail logging stopped' });
  });

  test('one principal\'s calls from one address are one session, and another principal\'s another', () => {
    const first = parseRootEvent(fixture(DENIED_STOP));
    const other = copy(fixture(DENIED_STOP));
    other.detail.userIdentity.arn = 'arn:aws:sts::111122223333:assumed-role/Developer/eve';
    expect(sessionKey(first)).toContain('AssumedRole arn:aws:sts::111122223333:assumed-role/Developer/mallory');
    expect(sessionKey(parseRootEvent(other))).not.toBe(sessionKey(first));
  });
});

describe('the batch notifier with a separate health topic', () => {
  const snsMock = mockClient(SNSClient);
  const ALERT_TOPIC = 'arn:aws:sns:us-east-1:111122223333:root-activity';
  const HEALTH_TOPIC = 'arn:aws:sns:us-east-1:111122223333:root-activity-health';

  beforeEach(() => {
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
  });
  afterAll(() => snsMock.restore());

  function handlerWith(healthTopicArn?: string) {
    const { log } = collectingLogger();
    return createBatchNotifier({
      sns: new SNSClient({ region: 'us-east-1' }),
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: { topicArn: ALERT_TOPIC, topicRegion: 'us-east-1', timeZone: 'UTC', accountName: 'acme', healthTopicArn },
      log,
      ...virtualTime(),
    });
  }

  /** A flood of one principal's denied StopLogging calls, each with its own id, and one root sign-in. */
  function mixedBatch() {
    const denied = Array.from({ length: 200 }, (_, i) => {
      const event = copy(fixture(DENIED_STOP));
      event.detail.eventID = `denied-${i}`;
      return { messageId: `sqs-${i}`, body: JSON.stringify(event) };
    });
    return [...denied, { messageId: 'sqs-root', body: JSON.stringify(fixture('root-console-login-no-mfa.json')) }];
  }

  test('sends changes to the monitor to the health topic and root events to the alert topic, never mixed, every event named', async () => {
    const result = await handlerWith(HEALTH_TOPIC)({ Records: mixedBatch() });

    expect(result.batchItemFailures).toEqual([]);
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    const toHealth = inputs.filter((input) => input.TopicArn === HEALTH_TOPIC);
    const toAlerts = inputs.filter((input) => input.TopicArn === ALERT_TOPIC);
    // One principal's flood is one session: one summary, not 200 mails.
    expect(toHealth).toHaveLength(1);
    expect(toHealth[0].Subject).toMatch(/^HIGH: 200 changes to the monitor in 1 session \(StopLogging\)/);
    expect(toAlerts).toHaveLength(1);
    expect(toAlerts[0].Subject).toMatch(/^CRITICAL: Root sign-in ConsoleLogin succeeded without MFA/);
    for (let i = 0; i < 200; i++) {
      expect(toHealth[0].Message).toContain(`denied-${i}`);
    }
  });

  test('without a health topic, both go to the alert topic in one summary, most severe first', async () => {
    await handlerWith(undefined)({ Records: mixedBatch() });
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => input.TopicArn)).toEqual([ALERT_TOPIC]);
    expect(inputs[0].Subject).toMatch(/^CRITICAL: 201 root events and changes to the monitor in 2 sessions/);
  });
});
