import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Rule-pack findings this library accepts on purpose, each with its reason.
 *
 * They are recorded with aws-cdk-lib's `Validations.of(...).acknowledge()`,
 * which cdk-nag 3 and other validation plugins read, so an application that
 * runs cdk-nag over a stack with these constructs sees the reasons instead of
 * findings. Every entry is asserted by test/nag.test.ts.
 */
export const NAG_REASONS = {
  lambdaRuntime:
    'The bundled handler is built and tested for Node.js 22 (esbuild target node22); a newer runtime is adopted in a release, after the tests run on it.',
  lambdaVpc:
    'The notifier calls only public AWS APIs (SNS, IAM). A VPC would need NAT or endpoints and add failure modes to the alert path without protecting any data.',
  lambdaTracing:
    'X-Ray needs xray:PutTraceSegments on "*". The notifier is a single hop; its JSON logs carry the CloudTrail event id for tracing instead.',
  lambdaConcurrency:
    'Reserving concurrency fails on accounts whose Lambda quota is small; set notifierOptions.reservedConcurrency where the quota allows it.',
  listAccountAliases:
    'iam:ListAccountAliases supports no resource-level permissions, so AWS requires Resource "*"; it reveals only the account alias.',
  inlinePolicy:
    'The inline policy belongs to this one role and is scoped to its resources; it is created and deleted with the role.',
  trailLogsRoleWildcard:
    'aws-cdk-lib scopes the trail role to log streams of this one log group (arn:...:log-group:NAME:log-stream:*), the narrowest resource CloudTrail can write to.',
  noKmsForLogs:
    'No KMS key was given (trailOptions.encryptionKey); data is encrypted with keys AWS manages. Pass a key to encrypt with a customer managed key.',
  accessLogBucketLogging:
    'This bucket receives the trail bucket\'s server access logs; logging it into itself would loop.',
  accessLogBucketKms:
    'S3 server access logging delivers only to buckets encrypted with SSE-S3, not SSE-KMS.',
  bucketReplication:
    'Replication to another region is an organisational choice (a second bucket, often another account); pass your own replicated bucket as trailOptions.bucket.',
  notifierLogs:
    'The notifier logs event ids, names and outcomes, never secrets; CloudWatch Logs encrypts them at rest with keys AWS manages.',
  onFailureDestination:
    'Failed asynchronous invocations go to an on-failure destination (the dead-letter queue), which records the error with the event; the rule looks only for the older DeadLetterConfig.',
  noDeadLetterQueue:
    'The dead-letter queue was switched off (enableDeadLetterQueue: false).',
  dlqOfItsOwn:
    'This queue is the dead-letter queue; a dead-letter queue of its own would never be read.',
  unencryptedTopic:
    'The topic key was switched off or the topic is not the monitor\'s; see the README for encrypting your own topic.',
};

/** Records that `ruleId` is accepted on `scope` (and below) for `reason`. */
export function acknowledgeNagRule(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}
