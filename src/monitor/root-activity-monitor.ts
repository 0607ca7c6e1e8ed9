import { Duration, Resource, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as config from 'aws-cdk-lib/aws-config';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MonitorParts, resolveParts } from './monitor-parts';
import { RootActivityMonitorProps } from './root-activity-monitor-props';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { createAlertTopic, subscribeEmails } from '../delivery/alert-topic';
import { createDeadLetterQueue } from '../delivery/dead-letter-queue';
import { checkFunctionAsset } from '../delivery/function-assets';
import { RawEventTopicTarget, TargetDelivery } from '../delivery/raw-event-topic-target';
import { createSelfAlarms, SelfAlarmTargets } from '../health/self-alarms';
import { RootActivityChatChannel } from '../parts/chat-delivery';
import { PlannedRootUse } from '../parts/planned-root-use';
import { RootActivityNotifier, sendMonitorChangesTo } from '../parts/root-activity-notifier';
import { RootActivityRule } from '../parts/root-activity-rule';
import { RootActivityTrail } from '../parts/root-activity-trail';
import { RootPostureCheck } from '../parts/root-posture-check';
import { RootUsageAlarm } from '../parts/root-usage-alarm';
import { propLabel } from '../validation/validation';

/**
 * Tells you within seconds when the AWS account root user signs in or calls
 * an API.
 *
 * Wires up, each optional: a multi-region trail, an EventBridge rule for root
 * sign-ins and API calls, a notifier Lambda that publishes a readable alert
 * to an SNS topic, and the CIS root-usage metric-filter alarm.
 *
 * @example
 * new RootActivityMonitor(this, 'RootActivity', {
 *   emailSubscriptions: ['security@example.com'],
 *   notifierOptions: { timeZone: 'Europe/Berlin' },
 * });
 */
export class RootActivityMonitor extends Construct {
  /** The topic alerts are sent to: the one passed in, or the one created. */
  public readonly topic: sns.ITopic;

  /** The trail; `undefined` when `createTrail` is false. */
  public readonly trail?: RootActivityTrail;

  /** The EventBridge rule; `undefined` when `enableEventRule` is false. */
  public readonly rule?: RootActivityRule;

  /** The notifier; `undefined` when `enableNotifier` or `enableEventRule` is false. */
  public readonly notifier?: RootActivityNotifier;

  /** The usage alarm; `undefined` when `enableUsageAlarm` is false. */
  public readonly usageAlarm?: RootUsageAlarm;

  /** The dead-letter queue; `undefined` when `enableDeadLetterQueue` is false. */
  public readonly deadLetterQueue?: sqs.IQueue;

  /** The chat topic and configurations; absent without `chatDelivery`. */
  public readonly chatChannel?: RootActivityChatChannel;

  /** The root credential posture check; absent unless `enablePostureCheck` is true. */
  public readonly postureCheck?: RootPostureCheck;

  /** Planned root use windows; absent unless `enablePlannedRootUse` is true. */
  public readonly plannedRootUse?: PlannedRootUse;

  /** The alarms on the monitor's own failures; empty when `enableSelfMonitoring` is false. */
  public readonly selfAlarms: cloudwatch.IAlarm[];

