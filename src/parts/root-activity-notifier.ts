import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as eventSources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AssumedRootTasks } from './assumed-root-tasks';
import { AlertSeverity } from './chat-delivery';
import { acknowledgeControl, CONTROL_REASONS } from '../compliance/control-acknowledgements';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { ALERT_BATCHING, ALERT_MAX_RECEIVE_COUNT, ALERT_VISIBILITY_TIMEOUT, NOTIFIER_TIMEOUT } from '../delivery/alert-delivery';
import { checkFunctionAsset, NOTIFIER_ASSET_DIR } from '../delivery/function-assets';
import { encodeAccountNames } from '../validation/account-names';
import { checkNotifierOptions } from '../validation/part-props-validation';
import { checkNotFifo, checkOnlyWith } from '../validation/validation';


/**
 * Options for the Lambda function that turns a root event into a readable alert.
 *
 * Used by `RootActivityNotifier` and as `notifierOptions` of `RootActivityMonitor`.
 */
export interface RootActivityNotifierOptions {
  /**
   * The IANA time zone the alert shows the event time in, beside UTC.
   *
   * @default 'UTC'
   * @example 'Europe/Berlin'
   */
  readonly timeZone?: string;

  /**
   * A friendly name for the account, shown in alerts instead of its IAM
   * account alias.
   *
   * @default - the account alias from `iam:ListAccountAliases`, else the account id
   */
  readonly accountName?: string;

  /**
   * Friendly names of other accounts, by 12-digit account id, shown in
   * alerts beside the id: the accounts of an organization whose root events
   * a `RootActivityHub` receives, or the accounts whose root users act on
   * this account's resources. Names reach the function through its
   * environment, which Lambda limits to 4 KB in all: about a hundred names.
   * Beyond that, use `lookUpAccountNamesInOrganization`.
   *
   * @default - other accounts are shown by id
   * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
   */
  readonly accountNames?: { [accountId: string]: string };

  /**
   * Look up the names of other accounts of this organization (its id,
   * `o-...`) with `organizations:DescribeAccount`, for accounts that
   * `accountNames` does not list; each name is cached while the function's
   * execution environment lives. Only the management account, a delegated
   * administrator, or an account that the organization's delegation policy
   * allows may make the call; where it fails, alerts show the id.
   *
   * @default - no look-up
   * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
   */
  readonly lookUpAccountNamesInOrganization?: string;

  /**
   * How the actions of centralized root access sessions (`sts:AssumeRoot`)
   * are reported.
   *
   * @default AssumedRootTasks.ALERT
   */
  readonly assumedRootTasks?: AssumedRootTasks;

  /**
   * A KMS key of yours that encrypts the function's log group (AWS Control
   * Tower's CT.CLOUDWATCH.PR.3). For a key defined in the same app, the
   * statement CloudWatch Logs needs is added to its key policy; an imported
   * key's policy must already allow it.
   *
   * @default - CloudWatch Logs' own encryption
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
   */
  readonly logEncryptionKey?: kms.IKey;

  /**
   * A VPC to run the notifier in (AWS Control Tower's CT.LAMBDA.PR.3). Its
   * subnets need a way to SNS, STS and, unless `accountName` is set, IAM, and
   * to AWS Organizations when names are looked up: a NAT gateway, or
   * interface endpoints where the service has them.
   *
   * @default - not in a VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * The subnets of `vpc` the notifier runs in.
   *
   * @default - the VPC's private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * Security groups for the notifier in `vpc`.
   *
   * @default - a new security group that allows all outbound traffic
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * How long the function's own logs are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Concurrency reserved for the notifier, so that other functions using up
   * the account's concurrency cannot delay root alerts. At least 3: the alert
   * queue invokes the function up to twice at once (its maximum
   * concurrency), AWS asks that reserved concurrency exceed the event
   * source's maximum concurrency, and the five-minute subscription check
   * needs room beside those invocations.
   *
   * Reserving fails on accounts whose Lambda concurrency quota is small (new
   * accounts may have 10), which is why it is off by default.
   *
   * @default - no reserved concurrency
   * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
   * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
   */
  readonly reservedConcurrency?: number;
}

