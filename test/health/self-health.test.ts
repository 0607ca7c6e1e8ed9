import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { PUBLISH_FAILURE_METRIC } from '../../lambda-src/notifier/delivery/metrics';
import { watchedCalls } from '../../lambda-src/notifier/events/monitor-change';
import { PostureCheckMethod, RootActivityHub, RootActivityMonitor, RootActivityMonitorProps, RootPostureCheck } from '../../src';
import { matchesPattern } from '../event-pattern-matcher';
import { fixture, newStack } from '../helpers';

function monitorTemplate(props: RootActivityMonitorProps = {}) {
  const stack = newStack();
  const monitor = new RootActivityMonitor(stack, 'Monitor', props);
  return { stack, monitor, template: Template.fromStack(stack) };
}

/** The tamper rules' patterns as one: an event matches it when either rule matches. */
function tamperPattern(template: Template): Record<string, unknown> {
  const rules = template.findResources('AWS::Events::Rule', { Properties: { Description: Match.stringLikeRegexp('could silence') } });
  const patterns = Object.values(rules).map((rule) => rule.Properties.EventPattern);
  expect(patterns).toHaveLength(2);
  return { ...patterns[0], detail: { $or: patterns.flatMap((pattern) => pattern.detail.$or) } };
}

/** `value` with each Fn::Join of plain strings joined, as CloudFormation would. */
function joined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(joined);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, any>;
  if ('Fn::Join' in object) return (joined(object['Fn::Join'][1]) as unknown[]).join(object['Fn::Join'][0]);
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, joined(item)]));
}

/** A CloudTrail write event on the default bus, as EventBridge delivers it. */
function apiCall(eventSource: string, eventName: string, requestParameters: Record<string, unknown>, resources: unknown[] = []) {
  return {
    'detail-type': 'AWS API Call via CloudTrail',
    'source': eventSource.replace('.amazonaws.com', '').replace(/^/, 'aws.'),
    'detail': { eventSource, eventName, requestParameters, resources, userIdentity: { type: 'AssumedRole' } },
  };
}

