import type { RootActivityMonitorProps } from './root-activity-monitor';
import { checkEmailAddresses, checkNotBlank, checkNotBoth, checkNotFifo } from './validation';

/** Which parts to build, after checking that the props agree with each other. */
export interface MonitorParts {
  readonly createTrail: boolean;
  readonly enableEventRule: boolean;
  readonly enableNotifier: boolean;
  readonly enableUsageAlarm: boolean;
  readonly enableDeadLetterQueue: boolean;
  readonly enableSelfMonitoring: boolean;
}

export function resolveParts(props: RootActivityMonitorProps): MonitorParts {
  const where = 'RootActivityMonitor';
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
  checkNotFifo(where, props.topic);
  checkNotBoth(where, 'topic', props.topic, 'topicName', props.topicName,
    'topicName names the topic the monitor creates when no topic is passed');
  checkNotBoth(where, 'topic', props.topic, 'emailSubscriptions', props.emailSubscriptions,
    'emailSubscriptions subscribe to the topic the monitor creates; subscribe to your own topic directly');
  checkNotBoth(where, 'topic', props.topic, 'encryptTopic', props.encryptTopic,
    'encryptTopic applies to the topic the monitor creates; encrypt your own topic where you define it');
  checkNotBoth(where, 'topic', props.topic, 'topicEncryptionKey', props.topicEncryptionKey,
    'topicEncryptionKey encrypts the topic the monitor creates; encrypt your own topic where you define it');
  if (props.encryptTopic === false && props.topicEncryptionKey !== undefined) {
    throw new Error(`${where}: 'topicEncryptionKey' is only allowed when 'encryptTopic' is true`);
  }

  onlyWhen(where, 'trailOptions', props.trailOptions, 'createTrail', parts.createTrail);
  onlyWhen(where, 'ruleOptions', props.ruleOptions, 'enableEventRule', parts.enableEventRule);
  onlyWhen(where, 'usageAlarmOptions', props.usageAlarmOptions, 'enableUsageAlarm', parts.enableUsageAlarm);
  onlyWhen(where, 'logGroup', props.logGroup, 'enableUsageAlarm', parts.enableUsageAlarm);
  if (props.enableNotifier === true && !parts.enableEventRule) {
    throw new Error(`${where}: 'enableNotifier' requires 'enableEventRule' to be true: the notifier receives its events from the rule`);
  }
  onlyWhen(where, 'notifierOptions', props.notifierOptions, 'enableNotifier', parts.enableNotifier);

  if (!parts.enableEventRule && !parts.enableUsageAlarm) {
    throw new Error(`${where}: at least one of 'enableEventRule' and 'enableUsageAlarm' must be true, or nothing would alert`);
  }

  if (parts.enableUsageAlarm && props.logGroup === undefined) {
    if (!parts.createTrail) {
      throw new Error(`${where}: the usage alarm needs CloudTrail logs: with 'createTrail' false, pass the log group your trail delivers to as 'logGroup', or set 'enableUsageAlarm' to false`);
    }
    if (props.trailOptions?.sendToCloudWatchLogs === false) {
      throw new Error(`${where}: the usage alarm needs CloudTrail logs: 'trailOptions.sendToCloudWatchLogs' cannot be false unless 'logGroup' is passed or 'enableUsageAlarm' is false`);
    }
  }
  return parts;
}

/** Throws when options for a part are given while that part is switched off. */
function onlyWhen(where: string, prop: string, value: unknown, switchProp: string, enabled: boolean): void {
  if (value !== undefined && !enabled) {
    throw new Error(`${where}: '${prop}' is only allowed when '${switchProp}' is true`);
  }
}
