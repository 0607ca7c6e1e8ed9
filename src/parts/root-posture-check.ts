import { CustomResource, Duration, FileSystem, Names, RemovalPolicy } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import type { RootActivityNotifier } from './root-activity-notifier';
import { acknowledgeControl, CONTROL_REASONS } from '../compliance/control-acknowledgements';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { checkFunctionAsset, POSTURE_ASSET_DIR } from '../delivery/function-assets';
import { propLabel } from '../validation/validation';

/** The path of the posture check's state parameters (RootPostureCheck.STATE_PATH). */
const POSTURE_STATE_PATH = '/root-activity-monitor/posture-state/';

/** How the posture check reads the root user's credentials. */
export enum PostureCheckMethod {
  /**
   * A small Lambda reads IAM's account summary once a day and at deploy, and
   * alerts through the notifier when the posture changes. No AWS Config
   * needed; about 31 invocations a month.
   */
  LAMBDA = 'LAMBDA',
  /**
   * AWS Config managed rules (`root-account-mfa-enabled`,
   * `iam-root-access-key-check`, and `root-account-hardware-mfa-enabled`
   * with `requireHardwareMfa`), evaluated every 24 hours; the notifier
   * alerts on their compliance changes. For accounts that already record
   * with AWS Config: the rules need a configuration recorder, and each
   * evaluation is billed.
   *
   * @see https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html
   */
  AWS_CONFIG_RULES = 'AWS_CONFIG_RULES',
}

/**
 * Options for the root credential posture check.
 */
export interface RootPostureCheckOptions {
  /**
   * How the posture is read.
   *
   * @default PostureCheckMethod.LAMBDA
   */
  readonly method?: PostureCheckMethod;

  /**
   * Count a virtual MFA device on the root user as bad posture: the CIS
   * level 2 profile (CIS 1.6, Security Hub IAM.6) asks for a hardware MFA
   * device.
   *
   * @default false
   */
  readonly requireHardwareMfa?: boolean;

  /**
   * Also read whether the organization manages member accounts' root
   * credentials centrally (`iam:ListOrganizationsFeatures`). Only the
   * management account or the delegated administrator for IAM may ask;
   * elsewhere the answer is reported once as unknown. Applies to
   * `PostureCheckMethod.LAMBDA`.
   *
   * @default false on a monitor, true on a hub
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management
   */
  readonly checkOrganizationFeatures?: boolean;
}

/**
 * Properties of `RootPostureCheck`.
 */
export interface RootPostureCheckProps extends RootPostureCheckOptions {
  /** The notifier whose alert queue takes the posture alerts. */
  readonly notifier: RootActivityNotifier;

  /**
   * Encrypts the check function's logs.
   *
   * @default - keys AWS manages
   */
  readonly logEncryptionKey?: kms.IKey;
}

/**
 * Checks posture options before anything is created; `prefix` is how the
 * caller names the options (`postureCheckOptions.` on a monitor).
 */
export function checkPostureCheckOptions(where: string, prefix: string, options: RootPostureCheckOptions): void {
  const method = options.method ?? PostureCheckMethod.LAMBDA;
  if (!Object.values(PostureCheckMethod).includes(method)) {
    throw new Error(`${where}: ${propLabel(`${prefix}method`)} must be PostureCheckMethod.LAMBDA or PostureCheckMethod.AWS_CONFIG_RULES (got '${method}')`);
  }
  if (method === PostureCheckMethod.LAMBDA) {
    checkFunctionAsset(where, 'posture');
  } else if (options.checkOrganizationFeatures !== undefined) {
    throw new Error(`${where}: ${propLabel(`${prefix}checkOrganizationFeatures`)} applies to PostureCheckMethod.LAMBDA only: AWS Config has no managed rule for the organization's root access features`);
  }
}

/**
 * The other half of the guides: root credential posture. No root access
 * keys (CIS 1.4, Security Hub IAM.4), MFA on root (CIS 1.5, IAM.9), hardware
 * MFA for the level 2 profile (CIS 1.6, IAM.6), and in an organization the
 * central management of member accounts' root credentials.
 *
 * With `PostureCheckMethod.LAMBDA` a function reads the posture once a day
 * and when it is deployed or its settings change, keeps the last posture in
 * an SSM parameter, and sends an alert through the notifier's paced queue
 * only when the posture changed, or when it is bad at deploy: never the
 * same news every day. With `PostureCheckMethod.AWS_CONFIG_RULES` AWS
 * Config's managed rules do the reading, and their compliance changes are
 * alerted the same way.
 *
 * @example
 * declare const notifier: RootActivityNotifier;
 * new RootPostureCheck(this, 'Posture', { notifier, requireHardwareMfa: true });
 */
