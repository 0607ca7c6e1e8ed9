import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { AlertSeverity, ChatDeliveryOptions } from '../parts/chat-delivery';
import type { PlannedRootUseOptions } from '../parts/planned-root-use';
import type { RootActivityNotifierOptions } from '../parts/root-activity-notifier';
import type { RootActivityRuleOptions } from '../parts/root-activity-rule';
import type { RootActivityTrailOptions } from '../parts/root-activity-trail';
import type { RootPostureCheckOptions } from '../parts/root-posture-check';
import type { RootUsageAlarmOptions } from '../parts/root-usage-alarm';

// In a file of its own so that the monitor and the checks of its props
// (monitor-parts.ts) both import it, and neither imports the other.

/**
 * Properties of `RootActivityMonitor`. Every part is on by default.
 */
export interface RootActivityMonitorProps {
  /**
   * An existing topic to send alerts to.
   *
   * With `enableNotifier` false, the rule publishes to this topic itself:
   * the topic must then be in the monitor's region, and a topic defined in
   * another stack of the app is refused (granting the rule would make each
   * stack depend on the other); import such a topic with
   * `Topic.fromTopicArn` and let `events.amazonaws.com` publish in its own
   * policy (see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/security.md).
   *
   * @default - a new topic is created
   */
  readonly topic?: sns.ITopic;

  /**
   * The name of the topic the monitor creates.
   *
   * Not allowed together with `topic`.
   *
   * @default - CloudFormation generates a name
   */
  readonly topicName?: string;

  /**
   * E-mail addresses subscribed to the topic the monitor creates. Each
   * address receives a confirmation mail from SNS first.
   *
   * Not allowed together with `topic`: subscribe to your own topic yourself.
   *
   * @default - no subscriptions
   */
  readonly emailSubscriptions?: string[];

  /**
   * Encrypt the topic the monitor creates with a customer managed KMS key.
   *
   * The key policy lets EventBridge and CloudWatch alarms publish; the AWS
   * managed key `alias/aws/sns` cannot be used for that. Not allowed
   * together with `topic`: see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/security.md for what your own encrypted topic
   * must grant.
   *
   * @default true
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
   */
  readonly encryptTopic?: boolean;

  /**
   * The key for the topic the monitor creates.
   *
   * For a key defined in the same app, the monitor adds the statements
   * EventBridge and CloudWatch need to its policy. Requires `encryptTopic`.
   *
   * @default - a new key with rotation enabled
   */
  readonly topicEncryptionKey?: kms.IKey;

  /**
   * Catch alerts that could not be delivered in an encrypted SQS
   * dead-letter queue: events the rule could not hand to its target,
   * notifier invocations that failed after retries, and undeliverable
   * e-mails.
   *
   * @default true
   */
  readonly enableDeadLetterQueue?: boolean;

  /**
   * Alarm on the monitor's own failures (new messages in the dead-letter
   * queue, failed publish attempts, notifier errors and throttles, events
   * waiting in the alert queue, failed rule invocations and dead-letter
   * sends, failed SNS deliveries) and report changes that would silence it
   * (its rule, trail, topic, topic key or notifier disabled, changed or
   * deleted, by root or anyone else, denied attempts included). With the
   * notifier, those reports travel the alert queue and are paced like root
   * alerts, so a flood of attempts cannot flood a mailbox.
   *
   * @default true
   */
  readonly enableSelfMonitoring?: boolean;

  /**
   * A separate topic for the monitor's own alarms and its reports of changes
   * to itself, so that a broken alert topic (a disabled key, an edited
   * policy, a lost subscription) cannot silence the news that it broke.
   * Subscribe it through another channel than the alert topic, e.g. a pager.
   *
   * Must be in the stack's region: CloudWatch alarms notify topics in their
   * own region only. Only allowed when `enableSelfMonitoring` is true.
   *
   * @default - the alert topic
   */
  readonly selfMonitoringTopic?: sns.ITopic;

