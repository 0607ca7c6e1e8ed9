import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { createHeartbeat, forwardHeartbeats, heartbeatMinutes } from './forwarder-heartbeat';
import { FORWARDER_RULE_NAME, forwarderNames, forwarderWatchPattern } from './forwarder-watch';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { RootActivityRule } from '../parts/root-activity-rule';
import { checkEventBusArn, checkReachable } from '../validation/organization-validation';
import { checkRuleOptions } from '../validation/part-props-validation';
import { propLabel } from '../validation/validation';

/**
 * Properties of `RootActivityForwarder`.
 */
export interface RootActivityForwarderProps {
  /**
   * The event bus root events are forwarded to: the bus of a
   * `RootActivityHub` (`hub.eventBus.eventBusArn`), or, to cover one
   * account's other regions, the default bus of the region where its
   * `RootActivityMonitor` runs. It must be in this stack's partition.
   *
   * @example 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub'
   */
  readonly eventBusArn: string;

  /**
   * The name of the rule that forwards root events. It also names the rule
   * that watches the forwarder, `<ruleName>-watch`, and the role,
   * `<ruleName>-<region>`, so it may have at most 40 letters, digits, `.`,
   * `-` or `_`.
   *
   * Keep the default wherever you can: a hub reports changes to, and
   * `RootActivityGuardrailPolicy` protects, forwarders of the default name
   * only. Another name is for a second forwarder in one account and region,
   * where the default is taken (a rule is named within its account, region
   * and bus; a role within its account).
   *
   * @default 'root-activity-forwarder' (`RootActivityForwarder.DEFAULT_RULE_NAME`)
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-manage-iam-access.html
   * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
   */
  readonly ruleName?: string;

  /**
   * Also forward read-only root API calls (`Get*`, `List*`, `Describe*`, ...):
   * the rule is then created in the `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`
   * state, the only one in which CloudTrail delivers them.
   *
   * @default true
   */
  readonly includeReadOnlyApiCalls?: boolean;

  /**
   * A queue for events EventBridge could not deliver to the bus after its
   * retries (24 hours by default). Nothing in the member account watches it;
   * pass one where you have a way to read it.
   *
   * @default - no dead-letter queue: an undeliverable event is dropped after EventBridge's retries
   */
  readonly deadLetterQueue?: sqs.IQueue;

  /**
   * Prove every interval that this forwarder still reaches the bus: an
   * EventBridge Scheduler schedule puts a heartbeat on this account's
   * default bus, and the forwarder rule forwards it like a root event. A
   * `RootActivityHub` records heartbeats and reports every account and
   * region that falls silent. A single-account monitor ignores them.
   *
   * @default true
   */
  readonly enableHeartbeat?: boolean;

  /**
   * How often the heartbeat is sent: whole minutes, from 5 minutes to 24
   * hours. Use the hub's `heartbeatInterval`: the hub reports a forwarder
   * silent after two of its intervals.
   *
   * @default Duration.hours(1)
   */
  readonly heartbeatInterval?: Duration;
}

/**
 * The member side of organization-wide coverage: one EventBridge rule on
 * the account's default bus, with the same root pattern as
 * `RootActivityMonitor`, that sends every root event to another event bus
 * through a role. No Lambda function, asset, KMS key or alarm: idle, it
 * costs only its heartbeat (below), about 730 events a month.
 *
 * A second rule watches the forwarder itself: it sends to the same bus,
 * through the same role, the CloudTrail records of calls that would silence
 * it, whoever makes them and whether or not they succeed. They are
 * EventBridge's DeleteRule, DisableRule, PutRule, RemoveTargets and
 * PutTargets on either rule, and IAM's DeleteRole, UpdateAssumeRolePolicy,
 * PutRolePolicy, DeleteRolePolicy, AttachRolePolicy, DetachRolePolicy and
 * PutRolePermissionsBoundary on the forwarders' roles. CloudTrail records
 * IAM calls in us-east-1 only (us-gov-west-1 in AWS GovCloud (US)), so only
 * the forwarder there sees changes to roles, those of every region's
 * forwarder in the account. A `RootActivityHub` reports what the watch
 * rules send.
 *
 * A rule cannot vouch for itself: a change that succeeds in disabling,
 * deleting or retargeting the watch rule, or in taking the role's
 * permission away, takes effect before its own record arrives, which is
 * then not delivered. What the watch rule always reports is a change to
 * the forwarding rule while it and the role are intact, and every attempt
 * that fails. `RootActivityGuardrailPolicy` makes every such call fail in
 * member accounts, so that each attempt is both stopped and reported.
 *
 * The forwarder also proves it is alive: every `heartbeatInterval` a
 * schedule puts a heartbeat event on the default bus, which the forwarder
 * rule forwards with the root events, so a hub notices a forwarder that
 * stopped, whatever stopped it.
 *
 * The rules, the schedule and the role have fixed names (see `ruleName`),
 * so that a hub's rule and a service control policy can name them in every
 * account.
 *
 * CloudTrail delivers an event to the acting account's default bus in the
 * region where it is recorded, so a forwarder is needed in every region of
 * every account. `RootActivityForwarderStackSet` rolls it out to an
 * organization; the management account, where service-managed StackSets
 * never deploy, takes it as a plain stack.
 *
 * EventBridge forwards an event one hop only, so the target bus must be the
 * one whose rule alerts: a hub's bus, or the home region's default bus of a
 * single-account monitor (which does not report changes to forwarders).
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events
 */
