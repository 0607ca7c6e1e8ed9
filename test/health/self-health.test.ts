import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { PUBLISH_FAILURE_METRIC } from '../../lambda-src/notifier/delivery/metrics';
import { watchedCalls } from '../../lambda-src/notifier/events/monitor-change';
import { RootActivityHub, RootActivityMonitor, RootActivityMonitorProps } from '../../src';
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
    const matches = (event: unknown) => matchesPattern(pattern, event);

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
