import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityMonitor, RootActivityNotifier } from '../src';

const ACCOUNT = '111122223333';
const WARNING = /notify a topic in us-east-1; CloudWatch alarm actions may need a topic in the alarm's own region/;

/** The README's landing-zone layout: the full monitor at home, rule and notifier elsewhere. */
function landingZone() {
  const app = new App();
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

  test('the layout in the README raises no region warning', () => {
    const { home, away } = landingZone();

    Annotations.fromStack(home).hasNoWarning('*', Match.stringLikeRegexp('topic in'));
    Annotations.fromStack(away).hasNoWarning('*', Match.stringLikeRegexp('topic in'));
  });

  test('alarms in one region notifying a topic in another are warned about at synth', () => {
    const app = new App();
    const stack = new Stack(app, 'Away', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    new RootActivityMonitor(stack, 'RootActivity', {
      topic: sns.Topic.fromTopicArn(stack, 'Home', `arn:aws:sns:us-east-1:${ACCOUNT}:root-activity`),
      createTrail: false,
      enableUsageAlarm: false,
    });

    Annotations.fromStack(stack).hasWarning('/Away/RootActivity', Match.stringLikeRegexp(WARNING.source));
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
    })).toThrow("RootActivityMonitor: with 'enableNotifier' false the rule publishes to 'topic' itself, which must then be in the rule's region (topic in us-east-1, stack in eu-west-1)");
  });

  test.each(['monitor', 'notifier'])('a FIFO topic is refused by the %s at synth', (which) => {
    const stack = new Stack(new App(), 'Home', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const topic = new sns.Topic(stack, 'Fifo', { fifo: true, topicName: 'alerts' });
    const make = () => (which === 'monitor'
      ? new RootActivityMonitor(stack, 'RootActivity', { topic })
      : new RootActivityNotifier(stack, 'Notifier', { topic }));
    expect(make).toThrow(/'topic' must be a standard topic, not a FIFO topic/);
  });
});
