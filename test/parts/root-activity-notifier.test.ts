import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RootActivityNotifier } from '../../src';
import { MAX_CONCURRENCY, NOTIFIER_TIMEOUT_SECONDS } from '../../src/delivery/delivery-limits';
import { newStack } from '../helpers';

function notifierStack(props: Partial<ConstructorParameters<typeof RootActivityNotifier>[2]> = {}) {
  const stack = newStack();
  const topic = new sns.Topic(stack, 'Topic');
  const notifier = new RootActivityNotifier(stack, 'Notifier', { topic, ...props });
  return { stack, topic, notifier, template: Template.fromStack(stack) };
}

describe('RootActivityNotifier', () => {
  test('runs the bundled handler on Node.js 22 on arm64', () => {
    const { template } = notifierStack();

    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: NOTIFIER_TIMEOUT_SECONDS,
    });
  });

  test('passes the topic and time zone to the handler, UTC by default', () => {
    const { template } = notifierStack();

    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          TOPIC_ARN: { Ref: Match.stringLikeRegexp('^Topic') },
          TIME_ZONE: 'UTC',
          ACCOUNT_NAME: Match.absent(),
        },
      },
    });
  });

  test('passes a chosen time zone and account name', () => {
    const { template } = notifierStack({ timeZone: 'Europe/Berlin', accountName: 'acme-production' });

    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { TIME_ZONE: 'Europe/Berlin', ACCOUNT_NAME: 'acme-production' } },
    });
  });

  test('may write its own logs, read its queue, publish to its topic and read account aliases, nothing else', () => {
    const { template } = notifierStack();

    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NotifierLogGroup'), 'Arn'] },
          },
          {
            Effect: 'Allow',
            Action: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NotifierQueue'), 'Arn'] },
          },
          { Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: Match.stringLikeRegexp('^Topic') } },
          { Effect: 'Allow', Action: 'iam:ListAccountAliases', Resource: '*' },
        ],
      },
    });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  test('may use the key of an encrypted topic to publish, and only that key', () => {
    const stack = newStack();
    const masterKey = new kms.Key(stack, 'Key');
    const topic = new sns.Topic(stack, 'Topic', { masterKey });
    new RootActivityNotifier(stack, 'Notifier', { topic });

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Effect: 'Allow',
          Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] },
        }]),
      },
    });
  });

  test('retries a failed invocation twice within six hours, then sends it to the failure queue', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Topic');
    const failureQueue = new sqs.Queue(stack, 'Failures');
    new RootActivityNotifier(stack, 'Notifier', { topic, failureQueue });
    const template = Template.fromStack(stack);

    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 21600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Failures'), 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: Match.arrayWith(['sqs:SendMessage']),
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Failures'), 'Arn'] },
        })]),
      },
    });
  });

  test('reserves concurrency when asked', () => {
    const { template } = notifierStack({ reservedConcurrency: 3 });

    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 3 });
  });

  test.each([0, MAX_CONCURRENCY])('rejects a reserved concurrency of %d: it must exceed the alert queue\'s maximum concurrency', (reserved) => {
    expect(() => notifierStack({ reservedConcurrency: reserved }))
      .toThrow(`RootActivityNotifier: 'reservedConcurrency' (Python: 'reserved_concurrency') must be a whole number of at least ${MAX_CONCURRENCY + 1} (got ${reserved})`);
  });

  test('writes to its own log group with one year retention by default', () => {
    const { template } = notifierStack();

    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^NotifierLogGroup') } },
    });
  });

  test('keeps its logs for the chosen retention', () => {
    const { template } = notifierStack({ logRetention: logs.RetentionDays.ONE_MONTH });

    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  test('rejects a time zone that is not an IANA name', () => {
    expect(() => notifierStack({ timeZone: 'Mars/Olympus_Mons' }))
      .toThrow("RootActivityNotifier: 'timeZone' (Python: 'time_zone') must be an IANA time zone name such as 'UTC' or 'Europe/Berlin' (got 'Mars/Olympus_Mons')");
  });

  test('rejects an empty account name', () => {
    expect(() => notifierStack({ accountName: '  ' }))
      .toThrow("RootActivityNotifier: 'accountName' (Python: 'account_name') must not be empty (got '  ')");
  });
});
