import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';

/**
 * The queue where alerts land that could not be delivered: events the rule
 * could not hand to its target, notifier invocations that failed after
 * Lambda's retries, and mails SNS could not deliver.
 *
 * Encrypted with SQS-managed keys (SSE-SQS), which senders such as
 * EventBridge and SNS use without any key policy; a customer managed key
 * would need grants for each of them.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
export function createDeadLetterQueue(scope: Construct): sqs.Queue {
  const queue = new sqs.Queue(scope, 'DeadLetterQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    // The longest SQS allows: time for a human to notice and replay.
    retentionPeriod: Duration.days(14),
    // Marks the queue as a dead-letter queue, which AWS Control Tower's
    // CT.SQS.PR.1 accepts instead of a dead-letter queue of its own. Naming
    // the alert queue here would make the two queues refer to each other.
    // https://docs.aws.amazon.com/controltower/latest/controlreference/sqs-rules.html
    redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.ALLOW_ALL },
  });
  acknowledgeNagRule(queue, 'AwsSolutions-SQS3', NAG_REASONS.dlqOfItsOwn);
  acknowledgeNagRule(queue, 'Serverless-SQSRedrivePolicy', NAG_REASONS.dlqOfItsOwn);
  return queue;
}