/**
 * Properties of `RootActivityNotifier`.
 */
export interface RootActivityNotifierProps extends RootActivityNotifierOptions {
  /**
   * The topic the alerts are published to.
   */
  readonly topic: sns.ITopic;

  /**
   * Where events go whose alert could not be published: the alert queue's
   * dead-letter queue, after SQS has handed each event to the notifier 30
   * times (about three hours), and the failure destination of direct
   * invocations after Lambda's two retries.
   *
   * @default - failed events stay in the alert queue until its 14-day retention ends
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
   */
  readonly failureQueue?: sqs.IQueue;

  /**
   * A topic for chat: the notifier also publishes every message it plans,
   * at `chatMinimumSeverity` or above, to this topic in Amazon Q Developer's
   * custom-notification format, which its Slack and Teams channels render
   * (see `RootActivityChatChannel`).
   *
   * @default - no chat messages
   */
  readonly chatTopic?: sns.ITopic;

  /**
   * The least severe message sent to `chatTopic`.
   *
   * @default AlertSeverity.MEDIUM
   */
  readonly chatMinimumSeverity?: AlertSeverity;

  /**
   * A topic for paging (PagerDuty, Opsgenie and incident tools take SNS
   * HTTPS subscriptions): it receives the alert text of every message at
   * `pagingMinimumSeverity` or above; the alert topic still receives all.
   *
   * @default - no paging topic
   */
  readonly pagingTopic?: sns.ITopic;

  /**
   * The least severe message sent to `pagingTopic`.
   *
   * @default AlertSeverity.HIGH
   */
  readonly pagingMinimumSeverity?: AlertSeverity;
}

/**
 * A Lambda function that receives root events through an SQS queue and
 * publishes a readable alert to an SNS topic: what happened, who, from where,
 * whether MFA was used, success or failure, in the account's alias and a
 * chosen time zone, followed by the full event.
 *
 * Point an EventBridge rule at `queue`. The queue feeds the function in
 * batches, at most two at a time, and the function publishes one message a
 * batch (the alert for a lone event, else a summary naming every event) and
 * waits 2.5 s after it: a burst of root activity becomes a few summaries
 * rather than a flood that would make SNS suspend an e-mail subscription
 * (10 messages a second at most). Every event id appears in a
 * message and in the logs. A failing publish is retried within seconds, each
 * failed attempt counted in the `PublishFailures` metric; events whose
 * message still could not be published go back to the queue.
 *
 * The handler is bundled at build time and ships in this package, so neither
 * esbuild nor Docker is needed to synthesize it.
 */
export class RootActivityNotifier extends Construct {
  /** The Lambda function. */
  public readonly handler: lambda.Function;

  /** The log group of the function. */
  public readonly logGroup: logs.ILogGroup;

