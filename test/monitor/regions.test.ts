import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityForwarder, RootActivityMonitor, RootActivityMonitorProps, RootActivityNotifier } from '../../src';

const ACCOUNT = '111122223333';

/**
 * The README's landing-zone layout: the full monitor at home, rule and
 * notifier elsewhere. Like the README, it states the strength of the
 * cross-region reference to the home topic, which aws-cdk-lib otherwise warns
 * about (and `cdk synth --strict` refuses).
 */
function landingZone() {
  const app = new App({ context: { '@aws-cdk/core:defaultCrossStackReferences': 'strong' } });
  const home = new Stack(app, 'Home', { env: { account: ACCOUNT, region: 'us-east-1' }, crossRegionReferences: true });
  const central = new RootActivityMonitor(home, 'RootActivity', { emailSubscriptions: ['security@example.com'] });
  const away = new Stack(app, 'Away', { env: { account: ACCOUNT, region: 'eu-west-1' }, crossRegionReferences: true });
  new RootActivityMonitor(away, 'RootActivity', {
    topic: central.topic,
    createTrail: false,
    enableUsageAlarm: false,
    enableSelfMonitoring: false,
  });
  return { home, away };
}

/** The README's recipe for one account: the monitor at home, a forwarder in each other region. */
function forwardedRegions() {
  const app = new App();
  const home = new Stack(app, 'Home', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new RootActivityMonitor(home, 'RootActivity', { emailSubscriptions: ['security@example.com'] });
  const away = new Stack(app, 'Away', { env: { account: ACCOUNT, region: 'eu-west-1' } });
  new RootActivityForwarder(away, 'RootActivity', { eventBusArn: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default` });
  return { home, away };
}

describe('a monitor at home and a forwarder in every other region', () => {
  test('the other region has only a rule that sends root events to the home region\'s default bus, and its role', () => {
    const template = Template.fromStack(forwardedRegions().away);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('AWS::SQS::Queue', 0);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ Arn: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default`, RoleArn: Match.anyValue() })],
    });
  });

  test('the layout in the README synthesizes without a warning', () => {
    const { home, away } = forwardedRegions();
    Annotations.fromStack(home).hasNoWarning('*', Match.anyValue());
    Annotations.fromStack(away).hasNoWarning('*', Match.anyValue());
  });
});

describe('a monitor in every region with one topic', () => {
  test('the secondary region has a rule and a notifier that publish to the home topic, and no trail', () => {
    const { away } = landingZone();
    const template = Template.fromStack(away);

    template.resourceCountIs('AWS::CloudTrail::Trail', 0);
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOPIC_ARN: Match.anyValue() }) },
    });
    // The home topic is encrypted: the notifier may use its key.
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['kms:GenerateDataKey', 'kms:Decrypt'] })]) },
    });
  });

  test('the layout in the README synthesizes without a warning, as `cdk synth --strict` requires', () => {
    const { home, away } = landingZone();

    Annotations.fromStack(home).hasNoWarning('*', Match.anyValue());
    Annotations.fromStack(away).hasNoWarning('*', Match.anyValue());
  });

  test.each<[RootActivityMonitorProps, string]>([
    [{ enableSelfMonitoring: false }, "Set 'enableUsageAlarm' (Python: 'enable_usage_alarm') to false here"],
    [{ enableUsageAlarm: false }, "Set 'enableSelfMonitoring' (Python: 'enable_self_monitoring') to false here"],
    [{}, "Set 'enableUsageAlarm' (Python: 'enable_usage_alarm') and 'enableSelfMonitoring' (Python: 'enable_self_monitoring') to false here"],
  ])('alarms that would notify a topic in another region are refused at synth (%p), leaving nothing behind', (extra, advice) => {
    const app = new App();
    const stack = new Stack(app, 'Away', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    const topic = sns.Topic.fromTopicArn(stack, 'Home', `arn:aws:sns:us-east-1:${ACCOUNT}:root-activity`);
    const logGroup = extra.enableUsageAlarm === false ? undefined : logs.LogGroup.fromLogGroupName(stack, 'TrailLogs', 'trail-logs');
    expect(() => new RootActivityMonitor(stack, 'RootActivity', { topic, createTrail: false, logGroup, ...extra }))
      .toThrow(`RootActivityMonitor: 'topic' is in us-east-1, the stack in eu-west-1; CloudWatch alarms can only notify a topic in their own region. ${advice}`);
    expect(stack.node.tryFindChild('RootActivity')).toBeUndefined();
  });
});

describe('a topic the rule cannot reach', () => {
  test('a topic in another region without the notifier is refused at synth', () => {
    const app = new App();
    const stack = new Stack(app, 'Away', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    expect(() => new RootActivityMonitor(stack, 'RootActivity', {
      topic: sns.Topic.fromTopicArn(stack, 'Home', `arn:aws:sns:us-east-1:${ACCOUNT}:root-activity`),
      enableNotifier: false,
      createTrail: false,
      enableUsageAlarm: false,
    })).toThrow("RootActivityMonitor: 'topic' is in us-east-1, the stack in eu-west-1; with 'enableNotifier' (Python: 'enable_notifier') false the rule publishes to the topic itself, which must be in the rule's region");
  });

  test.each(['monitor', 'notifier'])('a FIFO topic is refused by the %s at synth', (which) => {
    const stack = new Stack(new App(), 'Home', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const topic = new sns.Topic(stack, 'Fifo', { fifo: true, topicName: 'alerts' });
    const make = () => (which === 'monitor'
      ? new RootActivityMonitor(stack, 'RootActivity', { topic })
      : new RootActivityNotifier(stack, 'Notifier', { topic }));
    // The topic is defined in the app, so its ARN is a token: the message names its path instead.
    expect(make).toThrow(/'topic' must be a standard topic, not a FIFO topic \(got Home\/Fifo\)$/);
  });
});
