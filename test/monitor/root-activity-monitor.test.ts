import { App, CfnResource, Duration, NestedStack, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityMonitor, RootActivityMonitorProps } from '../../src';
import { newStack } from '../helpers';

function monitorStack(props: RootActivityMonitorProps = {}) {
  const stack = newStack();
  const monitor = new RootActivityMonitor(stack, 'Monitor', props);
  return { stack, monitor, template: Template.fromStack(stack) };
}

describe('RootActivityMonitor with defaults', () => {
  const { monitor, template } = monitorStack();

  test('creates every part', () => {
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::CloudTrail::Trail', 1);
    // The root activity rule, the two tamper rules and the subscription check's schedule.
    template.resourceCountIs('AWS::Events::Rule', 4);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::Logs::MetricFilter', 1);
    // The alert queue and the dead-letter queue.
    template.resourceCountIs('AWS::SQS::Queue', 2);
    expect(monitor.trail).toBeDefined();
    expect(monitor.rule).toBeDefined();
    expect(monitor.notifier).toBeDefined();
    expect(monitor.usageAlarm).toBeDefined();
    expect(monitor.deadLetterQueue).toBeDefined();
    expect(monitor.selfAlarms).toHaveLength(9);
  });

  test('sends the trail to CloudWatch Logs and puts the alarm on that log group', () => {
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorTrailLogGroup'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: Match.stringLikeRegexp('^MonitorTrailLogGroup') },
    });
  });

  test('routes rule matches through the alert queue to the notifier, which publishes to the topic', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorNotifierQueue'), 'Arn'] } })],
    });
    // Only this rule may send to the queue.
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: Match.stringLikeRegexp('^MonitorNotifierQueue') }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorRule'), 'Arn'] } } },
        })]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorNotifierQueue'), 'Arn'] },
      FunctionName: { Ref: Match.stringLikeRegexp('^MonitorNotifierFunction') },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOPIC_ARN: { Ref: Match.stringLikeRegexp('^MonitorTopic') } }) },
    });
  });

  test('points the alarm at the topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitorTopic') }],
    });
  });

  test('has no subscriptions', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('RootActivityMonitor options', () => {
  test('subscribes e-mail addresses to the topic it creates and names it', () => {
    const { template } = monitorStack({
      topicName: 'root-activity',
      emailSubscriptions: ['security@example.com', 'oncall@example.com'],
    });

    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'root-activity' });
    template.resourceCountIs('AWS::SNS::Subscription', 2);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@example.com' });
  });

  test('uses an existing topic instead of creating one', () => {
    const stack = newStack();
    const topic = sns.Topic.fromTopicArn(stack, 'Existing', 'arn:aws:sns:us-east-1:111122223333:security-alerts');
    const monitor = new RootActivityMonitor(stack, 'Monitor', { topic });
    const template = Template.fromStack(stack);

    expect(monitor.topic).toBe(topic);
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: ['arn:aws:sns:us-east-1:111122223333:security-alerts'],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:security-alerts' }) },
    });
  });

  test('puts the alarm on an existing log group and keeps the trail out of CloudWatch Logs', () => {
    const stack = newStack();
    const logGroup = logs.LogGroup.fromLogGroupName(stack, 'OrgTrail', 'aws-controltower/CloudTrailLogs');
    new RootActivityMonitor(stack, 'Monitor', { logGroup });
    const template = Template.fromStack(stack);

    template.resourceCountIs('AWS::CloudTrail::Trail', 1);
    template.hasResourceProperties('AWS::CloudTrail::Trail', { CloudWatchLogsLogGroupArn: Match.absent() });
    template.hasResourceProperties('AWS::Logs::MetricFilter', { LogGroupName: 'aws-controltower/CloudTrailLogs' });
  });

  test('works beside an existing trail: no trail, alarm on that trail\'s log group', () => {
    const stack = newStack();
    const logGroup = logs.LogGroup.fromLogGroupName(stack, 'OrgTrail', 'aws-controltower/CloudTrailLogs');
    const monitor = new RootActivityMonitor(stack, 'Monitor', { createTrail: false, logGroup });
    const template = Template.fromStack(stack);

    expect(monitor.trail).toBeUndefined();
    template.resourceCountIs('AWS::CloudTrail::Trail', 0);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.resourceCountIs('AWS::Events::Rule', 4);
    template.hasResourceProperties('AWS::Logs::MetricFilter', { LogGroupName: 'aws-controltower/CloudTrailLogs' });
  });

  test('without the usage alarm, the trail does not deliver to CloudWatch Logs', () => {
    const { monitor, template } = monitorStack({ enableUsageAlarm: false });

    expect(monitor.usageAlarm).toBeUndefined();
    template.resourceCountIs('AWS::CloudWatch::Alarm', monitor.selfAlarms.length);
    template.resourceCountIs('AWS::Logs::MetricFilter', 0);
    template.hasResourceProperties('AWS::CloudTrail::Trail', { CloudWatchLogsLogGroupArn: Match.absent() });
  });

  test('without the notifier, the rule publishes the raw event to the topic', () => {
    const { monitor, template } = monitorStack({ enableNotifier: false });

    expect(monitor.notifier).toBeUndefined();
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^MonitorTopic') } })],
    });
  });

  test('without the rule, there is no notifier either, only the alarm', () => {
    const { monitor, template } = monitorStack({ enableEventRule: false });

    expect(monitor.rule).toBeUndefined();
    expect(monitor.notifier).toBeUndefined();
    // Only the tamper rule.
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('AWS::Logs::MetricFilter', 1);
    // Nothing would use a dead-letter queue, so there is none to watch.
    template.resourceCountIs('AWS::SQS::Queue', 0);
    // Only failed deliveries of the alert topic are watched.
    expect(monitor.selfAlarms).toHaveLength(1);
  });

  test('passes part options through', () => {
    const { template } = monitorStack({
      trailOptions: { trailName: 'root-trail' },
      ruleOptions: { ruleName: 'root-rule', includeReadOnlyApiCalls: false },
      notifierOptions: { timeZone: 'Asia/Tokyo' },
      usageAlarmOptions: { alarmName: 'root-alarm' },
    });

    template.hasResourceProperties('AWS::CloudTrail::Trail', { TrailName: 'root-trail' });
    template.hasResourceProperties('AWS::Events::Rule', { Name: 'root-rule', State: 'ENABLED' });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TIME_ZONE: 'Asia/Tokyo' }) },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'root-alarm' });
  });
});

