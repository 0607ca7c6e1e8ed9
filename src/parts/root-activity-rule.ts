import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import { rootActivityEventPattern } from './root-activity-event-pattern';
import { checkRuleOptions } from '../validation/part-props-validation';

/**
 * Options for the EventBridge rule that matches root activity.
 *
 * Used on its own by `RootActivityRule` and as `ruleOptions` of
 * `RootActivityMonitor`.
 */
export interface RootActivityRuleOptions {
  /**
   * The name of the rule.
   *
   * @default - CloudFormation generates a name
   */
  readonly ruleName?: string;

  /**
   * Also match read-only root API calls (`Get*`, `List*`, `Describe*`, ...).
   *
   * A rule in the plain `ENABLED` state does not receive read-only management
   * events from CloudTrail; with this set the rule is created in the
   * `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS` state, which does. Root
   * reading data is root use, so this is on by default.
   *
   * @default true
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail
   */
  readonly includeReadOnlyApiCalls?: boolean;

  /**
   * The event bus the rule is on. CloudTrail delivers to each account's
   * default bus; a custom bus receives root events only from forwarders
   * (see `RootActivityHub`).
   *
   * @default - the account's default event bus
   */
  readonly eventBus?: events.IEventBus;

  /**
   * Whether the rule is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * Properties of `RootActivityRule`.
 */
export interface RootActivityRuleProps extends RootActivityRuleOptions {
  /**
   * Targets that receive every matched root event.
   *
   * More can be added later with `addTarget()`.
   *
   * @default - no targets
   */
  readonly targets?: events.IRuleTarget[];
}

/**
 * An EventBridge rule on the default event bus that matches root console
 * sign-ins and root API calls, ignoring calls that a service makes on the
 * root's behalf and AWS service events. A root call recorded with `invokedBy`
 * `signin.amazonaws.com` is the root user working in the console, and is
 * matched (the CIS filter of `RootUsageAlarm` does not count it).
 *
 * EventBridge delivers an event in the region where CloudTrail records it:
 * root console sign-ins and calls to global services such as IAM arrive in
 * us-east-1, other API calls in the region they were made in. Deploy the rule
 * in every region you use (see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/regions.md).
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
 */
export class RootActivityRule extends Construct {
  /** The rule. */
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: RootActivityRuleProps = {}) {
    checkRuleOptions('RootActivityRule', props);
    super(scope, id);
    const enabled = props.enabled ?? true;

    this.rule = new events.Rule(this, 'Rule', {
      ruleName: props.ruleName,
      description: 'Root user console sign-ins and API calls recorded by CloudTrail',
      eventPattern: rootActivityEventPattern(),
      eventBus: props.eventBus,
      enabled,
      targets: props.targets,
    });

    if (enabled && (props.includeReadOnlyApiCalls ?? true)) {
      // The L2 Rule has no prop for this state; it can only be set on the
      // CloudFormation resource. It is valid on default and custom buses.
      // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
      (this.rule.node.defaultChild as events.CfnRule).state = 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS';
    }
  }

  /**
   * Adds a target that receives every matched root event.
   *
   * @returns this rule, to chain calls
   */
  public addTarget(target: events.IRuleTarget): RootActivityRule {
    this.rule.addTarget(target);
    return this;
  }
}