  /** The queue root events are delivered to; the function reads it in batches. */
  public readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: RootActivityNotifierProps) {
    checkNotifierOptions('RootActivityNotifier', props);
    checkNotFifo('RootActivityNotifier', 'topic', props.topic);
    checkNotFifo('RootActivityNotifier', 'chatTopic', props.chatTopic);
    checkNotFifo('RootActivityNotifier', 'pagingTopic', props.pagingTopic);
    checkOnlyWith('RootActivityNotifier', 'chatMinimumSeverity', props.chatMinimumSeverity, 'chatTopic', props.chatTopic);
    checkOnlyWith('RootActivityNotifier', 'pagingMinimumSeverity', props.pagingMinimumSeverity, 'pagingTopic', props.pagingTopic);
    checkFunctionAsset('RootActivityNotifier', 'notifier');
    super(scope, id);

    if (props.logEncryptionKey !== undefined) {
      allowLogsToUseKey(this, props.logEncryptionKey);
    }
    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: props.logEncryptionKey,
    });

    const environment: Record<string, string> = {
      TOPIC_ARN: props.topic.topicArn,
      TIME_ZONE: props.timeZone ?? 'UTC',
    };
    if (props.accountName !== undefined) {
      environment.ACCOUNT_NAME = props.accountName;
    }
    if (props.accountNames !== undefined) {
      environment.ACCOUNT_NAMES = encodeAccountNames(props.accountNames);
    }
    if (props.lookUpAccountNamesInOrganization !== undefined) {
      environment.LOOK_UP_ACCOUNT_NAMES = 'true';
    }
    if (props.assumedRootTasks !== undefined) {
      environment.ASSUMED_ROOT_TASKS = props.assumedRootTasks;
    }

    // A role of our own: the default one carries AWSLambdaBasicExecutionRole,
    // which may create log groups anywhere. This one may write to its own
    // log group only.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Publishes root activity alerts',
    });
    this.logGroup.grantWrite(role);

    this.handler = new lambda.Function(this, 'Function', {
      role,
      description: 'Publishes a readable alert for each root user event',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(NOTIFIER_ASSET_DIR),
      handler: 'index.handler',
      memorySize: 256,
      timeout: NOTIFIER_TIMEOUT,
      environment,
      logGroup: this.logGroup,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
      reservedConcurrentExecutions: props.reservedConcurrency,
    });
    this.handler.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: props.failureQueue ? new destinations.SqsDestination(props.failureQueue) : undefined,
    });

    // SSE-SQS needs no key policy for EventBridge to send to it.
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      // AWS asks for at least six times the function's timeout.
      visibilityTimeout: ALERT_VISIBILITY_TIMEOUT,
      deadLetterQueue: props.failureQueue
        ? { queue: props.failureQueue, maxReceiveCount: ALERT_MAX_RECEIVE_COUNT }
        : undefined,
    });
    this.handler.addEventSource(new eventSources.SqsEventSource(this.queue, {
      batchSize: ALERT_BATCHING.batchSize,
      maxBatchingWindow: ALERT_BATCHING.window,
      maxConcurrency: ALERT_BATCHING.maxConcurrency,
      reportBatchItemFailures: true,
    }));
    // https://docs.aws.amazon.com/lambda/latest/api/API_DestinationConfig.html
    acknowledgeNagRule(this.handler, 'Serverless-LambdaEventSourceMappingDestination', NAG_REASONS.sqsEventSourceDestination);
    if (props.failureQueue === undefined) {
      acknowledgeControl(this.queue, 'CT.SQS.PR.1', CONTROL_REASONS.alertQueueDlq);
      acknowledgeNagRule(this.queue, 'AwsSolutions-SQS3', NAG_REASONS.noDeadLetterQueue);
      acknowledgeNagRule(this.queue, 'Serverless-SQSRedrivePolicy', NAG_REASONS.noDeadLetterQueue);
    }

    allowPublishing(this.handler, props.topic);
    // The handler reads these (lambda-src/notifier/config.ts).
    if (props.chatTopic !== undefined) {
      this.handler.addEnvironment('CHAT_TOPIC_ARN', props.chatTopic.topicArn);
      this.handler.addEnvironment('CHAT_MINIMUM_SEVERITY', props.chatMinimumSeverity ?? AlertSeverity.MEDIUM);
      allowPublishing(this.handler, props.chatTopic);
    }
    if (props.pagingTopic !== undefined) {
      this.handler.addEnvironment('PAGING_TOPIC_ARN', props.pagingTopic.topicArn);
      this.handler.addEnvironment('PAGING_MINIMUM_SEVERITY', props.pagingMinimumSeverity ?? AlertSeverity.HIGH);
      allowPublishing(this.handler, props.pagingTopic);
    }
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['iam:ListAccountAliases'],
      // ListAccountAliases supports no resource-level permissions: AWS
      // requires '*' here.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
      resources: ['*'],
    }));

    if (props.lookUpAccountNamesInOrganization !== undefined) {
      // The management account's id is part of an account's ARN but not
      // known here; the organization id scopes the grant to its accounts.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html
      const organizationId = props.lookUpAccountNamesInOrganization;
      role.addToPolicy(new iam.PolicyStatement({
        actions: ['organizations:DescribeAccount'],
        resources: [Stack.of(this).formatArn({
          service: 'organizations', region: '', account: '*', resource: 'account', resourceName: `${organizationId}/*`,
        })],
      }));
      acknowledgeNagRule(role, `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::*:account/${organizationId}/*]`, NAG_REASONS.describeAccount);
    }
    acknowledgeNagRule(role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.listAccountAliases);
    acknowledgeNagRule(role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);
    acknowledgeNagRule(this.handler, 'AwsSolutions-L1', NAG_REASONS.lambdaRuntime);
    acknowledgeNagRule(this.handler, 'Serverless-LambdaLatestVersion', NAG_REASONS.lambdaRuntime);
    if (props.vpc === undefined) {
      acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaInsideVPC', NAG_REASONS.lambdaVpc);
      acknowledgeControl(this.handler, 'CT.LAMBDA.PR.3', CONTROL_REASONS.notifierVpc);
    } else {
      // Lambda needs these EC2 actions, which support no resource-level
      // permissions, to attach the function to the VPC.
      // https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions
      acknowledgeNagRule(role, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]', NAG_REASONS.lambdaVpcRole);
    }
    acknowledgeNagRule(this.handler, 'Serverless-LambdaTracing', NAG_REASONS.lambdaTracing);
    if (props.logEncryptionKey === undefined) {
      acknowledgeNagRule(this.logGroup, 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', NAG_REASONS.notifierLogs);
      acknowledgeControl(this.logGroup, 'CT.CLOUDWATCH.PR.3', CONTROL_REASONS.notifierLogsKms);
    }
    if (props.failureQueue !== undefined) {
      acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaDLQ', NAG_REASONS.onFailureDestination);
      acknowledgeNagRule(this.handler, 'Serverless-LambdaDLQ', NAG_REASONS.onFailureDestination);
    }
    if (props.reservedConcurrency === undefined) {
      acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaConcurrency', NAG_REASONS.lambdaConcurrency);
    }
  }
}

