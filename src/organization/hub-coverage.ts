import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HEARTBEAT_DETAIL_TYPE, HEARTBEAT_SOURCE } from './forwarder-heartbeat';
import { acknowledgeControl, CONTROL_REASONS } from '../compliance/control-acknowledgements';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { checkFunctionAsset, COVERAGE_ASSET_DIR } from '../delivery/function-assets';

/**
 * The metric the coverage report writes and the alarm reads; mirrors
 * lambda-src/coverage/metric-names.ts (a test holds the two together).
 */
export const COVERAGE_METRIC = { namespace: 'RootActivityMonitor', name: 'CoveredAccountRegions', dimension: 'FunctionName' };

/** What a hub's coverage report needs to know. */
export interface HubCoverageProps {
  /** The hub's bus, where forwarders' heartbeats arrive. */
  readonly eventBus: events.IEventBus;
  /** The queue of the paced alert path, where the report is sent. */
  readonly alertQueue: sqs.IQueue;
  /** Where the coverage alarms go. */
  readonly alarmTopic: sns.ITopic;
  /** The forwarders' heartbeat interval, in minutes. */
  readonly intervalMinutes: number;
  /** Regions every reporting account should report from, besides those any account reports from. */
  readonly expectedRegions: string[];
  /** May the report call organizations:ListAccounts (management account or delegated administrator)? */
  readonly listAccounts: boolean;
  /** Where the functions run and how their logs are encrypted: as the notifier's (`notifierOptions`). */
  readonly placement: FunctionPlacement;
}

/** The notifier options the coverage functions share with the notifier. */
export interface FunctionPlacement {
  readonly vpc?: ec2.IVpc;
  readonly vpcSubnets?: ec2.SubnetSelection;
  readonly securityGroups?: ec2.ISecurityGroup[];
  readonly logEncryptionKey?: kms.IKey;
}

/**
 * The hub's proof of coverage: a rule on the hub's bus hands each
 * forwarder's heartbeat (src/organization/forwarder-heartbeat.ts) to a small function
 * that records when it last heard from each account and region; a second
 * function runs every interval, names the account-regions silent for more
 * than two intervals (and, where it may list the organization's accounts,
 * the active accounts never heard from), and sends one report through the
 * paced alert queue when that list changes, and daily while it is not
 * empty. An alarm goes off when fewer account-regions report than at the
 * last run, or when the report stops running.
 *
 * Heartbeats are recorded with the time the hub received them and under
 * the account EventBridge put on the envelope, which a sender cannot set;
 * an account of the organization can still send heartbeats for itself, so a
 * heartbeat proves that the account's path to the hub works, not that its
 * forwarder is untouched (the watch rules and the guardrail policy are for
 * that).
 */
