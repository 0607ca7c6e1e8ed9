import { Duration } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventsTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { RawEventTopicTarget } from '../delivery/raw-event-topic-target';

/** What the monitor watches about itself, and where it says so. */
export interface SelfAlarmTargets {
  /** Where the monitor's own alarms go: the alert topic or a separate one. */
  readonly topic: sns.ITopic;
  /** The topic root alerts go to, whose failed deliveries are watched. */
  readonly alertTopic: sns.ITopic;
  readonly trail?: cloudtrail.Trail;
  readonly rule?: events.IRule;
  /** The custom bus the rule is on, if not the default bus. */
  readonly ruleEventBus?: events.IEventBus;
  readonly handler?: lambda.IFunction;
  /**
   * The rules of optional parts (the posture check's schedule or compliance
   * rule, the planned root use window rule), each of which a change could
   * silence.
   */
  readonly partRules?: events.IRule[];
  /** The functions of optional parts: the posture check. */
  readonly partFunctions?: lambda.IFunction[];
  /**
   * The posture check's stored state: the path of its parameter and the
   * role that alone writes it. A write by anyone else could hide a change.
   */
  readonly postureState?: PostureStateWatch;
  /** The AWS Config rules of the posture check. */
  readonly configRules?: WatchedConfigRule[];
  /**
   * The queue that feeds the notifier. When there is one, the tamper rules
   * send to it too, so changes to the monitor are paced like root events.
   */
  readonly alertQueue?: sqs.IQueue;
  readonly deadLetterQueue?: sqs.IQueue;
  /** Create the rule that reports changes that would silence the monitor. */
  readonly watchForTampering: boolean;
}

/** An AWS Config rule as calls may name it. */
export interface WatchedConfigRule {
  readonly configRuleName: string;
  readonly configRuleArn: string;
  readonly configRuleId: string;
}

/** The posture check's state parameter, and its one legitimate writer. */
export interface PostureStateWatch {
  /** The parameter's name, '/a/b/c'. */
  readonly parameterName: string;
  /** The ARN of the role that writes the state. */
  readonly writerRoleArn: string;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms on the monitor's own failures, and a rule that reports changes that
 * would silence it: a monitor that silently stops is worse than none. Each
 * alarm fires on the first failure in a five-minute window, and goes back to
 * OK when a window passes without one, so a later failure notifies again.
 */
export function createSelfAlarms(scope: Construct, targets: SelfAlarmTargets): cloudwatch.Alarm[] {
  const alarms: cloudwatch.Alarm[] = [];
  const add = (id: string, metric: cloudwatch.IMetric, description: string, threshold = 1, overrides: Partial<cloudwatch.AlarmProps> = {}) => {
    const alarm = new cloudwatch.Alarm(scope, id, {
      metric,
      alarmDescription: `Root activity monitor: ${description}`,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      ...overrides,
    });
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(targets.topic));
    alarms.push(alarm);
  };

