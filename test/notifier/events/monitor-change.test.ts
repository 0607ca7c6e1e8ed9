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

describe('changes to the optional parts', () => {
  const STATE_OVERWRITE = 'tamper/tamper-posture-state-overwrite.json';

  test('someone overwriting the posture check\'s stored posture is a CRITICAL change to the monitor', () => {
    const raw = fixture(STATE_OVERWRITE);
    const alert = buildAlert(parseRootEvent(raw), raw, CONTEXT);
    expect(alert.classification.severity).toBe(Severity.CRITICAL);
    expect(alert.subject).toBe('CRITICAL: Someone tried to overwrite the stored posture, and it succeeded | acme (111122223333)');
    expect(alert.attributes).toMatchObject({ eventKind: MONITOR_CHANGE_KIND, eventName: 'PutParameter' });
  });

  test('a Parameter Store call elsewhere is no change to the posture state: a window change stays one', () => {
    const window = parseRootEvent(fixture('planned/window-changed.json'));
    expect(monitorChange(window)).toBeUndefined();
    expect(classify(window).reason).toContain('planned root use window');
    const other = copy(fixture(STATE_OVERWRITE));
    other.detail.requestParameters.name = '/team/settings';
    expect(monitorChange(parseRootEvent(other))).toBeUndefined();
  });

  test('a denied attempt to delete the window rule is HIGH', () => {
    const raw = fixture('tamper/tamper-delete-window-rule-denied.json');
    const alert = buildAlert(parseRootEvent(raw), raw, CONTEXT);
    expect(alert.classification.severity).toBe(Severity.HIGH);
    expect(alert.subject).toBe('HIGH: Someone tried to delete a rule of the monitor: denied | acme (111122223333)');
  });

  describe('which function a Lambda call concerns', () => {
    const saved = process.env.AWS_LAMBDA_FUNCTION_NAME;
    beforeEach(() => { process.env.AWS_LAMBDA_FUNCTION_NAME = 'Stack-MonitorNotifierFunction-A1B2'; });
    afterEach(() => {
      if (saved === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
      else process.env.AWS_LAMBDA_FUNCTION_NAME = saved;
    });
    const call = (eventName: string, functionName: string) => {
      const raw = copy(fixture(STATE_OVERWRITE));
      raw.detail.eventSource = 'lambda.amazonaws.com';
      raw.detail.eventName = eventName;
      raw.detail.requestParameters = { functionName };
      return parseRootEvent(raw);
    };

    test.each([
      ['Stack-MonitorNotifierFunction-A1B2', 'delete the notifier'],
      ['arn:aws:lambda:us-east-1:111122223333:function:Stack-MonitorNotifierFunction-A1B2', 'delete the notifier'],
      ['111122223333:function:Stack-MonitorNotifierFunction-A1B2:$LATEST', 'delete the notifier'],
      ['Stack-MonitorPostureCheckFunction-C3D4', 'delete the posture check'],
      ['arn:aws:lambda:us-east-1:111122223333:function:Stack-MonitorPostureCheckFunction-C3D4', 'delete the posture check'],
    ])('%s: %s', (functionName, change) => {
      expect(monitorChange(call('DeleteFunction20150331', functionName))).toBe(change);
    });

    test('every Lambda call the tamper rules watch names the function it concerns', () => {
      expect(monitorChange(call('UpdateFunctionCode20150331v2', 'Stack-MonitorPostureCheckFunction-C3D4'))).toBe('replace the posture check\'s code');
      expect(monitorChange(call('PutFunctionConcurrency20171031', 'Stack-MonitorPostureCheckFunction-C3D4'))).toBe('throttle the posture check');
      expect(monitorChange(call('UpdateFunctionConfiguration20150331v2', 'Stack-MonitorPostureCheckFunction-C3D4'))).toBe('change the posture check\'s configuration');
    });
  });
});
