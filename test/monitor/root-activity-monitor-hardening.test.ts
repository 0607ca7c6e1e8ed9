import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityMonitor, RootActivityMonitorProps } from '../../src';
import { newStack } from '../helpers';

function monitorTemplate(props: RootActivityMonitorProps = {}) {
  const stack = newStack();
  const monitor = new RootActivityMonitor(stack, 'Monitor', props);
  return { monitor, template: Template.fromStack(stack) };
}

const DLQ_ARN = { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorDeadLetterQueue'), 'Arn'] };
const TOPIC_REF = { Ref: Match.stringLikeRegexp('^MonitorTopic') };

describe('the alert topic', () => {
  test('is encrypted with a new rotating key that only CloudWatch alarms may use among AWS services, since the tamper rules go through the notifier', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorTopicKey'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([{
          Sid: 'AllowAwsServicesToPublishEncryptedAlerts',
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
        }]),
      },
    });
  });

  test('lets only CloudWatch use the key when the monitor\'s own alarms go to a topic of their own', () => {
    const stack = newStack();
    const selfMonitoringTopic = new sns.Topic(stack, 'Pager');
    new RootActivityMonitor(stack, 'Monitor', { selfMonitoringTopic });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowAwsServicesToPublishEncryptedAlerts', Principal: { Service: 'cloudwatch.amazonaws.com' } })]) },
    });
  });

  test('lets EventBridge use the key, and publish for this rule only, when the rule publishes raw events', () => {
    const { template } = monitorTemplate({ enableNotifier: false });
    const ruleArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorRule'), 'Arn'] };

    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowAwsServicesToPublishEncryptedAlerts',
          Principal: { Service: ['events.amazonaws.com', 'cloudwatch.amazonaws.com'] },
        })]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'AllowRootActivityRuleToPublish',
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: TOPIC_REF,
          Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
        }]),
      },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowRootActivityRuleToDeadLetter',
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
        })]),
      },
    });
  });

  test('refuses publishing without TLS', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Deny',
          Action: 'sns:Publish',
          Principal: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        })]),
      },
    });
  });

  test('lets this account\'s CloudWatch alarms publish, since its policy replaces the SNS default', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'AllowCloudWatchAlarmsToPublish',
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: TOPIC_REF,
          Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
        }]),
      },
    });
  });

  test('uses a key you pass and extends its policy', () => {
    const stack = newStack();
    const key = new kms.Key(stack, 'MyKey');
    new RootActivityMonitor(stack, 'Monitor', { topicEncryptionKey: key });
    const template = Template.fromStack(stack);

    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MyKey'), 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowAwsServicesToPublishEncryptedAlerts' })]) },
    });
  });

  test('is left unencrypted, without a key, when encryptTopic is false', () => {
    const { template } = monitorTemplate({ encryptTopic: false });

    template.resourceCountIs('AWS::KMS::Key', 0);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.absent() });
  });

  test.each([
    [{ encryptTopic: true }, "'topic' and 'encryptTopic' (Python: 'encrypt_topic') cannot be used together"],
    [{ topicEncryptionKey: 'key' }, "'topic' and 'topicEncryptionKey' (Python: 'topic_encryption_key') cannot be used together"],
  ])('rejects %p together with an existing topic', (extra, message) => {
    const stack = newStack();
    const topic = sns.Topic.fromTopicArn(stack, 'Existing', 'arn:aws:sns:us-east-1:111122223333:alerts');
    const props = { topic, ...extra } as RootActivityMonitorProps;
    if ('topicEncryptionKey' in extra) {
      (props as any).topicEncryptionKey = new kms.Key(stack, 'Key');
    }
    expect(() => new RootActivityMonitor(stack, 'Monitor', props)).toThrow(`RootActivityMonitor: ${message}`);
  });

  test('rejects a topic key while encryption is off', () => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'Monitor', { encryptTopic: false, topicEncryptionKey: new kms.Key(stack, 'Key') }))
      .toThrow("RootActivityMonitor: 'topicEncryptionKey' (Python: 'topic_encryption_key') is only allowed when 'encryptTopic' (Python: 'encrypt_topic') is true");
  });
});

describe('delivery that survives faults', () => {
  test('keeps undeliverable alerts in an encrypted, TLS-only queue for 14 days', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorRule'), 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  test('retries the rule target for 24 hours, then dead-letters the event', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
        DeadLetterConfig: { Arn: DLQ_ARN },
      })],
    });
  });

  test('dead-letters the raw-event target too when the notifier is off', () => {
    const { template } = monitorTemplate({ enableNotifier: false });

    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ Arn: TOPIC_REF, DeadLetterConfig: { Arn: DLQ_ARN } })],
    });
  });

  test('sends notifier invocations that failed after retries to the queue', () => {
    const { template } = monitorTemplate();

    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: DLQ_ARN } },
    });
  });

  test('sends mail SNS cannot deliver to the queue', () => {
    const { template } = monitorTemplate({ emailSubscriptions: ['security@example.com'] });

    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      RedrivePolicy: { deadLetterTargetArn: DLQ_ARN },
    });
  });

  test('has no dead-letter queue and no dead-letter settings when enableDeadLetterQueue is false', () => {
    const { monitor, template } = monitorTemplate({ enableDeadLetterQueue: false });

    expect(monitor.deadLetterQueue).toBeUndefined();
    // Only the alert queue, which then keeps failed events itself for 14 days.
    template.resourceCountIs('AWS::SQS::Queue', 1);
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.absent(), MessageRetentionPeriod: 1209600 });
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ DeadLetterConfig: Match.absent() })],
    });
  });
});

describe('the monitor alerts on itself', () => {
  const { monitor, template } = monitorTemplate();

  test.each([
    ['AWS/Lambda', 'Errors', 'Sum'],
    ['AWS/Lambda', 'Throttles', 'Sum'],
    ['AWS/Events', 'FailedInvocations', 'Sum'],
  ])('alarms on %s %s and notifies the alert topic', (namespace, metricName, statistic) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: namespace,
      MetricName: metricName,
      Statistic: statistic,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [TOPIC_REF],
    });
  });

  test('watches the failed invocations of its own rule', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'FailedInvocations',
      Dimensions: [{ Name: 'RuleName', Value: { Ref: Match.stringLikeRegexp('^MonitorRule') } }],
    });
    expect(monitor.selfAlarms).toHaveLength(9);
  });

  test('alarms when root events have waited five minutes in the alert queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitorNotifierQueue'), 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 300,
      AlarmActions: [TOPIC_REF],
    });
  });

  test('has only the usage alarm when enableSelfMonitoring is false', () => {
    const quiet = monitorTemplate({ enableSelfMonitoring: false });

    expect(quiet.monitor.selfAlarms).toEqual([]);
    quiet.template.resourceCountIs('AWS::CloudWatch::Alarm', 1);
  });
});