export class RootPostureCheck extends Construct {
  /**
   * The Parameter Store path of every check's state parameter. Someone who
   * wrote a bad posture there before making it bad would keep the check
   * quiet, so a monitor's tamper rules watch the path.
   */
  public static readonly STATE_PATH = POSTURE_STATE_PATH;

  /** The check function; absent with `PostureCheckMethod.AWS_CONFIG_RULES`. */
  public readonly handler?: lambda.IFunction;

  /** The AWS Config rules; empty with `PostureCheckMethod.LAMBDA`. */
  public readonly configRules: config.IRule[];

  /**
   * The rule that runs the check once a day; absent with
   * `PostureCheckMethod.AWS_CONFIG_RULES`.
   */
  public readonly schedule?: events.IRule;

  /**
   * The rule that sends the AWS Config rules' compliance changes to the
   * alert queue; absent with `PostureCheckMethod.LAMBDA`.
   */
  public readonly complianceChangeRule?: events.IRule;

  /**
   * The SSM parameter holding the last posture the check read, under
   * `RootPostureCheck.STATE_PATH`; absent with
   * `PostureCheckMethod.AWS_CONFIG_RULES`. Only the check should write it: a
   * monitor's tamper rules report anyone else who does.
   */
  public readonly stateParameter?: ssm.IStringParameter;

  constructor(scope: Construct, id: string, props: RootPostureCheckProps) {
    checkPostureCheckOptions('RootPostureCheck', '', props);
    const method = props.method ?? PostureCheckMethod.LAMBDA;
    super(scope, id);
    this.configRules = [];
    if (method === PostureCheckMethod.LAMBDA) {
      const parts = this.checkFunction(props);
      this.handler = parts.handler;
      this.schedule = parts.schedule;
      this.stateParameter = parts.state;
    } else {
      const parts = this.configRulesFor(props);
      this.configRules = parts.rules;
      this.complianceChangeRule = parts.changes;
    }
  }