  constructor(scope: Construct, id: string, props: RootActivityMonitorProps = {}) {
    // Every check comes first: a Python or Java user who catches the error
    // must not find half a monitor in the stack.
    const parts = resolveParts(props);
    checkTopicRegion(scope, props, parts);
    checkTopicStack(scope, props, parts);
    if (parts.enableNotifier) {
      checkFunctionAsset('RootActivityMonitor', 'notifier');
    }
    super(scope, id);

    // The queue serves the rule's target, the notifier and e-mail delivery;
    // with none of them it would only cost an alarm.
    const needsDeadLetterQueue = parts.enableEventRule || (props.emailSubscriptions ?? []).length > 0;
    if (parts.enableDeadLetterQueue && needsDeadLetterQueue) {
      this.deadLetterQueue = createDeadLetterQueue(this);
    }

    if (props.topic !== undefined) {
      this.topic = props.topic;
    } else {
      const topic = createAlertTopic(this, {
        // Without the notifier, EventBridge publishes itself: the rule's
        // matches, and the tamper rules' whenever the alert topic also takes
        // the monitor's own alarms. With it, both go through the alert queue.
        eventBridgePublishes: !parts.enableNotifier
          && (parts.enableEventRule || (parts.enableSelfMonitoring && props.selfMonitoringTopic === undefined)),
        topicName: props.topicName,
        encrypt: props.encryptTopic ?? true,
        key: props.topicEncryptionKey,
      });
      subscribeEmails(topic, props.emailSubscriptions ?? [], this.deadLetterQueue);
      this.topic = topic;
    }

    if (parts.createTrail) {
      this.trail = new RootActivityTrail(this, 'Trail', {
        ...props.trailOptions,
        sendToCloudWatchLogs: props.trailOptions?.sendToCloudWatchLogs
          ?? (parts.enableUsageAlarm && props.logGroup === undefined),
      });
    }

    if (parts.enableEventRule) {
      this.rule = new RootActivityRule(this, 'Rule', props.ruleOptions);
      let target: events.IRuleTarget;
      if (parts.enableNotifier) {
        if (props.chatDelivery !== undefined) {
          this.chatChannel = new RootActivityChatChannel(this, 'Chat', props.chatDelivery);
        }
        this.notifier = new RootActivityNotifier(this, 'Notifier', {
          ...props.notifierOptions,
          topic: this.topic,
          failureQueue: this.deadLetterQueue,
          chatTopic: this.chatChannel?.topic,
          chatMinimumSeverity: props.chatDelivery?.minimumSeverity,
          pagingTopic: props.pagingTopic,
          pagingMinimumSeverity: props.pagingMinimumSeverity,
        });
        target = new targets.SqsQueue(this.notifier.queue, targetDelivery(this.deadLetterQueue));
      } else {
        target = new RawEventTopicTarget(this.topic, targetDelivery(this.deadLetterQueue));
      }
      this.rule.addTarget(target);
      if (this.notifier !== undefined && props.enablePostureCheck) {
        this.postureCheck = new RootPostureCheck(this, 'PostureCheck', {
          ...props.postureCheckOptions,
          notifier: this.notifier,
          logEncryptionKey: props.notifierOptions?.logEncryptionKey,
        });
      }
      if (this.notifier !== undefined && props.enablePlannedRootUse) {
        // Window changes are CloudTrail records of this account: on its
        // default bus even when the root rule is on a hub's custom bus.
        this.plannedRootUse = new PlannedRootUse(this, 'PlannedRootUse', {
          ...props.plannedRootUseOptions,
          notifier: this.notifier,
          deadLetterQueue: this.deadLetterQueue,
        });
      }
      if (this.deadLetterQueue === undefined) {
        acknowledgeNagRule(this.rule, 'Serverless-EventBusDLQ', NAG_REASONS.noDeadLetterQueue);
        if (this.notifier) {
          acknowledgeNagRule(this.notifier, 'Serverless-LambdaDLQ', NAG_REASONS.noDeadLetterQueue);
          acknowledgeNagRule(this.notifier, 'NIST.800.53.R5-LambdaDLQ', NAG_REASONS.noDeadLetterQueue);
          acknowledgeNagRule(this.notifier, 'Serverless-LambdaAsyncFailureDestination', NAG_REASONS.noDeadLetterQueue);
        }
      }
    }

    if (parts.enableUsageAlarm) {
      const logGroup = props.logGroup ?? this.trail?.logGroup;
      if (logGroup === undefined) {
        throw new Error('RootActivityMonitor: the usage alarm has no log group (resolveParts() should have refused these props)');
      }
      this.usageAlarm = new RootUsageAlarm(this, 'UsageAlarm', {
        ...props.usageAlarmOptions,
        logGroup,
        topic: this.topic,
      });
    }

    if (this.notifier !== undefined && parts.enableSelfMonitoring && props.selfMonitoringTopic !== undefined) {
      sendMonitorChangesTo(this.notifier, props.selfMonitoringTopic);
    }
    this.selfAlarms = parts.enableSelfMonitoring
      ? createSelfAlarms(this, {
        topic: props.selfMonitoringTopic ?? this.topic,
        // Without the notifier, the tamper rules publish to the topic
        // themselves, and their grant on a topic owned by another stack would
        // make the two stacks depend on each other. The notifier's grants
        // are IAM policies in this stack.
        watchForTampering: this.notifier !== undefined || canGrantOn(props.selfMonitoringTopic ?? this.topic, Stack.of(this)),
        alertTopic: this.topic,
        trail: this.trail?.trail,
        rule: this.rule?.rule,
        ruleEventBus: props.ruleOptions?.eventBus,
        handler: this.notifier?.handler,
        ...optionalPartTargets(this.postureCheck, this.plannedRootUse),
        alertQueue: this.notifier?.queue,
        deadLetterQueue: this.deadLetterQueue,
      })
      : [];
  }
}

/** What the tamper rules watch of the optional parts, when they are there. */
function optionalPartTargets(postureCheck?: RootPostureCheck, plannedRootUse?: PlannedRootUse): Partial<SelfAlarmTargets> {
  const writerRoleArn = postureCheck?.handler?.role?.roleArn;
  return {
    partRules: [postureCheck?.schedule, postureCheck?.complianceChangeRule, plannedRootUse?.changeRule]
      .filter((rule): rule is events.IRule => rule !== undefined),
    partFunctions: postureCheck?.handler !== undefined ? [postureCheck.handler] : [],
    postureState: postureCheck?.stateParameter !== undefined && writerRoleArn !== undefined
      ? { parameterName: postureCheck.stateParameter.parameterName, writerRoleArn }
      : undefined,
    // The check's rules are managed rules, which have an ARN and an id.
    configRules: (postureCheck?.configRules ?? []).filter((rule): rule is config.ManagedRule => rule instanceof config.ManagedRule),
  };
}