export class HubCoverage extends Construct {
  /** Last heartbeat per account and region. */
  public readonly table: dynamodb.Table;
  /** The function that records heartbeats. */
  public readonly recorder: lambda.Function;
  /** The function that reports silent account-regions. */
  public readonly reporter: lambda.Function;
  /** The coverage alarms: a drop in reporting account-regions, a report that did not run, and failures of either function. */
  public readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: HubCoverageProps) {
    checkFunctionAsset('RootActivityHub', 'coverage');
    super(scope, id);
    const interval = Duration.minutes(props.intervalMinutes);

    // On-demand: heartbeats come in bursts after a StackSet rollout and
    // trickle otherwise. Items expire 90 days after their last heartbeat
    // (expiresAt), so a removed region or closed account leaves the report.
    // AWS managed KMS key rather than the default AWS owned one, so that key
    // use is visible in CloudTrail. The table holds only what the next
    // heartbeats rebuild, hence no retention on stack deletion.
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'account', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'region', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledgeNagRule(this.table, 'NIST.800.53.R5-DynamoDBInBackupPlan', NAG_REASONS.coverageTableBackup);

    const environment = {
      TABLE_NAME: this.table.tableName,
      HEARTBEAT_INTERVAL_MINUTES: String(props.intervalMinutes),
    };
    this.recorder = coverageFunction(this, 'Recorder', {
      handler: 'index.recordHeartbeat',
      description: 'Records the heartbeats of root activity forwarders',
      timeout: Duration.seconds(10),
      environment,
      placement: props.placement,
    });
    this.table.grant(this.recorder, 'dynamodb:UpdateItem');

    this.reporter = coverageFunction(this, 'Reporter', {
      handler: 'index.reportCoverage',
      description: 'Reports root activity forwarders that fell silent',
      // A scan of 500 accounts x 17 regions and 25 pages of ListAccounts,
      // with the SDK's retries on throttling, fit well within this.
      timeout: Duration.minutes(5),
      environment: {
        ...environment,
        ALERT_QUEUE_URL: props.alertQueue.queueUrl,
        EXPECTED_REGIONS: props.expectedRegions.join(','),
        LIST_ACCOUNTS: String(props.listAccounts),
      },
      placement: props.placement,
    });
    this.table.grant(this.reporter, 'dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem');
    props.alertQueue.grantSendMessages(this.reporter);
    if (props.listAccounts) {
      this.reporter.addToRolePolicy(new iam.PolicyStatement({
        actions: ['organizations:ListAccounts'],
        // ListAccounts supports no resource-level permissions: AWS requires '*'.
        // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html
        resources: ['*'],
      }));
      acknowledgeNagRule(this.reporter, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.listAccounts);
    }

    // Heartbeats only: their source is ours, never AWS's, so no root event
    // and no forged root event can reach the recorder, and a heartbeat can
    // reach nothing else. A heartbeat that is lost is replaced by the next.
    const heartbeatRule = new events.Rule(this, 'HeartbeatRule', {
      description: 'Heartbeats of the root activity forwarders, recorded for the coverage report',
      eventBus: props.eventBus,
      eventPattern: { source: [HEARTBEAT_SOURCE], detailType: [HEARTBEAT_DETAIL_TYPE] },
      targets: [new targets.LambdaFunction(this.recorder, { retryAttempts: 2, maxEventAge: interval })],
    });
    const reportSchedule = new events.Rule(this, 'ReportSchedule', {
      description: 'Runs the root activity coverage report',
      schedule: events.Schedule.rate(interval),
      targets: [new targets.LambdaFunction(this.reporter, { retryAttempts: 2, maxEventAge: interval })],
    });
    for (const rule of [heartbeatRule, reportSchedule]) {
      acknowledgeNagRule(rule, 'Serverless-EventBusDLQ', NAG_REASONS.coverageEventsWithoutDlq);
    }

    this.alarms = coverageAlarms(this, { reporter: this.reporter, recorder: this.recorder }, interval, props.alarmTopic);
  }
}

interface CoverageFunctionOptions {
  readonly handler: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  readonly placement: FunctionPlacement;
}

/**
 * One of the coverage functions, built like the notifier: a role of its own
 * that may write only to its own log group, Node.js 22 on ARM, the bundled
 * code. Both run from one bundle.
 */
function coverageFunction(scope: Construct, id: string, options: CoverageFunctionOptions): lambda.Function {
  const { vpc, vpcSubnets, securityGroups, logEncryptionKey } = options.placement;
  // The notifier's key policy already admits CloudWatch Logs for every log
  // group of this account and region (src/parts/root-activity-notifier.ts).
  const logGroup = new logs.LogGroup(scope, `${id}LogGroup`, {
    retention: logs.RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
    encryptionKey: logEncryptionKey,
  });
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: options.description,
  });
  logGroup.grantWrite(role);
  const fn = new lambda.Function(scope, id, {
    role,
    description: options.description,
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    code: lambda.Code.fromAsset(COVERAGE_ASSET_DIR),
    handler: options.handler,
    memorySize: 256,
    timeout: options.timeout,
    environment: options.environment,
    logGroup,
    vpc,
    vpcSubnets,
    securityGroups,
  });
  acknowledgeNagRule(role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);
  acknowledgeNagRule(fn, 'AwsSolutions-L1', NAG_REASONS.lambdaRuntime);
  acknowledgeNagRule(fn, 'Serverless-LambdaLatestVersion', NAG_REASONS.lambdaRuntime);
  acknowledgeNagRule(fn, 'Serverless-LambdaTracing', NAG_REASONS.lambdaTracing);
  acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaConcurrency', NAG_REASONS.lambdaConcurrency);
  acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaDLQ', NAG_REASONS.coverageRetries);
  acknowledgeNagRule(fn, 'Serverless-LambdaDLQ', NAG_REASONS.coverageRetries);
  if (vpc === undefined) {
    acknowledgeNagRule(fn, 'NIST.800.53.R5-LambdaInsideVPC', NAG_REASONS.coverageVpc);
    acknowledgeControl(fn, 'CT.LAMBDA.PR.3', CONTROL_REASONS.coverageVpc);
  } else {
    acknowledgeNagRule(role, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]', NAG_REASONS.lambdaVpcRole);
  }
  if (logEncryptionKey === undefined) {
    acknowledgeNagRule(logGroup, 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', NAG_REASONS.coverageLogs);
    acknowledgeControl(logGroup, 'CT.CLOUDWATCH.PR.3', CONTROL_REASONS.coverageLogsKms);
  }
  return fn;
}

