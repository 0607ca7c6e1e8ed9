import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { forwarderNames } from './forwarder-watch';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { propLabel } from '../validation/validation';

/**
 * A forwarder's heartbeat: an EventBridge Scheduler schedule that puts an
 * event on the account's own default bus every interval, where the
 * forwarder's rule takes it and sends it to the hub with the root events.
 * The heartbeat travels the path a root event takes, so whatever stops one
 * stops the other: a deleted or disabled rule, a removed target, a broken
 * role, an opted-out region, a stack that never deployed. The hub records
 * each heartbeat and names the account and region that fall silent
 * (src/organization/hub-coverage.ts).
 *
 * A plain scheduled EventBridge rule cannot do this: its event goes to that
 * rule's own targets only and is never matched against the bus's other
 * rules, so it would prove the schedule, not the forwarder. Scheduler's
 * templated PutEvents target puts an ordinary event on the default bus,
 * where every rule sees it.
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-templated.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html
 */

/**
 * The heartbeat's `source`. Scheduler refuses a source that starts with
 * `aws.`, which AWS reserves for its services, so the hub tells heartbeats
 * from root events by this name; it matches `HEARTBEAT_SOURCE` in
 * lambda-src/coverage.
 * https://docs.aws.amazon.com/scheduler/latest/APIReference/API_EventBridgeParameters.html
 */
export const HEARTBEAT_SOURCE = 'root-activity-monitor.heartbeat';

/** The heartbeat's `detail-type` (at most 128 characters). */
export const HEARTBEAT_DETAIL_TYPE = 'Root activity forwarder heartbeat';

/** The interval unless the forwarder, StackSet or hub says otherwise. */
export const DEFAULT_HEARTBEAT_INTERVAL = Duration.hours(1);

/**
 * The shortest and longest intervals accepted: shorter costs more for no
 * gain (the report runs as often), and longer leaves a dark region unseen
 * for days.
 */
const MIN_INTERVAL_MINUTES = 5;
const MAX_INTERVAL_MINUTES = 24 * 60;

/** The pattern a forwarder rule adds to its root pattern (with `$or`) to forward heartbeats. */
export function heartbeatEventPattern(): Record<string, string[]> {
  return { 'source': [HEARTBEAT_SOURCE], 'detail-type': [HEARTBEAT_DETAIL_TYPE] };
}

/**
 * The interval in whole minutes, or an error naming the prop: Scheduler's
 * rate expressions and the hub's report count in minutes.
 */
export function heartbeatMinutes(where: string, prop: string, interval: Duration | undefined): number {
  const chosen = interval ?? DEFAULT_HEARTBEAT_INTERVAL;
  if (Token.isUnresolved(chosen.toMinutes({ integral: false }))) {
    throw new Error(`${where}: ${propLabel(prop)} must be a fixed duration, not a token`);
  }
  const minutes = chosen.toMinutes({ integral: false });
  if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
    throw new Error(`${where}: ${propLabel(prop)} must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} minutes to 24 hours (got ${chosen.toHumanString()})`);
  }
  return minutes;
}

/**
 * The schedule and the role Scheduler puts the heartbeat with, which may put
 * events on this account's default bus and nothing else. The schedule's name
 * is fixed (`<ruleName>-heartbeat`) like the rules', so it can be found in
 * every account.
 */
export function createHeartbeat(scope: Construct, ruleName: string, minutes: number): scheduler.CfnSchedule {
  const stack = Stack.of(scope);
  const defaultBus = stack.formatArn({ service: 'events', resource: 'event-bus', resourceName: 'default' });
  const role = new iam.Role(scope, 'HeartbeatRole', {
    // Only schedules of this account may use the role (confused deputy).
    // https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
    }),
    description: 'Lets EventBridge Scheduler put the root activity forwarder\'s heartbeat on the default bus',
  });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [defaultBus] }));
  acknowledgeNagRule(role, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);

  // The detail says where the heartbeat claims to come from; the hub checks
  // it against the envelope, which EventBridge sets and a sender cannot.
  // Scheduler fills in the <aws.scheduler.*> context attributes.
  // https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html
  const detail = stack.toJsonString({
    schemaVersion: 1,
    account: stack.account,
    region: stack.region,
    forwarderRule: ruleName,
    intervalMinutes: minutes,
    scheduleArn: '<aws.scheduler.schedule-arn>',
    scheduledTime: '<aws.scheduler.scheduled-time>',
  });
  return new scheduler.CfnSchedule(scope, 'Heartbeat', {
    name: forwarderNames(ruleName).heartbeatScheduleName,
    description: 'Proves every interval that this root activity forwarder still reaches the hub',
    scheduleExpression: `rate(${minutes} minutes)`,
    flexibleTimeWindow: { mode: 'OFF' },
    state: 'ENABLED',
    target: {
      arn: defaultBus,
      roleArn: role.roleArn,
      input: detail,
      eventBridgeParameters: { source: HEARTBEAT_SOURCE, detailType: HEARTBEAT_DETAIL_TYPE },
      // A heartbeat older than its interval proves nothing the next one
      // will not; retrying longer would only blur which one went missing.
      retryPolicy: { maximumEventAgeInSeconds: Math.min(minutes * 60, 86_400), maximumRetryAttempts: 185 },
    },
  });
}

/**
 * Adds the heartbeat to a forwarder rule's pattern: the rule then matches
 * a root event or a heartbeat (`$or` at the top level). The L2 rule renders
 * its pattern lazily; the alternative wraps that value unchanged.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-complex-example-or
 */
export function forwardHeartbeats(rule: events.Rule): void {
  const cfnRule = rule.node.defaultChild as events.CfnRule;
  cfnRule.eventPattern = { $or: [cfnRule.eventPattern, heartbeatEventPattern()] };
}
