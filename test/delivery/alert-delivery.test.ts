import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as limits from '../../lambda-src/notifier/delivery/delivery-limits';
import { RootActivityNotifier } from '../../src';
import { ALERT_MAX_RECEIVE_COUNT, NOTIFIER_TIMEOUT } from '../../src/delivery/alert-delivery';
import { newStack } from '../helpers';

describe('the alert queue feeding the notifier', () => {
  const stack = newStack();
  const failureQueue = new sqs.Queue(stack, 'Failures');
  new RootActivityNotifier(stack, 'Notifier', { topic: new sns.Topic(stack, 'Topic'), failureQueue });
  const template = Template.fromStack(stack);

  test('uses the batching the handler\'s rate bounds are computed for', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: limits.BATCH_SIZE,
      MaximumBatchingWindowInSeconds: limits.BATCH_WINDOW_SECONDS,
      ScalingConfig: { MaximumConcurrency: limits.MAX_CONCURRENCY },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  test('gives a batch time to finish: the timeout covers every message of a full batch with a 15-second outage\'s retries, and the reserve', () => {
    // Two topics at most (alerts and health), each as many messages as a full batch needs.
    const messagesSeconds = (2 * limits.MAX_MESSAGES_PER_TOPIC * limits.PUBLISH_SPACING_MS) / 1000;
    const outageSeconds = 15 + limits.PUBLISH_RETRY_MAX_WAIT_MS / 1000;
    expect(NOTIFIER_TIMEOUT.toSeconds()).toBeGreaterThanOrEqual(messagesSeconds + outageSeconds + limits.PUBLISH_RESERVE_MS / 1000);
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: NOTIFIER_TIMEOUT.toSeconds() });
  });

  test('is encrypted, TLS-only, keeps events 14 days, and hides a batch for six times the timeout, as AWS asks', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
      VisibilityTimeout: NOTIFIER_TIMEOUT.toSeconds() * 6,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Failures'), 'Arn'] }, maxReceiveCount: ALERT_MAX_RECEIVE_COUNT },
    });
  });
});