/**
 * A topic in another region than the monitor's stack can serve only the
 * notifier, which publishes through the SNS API to any region:
 *
 * - an SNS target of a rule (the raw-event path, notifier off), like its
 *   dead-letter queue, must be in the rule's region;
 * - a CloudWatch alarm's SNS action: AWS's documentation states no rule
 *   (PutMetricAlarm only gives the ARN format), but deployments report
 *   CloudWatch rejecting a topic in another region when the alarm is created
 *   ("ValidationError: Invalid region ... specified. Only <alarm region> is
 *   supported"). A stack that would fail at deploy fails at synth instead.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html
 */
function checkTopicRegion(scope: Construct, props: RootActivityMonitorProps, parts: MonitorParts): void {
  const stackRegion = Stack.of(scope).region;
  const healthRegion = props.selfMonitoringTopic?.env.region;
  if (healthRegion !== undefined && !Token.isUnresolved(healthRegion) && !Token.isUnresolved(stackRegion) && healthRegion !== stackRegion) {
    throw new Error(`RootActivityMonitor: ${propLabel('selfMonitoringTopic')} is in ${healthRegion}, the stack in ${stackRegion}; CloudWatch alarms can only notify a topic in their own region. Pass a topic in ${stackRegion}`);
  }
  const topicRegion = props.topic?.env.region;
  if (topicRegion === undefined || Token.isUnresolved(topicRegion) || Token.isUnresolved(stackRegion)
    || topicRegion === stackRegion) {
    return;
  }
  const where = `RootActivityMonitor: ${propLabel('topic')} is in ${topicRegion}, the stack in ${stackRegion}`;
  if (parts.enableEventRule && !parts.enableNotifier) {
    throw new Error(`${where}; with ${propLabel('enableNotifier')} false the rule publishes to the topic itself, which must be in the rule's region. Keep the notifier on, or pass a topic in ${stackRegion}`);
  }
  const alarms = [
    ...parts.enableUsageAlarm ? [propLabel('enableUsageAlarm')] : [],
    ...parts.enableSelfMonitoring && parts.enableEventRule && props.selfMonitoringTopic === undefined ? [propLabel('enableSelfMonitoring')] : [],
  ];
  if (alarms.length > 0) {
    throw new Error(`${where}; CloudWatch alarms can only notify a topic in their own region. Set ${alarms.join(' and ')} to false here (the home region's alarms cover the account), or pass a topic in ${stackRegion}`);
  }
}

/**
 * Without the notifier, the rule publishes to the topic itself, and the topic
 * policy must allow it on behalf of this rule (`RawEventTopicTarget`). For a
 * topic defined in another stack of the app, that statement would live in
 * the topic's stack and name this stack's rule, while the rule's target names
 * the topic: each stack would depend on the other, and synth fails with a
 * dependency cycle that names neither prop.
 *
 * Leaving such a topic's policy alone instead (as for an imported topic)
 * would synthesize, but the policy aws-cdk-lib writes for that topic does not
 * let EventBridge publish, so alerts would be denied at run time. The user
 * chooses instead: the notifier (its grants are IAM policies in this stack),
 * one stack, or an imported topic whose policy they manage. A monitor in a
 * stack nested in the topic's stack is fine: CloudFormation orders those
 * resources one by one, not stack by stack.
 */
function checkTopicStack(scope: Construct, props: RootActivityMonitorProps, parts: MonitorParts): void {
  const topic = props.topic;
  if (topic === undefined || !parts.enableEventRule || parts.enableNotifier || !Resource.isOwnedResource(topic)) {
    return;
  }
  const topicStack = Stack.of(topic);
  const monitorStack = Stack.of(scope);
  if (topicStack === monitorStack || isNestedIn(monitorStack, topicStack)) {
    return;
  }
  throw new Error(`RootActivityMonitor: ${propLabel('topic')} is defined in stack ${topicStack.node.path}, the monitor in stack ${monitorStack.node.path}; `
    + `with ${propLabel('enableNotifier')} false the rule publishes to the topic itself, and the grant that allows it would make each stack depend on the other. `
    + 'Keep the notifier on, create the monitor in the topic\'s stack, or import the topic by ARN (sns.Topic.fromTopicArn) '
    + 'and let events.amazonaws.com publish in the topic\'s own policy');
}

/** Whether a grant on `topic` can be added from `stack`: it is imported, or owned by that stack or one it is nested in. */
function canGrantOn(topic: sns.ITopic, stack: Stack): boolean {
  return !Resource.isOwnedResource(topic) || Stack.of(topic) === stack || isNestedIn(stack, Stack.of(topic));
}

function isNestedIn(stack: Stack, ancestor: Stack): boolean {
  for (let parent = stack.nestedStackParent; parent !== undefined; parent = parent.nestedStackParent) {
    if (parent === ancestor) {
      return true;
    }
  }
  return false;
}

/**
 * Retry as long as EventBridge allows (185 attempts over 24 hours), then park
 * the event in the dead-letter queue: a root alert is worth waiting for.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html
 */
function targetDelivery(deadLetterQueue?: sqs.IQueue): TargetDelivery {
  return { retryAttempts: 185, maxEventAge: Duration.hours(24), deadLetterQueue };
}