describe('RootActivityMonitor rejects props that conflict', () => {
  const existingTopic = (props: RootActivityMonitorProps) => {
    const stack = newStack();
    const topic = sns.Topic.fromTopicArn(stack, 'Existing', 'arn:aws:sns:us-east-1:111122223333:alerts');
    return new RootActivityMonitor(stack, 'Monitor', { topic, ...props });
  };

  test('an existing topic with e-mail subscriptions', () => {
    expect(() => existingTopic({ emailSubscriptions: ['a@example.com'] }))
      .toThrow("RootActivityMonitor: 'topic' and 'emailSubscriptions' (Python: 'email_subscriptions') cannot be used together");
  });

  test('an existing topic with a topic name', () => {
    expect(() => existingTopic({ topicName: 'alerts' }))
      .toThrow("RootActivityMonitor: 'topic' and 'topicName' (Python: 'topic_name') cannot be used together");
  });

  test('an address that is not one', () => {
    expect(() => monitorStack({ emailSubscriptions: ['security@example.com', 'a@b.com, c@d.com'] }))
      .toThrow("RootActivityMonitor: 'emailSubscriptions' (Python: 'email_subscriptions') must contain e-mail addresses such as 'security@example.com' (got 'a@b.com, c@d.com')");
  });

  test('an empty topic name', () => {
    expect(() => monitorStack({ topicName: '' })).toThrow("RootActivityMonitor: 'topicName' (Python: 'topic_name') must not be empty (got '')");
  });

  test.each([
    [{ createTrail: false, trailOptions: {}, enableUsageAlarm: false }, "'trailOptions' (Python: 'trail_options') is only allowed when 'createTrail' (Python: 'create_trail') is true"],
    [{ enableEventRule: false, ruleOptions: {} }, "'ruleOptions' (Python: 'rule_options') is only allowed when 'enableEventRule' (Python: 'enable_event_rule') is true"],
    [{ enableNotifier: false, notifierOptions: {} }, "'notifierOptions' (Python: 'notifier_options') is only allowed when 'enableNotifier' (Python: 'enable_notifier') is true"],
    [{ enableUsageAlarm: false, usageAlarmOptions: {} }, "'usageAlarmOptions' (Python: 'usage_alarm_options') is only allowed when 'enableUsageAlarm' (Python: 'enable_usage_alarm') is true"],
  ] as Array<[RootActivityMonitorProps, string]>)('options for a part that is off: %p', (props, message) => {
    expect(() => monitorStack(props)).toThrow(`RootActivityMonitor: ${message}`);
  });

  test('a log group while the alarm is off', () => {
    const stack = newStack();
    const logGroup = new logs.LogGroup(stack, 'Logs');
    expect(() => new RootActivityMonitor(stack, 'Monitor', { logGroup, enableUsageAlarm: false }))
      .toThrow("RootActivityMonitor: 'logGroup' (Python: 'log_group') is only allowed when 'enableUsageAlarm' (Python: 'enable_usage_alarm') is true");
  });

  test('the notifier without the rule', () => {
    expect(() => monitorStack({ enableEventRule: false, enableNotifier: true }))
      .toThrow("RootActivityMonitor: 'enableNotifier' (Python: 'enable_notifier') requires 'enableEventRule' (Python: 'enable_event_rule') to be true");
  });

  test('nothing that alerts', () => {
    expect(() => monitorStack({ enableEventRule: false, enableUsageAlarm: false }))
      .toThrow("RootActivityMonitor: at least one of 'enableEventRule' (Python: 'enable_event_rule') and 'enableUsageAlarm' (Python: 'enable_usage_alarm') must be true");
  });

  test('the alarm with neither a trail nor a log group', () => {
    expect(() => monitorStack({ createTrail: false }))
      .toThrow("RootActivityMonitor: the usage alarm needs CloudTrail logs: with 'createTrail' (Python: 'create_trail') false, pass the log group your trail delivers to as 'logGroup' (Python: 'log_group')");
  });

  test('the alarm with a trail kept out of CloudWatch Logs and no log group', () => {
    expect(() => monitorStack({ trailOptions: { sendToCloudWatchLogs: false } }))
      .toThrow("RootActivityMonitor: the usage alarm needs CloudTrail logs: 'trailOptions.sendToCloudWatchLogs' (Python: 'trail_options.send_to_cloud_watch_logs') cannot be false");
  });
});

