import { Annotations, Duration, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { heartbeatMinutes } from './forwarder-heartbeat';
import { watchForwarders } from './forwarder-watch';
import { HubCoverage } from './hub-coverage';
import { resolveParts } from '../monitor/monitor-parts';
import { RootActivityMonitor } from '../monitor/root-activity-monitor';
import { RootActivityMonitorProps } from '../monitor/root-activity-monitor-props';
import { AlertSeverity, ChatDeliveryOptions } from '../parts/chat-delivery';
import { PlannedRootUseOptions } from '../parts/planned-root-use';
import { RootActivityNotifierOptions } from '../parts/root-activity-notifier';
import { PostureCheckMethod, RootPostureCheckOptions } from '../parts/root-posture-check';
import { checkAccountId, checkOrganizationalUnitIds, checkOrganizationId, checkRegions } from '../validation/organization-validation';
import { checkNotBlank, checkNotBoth, checkOnlyWhen, propLabel } from '../validation/validation';

/**
 * Properties of `RootActivityHub`.
 */
export interface RootActivityHubProps {
  /**
   * The organization whose accounts may forward root events to the hub's
   * bus: its id, `o-` and 10 to 32 letters or digits.
   *
   * @example 'o-a1b2c3d4e5'
   */
  readonly organizationId: string;

  /**
   * Admit only accounts under these organizational units (at any depth),
   * through the `aws:PrincipalOrgPaths` condition.
   *
   * An account directly under the root is under no OU, and neither, as a
   * rule, is the management account: set `managementAccountId` to admit it,
   * and list the others in `accountIds`. Without `managementAccountId` the
   * hub synthesizes with a warning.
   *
   * @default - every account of the organization
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths
   */
  readonly organizationalUnitIds?: string[];

  /**
   * Admit only these accounts (of the organization), through the
   * `aws:PrincipalAccount` condition. With `organizationalUnitIds`, an
   * account in either is admitted. The bus policy may hold 10,240
   * characters, about 500 account ids: prefer `organizationalUnitIds`.
   *
   * @default - every account of the organization
   */
  readonly accountIds?: string[];

  /**
   * The organization's management account, admitted to the bus in addition
   * to `organizationalUnitIds` and `accountIds`, so that its own forwarders
   * are not refused. Ignored when neither narrows the hub: the whole
   * organization, management account included, is admitted then.
   *
   * @default - the management account is admitted only if the narrowing includes it
   */
  readonly managementAccountId?: string;

  /**
   * The name of the hub's event bus; forwarders target
   * `arn:aws:events:<region>:<account>:event-bus/<name>`.
   *
   * @default 'root-activity-hub'
   */
  readonly eventBusName?: string;

  /**
   * Also alert on read-only root API calls (`Get*`, `List*`, `Describe*`, ...).
   * Forwarders must forward them too (`includeReadOnlyApiCalls`, on by default).
   *
   * @default true
   */
  readonly includeReadOnlyApiCalls?: boolean;

  /**
   * The topic alerts are published to.
   *
   * @default - a new topic, encrypted with a new KMS key
   */
  readonly topic?: sns.ITopic;

  /**
   * The name of the topic the hub creates.
   *
   * @default - CloudFormation generates a name
   */
  readonly topicName?: string;

  /**
   * E-mail addresses subscribed to the topic the hub creates. Each must
   * confirm by the link SNS mails.
   *
   * @default - no subscriptions
   */
  readonly emailSubscriptions?: string[];

  /**
   * Encrypt the topic the hub creates with a customer managed KMS key.
   *
   * @default true
   */
  readonly encryptTopic?: boolean;

  /**
   * The key that encrypts the topic the hub creates.
   *
   * @default - a new key with rotation enabled
   */
  readonly topicEncryptionKey?: kms.IKey;

  /**
   * Options for the notifier: time zone, friendly names of the
   * organization's accounts (`accountNames`), how privileged root tasks
   * (`sts:AssumeRoot`) are reported.
   *
   * @default - times in UTC, accounts shown by id
   */
  readonly notifierOptions?: RootActivityNotifierOptions;

  /**
   * Look up the names of accounts that `notifierOptions.accountNames` does
   * not list with `organizations:DescribeAccount`. Only the management
   * account, a delegated administrator, or an account that the
   * organization's resource-based delegation policy allows it may call it;
   * elsewhere the call fails and alerts show the account id.
   *
   * @default false
   * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
   */
  readonly lookUpAccountNames?: boolean;

  /**
   * Keep events the notifier could not publish in a dead-letter queue, with
   * an alarm.
   *
   * @default true
   */
  readonly enableDeadLetterQueue?: boolean;

  /**
   * Alarms on the hub's own failures and a rule that reports changes that
   * would silence it.
   *
   * @default true
   */
  readonly enableSelfMonitoring?: boolean;

  /**
   * A separate topic for the hub's own alarms.
   *
   * @default - the alert topic
   */
  readonly selfMonitoringTopic?: sns.ITopic;

  /**
   * Record the forwarders' heartbeats and report, every
   * `heartbeatInterval`, each account and region silent for more than two
   * intervals, in one message through the paced alert path (to
   * `selfMonitoringTopic` when there is one), with alarms when fewer
   * account-regions report than before, when the report stops running and
   * when either coverage function fails. Forwarders send heartbeats by
   * default.
   *
   * @default true
   */
  readonly enableCoverageReport?: boolean;

  /**
   * The forwarders' heartbeat interval (the same value as the StackSet's
   * `heartbeatInterval`): the report runs this often and names a forwarder
   * silent after two intervals. Whole minutes, from 5 minutes to 24 hours.
   *
   * @default Duration.hours(1)
   */
  readonly heartbeatInterval?: Duration;

  /**
   * Regions every account that reports should report from: the StackSet's
   * regions. Each region of this list that an account never reported from
   * is named. Without it, the expected regions are those any account
   * reports from, which misses a region where no forwarder ever started.
   *
   * @default - the regions any account reports from
   */
  readonly coverageRegions?: string[];

  /**
   * Also name every active account of the organization that never sent a
   * heartbeat, read with `organizations:ListAccounts`. Only the management
   * account and a delegated administrator may call it; elsewhere the call
   * fails and the report says so. Accounts that joined within the last two
   * intervals are not named yet.
   *
   * @default false
   * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html
   */
  readonly listAccountsForCoverage?: boolean;

  /**
   * Also send the hub's alerts to Slack or Microsoft Teams (see
   * `RootActivityMonitorProps.chatDelivery`).
   *
   * @default - no chat delivery
   */
  readonly chatDelivery?: ChatDeliveryOptions;

  /**
   * A topic for paging tools, receiving alerts at `pagingMinimumSeverity`
   * or above (see `RootActivityMonitorProps.pagingTopic`).
   *
   * @default - no paging topic
   */
  readonly pagingTopic?: sns.ITopic;

  /**
   * The least severe alert sent to `pagingTopic`.
   *
   * @default AlertSeverity.HIGH
   */
  readonly pagingMinimumSeverity?: AlertSeverity;

  /**
   * Read the hub account's root credential posture once a day and at
   * deploy, and, where the hub's account may ask (the management account or
   * the delegated administrator for IAM), whether the organization manages
   * member accounts' root credentials centrally and every member account's
   * root credentials (`RootPostureCheckOptions.checkMemberAccounts`, on by
   * default here); alert when it changes (see
   * `RootActivityMonitorProps.enablePostureCheck`).
   *
   * @default false
   */
  readonly enablePostureCheck?: boolean;

  /**
   * How the posture is read.
   *
   * @default - a Lambda that also reads the organization's root access features
   */
  readonly postureCheckOptions?: RootPostureCheckOptions;

  /**
   * Honour planned root use windows declared in the hub's account and
   * region; a window names the member accounts it covers (see
   * `RootActivityMonitorProps.enablePlannedRootUse`).
   *
   * @default false
   */
  readonly enablePlannedRootUse?: boolean;

  /**
   * The longest window honoured and how planned events are reported.
   *
   * @default - windows of up to 4 hours, one severity lower
   */
  readonly plannedRootUseOptions?: PlannedRootUseOptions;
}

/**
 * The central side of organization-wide coverage, deployed once (typically
 * in a security or audit account, in a home region): a custom event bus that
 * admits the organization's accounts, a rule on it with the root pattern,
 * the burst-aware notifier, one topic and the monitor's self-health. Each
 * alert names the acting account and its region, from the CloudTrail record.
 *
 * Root events reach it from `RootActivityForwarder`s, one in every region
 * of every account, rolled out by `RootActivityForwarderStackSet` (and, in
 * the management account, as plain stacks). The hub itself has no trail and
 * no rule on its own account's default bus: the forwarder in the hub's
 * account covers it like any other.
 *
 * @example
 * new RootActivityHub(this, 'Hub', {
 *   organizationId: 'o-a1b2c3d4e5',
 *   emailSubscriptions: ['security@example.com'],
 *   notifierOptions: { accountNames: { '444455556666': 'Production' } },
 * });
 */
export class RootActivityHub extends Construct {
  /** The bus forwarders send root events to. */
  public readonly eventBus: events.EventBus;

  /** The rule, notifier, topic and self-health on the hub's bus. */
  public readonly monitor: RootActivityMonitor;

  /** The topic alerts are published to. */
  public readonly topic: sns.ITopic;

  /** The last heartbeat of each account and region; absent when `enableCoverageReport` is false. */
  public readonly coverageTable?: dynamodb.ITable;

  /** The alarms on a drop in reporting account-regions and on a report that stopped running; empty when `enableCoverageReport` is false. */
  public readonly coverageAlarms: cloudwatch.IAlarm[];

  constructor(scope: Construct, id: string, props: RootActivityHubProps) {
    const where = 'RootActivityHub';
    checkOrganizationId(where, 'organizationId', props.organizationId);
    checkOrganizationalUnitIds(where, 'organizationalUnitIds', props.organizationalUnitIds ?? [], { required: false, allowRoot: false });
    for (const accountId of props.accountIds ?? []) {
      checkAccountId(where, 'accountIds', accountId);
    }
    if (props.managementAccountId !== undefined) {
      checkAccountId(where, 'managementAccountId', props.managementAccountId);
    }
    if (props.accountIds !== undefined && props.accountIds.length === 0) {
      throw new Error(`${where}: ${propLabel('accountIds')} must name at least one account, or be left out to admit the whole organization`);
    }
    if (props.organizationalUnitIds !== undefined && props.organizationalUnitIds.length === 0) {
      throw new Error(`${where}: ${propLabel('organizationalUnitIds')} must name at least one organizational unit, or be left out to admit the whole organization`);
    }
    checkNotBlank(where, 'eventBusName', props.eventBusName);
    const coverage = props.enableCoverageReport ?? true;
    const intervalMinutes = heartbeatMinutes(where, 'heartbeatInterval', props.heartbeatInterval);
    checkOnlyWhen(where, 'heartbeatInterval', props.heartbeatInterval, 'enableCoverageReport', coverage);
    checkOnlyWhen(where, 'coverageRegions', props.coverageRegions, 'enableCoverageReport', coverage);
    checkOnlyWhen(where, 'listAccountsForCoverage', props.listAccountsForCoverage, 'enableCoverageReport', coverage);
    if (props.coverageRegions !== undefined) {
      checkRegions(where, 'coverageRegions', props.coverageRegions);
    }
    if (coverage) {
      checkAlarmTopicRegion(scope, where, props);
    }
    checkNotBoth(where, 'lookUpAccountNames', props.lookUpAccountNames ? true : undefined,
      'notifierOptions.lookUpAccountNamesInOrganization', props.notifierOptions?.lookUpAccountNamesInOrganization,
      'lookUpAccountNames looks names up in organizationId already');
    // The monitor's own checks, named for the hub, before anything exists.
    resolveParts(hubMonitorProps(props, undefined), where, true);
    super(scope, id);

    this.eventBus = new events.EventBus(this, 'EventBus', {
      eventBusName: props.eventBusName ?? 'root-activity-hub',
      description: 'Root user activity forwarded from the accounts of the organization',
    });
    for (const statement of busPolicyStatements(this.eventBus, props)) {
      this.eventBus.addToResourcePolicy(statement);
    }
    if (props.organizationalUnitIds !== undefined && props.managementAccountId === undefined) {
      Annotations.of(this).addWarningV2('cdk-root-activity-monitor:management-account-not-admitted',
        `${where}: ${propLabel('organizationalUnitIds')} admits only accounts under those OUs, and the management account is usually under none (its path is o-.../r-.../), so the bus would refuse the forwarders in the management account. Set ${propLabel('managementAccountId')} to admit it (and list any other account directly under the root in ${propLabel('accountIds')})`);
    }

    this.monitor = new RootActivityMonitor(this, 'Monitor', hubMonitorProps(props, this.eventBus));
    this.topic = this.monitor.topic;
    // Changes to the forwarders, which their watch rules send here, are
    // reported through the same paced notifier as root events.
    if (props.enableSelfMonitoring !== false && this.monitor.notifier !== undefined) {
      watchForwarders(this, this.eventBus, this.monitor.notifier.queue, this.monitor.deadLetterQueue);
    }
    this.coverageAlarms = [];
    if (coverage && this.monitor.notifier !== undefined) {
      const hubCoverage = new HubCoverage(this, 'Coverage', {
        eventBus: this.eventBus,
        alertQueue: this.monitor.notifier.queue,
        alarmTopic: props.selfMonitoringTopic ?? this.topic,
        intervalMinutes,
        expectedRegions: props.coverageRegions ?? [],
        listAccounts: props.listAccountsForCoverage ?? false,
        placement: props.notifierOptions ?? {},
      });
      this.coverageTable = hubCoverage.table;
      this.coverageAlarms = hubCoverage.alarms;
    }
  }
}

/** The monitor the hub runs on its bus: no trail and no usage alarm, which belong to accounts with logs. */
function hubMonitorProps(props: RootActivityHubProps, bus: events.IEventBus | undefined): RootActivityMonitorProps {
  return {
    createTrail: false,
    enableUsageAlarm: false,
    ruleOptions: { eventBus: bus, includeReadOnlyApiCalls: props.includeReadOnlyApiCalls },
    topic: props.topic,
    topicName: props.topicName,
    emailSubscriptions: props.emailSubscriptions,
    encryptTopic: props.encryptTopic,
    topicEncryptionKey: props.topicEncryptionKey,
    notifierOptions: props.lookUpAccountNames
      ? { ...props.notifierOptions, lookUpAccountNamesInOrganization: props.organizationId }
      : props.notifierOptions,
    enableDeadLetterQueue: props.enableDeadLetterQueue,
    enableSelfMonitoring: props.enableSelfMonitoring,
    selfMonitoringTopic: props.selfMonitoringTopic,
    chatDelivery: props.chatDelivery,
    pagingTopic: props.pagingTopic,
    pagingMinimumSeverity: props.pagingMinimumSeverity,
    enablePostureCheck: props.enablePostureCheck,
    postureCheckOptions: props.enablePostureCheck ? hubPostureOptions(props.postureCheckOptions) : props.postureCheckOptions,
    enablePlannedRootUse: props.enablePlannedRootUse,
    plannedRootUseOptions: props.plannedRootUseOptions,
  };
}

/**
 * A hub reads its organization's root access features unless told not to;
 * AWS Config's rules have none to read.
 */
function hubPostureOptions(options: RootPostureCheckOptions | undefined): RootPostureCheckOptions {
  if ((options?.method ?? PostureCheckMethod.LAMBDA) !== PostureCheckMethod.LAMBDA) {
    return options ?? {};
  }
  return {
    ...options,
    checkOrganizationFeatures: options?.checkOrganizationFeatures ?? true,
    checkMemberAccounts: options?.checkMemberAccounts ?? true,
  };
}

/**
 * One statement admits the whole organization (the condition AWS documents
 * for event buses); narrowing adds conditions rather than listing accounts,
 * as the bus policy holds at most 10,240 characters. Statements are ORed: a
 * sender that matches any one is admitted.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
 */
function busPolicyStatements(bus: events.IEventBus, props: RootActivityHubProps): iam.PolicyStatement[] {
  const statement = (sid: string, conditions: Record<string, Record<string, unknown>> = {}) => new iam.PolicyStatement({
    sid,
    principals: [new iam.AnyPrincipal()],
    actions: ['events:PutEvents'],
    resources: [bus.eventBusArn],
    conditions: {
      ...conditions,
      StringEquals: { 'aws:PrincipalOrgID': props.organizationId, ...conditions.StringEquals },
    },
  });
  if (props.organizationalUnitIds === undefined && props.accountIds === undefined) {
    return [statement('OrganizationForwardsRootActivity')];
  }
  const statements: iam.PolicyStatement[] = [];
  if (props.organizationalUnitIds !== undefined) {
    // Paths are o-id/r-id/ou-id/.../; the root's id is not needed. An account
    // directly under the root has the path o-id/r-id/, which no OU matches.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths
    statements.push(statement('OrganizationalUnitsForwardRootActivity', {
      'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': props.organizationalUnitIds.map((ou) => `${props.organizationId}/*/${ou}/*`) },
    }));
  }
  if (props.accountIds !== undefined) {
    statements.push(statement('AccountsForwardRootActivity', { StringEquals: { 'aws:PrincipalAccount': props.accountIds } }));
  }
  // A statement of its own, so that the policy says why the account is there.
  const management = props.managementAccountId;
  if (management !== undefined && !(props.accountIds ?? []).includes(management)) {
    statements.push(statement('ManagementAccountForwardsRootActivity', { StringEquals: { 'aws:PrincipalAccount': management } }));
  }
  return statements;
}

/**
 * The coverage alarms notify `selfMonitoringTopic`, else `topic`; CloudWatch
 * alarms can only notify a topic in their own region.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
function checkAlarmTopicRegion(scope: Construct, where: string, props: RootActivityHubProps): void {
  const prop = props.selfMonitoringTopic !== undefined ? 'selfMonitoringTopic' : 'topic';
  const region = (props.selfMonitoringTopic ?? props.topic)?.env.region;
  const stackRegion = Stack.of(scope).region;
  if (region !== undefined && !Token.isUnresolved(region) && !Token.isUnresolved(stackRegion) && region !== stackRegion) {
    throw new Error(`${where}: ${propLabel(prop)} is in ${region}, the hub in ${stackRegion}; the coverage alarms can only notify a topic in their own region. Pass a topic in ${stackRegion}, or set ${propLabel('enableCoverageReport')} to false`);
  }
}
