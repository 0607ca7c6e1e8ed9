import { CustomResource, Duration, FileSystem, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
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

  /**
   * Also audit the root credentials of every active member account of the
   * organization (but the management account), daily and at deploy: for
   * each, the check opens a short-term root session with `sts:AssumeRoot`
   * and the `IAMAuditRootUserCredentials` task policy, which allows only
   * reads of the root user's credentials, and reports the accounts that are
   * not all good in the same message, once per change.
   *
   * Only the management account or the delegated administrator for IAM may
   * ask, with centralized root access's root sessions (`RootSessions`)
   * enabled; elsewhere each member is unknown. The sessions' reads are root
   * events in the member accounts: the check records each session's access
   * key id in a DynamoDB table first, and the notifier leaves out reads made
   * with those keys, so the audit never alerts by itself. That notifier must
   * be the one that receives the members' root events: a hub's (a monitor
   * accepts this option only with `ruleOptions.eventBus`). Applies to
   * `PostureCheckMethod.LAMBDA`.
   *
   * @default false on a monitor, true on a hub
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html
   */
  readonly checkMemberAccounts?: boolean;
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
  } else if (options.checkMemberAccounts !== undefined) {
    throw new Error(`${where}: ${propLabel(`${prefix}checkMemberAccounts`)} applies to PostureCheckMethod.LAMBDA only: AWS Config's rules read the account they run in; for members, deploy them with a conformance pack or audit from the check`);
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
   * quiet, so a monitor's tamper rules watch its check's parameter.
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
   * The DynamoDB table where the member audit records its sessions; absent
   * unless `checkMemberAccounts` is true.
   */
  public readonly auditSessionTable?: dynamodb.ITable;

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
      this.auditSessionTable = parts.auditSessions;
    } else {
      const parts = this.configRulesFor(props);
      this.configRules = parts.rules;
      this.complianceChangeRule = parts.changes;
    }
  }

  private checkFunction(props: RootPostureCheckProps): {
    handler: lambda.IFunction; schedule: events.IRule; state: ssm.IStringParameter; auditSessions?: dynamodb.ITable;
  } {
    const state = new ssm.StringParameter(this, 'State', {
      // A known path, so that the tamper rules can name it before CloudFormation names anything.
      parameterName: `${POSTURE_STATE_PATH}${Names.uniqueResourceName(this, { maxLength: 64 })}`,
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
    const checkMembers = props.checkMemberAccounts ?? false;
    const settings = {
      CHECK_ORGANIZATION_FEATURES: String(props.checkOrganizationFeatures ?? false),
      REQUIRE_HARDWARE_MFA: String(props.requireHardwareMfa ?? false),
      CHECK_MEMBER_ACCOUNTS: String(checkMembers),
    };
    const auditSessions = checkMembers ? this.auditSessions(props) : undefined;
    const fn = new lambda.Function(this, 'Function', {
      role,
      description: 'Reads the root user\'s credential posture and alerts when it changes',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(POSTURE_ASSET_DIR),
      handler: 'index.handler',
      memorySize: 256,
      // An organization's members are audited four at a time, each in
      // about a second; the audit starts no account in the last minute.
      timeout: checkMembers ? Duration.minutes(15) : Duration.minutes(1),
      environment: {
        ALERT_QUEUE_URL: props.notifier.queue.queueUrl,
        STATE_PARAMETER_NAME: state.parameterName,
        ...settings,
        ...auditSessions !== undefined ? { AUDIT_SESSION_TABLE: auditSessions.tableName } : {},
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
    if (auditSessions !== undefined) {
      this.grantMemberAudit(fn, auditSessions);
    }

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
    return { handler: fn, schedule, state, auditSessions };
  }

  /**
   * The table of the member audit's sessions, keyed by access key id, each
   * item kept two days (DynamoDB's time to live); the notifier reads it.
   */
  private auditSessions(props: RootPostureCheckProps): dynamodb.Table {
    const table = new dynamodb.Table(this, 'AuditSessions', {
      partitionKey: { name: 'accessKeyId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledgeNagRule(table, 'NIST.800.53.R5-DynamoDBInBackupPlan', NAG_REASONS.auditSessionsBackup);
    table.grant(props.notifier.handler, 'dynamodb:BatchGetItem');
    props.notifier.handler.addEnvironment('POSTURE_AUDIT_TABLE', table.tableName);
    return table;
  }

  /**
   * What the member audit may do: list the organization's accounts, record
   * its sessions, and open root sessions scoped to the audit task policy,
   * in any member account (the resource is the member's root user).
   * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
   */
  private grantMemberAudit(fn: lambda.Function, table: dynamodb.ITable): void {
    const partition = Stack.of(this).partition;
    table.grant(fn, 'dynamodb:PutItem');
    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['sts:AssumeRoot'],
      resources: [`arn:${partition}:iam::*:root`],
      conditions: { ArnEquals: { 'sts:TaskPolicyArn': `arn:${partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials` } },
    }));
    fn.addToRolePolicy(new iam.PolicyStatement({
      // No resource-level permissions: AWS requires '*'.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html
      actions: ['organizations:ListAccounts', 'organizations:DescribeOrganization'],
      resources: ['*'],
    }));
    acknowledgeNagRule(fn.role ?? fn, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:iam::*:root]', NAG_REASONS.memberAuditSessions);
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