describe('RootActivityMonitor checks every prop before it creates anything', () => {
  test.each([
    [{ trailOptions: { trailName: ' ' } }, "'trailOptions.trailName' (Python: 'trail_options.trail_name') must not be empty (got ' ')"],
    [{ trailOptions: { bucketRetention: Duration.hours(30) } }, "'trailOptions.bucketRetention' (Python: 'trail_options.bucket_retention') must be a whole number of days, at least 1 (got 1 day 6 hours)"],
    [{ ruleOptions: { ruleName: '' } }, "'ruleOptions.ruleName' (Python: 'rule_options.rule_name') must not be empty (got '')"],
    [{ notifierOptions: { timeZone: 'Nowhere/Land' } }, "'notifierOptions.timeZone' (Python: 'notifier_options.time_zone') must be an IANA time zone name such as 'UTC' or 'Europe/Berlin' (got 'Nowhere/Land')"],
    [{ notifierOptions: { reservedConcurrency: 0 } }, "'notifierOptions.reservedConcurrency' (Python: 'notifier_options.reserved_concurrency') must be a whole number of at least 3 (got 0)"],
    [{ usageAlarmOptions: { period: Duration.seconds(45) } }, "'usageAlarmOptions.period' (Python: 'usage_alarm_options.period') must be 10 s, 30 s or a multiple of 60 s (got 45 s)"],
    [{ usageAlarmOptions: { threshold: 0 } }, "'usageAlarmOptions.threshold' (Python: 'usage_alarm_options.threshold') must be a whole number of at least 1 (got 0)"],
  ] as Array<[RootActivityMonitorProps, string]>)('a bad part option %p is named as the user wrote it, and nothing is left behind', (props, message) => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'Monitor', props)).toThrow(`RootActivityMonitor: ${message}`);
    // A Python or Java user who catches the error must not find half a monitor in the stack.
    expect(stack.node.tryFindChild('Monitor')).toBeUndefined();
    expect(stack.node.findAll().filter((construct) => CfnResource.isCfnResource(construct))).toEqual([]);
  });
});

