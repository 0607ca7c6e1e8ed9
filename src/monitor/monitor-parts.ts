import type { RootActivityMonitorProps } from './root-activity-monitor-props';
import { plannedWindowMinutes } from '../parts/planned-root-use-pattern';
import { checkPostureCheckOptions } from '../parts/root-posture-check';
import { checkChatDeliveryOptions } from '../validation/chat-validation';
import { checkNotifierOptions, checkRuleOptions, checkTrailOptions, checkUsageAlarmOptions } from '../validation/part-props-validation';
import { checkEmailAddresses, checkNotBlank, checkNotBoth, checkNotFifo, checkOnlyWhen, checkOnlyWith, propLabel } from '../validation/validation';

/** Which parts to build, after checking that the props agree with each other. */
export interface MonitorParts {
  readonly createTrail: boolean;
  readonly enableEventRule: boolean;
  readonly enableNotifier: boolean;
  readonly enableUsageAlarm: boolean;
  readonly enableDeadLetterQueue: boolean;
  readonly enableSelfMonitoring: boolean;
}

/**
 * Checks every prop of the monitor, its parts' options included, and returns
 * the parts to build. Runs before the monitor creates anything; a hub runs
 * it before its bus exists, with `onHubBus` true.
 */
export function resolveParts(props: RootActivityMonitorProps, where = 'RootActivityMonitor', onHubBus = false): MonitorParts {
  const parts: MonitorParts = {
    createTrail: props.createTrail ?? true,
    enableEventRule: props.enableEventRule ?? true,
    enableNotifier: (props.enableNotifier ?? true) && (props.enableEventRule ?? true),
    enableUsageAlarm: props.enableUsageAlarm ?? true,
    enableDeadLetterQueue: props.enableDeadLetterQueue ?? true,
    enableSelfMonitoring: props.enableSelfMonitoring ?? true,
  };

  checkNotBlank(where, 'topicName', props.topicName);
  checkEmailAddresses(where, 'emailSubscriptions', props.emailSubscriptions);
  checkNotFifo(where, 'topic', props.topic);
  checkNotBoth(where, 'topic', props.topic, 'topicName', props.topicName,
    'topicName names the topic the monitor creates when no topic is passed');
  checkNotBoth(where, 'topic', props.topic, 'emailSubscriptions', props.emailSubscriptions,
    'emailSubscriptions subscribe to the topic the monitor creates; subscribe to your own topic directly');
  checkNotBoth(where, 'topic', props.topic, 'encryptTopic', props.encryptTopic,
    'encryptTopic applies to the topic the monitor creates; encrypt your own topic where you define it');
  checkNotBoth(where, 'topic', props.topic, 'topicEncryptionKey', props.topicEncryptionKey,
    'topicEncryptionKey encrypts the topic the monitor creates; encrypt your own topic where you define it');
  if (props.encryptTopic === false && props.topicEncryptionKey !== undefined) {
    throw new Error(`${where}: ${propLabel('topicEncryptionKey')} is only allowed when ${propLabel('encryptTopic')} is true`);
  }

  checkOnlyWhen(where, 'trailOptions', props.trailOptions, 'createTrail', parts.createTrail);
  checkOnlyWhen(where, 'ruleOptions', props.ruleOptions, 'enableEventRule', parts.enableEventRule);
  checkOnlyWhen(where, 'usageAlarmOptions', props.usageAlarmOptions, 'enableUsageAlarm', parts.enableUsageAlarm);
  checkOnlyWhen(where, 'logGroup', props.logGroup, 'enableUsageAlarm', parts.enableUsageAlarm);
  if (props.enableNotifier === true && !parts.enableEventRule) {
    throw new Error(`${where}: ${propLabel('enableNotifier')} requires ${propLabel('enableEventRule')} to be true: the notifier receives its events from the rule`);
  }
  checkOnlyWhen(where, 'notifierOptions', props.notifierOptions, 'enableNotifier', parts.enableNotifier);
  // Chat and paging messages are the notifier's: without it nothing would
  // pace them or write them in the chat service's format.
  checkOnlyWhen(where, 'chatDelivery', props.chatDelivery, 'enableNotifier', parts.enableNotifier);
  checkOnlyWhen(where, 'pagingTopic', props.pagingTopic, 'enableNotifier', parts.enableNotifier);
  checkOnlyWith(where, 'pagingMinimumSeverity', props.pagingMinimumSeverity, 'pagingTopic', props.pagingTopic);
  checkNotFifo(where, 'pagingTopic', props.pagingTopic);
  // Posture and planned-use alerts travel the notifier's paced queue.
  checkOnlyWhen(where, 'enablePostureCheck', props.enablePostureCheck || undefined, 'enableNotifier', parts.enableNotifier);
  checkOnlyWhen(where, 'postureCheckOptions', props.postureCheckOptions, 'enablePostureCheck', props.enablePostureCheck === true);
  if (props.postureCheckOptions !== undefined) {
    checkPostureCheckOptions(where, 'postureCheckOptions.', props.postureCheckOptions);
  }
  // The audit's own reads are root events in the members, which reach only
  // the notifier behind the hub's bus; elsewhere nothing would leave them
  // out, and each member would alert every day.
  if (props.postureCheckOptions?.checkMemberAccounts === true && !onHubBus && props.ruleOptions?.eventBus === undefined) {
    throw new Error(`${where}: ${propLabel('postureCheckOptions.checkMemberAccounts')} needs the notifier that receives the member accounts' root events, `
      + `which leaves out the audit's own reads: use it on a RootActivityHub (where it is on by default), or with ${propLabel('ruleOptions.eventBus')} set to the hub's bus`);
  }
  checkOnlyWhen(where, 'enablePlannedRootUse', props.enablePlannedRootUse || undefined, 'enableNotifier', parts.enableNotifier);
  checkOnlyWhen(where, 'plannedRootUseOptions', props.plannedRootUseOptions, 'enablePlannedRootUse', props.enablePlannedRootUse === true);
  plannedWindowMinutes(where, 'plannedRootUseOptions.maximumWindow', props.plannedRootUseOptions?.maximumWindow);
  if (props.chatDelivery !== undefined) {
    checkChatDeliveryOptions(where, 'chatDelivery.', props.chatDelivery);
    checkNotFifo(where, 'chatDelivery.topic', props.chatDelivery.topic);
  }

  if (!parts.enableEventRule && !parts.enableUsageAlarm) {
    throw new Error(`${where}: at least one of ${propLabel('enableEventRule')} and ${propLabel('enableUsageAlarm')} must be true, or nothing would alert`);
  }

  if (parts.enableUsageAlarm && props.logGroup === undefined) {
    if (!parts.createTrail) {
      throw new Error(`${where}: the usage alarm needs CloudTrail logs: with ${propLabel('createTrail')} false, pass the log group your trail delivers to as ${propLabel('logGroup')}, or set ${propLabel('enableUsageAlarm')} to false`);
    }
    if (props.trailOptions?.sendToCloudWatchLogs === false) {
      throw new Error(`${where}: the usage alarm needs CloudTrail logs: ${propLabel('trailOptions.sendToCloudWatchLogs')} cannot be false unless ${propLabel('logGroup')} is passed or ${propLabel('enableUsageAlarm')} is false`);
    }
  }

  // SNS suspends an e-mail subscription above 10 messages a second; only the
  // notifier paces what reaches the topic.
  // https://docs.aws.amazon.com/general/latest/gr/sns.html
  if (parts.enableEventRule && !parts.enableNotifier && (props.emailSubscriptions ?? []).length > 0) {
    throw new Error(`${where}: ${propLabel('emailSubscriptions')} cannot be used with ${propLabel('enableNotifier')} false: the rule would publish every root event as it comes, and a burst of more than 10 a second makes SNS suspend an e-mail subscription. Keep the notifier on, or subscribe an endpoint that takes bursts (a queue, a chat webhook) to your own topic`);
  }
  checkNotFifo(where, 'selfMonitoringTopic', props.selfMonitoringTopic);
  checkOnlyWhen(where, 'selfMonitoringTopic', props.selfMonitoringTopic, 'enableSelfMonitoring', parts.enableSelfMonitoring);

  checkTrailOptions(where, props.trailOptions, 'trailOptions.');
  checkRuleOptions(where, props.ruleOptions, 'ruleOptions.');
  checkNotifierOptions(where, props.notifierOptions, 'notifierOptions.');
  checkUsageAlarmOptions(where, props.usageAlarmOptions, 'usageAlarmOptions.');
  return parts;
}