export class RootActivityForwarder extends Construct {
  /**
   * The forwarder rule's name when `ruleName` is not given, and always in
   * the member template of `RootActivityForwarderStackSet`. Its watch rule
   * is `DEFAULT_WATCH_RULE_NAME`, its role `root-activity-forwarder-<region>`.
   */
  public static readonly DEFAULT_RULE_NAME: string = FORWARDER_RULE_NAME;

  /** The watch rule's name when `ruleName` is not given. */
  public static readonly DEFAULT_WATCH_RULE_NAME: string = forwarderNames().watchRuleName;

  /** The rule on the default bus that forwards root events. */
  public readonly rule: RootActivityRule;

  /** The rule on the default bus that forwards changes to the forwarder, named `<ruleName>-watch`. */
  public readonly watchRule: events.Rule;

  /** The role EventBridge assumes to put events on the target bus, named `<ruleName>-<region>`. */
  public readonly role: iam.Role;

  /** The schedule that puts a heartbeat on the default bus, named `<ruleName>-heartbeat`; absent when `enableHeartbeat` is false. */
  public readonly heartbeat?: scheduler.CfnSchedule;

  constructor(scope: Construct, id: string, props: RootActivityForwarderProps) {
    const where = 'RootActivityForwarder';
    checkRuleOptions(where, props);
    checkForwarderRuleName(where, props.ruleName);
    const minutes = heartbeatMinutes(where, 'heartbeatInterval', props.heartbeatInterval);
    const bus = checkEventBusArn(where, 'eventBusArn', props.eventBusArn);
    if (bus !== undefined) {
      checkReachable(where, 'eventBusArn', bus, Stack.of(scope).region);
    }
    super(scope, id);
    const names = forwarderNames(props.ruleName ?? FORWARDER_RULE_NAME);

    // A bus that admits an organization (aws:PrincipalOrgID) requires the
    // sender's target to have a role.
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPermission.html
    this.role = new iam.Role(this, 'Role', {
      // IAM role names are unique per account, and a StackSet puts a
      // forwarder in every region of it: the region keeps them apart.
      // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
      roleName: `${names.roleNamePrefix}${Stack.of(this).region}`,
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com', {
        // Only this account's rules may use the role (confused deputy).
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Lets EventBridge forward root activity events to the monitoring bus',
    });
    this.role.addToPolicy(new iam.PolicyStatement({
      actions: ['events:PutEvents'],
      resources: [props.eventBusArn],
    }));
    acknowledgeNagRule(this.role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);

    this.rule = new RootActivityRule(this, 'Rule', {
      ruleName: names.ruleName,
      includeReadOnlyApiCalls: props.includeReadOnlyApiCalls,
    });
    const target = events.EventBus.fromEventBusArn(this, 'TargetBus', props.eventBusArn);
    this.rule.addTarget(new targets.EventBus(target, { role: this.role, deadLetterQueue: props.deadLetterQueue }));
    if (props.enableHeartbeat !== false) {
      forwardHeartbeats(this.rule.rule);
      this.heartbeat = createHeartbeat(this, names.ruleName, minutes);
    }

    // Write management events reach a rule in the plain ENABLED state; the
    // watched calls are all writes, so no read-only events are taken in.
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html
    this.watchRule = new events.Rule(this, 'WatchRule', {
      ruleName: names.watchRuleName,
      description: 'Changes to this root activity forwarder\'s rules or role, by anyone, sent to the monitoring bus',
      eventPattern: forwarderWatchPattern(names),
    });
    this.watchRule.addTarget(new targets.EventBus(target, { role: this.role, deadLetterQueue: props.deadLetterQueue }));

    if (props.deadLetterQueue === undefined) {
      acknowledgeNagRule(this.rule.rule, 'Serverless-EventBusDLQ', NAG_REASONS.forwarderWithoutDeadLetterQueue);
      acknowledgeNagRule(this.watchRule, 'Serverless-EventBusDLQ', NAG_REASONS.forwarderWithoutDeadLetterQueue);
    }
  }
}

/** Rule names EventBridge accepts: https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
const RULE_NAME = /^[.\-_A-Za-z0-9]+$/;

/**
 * A forwarder's rule name also makes the watch rule's (`<name>-watch`) and
 * the role's (`<name>-<region>`), each of at most 64 characters; 40 leaves
 * room for the longest region names.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
const MAX_RULE_NAME_LENGTH = 40;

function checkForwarderRuleName(where: string, ruleName: string | undefined): void {
  if (ruleName === undefined || Token.isUnresolved(ruleName)) {
    return;
  }
  if (ruleName.length > MAX_RULE_NAME_LENGTH || !RULE_NAME.test(ruleName)) {
    throw new Error(`${where}: ${propLabel('ruleName')} must be 1 to ${MAX_RULE_NAME_LENGTH} letters, digits, '.', '-' or '_', as it also names the watch rule ('<ruleName>-watch') and the role ('<ruleName>-<region>') (got '${ruleName}')`);
  }
}