/**
 * Sends the notifier's alerts about changes to the monitor itself (what the
 * tamper rules deliver) to `topic` instead of the alert topic: the
 * self-monitoring topic, so that a broken alert topic cannot hide the news
 * that someone broke it. The handler reads HEALTH_TOPIC_ARN.
 */
export function sendMonitorChangesTo(notifier: RootActivityNotifier, topic: sns.ITopic): void {
  notifier.handler.addEnvironment('HEALTH_TOPIC_ARN', topic.topicArn);
  allowPublishing(notifier.handler, topic);
}

/** Lets the function publish to `topic`, and use its key when it is encrypted. */
function allowPublishing(handler: lambda.Function, topic: sns.ITopic): void {
  handler.addToRolePolicy(new iam.PolicyStatement({
    actions: ['sns:Publish'],
    resources: [topic.topicArn],
  }));
  if (topic.masterKey !== undefined) {
    // What a publisher needs on the key of an encrypted topic.
    // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
    handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [topic.masterKey.keyArn],
    }));
  }
}

/**
 * What CloudWatch Logs needs on the key of an encrypted log group, limited
 * by encryption context to this account's log groups in this region. A no-op
 * for an imported key.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
function allowLogsToUseKey(scope: Construct, key: kms.IKey): void {
  const { account, region, partition } = Stack.of(scope);
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogsForNotifierLogs',
    principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*` } },
  }));
}