describe('the monitor watches its own health', () => {
  const { template } = monitorTemplate();

  test('alarms on each new dead letter, not on the queue\'s depth, so a later failure is reported too', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'sent + IF(DIFF(visible) > 0, DIFF(visible), 0)' }),
        Match.objectLike({ Id: 'sent', MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: 'NumberOfMessagesSent' }), Stat: 'Sum' }) }),
        Match.objectLike({ Id: 'visible', MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: 'ApproximateNumberOfMessagesVisible' }) }) }),
      ]),
      Threshold: 1,
      EvaluationPeriods: 1,
    });
  });

  test.each([
    ['AWS/Events', 'InvocationsFailedToBeSentToDlq', 'RuleName'],
    ['AWS/SNS', 'NumberOfNotificationsFailed', 'TopicName'],
  ])('alarms on %s %s', (namespace, metricName, dimension) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: namespace,
      MetricName: metricName,
      Dimensions: [Match.objectLike({ Name: dimension })],
      TreatMissingData: 'notBreaching',
    });
  });

  test('reports, by anyone, the calls that would silence it, and not the same calls on other resources', () => {
    const json = JSON.stringify(tamperPattern(template));
    // The names are tokens in the template: stand in for them as CloudFormation would resolve them.
    const pattern = JSON.parse(json
      .replace(/\{"Fn::Join":\["",\[\{"Ref":"MonitorTopic[^"]*"\},":"\]\]\}/g, '"arn:aws:sns:us-east-1:111122223333:alerts:"')
      .replace(/\{"Ref":"MonitorRule[^"]*"\}/g, '"root-rule"')
      .replace(/\{"Ref":"MonitorTopic[^"]*"\}/g, '"arn:aws:sns:us-east-1:111122223333:alerts"')
      .replace(/\{"Fn::GetAtt":\["MonitorTopicKey[^"]*","Arn"\]\}/g, '"arn:aws:kms:us-east-1:111122223333:key/topic-key"')
      .replace(/\{"Ref":"MonitorNotifierFunction[^"]*"\}/g, '"notifier"')
      .replace(/\{"Fn::GetAtt":\["MonitorNotifierFunction[^"]*","Arn"\]\}/g, '"arn:aws:lambda:us-east-1:111122223333:function:notifier"'));
    const matches = (event: unknown) => matchesPattern(joined(pattern) as Record<string, unknown>, event);

    expect(matches(apiCall('events.amazonaws.com', 'DisableRule', { name: 'root-rule' }))).toBe(true);
    expect(matches(apiCall('events.amazonaws.com', 'RemoveTargets', { rule: 'root-rule', ids: ['Target0'] }))).toBe(true);
    expect(matches(apiCall('events.amazonaws.com', 'DisableRule', { name: 'someone-elses-rule' }))).toBe(false);
    expect(matches(apiCall('cloudtrail.amazonaws.com', 'StopLogging', { name: 'any-trail' }))).toBe(true);
    expect(matches(apiCall('sns.amazonaws.com', 'Unsubscribe', { subscriptionArn: 'arn:aws:sns:us-east-1:111122223333:alerts:0b5c' }))).toBe(true);
    expect(matches(apiCall('sns.amazonaws.com', 'Unsubscribe', { subscriptionArn: 'arn:aws:sns:us-east-1:111122223333:other:0b5c' }))).toBe(false);
    expect(matches(apiCall('kms.amazonaws.com', 'ScheduleKeyDeletion', { keyId: 'topic-key' },
      [{ ARN: 'arn:aws:kms:us-east-1:111122223333:key/topic-key', accountId: '111122223333' }]))).toBe(true);
    expect(matches(apiCall('kms.amazonaws.com', 'DisableKey', { keyId: 'other' }, [{ ARN: 'arn:aws:kms:us-east-1:111122223333:key/other' }]))).toBe(false);
    // Its configuration holds the topic it publishes to: a changed one could send alerts anywhere.
    expect(matches(apiCall('lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', { functionName: 'notifier' }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'UpdateFunctionCode20150331v2', { functionName: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', { functionName: 'someone-elses' }))).toBe(false);
  });

  test('matches a denied attempt too: an identity without permission still gets reported', () => {
    const denied = fixture('tamper/tamper-stop-logging-denied.json');
    expect(denied.detail.errorCode).toBe('AccessDenied');
    expect(matchesPattern(tamperPattern(template), denied)).toBe(true);
  });

  test('every call the tamper rules watch, on a monitor and on a hub, is one the notifier renders as a change to the monitor', () => {
    const hubStack = newStack();
    new RootActivityHub(hubStack, 'Hub', { organizationId: 'o-a1b2c3d4e5' });
    const watched = [template, Template.fromStack(hubStack)].flatMap((each) => {
      const rules = each.findResources('AWS::Events::Rule', { Properties: { Description: Match.stringLikeRegexp('could silence') } });
      return Object.values(rules).flatMap((rule) => rule.Properties.EventPattern.detail.$or
        .flatMap((clause: { eventSource: string[]; eventName: string[] }) => clause.eventName.map((name) => `${clause.eventSource[0]}:${name}`)));
    });
    expect(watched.length).toBeGreaterThan(15);
    expect(watchedCalls()).toEqual(expect.arrayContaining(watched));
  });

  test('counts the alert topic\'s confirmed subscriptions every five minutes and alarms at none, or when the count stops', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorNotifierFunction'), 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Effect: 'Allow', Action: 'sns:GetTopicAttributes', Resource: { Ref: Match.stringLikeRegexp('^MonitorTopic') } }]) },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'RootActivityMonitor',
      MetricName: 'ConfirmedSubscriptions',
      Dimensions: [{ Name: 'TopicName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorTopic'), 'TopicName'] } }],
      Statistic: 'Minimum',
      Period: 600,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  test('keeps each tamper rule\'s pattern within EventBridge\'s 2,048 characters, whatever names the resources get', () => {
    // Each name the patterns hold, at the longest AWS allows it (GovCloud ARNs are the longest).
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
    const arn = (service: string, resource: string) => `arn:aws-us-gov:${service}:us-gov-west-1:111122223333:${resource}`;
    const LONGEST: Record<string, { ref: string; arn: string }> = {
      'AWS::SNS::Topic': { ref: arn('sns', 't'.repeat(256)), arn: arn('sns', 't'.repeat(256)) },
      'AWS::Events::Rule': { ref: 'r'.repeat(64), arn: arn('events', `rule/${'r'.repeat(64)}`) },
      'AWS::Events::EventBus': { ref: 'b'.repeat(256), arn: arn('events', `event-bus/${'b'.repeat(256)}`) },
      'AWS::Lambda::Function': { ref: 'f'.repeat(64), arn: arn('lambda', `function:${'f'.repeat(64)}`) },
      'AWS::KMS::Key': { ref: '0'.repeat(36), arn: arn('kms', `key/${'0'.repeat(36)}`) },
      'AWS::CloudTrail::Trail': { ref: 'c'.repeat(128), arn: arn('cloudtrail', `trail/${'c'.repeat(128)}`) },
    };
    const resolveLongest = (resources: Record<string, any>, value: unknown): unknown => {
      if (Array.isArray(value)) return value.map((item) => resolveLongest(resources, item));
      if (value === null || typeof value !== 'object') return value;
      const object = value as Record<string, any>;
      if ('Ref' in object) return LONGEST[resources[object.Ref].Type].ref;
      if ('Fn::GetAtt' in object) return LONGEST[resources[object['Fn::GetAtt'][0]].Type].arn;
      if ('Fn::Join' in object) return object['Fn::Join'][1].map((part: unknown) => resolveLongest(resources, part)).join(object['Fn::Join'][0]);
      return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, resolveLongest(resources, v)]));
    };
    const hub = newStack();
    new RootActivityHub(hub, 'Hub', { organizationId: 'o-a1b2c3d4e5' });
    const named = newStack();
    new RootActivityMonitor(named, 'Monitor', { trailOptions: { trailName: 'root-activity' } });
    // A hub has a third: the rule on its bus for changes to the forwarders.
    for (const [t, count] of [[template, 2], [Template.fromStack(hub), 3], [Template.fromStack(named), 2]] as const) {
      const resources = t.toJSON().Resources;
      const rules = t.findResources('AWS::Events::Rule', { Properties: { Description: Match.stringLikeRegexp('could silence') } });
      expect(Object.keys(rules)).toHaveLength(count);
      for (const rule of Object.values(rules)) {
        expect(JSON.stringify(resolveLongest(resources, rule.Properties.EventPattern)).length).toBeLessThanOrEqual(2048);
      }
    }
  });

  test('sends tamper reports through the alert queue, paced like root events, with the dead-letter queue as safety net', () => {
    const rules = template.findResources('AWS::Events::Rule', { Properties: { Description: Match.stringLikeRegexp('could silence') } });
    expect(Object.keys(rules)).toHaveLength(2);
    for (const rule of Object.values(rules)) {
      expect(rule.Properties.Targets).toEqual([expect.objectContaining({
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^MonitorNotifierQueue/), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^MonitorDeadLetterQueue/), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      })]);
    }
    // Only these rules (and the root rule) may send to the queue: each by its own ARN.
    const senders = Object.values(template.findResources('AWS::SQS::QueuePolicy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: any) => [statement.Action].flat().includes('sqs:SendMessage') && statement.Principal?.Service === 'events.amazonaws.com'
        && JSON.stringify(statement.Resource).includes('MonitorNotifierQueue'));
    expect(senders).toHaveLength(3);
    for (const statement of senders) {
      expect(statement.Condition).toEqual({ ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [expect.any(String), 'Arn'] } } });
    }
    // EventBridge publishes nothing to the alert topic itself any more.
    template.resourcePropertiesCountIs('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'events.amazonaws.com' } })]) },
    }, 0);
  });

  test('alarms within two minutes on a failed publish attempt, read from the metric the notifier logs', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: PUBLISH_FAILURE_METRIC.namespace,
      MetricName: PUBLISH_FAILURE_METRIC.name,
      Dimensions: [{ Name: PUBLISH_FAILURE_METRIC.dimension, Value: { Ref: Match.stringLikeRegexp('^MonitorNotifierFunction') } }],
      Period: 60,
      EvaluationPeriods: 1,
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitorTopic') }],
    });
  });

  test('without the notifier, tamper reports go to the topic raw, as root events do', () => {
    const { template: raw } = monitorTemplate({ enableNotifier: false });
    raw.hasResourceProperties('AWS::Events::Rule', {
      Description: Match.stringLikeRegexp('could silence'),
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^MonitorTopic') } })],
    });
    raw.resourceCountIs('AWS::Lambda::Function', 0);
  });
});

describe('a separate topic for the monitor\'s own alarms', () => {
  test('takes every self alarm and the tamper reports; the usage alarm stays on the alert topic', () => {
    const stack = newStack();
    const selfMonitoringTopic = new sns.Topic(stack, 'Pager');
    const monitor = new RootActivityMonitor(stack, 'Monitor', { selfMonitoringTopic });
    const template = Template.fromStack(stack);

    expect(monitor.selfAlarms.length).toBeGreaterThan(0);
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
      const isUsageAlarm = String(alarm.Properties.AlarmDescription).includes('CIS root-usage');
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: expect.stringMatching(isUsageAlarm ? /^MonitorTopic/ : /^Pager/) }]);
    }
    // Tamper reports: through the paced notifier, which publishes them to the pager topic.
    template.hasResourceProperties('AWS::Events::Rule', {
      Description: Match.stringLikeRegexp('could silence'),
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorNotifierQueue'), 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ HEALTH_TOPIC_ARN: { Ref: Match.stringLikeRegexp('^Pager') } }) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: Match.stringLikeRegexp('^Pager') } }]) },
    });
  });

  test('must be in the stack\'s region', () => {
    const stack = new Stack(new App(), 'Away', { env: { account: '111122223333', region: 'eu-west-1' } });
    const selfMonitoringTopic = sns.Topic.fromTopicArn(stack, 'Pager', 'arn:aws:sns:us-east-1:111122223333:pager');
    expect(() => new RootActivityMonitor(stack, 'Monitor', { selfMonitoringTopic }))
      .toThrow("RootActivityMonitor: 'selfMonitoringTopic' (Python: 'self_monitoring_topic') is in us-east-1, the stack in eu-west-1");
  });

  test('is refused while self-monitoring is off', () => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'Monitor', { enableSelfMonitoring: false, selfMonitoringTopic: new sns.Topic(stack, 'Pager') }))
      .toThrow("RootActivityMonitor: 'selfMonitoringTopic' (Python: 'self_monitoring_topic') is only allowed when 'enableSelfMonitoring' (Python: 'enable_self_monitoring') is true");
  });
});

