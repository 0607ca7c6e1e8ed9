import * as cdk from 'aws-cdk-lib';
import { AspectPriority, Aspects, CfnResource, IAspect } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Rule-pack findings this library accepts on purpose, each with its reason.
 *
 * They are recorded where cdk-nag 3 and cdk-nag 2 look for them (see
 * `acknowledgeNagRule`), so an application that runs either over a stack
 * with these constructs sees the reasons instead of findings. Every entry is
 * asserted by test/compliance/nag.test.ts.
 */
export const NAG_REASONS = {
  lambdaRuntime:
    'The bundled handler is built and tested for Node.js 22 (esbuild target node22); a newer runtime is adopted in a release, after the tests run on it.',
  lambdaVpc:
    'The notifier calls only public AWS APIs (SNS, IAM). A VPC would need NAT or endpoints and add failure modes to the alert path without protecting any data.',
  lambdaVpcRole:
    'Lambda attaches a function to a VPC through the AWS managed AWSLambdaVPCAccessExecutionRole, whose EC2 network-interface actions support no resource-level permissions.',
  lambdaTracing:
    'X-Ray needs xray:PutTraceSegments on "*". The notifier is a single hop; its JSON logs carry the CloudTrail event id for tracing instead.',
  lambdaConcurrency:
    'Reserving concurrency fails on accounts whose Lambda quota is small; set notifierOptions.reservedConcurrency where the quota allows it.',
  listAccountAliases:
    'iam:ListAccountAliases supports no resource-level permissions, so AWS requires Resource "*"; it reveals only the account alias.',
  describeAccount:
    'organizations:DescribeAccount is granted on the accounts of one organization (account/o-id/*); the management account id in the ARN is not known to the hub.',
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
  sqsEventSourceDestination:
    'Lambda supports on-failure destinations for stream and Kafka event sources only; events the notifier could not publish go to the dead-letter queue through the alert queue\'s redrive policy.',
  scheduleWithoutDeadLetters:
    'The subscription check runs every five minutes; a run that fails is replaced by the next, and a gap in its metric raises the no-subscriptions alarm.',
  noDeadLetterQueue:
    'The dead-letter queue was switched off (enableDeadLetterQueue: false).',
  dlqOfItsOwn:
    'This queue is the dead-letter queue; a dead-letter queue of its own would never be read.',
  forwarderWithoutDeadLetterQueue:
    'A forwarder runs in every region of every account; a dead-letter queue there would be read by no one. EventBridge retries delivery to the hub for 24 hours; pass deadLetterQueue where you watch one.',
  lookupEvents:
    'cloudtrail:LookupEvents supports no resource-level permissions, so AWS requires Resource "*"; it lets the chat channel read CloudTrail\'s event history and nothing else.',
  coverageTableBackup:
    'The coverage table holds only when each forwarder last sent its heartbeat; the next heartbeats rebuild it within an interval, so it needs no backup plan (point-in-time recovery is on).',
  listAccounts:
    'organizations:ListAccounts supports no resource-level permissions, so AWS requires Resource "*"; it is granted only with listAccountsForCoverage.',
  coverageVpc:
    'The coverage functions call only public AWS APIs (DynamoDB, SQS, Organizations); a VPC would need NAT or endpoints and protect no data.',
  coverageRetries:
    'A coverage function is invoked every interval or per heartbeat; a failed invocation is replaced by the next one, and the report-missing alarm goes off when reports stop.',
  coverageEventsWithoutDlq:
    'A heartbeat or report run EventBridge could not deliver is replaced by the next one within an interval; two lost in a row show as a silent region or raise the report-missing alarm.',
  coverageLogs:
    'The coverage functions log account ids, regions and times, never secrets; CloudWatch Logs encrypts them at rest with keys AWS manages.',
  postureReads:
    'iam:GetAccountSummary, iam:ListVirtualMFADevices, iam:ListOrganizationsFeatures, organizations:ListAccounts and organizations:DescribeOrganization support no resource-level permissions, so AWS requires Resource "*"; they read counts, MFA device serial numbers and account ids, no secret.',
  memberAuditSessions:
    'sts:AssumeRoot names the member account\'s root user as its resource, and the members are not known at synth; the sts:TaskPolicyArn condition limits every session to the IAMAuditRootUserCredentials task policy, which only reads root credentials.',
  auditSessionsBackup:
    'The audit session table holds only the access key ids of the posture check\'s own audit sessions of the last two days; the next audit writes new ones, so it needs no backup plan (point-in-time recovery is on).',
  postureRetries:
    'The posture check runs once a day; a run that fails or is not delivered is replaced by the next day\'s, and its errors raise no silence: the next run compares with the last posture stored.',
  postureVpc:
    'The posture check calls only public AWS APIs (IAM, SSM, SQS); a VPC would need NAT or endpoints and protect no data.',
  postureLogs:
    'The posture check logs account ids and yes/no posture facts, never secrets; CloudWatch Logs encrypts them at rest with keys AWS manages.',
  plannedRootUseWindows:
    'The notifier reads the planned root use windows: every parameter under one fixed path (/root-activity-monitor/planned-root-use/), which is what a window is.',
  unencryptedTopic:
    'The topic key was switched off or the topic is not the monitor\'s; see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/security.md for encrypting your own topic.',
};

