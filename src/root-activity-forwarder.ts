import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from './nag-acknowledgements';
import { checkEventBusArn, checkReachable } from './organization-validation';
import { checkRuleOptions } from './part-props-validation';
import { RootActivityRule } from './root-activity-rule';

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
   * The name of the rule.
   *
   * @default - CloudFormation generates a name
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
}

/**
 * The member side of organization-wide coverage: one EventBridge rule on
 * the account's default bus, with the same root pattern as
 * `RootActivityMonitor`, that sends every root event to another event bus
 * through a role. No Lambda function, asset, KMS key or alarm: nothing that
 * costs money while idle.
 *
 * CloudTrail delivers an event to the acting account's default bus in the
 * region where it is recorded, so a forwarder is needed in every region of
 * every account. `RootActivityForwarderStackSet` rolls it out to an
 * organization; the management account, where service-managed StackSets
 * never deploy, takes it as a plain stack.
 *
 * EventBridge forwards an event one hop only, so the target bus must be the
 * one whose rule alerts: a hub's bus, or the home region's default bus of a
 * single-account monitor.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html
 */
export class RootActivityForwarder extends Construct {
  /** The rule on the default bus. */
  public readonly rule: RootActivityRule;

  /** The role EventBridge assumes to put events on the target bus. */
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: RootActivityForwarderProps) {
    const where = 'RootActivityForwarder';
    checkRuleOptions(where, props);
    const bus = checkEventBusArn(where, 'eventBusArn', props.eventBusArn);
    if (bus !== undefined) {
      checkReachable(where, 'eventBusArn', bus, Stack.of(scope).region);
    }
    super(scope, id);

    // A bus that admits an organization (aws:PrincipalOrgID) requires the
    // sender's target to have a role.
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPermission.html
    this.role = new iam.Role(this, 'Role', {
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
      ruleName: props.ruleName,
      includeReadOnlyApiCalls: props.includeReadOnlyApiCalls,
    });
    const target = events.EventBus.fromEventBusArn(this, 'TargetBus', props.eventBusArn);
    this.rule.addTarget(new targets.EventBus(target, { role: this.role, deadLetterQueue: props.deadLetterQueue }));
    if (props.deadLetterQueue === undefined) {
      acknowledgeNagRule(this.rule.rule, 'Serverless-EventBusDLQ', NAG_REASONS.forwarderWithoutDeadLetterQueue);
    }
  }
}