/**
 * A drop: fewer account-regions reported at this run than at the last
 * (`DIFF` of consecutive values). The alarm looks at two intervals, so the
 * previous run's value is in its window; one breaching value is enough.
 *
 * A report that did not run: the number of runs per interval, a missing
 * interval filled with 0, below 1 for two intervals in a row. Filling
 * matters: CloudWatch ignores a missing latest value while an older real one
 * is still in the window, which would let a stopped report go unnoticed
 * for several periods; two intervals rather than one keep a run that drifts
 * across an interval's edge from raising it.
 *
 * Errors: a run or a heartbeat that failed (a report that could not be
 * queued still writes its metric, so only this alarm would show it).
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-missing-data.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html
 */
function coverageAlarms(scope: Construct, functions: { reporter: lambda.IFunction; recorder: lambda.IFunction },
  interval: Duration, topic: sns.ITopic): cloudwatch.Alarm[] {
  const covered = new cloudwatch.Metric({
    namespace: COVERAGE_METRIC.namespace,
    metricName: COVERAGE_METRIC.name,
    dimensionsMap: { [COVERAGE_METRIC.dimension]: functions.reporter.functionName },
    statistic: cloudwatch.Stats.MINIMUM,
    period: interval,
  });
  const drop = new cloudwatch.Alarm(scope, 'CoverageDropAlarm', {
    alarmDescription: 'Root activity monitor: fewer accounts and regions report to the hub than at the last coverage report; the report names them',
    metric: new cloudwatch.MathExpression({
      expression: 'FILL(DIFF(covered), 0)',
      usingMetrics: { covered },
      period: interval,
      label: 'Change in account-regions reporting',
    }),
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    evaluationPeriods: 2,
    datapointsToAlarm: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
  const notRunning = new cloudwatch.Alarm(scope, 'CoverageReportMissingAlarm', {
    alarmDescription: 'Root activity monitor: the coverage report has not run for two heartbeat intervals, so a silent account or region would go unnoticed',
    metric: new cloudwatch.MathExpression({
      expression: 'FILL(runs, 0)',
      usingMetrics: { runs: covered.with({ statistic: cloudwatch.Stats.SAMPLE_COUNT }) },
      period: interval,
      label: 'Coverage report runs',
    }),
    threshold: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: cloudwatch.TreatMissingData.BREACHING,
  });
  const errors = (id: string, fn: lambda.IFunction, what: string, period: Duration) => new cloudwatch.Alarm(scope, id, {
    alarmDescription: `Root activity monitor: ${what}`,
    metric: fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
    threshold: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
  const alarms = [
    drop,
    notRunning,
    errors('CoverageReporterErrorsAlarm', functions.reporter, 'the coverage report failed (it could not read the table, list the accounts or queue its message)', interval),
    errors('HeartbeatRecorderErrorsAlarm', functions.recorder, 'heartbeats could not be recorded, so forwarders that work may be reported silent', Duration.minutes(5)),
  ];
  for (const alarm of alarms) {
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(topic));
  }
  return alarms;
}