  /**
   * Create a multi-region trail.
   *
   * Set to false when the account is already covered by a trail, such as an
   * organization trail, and pass that trail's log group as `logGroup` to
   * keep the usage alarm. Costs money beside such a trail: only the first
   * copy of management events is free, and this trail would be a second
   * copy, charged per event.
   *
   * @default true
   * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html
   */
  readonly createTrail?: boolean;

  /**
   * Options for the trail. Only allowed when `createTrail` is true.
   *
   * @default - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it
   */
  readonly trailOptions?: RootActivityTrailOptions;

  /**
   * Create the EventBridge rule that reacts to root events within seconds.
   *
   * @default true
   */
  readonly enableEventRule?: boolean;

  /**
   * Options for the EventBridge rule. Only allowed when `enableEventRule` is true.
   *
   * @default - matches root sign-ins and all root API calls, read-only ones included
   */
  readonly ruleOptions?: RootActivityRuleOptions;

  /**
   * Send rule matches through the notifier Lambda, which publishes a readable
   * alert. When false, the rule publishes the raw event JSON to the topic.
   *
   * Requires `enableEventRule`.
   *
   * @default true
   */
  readonly enableNotifier?: boolean;

  /**
   * Options for the notifier. Only allowed when `enableNotifier` is true.
   *
   * @default - times in UTC, the account alias as account name
   */
  readonly notifierOptions?: RootActivityNotifierOptions;

  /**
   * Create the CIS root-usage metric filter and alarm on a CloudTrail log group.
   *
   * @default true
   */
  readonly enableUsageAlarm?: boolean;

  /**
   * Options for the usage alarm. Only allowed when `enableUsageAlarm` is true.
   *
   * @default - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds
   */
  readonly usageAlarmOptions?: RootUsageAlarmOptions;

  /**
   * An existing log group that receives CloudTrail events, for the usage
   * alarm, e.g. the one an organization trail delivers to.
   *
   * When set, the monitor's own trail (if any) does not deliver to CloudWatch
   * Logs unless `trailOptions.sendToCloudWatchLogs` says so.
   *
   * @default - the log group of the trail the monitor creates
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * Also send alerts to Slack or Microsoft Teams through Amazon Q Developer
   * in chat applications: the monitor creates a chat topic and the chat
   * configuration (`slack`, `teams`), or publishes to the topic of one you
   * have (`topic`). Messages use the service's custom-notification format;
   * the e-mail topic keeps the text. Needs the notifier.
   *
   * @default - no chat delivery
   * @see https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html
   */
  readonly chatDelivery?: ChatDeliveryOptions;

  /**
   * A topic for paging tools (PagerDuty, Opsgenie and other incident tools
   * take SNS HTTPS subscriptions): it receives the alerts at
   * `pagingMinimumSeverity` or above, while the alert topic keeps receiving
   * all of them. Needs the notifier.
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
   * Read the root user's credential posture (root access keys, root MFA and
   * whether it is a hardware device, and optionally the organization's
   * central root access) once a day and at deploy, and alert through the
   * notifier when it changes, or when it is bad at deploy. Needs the
   * notifier.
   *
   * @default false
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html
   */
  readonly enablePostureCheck?: boolean;

  /**
   * How the posture is read: a Lambda (no AWS Config needed) or AWS Config's
   * managed rules, and whether hardware MFA is required.
   *
   * @default - a Lambda; virtual MFA counts as good; no organization features
   */
  readonly postureCheckOptions?: RootPostureCheckOptions;

  /**
   * Honour planned root use windows: SSM parameters under
   * `/root-activity-monitor/planned-root-use/` (declared with the
   * `declare-root-use` command) that name accounts, a time span, who planned
   * it and a ticket. Root events of those accounts in that span still alert,
   * labelled "planned", at a lower severity (a root sign-in without MFA is
   * never lowered). Declaring, changing or deleting a window is alerted too.
   * Needs the notifier.
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
