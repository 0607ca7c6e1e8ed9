import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from './nag-acknowledgements';
import { checkNotifierAsset, NOTIFIER_ASSET_DIR } from './notifier-asset';
import { checkNotifierOptions } from './part-props-validation';
import { checkNotFifo } from './validation';


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
   * How long the function's own logs are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Concurrency reserved for the notifier, so that other functions using up
   * the account's concurrency cannot delay root alerts.
   *
   * Reserving fails on accounts whose Lambda concurrency quota is small (new
   * accounts may have 10), which is why it is off by default.
   *
   * @default - no reserved concurrency
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
   * Where events go whose alert could not be published, after Lambda's own
   * two retries of the asynchronous invocation.
   *
   * @default - failed events are only logged
   * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
   */
  readonly failureQueue?: sqs.IQueue;
}

/**
 * A Lambda function that receives root events from EventBridge and publishes
 * a readable alert to an SNS topic: what happened, who, from where, whether
 * MFA was used, success or failure, in the account's alias and a chosen time
 * zone, followed by the full event.
 *
 * The handler is bundled at build time and ships in this package, so neither
 * esbuild nor Docker is needed to synthesize it.
 */
export class RootActivityNotifier extends Construct {
  /** The Lambda function. */
  public readonly handler: lambda.Function;

  /** The log group of the function. */
  public readonly logGroup: logs.ILogGroup;

  constructor(scope: Construct, id: string, props: RootActivityNotifierProps) {
    checkNotifierOptions('RootActivityNotifier', props);
    checkNotFifo('RootActivityNotifier', 'topic', props.topic);
    checkNotifierAsset('RootActivityNotifier');
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const environment: Record<string, string> = {
      TOPIC_ARN: props.topic.topicArn,
      TIME_ZONE: props.timeZone ?? 'UTC',
    };
    if (props.accountName !== undefined) {
      environment.ACCOUNT_NAME = props.accountName;
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
      timeout: Duration.seconds(30),
      environment,
      logGroup: this.logGroup,
      reservedConcurrentExecutions: props.reservedConcurrency,
    });
    this.handler.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: props.failureQueue ? new destinations.SqsDestination(props.failureQueue) : undefined,
    });

    role.addToPolicy(new iam.PolicyStatement({
      actions: ['sns:Publish'],
      resources: [props.topic.topicArn],
    }));
    if (props.topic.masterKey !== undefined) {
      // What a publisher needs on the key of an encrypted topic.
      // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
      role.addToPolicy(new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [props.topic.masterKey.keyArn],
      }));
    }
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['iam:ListAccountAliases'],
      // ListAccountAliases supports no resource-level permissions: AWS
      // requires '*' here.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
      resources: ['*'],
    }));

    acknowledgeNagRule(role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.listAccountAliases);
    acknowledgeNagRule(role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);
    acknowledgeNagRule(this.handler, 'AwsSolutions-L1', NAG_REASONS.lambdaRuntime);
    acknowledgeNagRule(this.handler, 'Serverless-LambdaLatestVersion', NAG_REASONS.lambdaRuntime);
    acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaInsideVPC', NAG_REASONS.lambdaVpc);
    acknowledgeNagRule(this.handler, 'Serverless-LambdaTracing', NAG_REASONS.lambdaTracing);
    acknowledgeNagRule(this.logGroup, 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', NAG_REASONS.notifierLogs);
    if (props.failureQueue !== undefined) {
      acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaDLQ', NAG_REASONS.onFailureDestination);
      acknowledgeNagRule(this.handler, 'Serverless-LambdaDLQ', NAG_REASONS.onFailureDestination);
    }
    if (props.reservedConcurrency === undefined) {
      acknowledgeNagRule(this.handler, 'NIST.800.53.R5-LambdaConcurrency', NAG_REASONS.lambdaConcurrency);
    }
  }
}