  private checkFunction(props: RootPostureCheckProps): { handler: lambda.IFunction; schedule: events.IRule; state: ssm.IStringParameter } {
    const state = new ssm.StringParameter(this, 'State', {
      // A known path, so that the tamper rules can name it before CloudFormation names anything.
      parameterName: `${POSTURE_STATE_PATH}${Names.uniqueResourceName(this, { maxLength: 200 })}`,
      description: 'The last root credential posture the check read; written by the check, not by hand',
      // The check reads 'none' as "never checked": its first run alerts on
      // bad posture only.
      stringValue: 'none',
    });
    const logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: props.logEncryptionKey,
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Reads the root user\'s credential posture',
    });
    logGroup.grantWrite(role);
    const settings = {
      CHECK_ORGANIZATION_FEATURES: String(props.checkOrganizationFeatures ?? false),
      REQUIRE_HARDWARE_MFA: String(props.requireHardwareMfa ?? false),
    };
    const fn = new lambda.Function(this, 'Function', {
      role,
      description: 'Reads the root user\'s credential posture and alerts when it changes',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(POSTURE_ASSET_DIR),
      handler: 'index.handler',
      memorySize: 256,
      timeout: Duration.minutes(1),
      environment: {
        ALERT_QUEUE_URL: props.notifier.queue.queueUrl,
        STATE_PARAMETER_NAME: state.parameterName,
        ...settings,
      },
      logGroup,
    });
    state.grantRead(fn);
    state.grantWrite(fn);
    props.notifier.queue.grantSendMessages(fn);
    fn.addToRolePolicy(new iam.PolicyStatement({
      // These IAM reads support no resource-level permissions: AWS requires '*'.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
      actions: [
        'iam:GetAccountSummary',
        'iam:ListVirtualMFADevices',
        ...props.checkOrganizationFeatures ? ['iam:ListOrganizationsFeatures'] : [],
      ],
      resources: ['*'],
    }));

    // Daily. A run EventBridge could not deliver is replaced by the next.
    const schedule = new events.Rule(this, 'Schedule', {
      description: 'Reads the root user\'s credential posture once a day',
      schedule: events.Schedule.rate(Duration.days(1)),
      targets: [new targets.LambdaFunction(fn, {
        event: events.RuleTargetInput.fromObject({ trigger: 'schedule' }),
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
      })],
    });

    // At deploy: a custom resource served by the check itself. It runs when
    // the check is first deployed and whenever its code or settings change
    // (the properties carry both); it always reports success, so a posture
    // that cannot be read never fails a deployment.
    new CustomResource(this, 'DeployCheck', {
      serviceToken: fn.functionArn,
      resourceType: 'Custom::RootPostureCheck',
      properties: { Code: FileSystem.fingerprint(POSTURE_ASSET_DIR), ...settings },
    });

    acknowledgeNagRule(role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.postureReads);
    acknowledgeNagRule(role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);
    acknowledgeNagRule(fn, 'AwsSolutions-L1', NAG_REASONS.lambdaRuntime);
    acknowledgeNagRule(fn, 'Serverless-LambdaLatestVersion', NAG_REASONS.lambdaRuntime);
    acknowledgeNagRule(fn, 'Serverless-LambdaTracing', NAG_REASONS.lambdaTracing);
    acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaConcurrency', NAG_REASONS.lambdaConcurrency);
    acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaDLQ', NAG_REASONS.postureRetries);
    acknowledgeNagRule(fn, 'Serverless-LambdaDLQ', NAG_REASONS.postureRetries);
    acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaInsideVPC', NAG_REASONS.postureVpc);
    acknowledgeControl(fn, 'CT.LAMBDA.PR.3', CONTROL_REASONS.postureVpc);
    acknowledgeNagRule(schedule, 'Serverless-EventBusDLQ', NAG_REASONS.postureRetries);
    if (props.logEncryptionKey === undefined) {
      acknowledgeNagRule(logGroup, 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', NAG_REASONS.postureLogs);
      acknowledgeControl(logGroup, 'CT.CLOUDWATCH.PR.3', CONTROL_REASONS.postureLogsKms);
    }
    return { handler: fn, schedule, state };
  }

  /**
   * AWS Config's managed rules, periodic every 24 hours, and a rule that
   * sends their compliance changes to the alert queue. Config sends a
   * compliance change event only when a rule's result changes.
   * https://docs.aws.amazon.com/config/latest/developerguide/monitor-config-with-cloudwatchevents.html
   */
  private configRulesFor(props: RootPostureCheckProps): { rules: config.IRule[]; changes: events.IRule } {
    const wanted: Array<[string, string]> = [
      ['RootMfaRule', config.ManagedRuleIdentifiers.ROOT_ACCOUNT_MFA_ENABLED],
      ['RootAccessKeyRule', config.ManagedRuleIdentifiers.IAM_ROOT_ACCESS_KEY_CHECK],
      ...props.requireHardwareMfa ? [['RootHardwareMfaRule', config.ManagedRuleIdentifiers.ROOT_ACCOUNT_HARDWARE_MFA_ENABLED] as [string, string]] : [],
    ];
    const rules = wanted.map(([id, identifier]) => ({
      identifier,
      rule: new config.ManagedRule(this, id, {
        identifier,
        description: 'Root credential posture, read for the root activity monitor',
        maximumExecutionFrequency: config.MaximumExecutionFrequency.TWENTY_FOUR_HOURS,
      }),
    }));
    props.notifier.handler.addEnvironment('POSTURE_CONFIG_RULES',
      rules.map(({ rule, identifier }) => `${rule.configRuleName}=${identifier}`).join(','));
    const changes = new events.Rule(this, 'ComplianceChangeRule', {
      description: 'Compliance changes of the root credential posture rules',
      eventPattern: {
        source: ['aws.config'],
        detailType: ['Config Rules Compliance Change'],
        detail: { configRuleName: rules.map(({ rule }) => rule.configRuleName) },
      },
    });
    changes.addTarget(new targets.SqsQueue(props.notifier.queue, { retryAttempts: 185, maxEventAge: Duration.hours(24) }));
    acknowledgeNagRule(changes, 'Serverless-EventBusDLQ', NAG_REASONS.postureRetries);
    return { rules: rules.map(({ rule }) => rule), changes };
  }
}
