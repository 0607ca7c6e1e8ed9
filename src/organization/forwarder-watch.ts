import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';

/**
 * The names a forwarder's parts have, and the calls that would silence it:
 * one place for the member's watch rule (src/organization/root-activity-forwarder.ts), the
 * hub's rule that reports what the watch rules forward (`watchForwarders`
 * below) and the service control policy that denies those calls
 * (src/organization/root-activity-guardrail-policy.ts), so the three cannot drift apart.
 */

/**
 * The forwarder rule's name unless `ruleName` says otherwise. A rule is
 * identified by its region, account, bus and name (its ARN is
 * `arn:<partition>:events:<region>:<account>:rule/[<bus>/]<name>`), so a
 * fixed name clashes only with a second forwarder in one account and
 * region, which the StackSet never makes.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-manage-iam-access.html
 */
export const FORWARDER_RULE_NAME = 'root-activity-forwarder';

/** The names of one forwarder's rules and role, all derived from its rule's name. */
export interface ForwarderNames {
  /** The rule that forwards root events. */
  readonly ruleName: string;
  /** The rule that forwards changes to the forwarder. */
  readonly watchRuleName: string;
  /**
   * What the role's name starts with: `<ruleName>-`, followed by the region.
   * IAM role names are unique per account, not per region, and a StackSet
   * puts a forwarder in every region of an account: the region keeps them
   * apart.
   * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
   */
  readonly roleNamePrefix: string;
  /** The EventBridge Scheduler schedule that sends the heartbeat (src/organization/forwarder-heartbeat.ts), in the default group. */
  readonly heartbeatScheduleName: string;
}

export function forwarderNames(ruleName: string = FORWARDER_RULE_NAME): ForwarderNames {
  return {
    ruleName,
    watchRuleName: `${ruleName}-watch`,
    roleNamePrefix: `${ruleName}-`,
    heartbeatScheduleName: `${ruleName}-heartbeat`,
  };
}

/**
 * Scheduler calls that stop or redirect the heartbeat. A forwarder whose
 * heartbeat stops is reported silent by the hub anyway; the guardrail
 * policy denies these so that nobody can make a healthy forwarder look
 * dark, or a dark one look healthy.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgescheduler.html
 */
export const HEARTBEAT_SCHEDULE_CALLS = ['DeleteSchedule', 'UpdateSchedule'];

/**
 * EventBridge calls that stop or redirect a rule, by the request parameter
 * that names the rule in their CloudTrail record (the API's own parameter,
 * in camel case): DisableRule, DeleteRule and PutRule take `Name`, the
 * target calls `Rule`.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/logging-using-cloudtrail.html
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteRule.html
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html
 */
export const FORWARDER_RULE_CALLS = {
  name: ['DeleteRule', 'DisableRule', 'PutRule'],
  rule: ['RemoveTargets', 'PutTargets'],
};

/**
 * IAM calls that take from the role its permission to put events on the
 * hub's bus, or its trust in EventBridge. Each record names the role in
 * `roleName`. PutRolePermissionsBoundary is among them: a boundary sets the
 * most the role's policies can grant, so one that leaves out
 * events:PutEvents silences the forwarder as surely as deleting its policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html
 */
export const FORWARDER_ROLE_CALLS = [
  'DeleteRole',
  'UpdateAssumeRolePolicy',
  'PutRolePolicy',
  'DeleteRolePolicy',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'PutRolePermissionsBoundary',
];

/**
 * The CloudTrail records of changes to a forwarder's rules or role, made by
 * anyone, failed and denied attempts included (no condition on
 * `userIdentity` or `errorCode`). They are write management events, which
 * CloudTrail delivers to a rule in the plain ENABLED state.
 *
 * The role clause matches the name's prefix, not one role: IAM is a global
 * service whose calls CloudTrail records in us-east-1 only (us-gov-west-1 in
 * AWS GovCloud (US)), so that region's watch rule is the one that sees
 * changes to the roles of every region's forwarder; elsewhere the clause
 * never matches.
 *
 * The sources are AWS's own (`aws.` is reserved): no PutEvents call can put
 * a matching event on a bus, so neither a member's bus nor the hub's can be
 * fed forged changes.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events
 * https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/govcloud-ct.html
 * https://docs.aws.amazon.com/eventbridgev2/latest/APIReference/API_PutEventsRequestEntry.html
 */
export function forwarderWatchPattern(names: ForwarderNames): events.EventPattern {
  const rules = [names.ruleName, names.watchRuleName];
  return {
    source: ['aws.events', 'aws.iam'],
    detailType: ['AWS API Call via CloudTrail'],
    detail: {
      $or: [
        { eventSource: ['events.amazonaws.com'], eventName: FORWARDER_RULE_CALLS.name, requestParameters: { name: rules } },
        { eventSource: ['events.amazonaws.com'], eventName: FORWARDER_RULE_CALLS.rule, requestParameters: { rule: rules } },
        { eventSource: ['iam.amazonaws.com'], eventName: FORWARDER_ROLE_CALLS, requestParameters: { roleName: [{ prefix: names.roleNamePrefix }] } },
      ],
    },
  };
}

/**
 * The hub's side of the member watch rules: a rule on the hub's bus that
 * takes the changes to forwarders they send (forwarders with the default
 * names, which is every one a StackSet deploys) and queues them for the
 * notifier, which reports them as changes to the monitor
 * (lambda-src/notifier/events/monitor-change.ts), paced like root events: anyone
 * may make these calls in any number of accounts, and only the notifier
 * keeps that from flooding a mailbox. Delivery retries as long as
 * EventBridge allows, then parks the event in the dead-letter queue.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html
 */
export function watchForwarders(scope: Construct, bus: events.IEventBus, alertQueue: sqs.IQueue, deadLetterQueue?: sqs.IQueue): events.Rule {
  const rule = new events.Rule(scope, 'ForwarderWatchRule', {
    description: 'Changes to the member accounts\' forwarders that could silence the root activity hub, by anyone',
    eventBus: bus,
    eventPattern: forwarderWatchPattern(forwarderNames()),
  });
  rule.addTarget(new targets.SqsQueue(alertQueue, { retryAttempts: 185, maxEventAge: Duration.hours(24), deadLetterQueue }));
  if (deadLetterQueue === undefined) {
    acknowledgeNagRule(rule, 'Serverless-EventBusDLQ', NAG_REASONS.noDeadLetterQueue);
  }
  return rule;
}