/**
 * Records that `ruleId` is accepted on `scope` (and everything below it) for
 * `reason`, in the two forms rule packs read:
 *
 * - aws-cdk-lib's `Validations.of(scope).acknowledge()`, read by cdk-nag 3
 *   and other validation plugins. It exists only in newer aws-cdk-lib
 *   releases than the peer range's floor, so it is used when present.
 * - cdk-nag 2's `cdk_nag.rules_to_suppress` resource metadata, written on
 *   every CloudFormation resource under `scope` by an aspect, so resources
 *   created after this call (a role's default policy) are covered too.
 *
 * A granular id such as `AwsSolutions-IAM5[Resource::*]` becomes cdk-nag 2's
 * id `AwsSolutions-IAM5` with `applies_to: ['Resource::*']`.
 */
export function acknowledgeNagRule(scope: IConstruct, ruleId: string, reason: string): void {
  const validations = (cdk as unknown as { Validations?: ValidationsApi }).Validations;
  if (validations !== undefined) {
    try {
      validations.of(scope).acknowledge({ id: ruleId, reason });
    } catch (error) {
      // Some aws-cdk-lib releases (2.263.0 among them) reserve '::' in ids,
      // which a granular id naming an ARN with an empty region
      // ('...organizations::*:...') or '<AWS::Partition>' contains. There
      // the rule is acknowledged on this scope as a whole.
      if (!ruleId.includes('[')) {
        throw error;
      }
      validations.of(scope).acknowledge({ id: ruleId.slice(0, ruleId.indexOf('[')), reason });
    }
  }
  CdkNagMetadata.of(scope).add(ruleId, reason);
}

/**
 * The part of aws-cdk-lib's `Validations` used here, declared locally so the
 * library also type-checks against the peer range's floor, which lacks it.
 */
interface ValidationsApi {
  of(scope: IConstruct): { acknowledge(acknowledgement: { id: string; reason: string }): void };
}

/** One cdk-nag 2 suppression, in the shape cdk-nag 2 stores in resource metadata. */
interface CdkNagSuppression {
  readonly id: string;
  readonly reason: string;
  readonly applies_to?: string[];
}

/**
 * Writes the acknowledgements of one scope into the `cdk_nag` metadata of
 * each CloudFormation resource below it. It runs at the mutating priority,
 * before cdk-nag 2's checks, which run at the default priority.
 */
class CdkNagMetadata implements IAspect {
  public static of(scope: IConstruct): CdkNagMetadata {
    let aspect = CdkNagMetadata.byScope.get(scope);
    if (aspect === undefined) {
      aspect = new CdkNagMetadata();
      CdkNagMetadata.byScope.set(scope, aspect);
      Aspects.of(scope).add(aspect, { priority: AspectPriority.MUTATING });
    }
    return aspect;
  }

  private static readonly byScope = new WeakMap<IConstruct, CdkNagMetadata>();

  private readonly suppressions: CdkNagSuppression[] = [];

  public add(ruleId: string, reason: string): void {
    const granular = /^(.+)\[(.+)\]$/.exec(ruleId);
    this.suppressions.push(granular
      ? { id: granular[1], reason, applies_to: [granular[2]] }
      : { id: ruleId, reason });
  }

  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) {
      return;
    }
    const existing: CdkNagSuppression[] = node.getMetadata('cdk_nag')?.rules_to_suppress ?? [];
    const missing = this.suppressions.filter((suppression) =>
      !existing.some((other) => JSON.stringify(other) === JSON.stringify(suppression)));
    if (missing.length > 0) {
      node.addMetadata('cdk_nag', { rules_to_suppress: [...existing, ...missing] });
    }
  }
}