describe('a topic defined in another stack of the app', () => {
  const env = { account: '111122223333', region: 'us-east-1' };
  function twoStacks() {
    const app = new App();
    const alerts = new Stack(app, 'Alerts', { env });
    const topic = new sns.Topic(alerts, 'Topic');
    const security = new Stack(app, 'Security', { env });
    return { app, alerts, topic, security };
  }

  test('without the notifier, is refused at synth, naming the prop, and nothing is left behind', () => {
    // The grant that lets the rule publish would live in the topic's stack
    // and name the rule in this one, while the rule's target names the topic:
    // each stack would depend on the other (aws-cdk-lib: "DependencyCycle").
    const { topic, security } = twoStacks();
    expect(() => new RootActivityMonitor(security, 'Monitor', { topic, enableNotifier: false }))
      .toThrow("RootActivityMonitor: 'topic' is defined in stack Alerts, the monitor in stack Security; with 'enableNotifier' (Python: 'enable_notifier') false the rule publishes to the topic itself, and the grant that allows it would make each stack depend on the other. Keep the notifier on, create the monitor in the topic's stack, or import the topic by ARN (sns.Topic.fromTopicArn) and let events.amazonaws.com publish in the topic's own policy");
    expect(security.node.tryFindChild('Monitor')).toBeUndefined();
  });

  test('with the notifier, is used as it is: the notifier\'s grants live in the monitor\'s stack', () => {
    const { alerts, topic, security } = twoStacks();
    new RootActivityMonitor(security, 'Monitor', { topic });

    Template.fromStack(security).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOPIC_ARN: { 'Fn::ImportValue': Match.stringLikeRegexp('^Alerts:') } }) },
    });
    expect(JSON.stringify(Template.fromStack(alerts).toJSON())).not.toContain('events.amazonaws.com');
  });

  test('imported by ARN, without the notifier, is left to its owner\'s policy', () => {
    const { app, security } = twoStacks();
    const topic = sns.Topic.fromTopicArn(security, 'Imported', 'arn:aws:sns:us-east-1:111122223333:alerts');
    new RootActivityMonitor(security, 'Monitor', { topic, enableNotifier: false });

    expect(() => app.synth()).not.toThrow();
    Template.fromStack(security).resourceCountIs('AWS::SNS::TopicPolicy', 0);
  });

  test('without the notifier, is allowed when the monitor is in a nested stack of the topic\'s stack', () => {
    const alerts = new Stack(new App(), 'Alerts', { env });
    const topic = new sns.Topic(alerts, 'Topic');
    const nested = new NestedStack(alerts, 'RootActivity');
    new RootActivityMonitor(nested, 'Monitor', { topic, enableNotifier: false, createTrail: false, enableUsageAlarm: false });

    Template.fromStack(alerts).hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowRootActivityRuleToPublish', Principal: { Service: 'events.amazonaws.com' } })]),
      },
    });
  });
});
