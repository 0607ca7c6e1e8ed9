import * as fs from 'fs';
import * as path from 'path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { checkNotBlank, checkTimeZone } from './validation';

/**
 * Where the build puts the bundled handler (see `bundle:notifier` in
 * .projenrc.ts). The same relative path holds from `src/` in tests and from
 * `lib/` in the published package.
 */
const NOTIFIER_ASSET_DIR = path.join(__dirname, '..', 'assets', 'notifier');

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
}

/**
 * Properties of `RootActivityNotifier`.
 */
export interface RootActivityNotifierProps extends RootActivityNotifierOptions {
  /**
   * The topic the alerts are published to.
   */
  readonly topic: sns.ITopic;
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
    super(scope, id);
    checkTimeZone('RootActivityNotifier', 'timeZone', props.timeZone);
    checkNotBlank('RootActivityNotifier', 'accountName', props.accountName);
    if (!fs.existsSync(path.join(NOTIFIER_ASSET_DIR, 'index.js'))) {
      throw new Error(`RootActivityNotifier: the bundled handler is missing from ${NOTIFIER_ASSET_DIR}; run 'npx projen bundle:notifier'`);
    }

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

    this.handler = new lambda.Function(this, 'Function', {
      description: 'Publishes a readable alert for each root user event',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(NOTIFIER_ASSET_DIR),
      handler: 'index.handler',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment,
      logGroup: this.logGroup,
    });

    props.topic.grantPublish(this.handler);
    this.handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['iam:ListAccountAliases'],
      // ListAccountAliases supports no resource-level permissions: AWS
      // requires '*' here.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
      resources: ['*'],
    }));
  }
}