  if (targets.deadLetterQueue) {
    add('DeadLetterQueueAlarm', newDeadLetters(targets.deadLetterQueue),
      'new alerts could not be delivered and wait in the dead-letter queue');
  }
  if (targets.handler) {
    // One period of a minute: a failed publish is seen within two minutes,
    // even when a retry mended it (lambda-src/notifier/delivery/publish-retry.ts).
    add('PublishFailuresAlarm', new cloudwatch.Metric({
      namespace: 'RootActivityMonitor',
      metricName: 'PublishFailures',
      dimensionsMap: { FunctionName: targets.handler.functionName },
      period: Duration.minutes(1),
      statistic: cloudwatch.Stats.SUM,
    }), 'the notifier could not publish an alert and is retrying; events it cannot publish go back to the alert queue');
    add('NotifierErrorsAlarm', targets.handler.metricErrors({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
      'the notifier Lambda failed');
    add('NotifierThrottlesAlarm', targets.handler.metricThrottles({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
      'the notifier Lambda was throttled');
  }
  if (targets.alertQueue) {
    // A batch is handled within seconds: events five minutes old mean the
    // notifier is failing or cannot keep up.
    add('AlertQueueAgeAlarm', targets.alertQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
      'root events have waited five minutes or more for the notifier', 300);
  }
  if (targets.rule) {
    // Sent only when not zero, hence missing data is not breaching.
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html
    add('RuleFailedInvocationsAlarm', ruleMetric(targets.rule, targets.ruleEventBus, 'FailedInvocations'),
      'the EventBridge rule could not invoke its target');
    add('RuleDeadLetterFailuresAlarm', ruleMetric(targets.rule, targets.ruleEventBus, 'InvocationsFailedToBeSentToDlq'),
      'the EventBridge rule could not invoke its target nor write the event to the dead-letter queue: root events were lost');
  }
  // Counts every endpoint SNS gave up on, e-mail included.
  // https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html
  add('AlertDeliveryFailuresAlarm', new cloudwatch.Metric({
    namespace: 'AWS/SNS',
    metricName: 'NumberOfNotificationsFailed',
    dimensionsMap: { TopicName: targets.alertTopic.topicName },
    period: PERIOD,
    statistic: cloudwatch.Stats.SUM,
  }), 'SNS could not deliver an alert to a subscriber');

  if (targets.handler) {
    add('NoSubscriptionsAlarm', checkSubscriptions(scope, targets.handler, targets.alertTopic),
      'the alert topic has no confirmed subscription, or its subscriptions could not be counted', 1, {
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        // A check that stopped running cannot vouch for anyone listening.
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      });
  }
  if (targets.watchForTampering) {
    watchForTampering(scope, targets);
  }
  return alarms;
}

/**
 * Every five minutes the notifier counts the alert topic's confirmed
 * subscriptions and logs the count as a metric (lambda-src/notifier/
 * subscription-check.ts): the one way to notice the last subscriber leaving
 * through the unsubscribe link in a mail, which CloudTrail does not record.
 * The metric's period is twice the schedule's, so a late run is no gap.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-logging-using-cloudtrail.html
 */
function checkSubscriptions(scope: Construct, handler: lambda.IFunction, topic: sns.ITopic): cloudwatch.IMetric {
  const schedule = new events.Rule(scope, 'SubscriptionCheckSchedule', {
    description: 'Counts the root activity alert topic\'s confirmed subscriptions',
    schedule: events.Schedule.rate(Duration.minutes(5)),
  });
  schedule.addTarget(new eventsTargets.LambdaFunction(handler, { retryAttempts: 2, maxEventAge: Duration.minutes(5) }));
  // A missed run shows as missing data, which the alarm treats as breaching.
  acknowledgeNagRule(schedule, 'Serverless-EventBusDLQ', NAG_REASONS.scheduleWithoutDeadLetters);
  handler.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:GetTopicAttributes'], resources: [topic.topicArn] }));
  return new cloudwatch.Metric({
    namespace: 'RootActivityMonitor',
    metricName: 'ConfirmedSubscriptions',
    dimensionsMap: { TopicName: topic.topicName },
    period: Duration.minutes(10),
    statistic: cloudwatch.Stats.MINIMUM,
  });
}

/**
 * A rule's metric. EventBridge reports a rule on a custom bus with the
 * EventBusName dimension beside RuleName; RuleName alone means the default bus.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html
 */
function ruleMetric(rule: events.IRule, bus: events.IEventBus | undefined, metricName: string): cloudwatch.Metric {
  const dimensionsMap: Record<string, string> = bus === undefined
    ? { RuleName: rule.ruleName }
    : { EventBusName: bus.eventBusName, RuleName: rule.ruleName };
  return new cloudwatch.Metric({ namespace: 'AWS/Events', metricName, dimensionsMap, period: PERIOD, statistic: cloudwatch.Stats.SUM });
}

/**
 * Messages newly in the dead-letter queue, rather than its depth, so that a
 * failure while older ones still wait is reported too. EventBridge and SNS
 * send with SendMessage, counted by NumberOfMessagesSent; messages SQS moves
 * there from the alert queue are not counted by it, so a rise in the
 * visible count counts them.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
 */
function newDeadLetters(queue: sqs.IQueue): cloudwatch.IMetric {
  return new cloudwatch.MathExpression({
    expression: 'sent + IF(DIFF(visible) > 0, DIFF(visible), 0)',
    usingMetrics: {
      sent: queue.metricNumberOfMessagesSent({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
      visible: queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
    },
    label: 'New messages in the dead-letter queue',
    period: PERIOD,
  });
}

/**
 * Rules for the API calls that would silence the monitor, whoever makes
 * them: its rule disabled, changed or deleted; any trail stopped or deleted,
 * its own changed; its topic deleted or its policy changed, or a
 * subscription removed with signed credentials (the unsigned link in a mail
 * is not recorded by CloudTrail, see docs/security.md); a hub's bus deleted or its
 * policy changed; its topic key disabled,
 * scheduled for deletion or its policy changed; its notifier deleted, its configuration or code changed, or
 * throttled to zero. Write management events reach a rule in the plain
 * ENABLED state.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
function watchForTampering(scope: Construct, targets: SelfAlarmTargets): void {
  const call = (eventSource: string, eventName: string[], match: Record<string, unknown> = {}) =>
    ({ eventSource: [eventSource], eventName, ...match });

  // Where alerts end up: trails, the topic and its key.
  const alertPath: Array<Record<string, unknown>> = [
    call('cloudtrail.amazonaws.com', ['StopLogging', 'DeleteTrail']),
    call('sns.amazonaws.com', ['DeleteTopic', 'SetTopicAttributes', 'RemovePermission'], { requestParameters: { topicArn: [targets.alertTopic.topicArn] } }),
    call('sns.amazonaws.com', ['Unsubscribe'], { requestParameters: { subscriptionArn: [{ prefix: `${targets.alertTopic.topicArn}:` }] } }),
  ];
  if (targets.trail) {
    alertPath.push(call('cloudtrail.amazonaws.com', ['UpdateTrail', 'PutEventSelectors'], { requestParameters: { name: [targets.trail.trailArn] } }));
  }
  const key = targets.alertTopic.masterKey;
  if (key) {
    alertPath.push(call('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion', 'PutKeyPolicy'], { resources: { ARN: [key.keyArn] } }));
  }

  // How events reach the topic: the rule, a hub's bus, the notifier.
  const deliveryPath: Array<Record<string, unknown>> = [];
  if (targets.rule) {
    const ruleName = targets.rule.ruleName;
    deliveryPath.push(
      call('events.amazonaws.com', ['DisableRule', 'DeleteRule', 'PutRule'], { requestParameters: { name: [ruleName] } }),
      call('events.amazonaws.com', ['RemoveTargets', 'PutTargets'], { requestParameters: { rule: [ruleName] } }),
    );
  }
  if (targets.ruleEventBus) {
    // The hub's bus: deleted, or its policy changed so forwarders are refused.
    const busName = targets.ruleEventBus.eventBusName;
    deliveryPath.push(
      call('events.amazonaws.com', ['DeleteEventBus'], { requestParameters: { name: [busName] } }),
      call('events.amazonaws.com', ['PutPermission', 'RemovePermission'], { requestParameters: { eventBusName: [busName] } }),
    );
  }
  if (targets.handler) {
    // Lambda records its API versions in the event name; the configuration
    // holds TOPIC_ARN, so a changed one can send alerts anywhere. The names
    // are as public CloudTrail rules and detections spell them; AWS's own
    // pages we could read do not list them.
    deliveryPath.push(call('lambda.amazonaws.com', [
      'DeleteFunction20150331', 'PutFunctionConcurrency20171031', 'UpdateFunctionConfiguration20150331v2', 'UpdateFunctionCode20150331v2',
      'DeleteFunction', 'PutFunctionConcurrency', 'UpdateFunctionConfiguration', 'UpdateFunctionCode',
    ],
    { requestParameters: { functionName: functionNamed(targets.handler) } }));
  }

  // Two rules rather than one: a pattern holds at most 2,048 characters, and
  // these name resources whose names CloudFormation generates at deploy time.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
  tamperRule(scope, 'TamperRule', 'Changes to the trail, topic or key that could silence the root activity monitor, by anyone', alertPath, targets);
  if (deliveryPath.length > 0) {
    tamperRule(scope, 'DeliveryTamperRule', 'Changes to the rule, bus or notifier that could silence the root activity monitor, by anyone', deliveryPath, targets);
  }
  const partPaths = optionalPartPaths(targets);
  if (partPaths.length > 0) {
    tamperRule(scope, 'PartsTamperRule', 'Changes to the posture check or planned root use rules that could silence the root activity monitor, by anyone', partPaths, targets);
  }
  // The stored posture (the Lambda method) or the AWS Config rules (the
  // other): never both, and too long beside the rules above.
  const posturePaths = [
    ...targets.postureState !== undefined ? postureStatePaths(targets.postureState) : [],
    ...configRulePaths(targets.configRules ?? []),
  ];
  if (posturePaths.length > 0) {
    tamperRule(scope, 'PostureTamperRule',
      'Writes to the posture check\'s stored posture by anyone but the check, or changes to its AWS Config rules, that could silence the root activity monitor',
      posturePaths, targets);
  }
}

/**
 * The optional parts' rules and functions: the posture check's daily
 * schedule (or its AWS Config rules' compliance rule), its function, and
 * the rule that reports planned root use window changes.
 * Deleting the window rule and then declaring a window would lower alerts
 * unannounced.
 */
function optionalPartPaths(targets: SelfAlarmTargets): Array<Record<string, unknown>> {
  const call = (eventSource: string, eventName: string[], match: Record<string, unknown> = {}) =>
    ({ eventSource: [eventSource], eventName, ...match });
  const clauses: Array<Record<string, unknown>> = [];
  const ruleNames = (targets.partRules ?? []).map((rule) => rule.ruleName);
  if (ruleNames.length > 0) {
    clauses.push(
      call('events.amazonaws.com', ['DisableRule', 'DeleteRule', 'PutRule'], { requestParameters: { name: ruleNames } }),
      call('events.amazonaws.com', ['RemoveTargets', 'PutTargets'], { requestParameters: { rule: ruleNames } }),
    );
  }
  const functions = targets.partFunctions ?? [];
  if (functions.length > 0) {
    // Their schedule invokes them through their resource policy, which
    // RemovePermission empties.
    clauses.push(call('lambda.amazonaws.com', [
      'DeleteFunction20150331', 'PutFunctionConcurrency20171031', 'UpdateFunctionConfiguration20150331v2', 'UpdateFunctionCode20150331v2',
      'RemovePermission20150331v2',
      'DeleteFunction', 'PutFunctionConcurrency', 'UpdateFunctionConfiguration', 'UpdateFunctionCode', 'RemovePermission',
    ], { requestParameters: { functionName: functions.flatMap(functionNamed) } }));
  }
  return clauses;
}

/**
 * The posture check's AWS Config rules deleted or changed. DeleteConfigRule
 * takes ConfigRuleName; PutConfigRule a ConfigRule naming the rule by its
 * name, ARN or id.
 * https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigRule.html
 * https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigRule.html
 */
function configRulePaths(configRules: WatchedConfigRule[]): Array<Record<string, unknown>> {
  if (configRules.length === 0) {
    return [];
  }
  const call = (eventName: string, requestParameters: Record<string, unknown>) =>
    ({ eventSource: ['config.amazonaws.com'], eventName: [eventName], requestParameters });
  return [
    call('DeleteConfigRule', { configRuleName: configRules.map((rule) => rule.configRuleName) }),
    call('PutConfigRule', { configRule: { configRuleName: configRules.map((rule) => rule.configRuleName) } }),
    call('PutConfigRule', { configRule: { configRuleArn: configRules.map((rule) => rule.configRuleArn) } }),
    call('PutConfigRule', { configRule: { configRuleId: configRules.map((rule) => rule.configRuleId) } }),
  ];
}

/**
 * A function as a Lambda call may name it: by name, by ARN, or by partial
 * ARN (123456789012:function:name), each with or without a qualifier.
 * https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html
 */
function functionNamed(fn: lambda.IFunction): unknown[] {
  return [fn.functionName, { wildcard: `*:function:${fn.functionName}` }, { wildcard: `*:function:${fn.functionName}:*` }];
}

/**
 * A tamper rule. With a notifier, its records join root events on the alert
 * queue: anyone may make these calls, denied or not, as fast as they like,
 * and only the notifier paces what reaches a mailbox (lambda-src/notifier/
 * monitor-change.ts renders them, to the self-monitoring topic when there is
 * one). Without one, the raw record goes to the topic, like root events.
 */
function tamperRule(scope: Construct, id: string, description: string, clauses: Array<Record<string, unknown>>, targets: SelfAlarmTargets): void {
  const rule = new events.Rule(scope, id, {
    description,
    eventPattern: { detailType: ['AWS API Call via CloudTrail'], detail: { $or: clauses } },
  });
  if (targets.deadLetterQueue === undefined) {
    acknowledgeNagRule(rule, 'Serverless-EventBusDLQ', NAG_REASONS.noDeadLetterQueue);
  }
  const delivery = { retryAttempts: 185, maxEventAge: Duration.hours(24), deadLetterQueue: targets.deadLetterQueue };
  rule.addTarget(targets.alertQueue !== undefined
    ? new eventsTargets.SqsQueue(targets.alertQueue, delivery)
    : new RawEventTopicTarget(targets.topic, { ...delivery, statementPrefix: id }));
}

/**
 * Writes to the posture check's stored state by anyone but the check:
 * writing a bad posture there before making it bad would keep the check
 * quiet. A rule of its own, as each clause names the check's role.
 */
function postureStatePaths(state: PostureStateWatch): Array<Record<string, unknown>> {
  // By name, or by ARN (arn:...:parameter/a/b/c for the name /a/b/c).
  const named = [state.parameterName, { wildcard: `*:parameter${state.parameterName}` }];
  // Every identity but the check's role: a role's record names it as the
  // session issuer; a user's or a federated session's has no session
  // issuer, so it is matched by type.
  const notTheCheck = [
    { userIdentity: { type: [{ 'anything-but': 'AssumedRole' }] } },
    { userIdentity: { sessionContext: { sessionIssuer: { arn: [{ 'anything-but': state.writerRoleArn }] } } } },
  ];
  const call = (eventName: string, requestParameters: Record<string, unknown>) =>
    ({ eventSource: ['ssm.amazonaws.com'], eventName: [eventName], requestParameters, $or: notTheCheck });
  return [
    // Without Overwrite, PutParameter only creates (CloudFormation does,
    // at the first deployment): it fails on a parameter that exists.
    // https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html
    call('PutParameter', { name: named, overwrite: [true] }),
    call('DeleteParameter', { name: named }),
    call('DeleteParameters', { names: named }),
  ];
}
