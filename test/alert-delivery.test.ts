import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { newStack } from './helpers';
import * as limits from '../lambda-src/notifier/delivery-limits';
import { RootActivityNotifier } from '../src';
import { ALERT_BATCHING, ALERT_MAX_RECEIVE_COUNT, NOTIFIER_TIMEOUT } from '../src/alert-delivery';

describe('the alert queue feeding the notifier', () => {
  const stack = newStack();
  const failureQueue = new sqs.Queue(stack, 'Failures');
  new RootActivityNotifier(stack, 'Notifier', { topic: new sns.Topic(stack, 'Topic'), failureQueue });
  const template = Template.fromStack(stack);

  test('uses the batching the handler\'s rate bounds are computed for', () => {
    expect(ALERT_BATCHING.window.toSeconds()).toBe(limits.BATCH_WINDOW_SECONDS);
    expect(ALERT_BATCHING.batchSize).toBe(limits.BATCH_SIZE);
    expect(ALERT_BATCHING.maxConcurrency).toBe(limits.MAX_CONCURRENCY);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: limits.BATCH_SIZE,
      MaximumBatchingWindowInSeconds: limits.BATCH_WINDOW_SECONDS,
      ScalingConfig: { MaximumConcurrency: limits.MAX_CONCURRENCY },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  test('never needs more messages for a full batch than a batch may publish', () => {
    expect(limits.BATCH_SIZE).toBeLessThanOrEqual(10_000); // the most a standard queue allows
    expect(Math.ceil(limits.BATCH_SIZE / limits.MAX_EVENTS_PER_MESSAGE)).toBeLessThanOrEqual(limits.MAX_MESSAGES_PER_BATCH);
  });

  test('gives a batch time to finish: the timeout covers every publish and pause of a batch', () => {
    const worstBatchSeconds = (limits.MAX_MESSAGES_PER_BATCH * limits.PUBLISH_SPACING_MS) / 1000;
    expect(NOTIFIER_TIMEOUT.toSeconds()).toBeGreaterThanOrEqual(2 * worstBatchSeconds);
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
