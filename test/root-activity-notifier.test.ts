import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { newStack } from './helpers';
import { RootActivityNotifier } from '../src';

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
      Timeout: 30,
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

  test('may publish to its topic and read account aliases, nothing else', () => {
    const { template } = notifierStack();

    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: Match.stringLikeRegexp('^Topic') } },
          { Effect: 'Allow', Action: 'iam:ListAccountAliases', Resource: '*' },
        ],
      },
    });
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
      .toThrow("RootActivityNotifier: 'timeZone' must be an IANA time zone name such as 'UTC' or 'Europe/Berlin' (got 'Mars/Olympus_Mons')");
  });

  test('rejects an empty account name', () => {
    expect(() => notifierStack({ accountName: '  ' }))
      .toThrow("RootActivityNotifier: 'accountName' must not be empty (got '  ')");
  });
});