test('e-mail subscriptions are refused on the raw-event path, which nothing paces', () => {
  expect(() => monitorTemplate({ enableNotifier: false, emailSubscriptions: ['security@example.com'] }))
    .toThrow("RootActivityMonitor: 'emailSubscriptions' (Python: 'email_subscriptions') cannot be used with 'enableNotifier' (Python: 'enable_notifier') false");
});

describe('the optional parts are watched too', () => {
  const CONFIG_RULES: RootActivityMonitorProps = { enablePostureCheck: true, postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES } };
  const PARTS_RULES = Match.stringLikeRegexp("posture check or planned root use rules|posture check's stored posture");
  /**
   * The rules for the optional parts as one pattern, their tokens resolved
   * as CloudFormation would: a parameter by its name, any other resource by
   * its logical id, an attribute as <logical id>/<attribute> in an ARN.
   */
  function partsPattern(template: Template, count = 2): Record<string, unknown> {
    const resources = template.toJSON().Resources;
    const resolve = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(resolve);
      if (value === null || typeof value !== 'object') return value;
      const object = value as Record<string, any>;
      if ('Ref' in object) return resources[object.Ref]?.Type === 'AWS::SSM::Parameter' ? resources[object.Ref].Properties.Name : object.Ref;
      if ('Fn::GetAtt' in object) {
        const [id, attribute] = object['Fn::GetAtt'];
        return attribute === 'Arn' ? `arn:aws:x:us-east-1:111122223333:${id}` : `${id}/${attribute}`;
      }
      if ('Fn::Join' in object) return object['Fn::Join'][1].map(resolve).join(object['Fn::Join'][0]);
      return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, resolve(item)]));
    };
    const rules = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Description: PARTS_RULES } }));
    expect(rules).toHaveLength(count);
    return { detail: { $or: rules.flatMap((rule) => resolve(rule.Properties.EventPattern.detail.$or) as unknown[]) } };
  }
  const logicalId = (template: Template, type: string, prefix: string) => {
    const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
    expect(ids).toHaveLength(1);
    return ids[0];
  };
  /** A call by `identity`, as the tamper rule sees it. */
  const by = (identity: Record<string, unknown>, eventSource: string, eventName: string, requestParameters: Record<string, unknown>) => {
    const event = apiCall(eventSource, eventName, requestParameters);
    return { ...event, detail: { ...event.detail, userIdentity: identity } };
  };
  const roleSession = (roleArn: string) => ({ type: 'AssumedRole', sessionContext: { sessionIssuer: { type: 'Role', arn: roleArn } } });

  const { template } = monitorTemplate({ enablePostureCheck: true, enablePlannedRootUse: true });
  const pattern = partsPattern(template);
  const matches = (event: unknown) => matchesPattern(pattern, event);
  const checkRole = `arn:aws:x:us-east-1:111122223333:${logicalId(template, 'AWS::IAM::Role', 'MonitorPostureCheckRole')}`;
  const stateName = template.findResources('AWS::SSM::Parameter')[logicalId(template, 'AWS::SSM::Parameter', 'MonitorPostureCheckState')].Properties.Name;
  const developer = roleSession('arn:aws:iam::111122223333:role/Developer');

  test('the state parameter lives under the path the rule watches', () => {
    expect(stateName).toMatch(/^\/root-activity-monitor\/posture-state\/[A-Za-z0-9]+$/);
    expect(stateName.startsWith(RootPostureCheck.STATE_PATH)).toBe(true);
  });

  test('reports the window rule and the posture schedule disabled, deleted or retargeted, and no one else\'s rule', () => {
    for (const rule of [logicalId(template, 'AWS::Events::Rule', 'MonitorPlannedRootUseChangeRule'), logicalId(template, 'AWS::Events::Rule', 'MonitorPostureCheckSchedule')]) {
      expect(matches(apiCall('events.amazonaws.com', 'DeleteRule', { name: rule }))).toBe(true);
      expect(matches(apiCall('events.amazonaws.com', 'DisableRule', { name: rule }))).toBe(true);
      expect(matches(apiCall('events.amazonaws.com', 'RemoveTargets', { rule, ids: ['Target0'] }))).toBe(true);
    }
    expect(matches(apiCall('events.amazonaws.com', 'DeleteRule', { name: 'someone-elses-rule' }))).toBe(false);
  });

  test('reports a denied attempt to delete the window rule, recorded as AWS records it', () => {
    const denied = fixture('tamper/tamper-delete-window-rule-denied.json');
    const ruleId = logicalId(template, 'AWS::Events::Rule', 'MonitorPlannedRootUseChangeRule');
    expect(matches({ ...denied, detail: { ...denied.detail, requestParameters: { name: ruleId } } })).toBe(true);
  });

  test('reports the posture function deleted, throttled or replaced', () => {
    const fn = logicalId(template, 'AWS::Lambda::Function', 'MonitorPostureCheckFunction');
    expect(matches(apiCall('lambda.amazonaws.com', 'DeleteFunction20150331', { functionName: fn }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'UpdateFunctionCode20150331v2', { functionName: `arn:aws:lambda:us-east-1:111122223333:function:${fn}` }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', { functionName: `111122223333:function:${fn}` }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'PutFunctionConcurrency20171031', { functionName: `arn:aws:lambda:us-east-1:111122223333:function:${fn}:$LATEST` }))).toBe(true);
    // The schedule invokes it through its resource policy.
    expect(matches(apiCall('lambda.amazonaws.com', 'RemovePermission20150331v2', { functionName: fn, statementId: 'schedule' }))).toBe(true);
    expect(matches(apiCall('lambda.amazonaws.com', 'DeleteFunction20150331', { functionName: 'someone-elses' }))).toBe(false);
    expect(matches(apiCall('lambda.amazonaws.com', 'DeleteFunction20150331', { functionName: `${fn}-copy` }))).toBe(false);
  });

  test('reports anyone but the check overwriting or deleting the stored posture, and not the check itself or a first creation', () => {
    const overwrite = { name: stateName, type: 'String', value: 'HIDDEN_DUE_TO_SECURITY_REASONS', overwrite: true };
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', overwrite))).toBe(true);
    expect(matches(by({ type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/mallory' }, 'ssm.amazonaws.com', 'PutParameter', overwrite))).toBe(true);
    // By ARN rather than by name.
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', { ...overwrite, name: `arn:aws:ssm:us-east-1:111122223333:parameter${stateName}` }))).toBe(true);
    expect(matches(by(developer, 'ssm.amazonaws.com', 'DeleteParameter', { name: stateName }))).toBe(true);
    expect(matches(by(developer, 'ssm.amazonaws.com', 'DeleteParameters', { names: ['/other', stateName] }))).toBe(true);
    const recorded = fixture('tamper/tamper-posture-state-overwrite.json');
    const request = { ...recorded.detail.requestParameters, name: stateName };
    expect(matches({ ...recorded, detail: { ...recorded.detail, requestParameters: request } })).toBe(true);

    // The check writes its state after every change: not news.
    expect(matches(by(roleSession(checkRole), 'ssm.amazonaws.com', 'PutParameter', overwrite))).toBe(false);
    // Without Overwrite PutParameter only creates: CloudFormation at deploy.
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', { name: stateName, type: 'String' }))).toBe(false);
    // Another parameter, and the windows (the window rule reports those).
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', { ...overwrite, name: '/team/config' }))).toBe(false);
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', { ...overwrite, name: '/root-activity-monitor/planned-root-use/chg-1' }))).toBe(false);
    // Another check's state, on the same path, is that check's monitor's to watch.
    expect(matches(by(developer, 'ssm.amazonaws.com', 'PutParameter', { ...overwrite, name: `${RootPostureCheck.STATE_PATH}OtherStackOtherCheck` }))).toBe(false);
  });

  test('with AWS Config rules, reports them and their compliance rule deleted or changed', () => {
    const { template: withConfig } = monitorTemplate(CONFIG_RULES);
    const configPattern = partsPattern(withConfig);
    const configRules = Object.keys(withConfig.findResources('AWS::Config::ConfigRule'));
    expect(configRules).toHaveLength(2);
    for (const rule of configRules) {
      expect(matchesPattern(configPattern, apiCall('config.amazonaws.com', 'DeleteConfigRule', { configRuleName: rule }))).toBe(true);
      expect(matchesPattern(configPattern, apiCall('config.amazonaws.com', 'PutConfigRule', { configRule: { configRuleName: rule, source: { owner: 'AWS' } } }))).toBe(true);
      // A rule may be changed by its ARN or id instead of its name.
      expect(matchesPattern(configPattern, apiCall('config.amazonaws.com', 'PutConfigRule', { configRule: { configRuleArn: `arn:aws:x:us-east-1:111122223333:${rule}` } }))).toBe(true);
      expect(matchesPattern(configPattern, apiCall('config.amazonaws.com', 'PutConfigRule', { configRule: { configRuleId: `${rule}/ConfigRuleId` } }))).toBe(true);
    }
    expect(matchesPattern(configPattern, apiCall('config.amazonaws.com', 'DeleteConfigRule', { configRuleName: 'someone-elses' }))).toBe(false);
    const changes = logicalId(withConfig, 'AWS::Events::Rule', 'MonitorPostureCheckComplianceChangeRule');
    expect(matchesPattern(configPattern, apiCall('events.amazonaws.com', 'DisableRule', { name: changes }))).toBe(true);
  });

  test('no such rule without the optional parts, and each call it watches is one the notifier renders', () => {
    const plain = monitorTemplate().template;
    expect(plain.findResources('AWS::Events::Rule', { Properties: { Description: PARTS_RULES } })).toEqual({});
    const { template: withConfig } = monitorTemplate(CONFIG_RULES);
    type Clause = { eventSource: string[]; eventName: string[] };
    const watched = [partsPattern(template), partsPattern(withConfig)].flatMap((each) => (each.detail as { $or: Clause[] }).$or
      .flatMap((clause) => clause.eventName.map((name) => `${clause.eventSource[0]}:${name}`)));
    expect(watchedCalls()).toEqual(expect.arrayContaining(watched));
  });

  test('keeps each rule within EventBridge\'s 2,048 characters at the longest names', () => {
    // Rule and function names of 64 characters, Config rule names of 128,
    // role names of 64, in GovCloud ARNs (the longest).
    const arn = (service: string, resource: string) => `arn:aws-us-gov:${service}:us-gov-west-1:111122223333:${resource}`;
    const LONGEST: Record<string, { ref: string; arn: string }> = {
      'AWS::Events::Rule': { ref: 'r'.repeat(64), arn: arn('events', `rule/${'r'.repeat(64)}`) },
      'AWS::Lambda::Function': { ref: 'f'.repeat(64), arn: arn('lambda', `function:${'f'.repeat(64)}`) },
      'AWS::Config::ConfigRule': { ref: 'c'.repeat(128), arn: arn('config', `config-rule/config-rule-${'c'.repeat(6)}`) },
      'AWS::Lambda::Permission': { ref: '', arn: '' },
      'AWS::IAM::Role': { ref: 'i'.repeat(64), arn: `arn:aws-us-gov:iam::111122223333:role/${'i'.repeat(64)}` },
      'AWS::SSM::Parameter': { ref: `${RootPostureCheck.STATE_PATH}${'p'.repeat(64)}`, arn: '' },
    };
    const lengths = (each: Template) => {
      const resources = each.toJSON().Resources;
      const longest = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(longest);
        if (value === null || typeof value !== 'object') return value;
        const object = value as Record<string, any>;
        if ('Ref' in object) return LONGEST[resources[object.Ref].Type].ref;
        if ('Fn::GetAtt' in object) {
          const [id, attribute] = object['Fn::GetAtt'];
          // A Config rule's id: config-rule-<6 characters>.
          return attribute === 'Arn' ? LONGEST[resources[id].Type].arn : `config-rule-${'c'.repeat(6)}`;
        }
        if ('Fn::Join' in object) return (longest(object['Fn::Join'][1]) as unknown[]).join(object['Fn::Join'][0]);
        return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, longest(item)]));
      };
      return Object.values(each.findResources('AWS::Events::Rule', { Properties: { Description: PARTS_RULES } }))
        .map((rule) => JSON.stringify(longest(rule.Properties.EventPattern)).length);
    };
    const { template: withConfig } = monitorTemplate({
      ...CONFIG_RULES,
      enablePlannedRootUse: true,
      postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, requireHardwareMfa: true },
    });
    const all = [...lengths(template), ...lengths(withConfig)];
    expect(all).toHaveLength(4);
    for (const length of all) {
      expect(length).toBeLessThanOrEqual(2048);
    }
  });
});
