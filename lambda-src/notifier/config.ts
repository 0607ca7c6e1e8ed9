import { IANAZone } from 'luxon';
import { decodeAccountNames } from './accounts/account-names';
import { AssumedRootTasks, readAssumedRootTasks } from './events/assumed-root-tasks';
import { Severity } from './events/severity';
import type { Logger } from './log';
import { readPlannedUse } from './planned/planned-config';
import type { PlannedUseConfig } from './planned/planned-severity';

/**
 * A topic that gets a copy of each planned message at or above a severity:
 * the chat topic (Amazon Q Developer's custom-notification JSON) or the
 * paging topic (the e-mail text). See delivery/copies.ts.
 */
export interface CopyTopic {
  readonly topicArn: string;
  /** The topic's region: it may differ from the alert topic's, so it gets an SNS client of its own. */
  readonly region: string;
  /** The least severe message copied. */
  readonly minimumSeverity: Severity;
}

/** What the construct passes to the function through its environment. */
export interface NotifierConfig {
  /** The ARN of the topic alerts are published to. */
  readonly topicArn: string;
  /** The region of that topic; the SNS client must talk to it. */
  readonly topicRegion: string;
  /**
   * The topic alerts about changes to the monitor itself go to (HEALTH_TOPIC_ARN):
   * the monitor's self-monitoring topic when it has its own, else `topicArn`.
   */
  readonly healthTopicArn?: string;
  /** The function's name (AWS_LAMBDA_FUNCTION_NAME, set by Lambda): the dimension of its PublishFailures metric. */
  readonly functionName?: string;
  /** IANA zone the event time is shown in, beside UTC. */
  readonly timeZone: string;
  /** Friendly account name that overrides the IAM account alias. */
  readonly accountName?: string;
  /**
   * Friendly names of other accounts, by id (ACCOUNT_NAMES). Never put
   * beside this account's id, which keeps `accountName` or its alias.
   */
  readonly accountNames?: ReadonlyMap<string, string>;
  /** Look up other accounts' names in AWS Organizations (LOOK_UP_ACCOUNT_NAMES). */
  readonly lookUpAccountNames?: boolean;
  /** How privileged root tasks (sts:AssumeRoot sessions) are reported (ASSUMED_ROOT_TASKS). */
  readonly assumedRootTasks?: AssumedRootTasks;
  /**
   * Where chat messages go (CHAT_TOPIC_ARN): a topic that Amazon Q Developer
   * in chat applications subscribes to, for Slack or Microsoft Teams. Every
   * planned message at CHAT_MINIMUM_SEVERITY (default MEDIUM: all) or above.
   */
  readonly chat?: CopyTopic;
  /**
   * Where pages go (PAGING_TOPIC_ARN): the e-mail text of every planned
   * message at PAGING_MINIMUM_SEVERITY (default HIGH) or above, for
   * PagerDuty, Opsgenie and other tools that subscribe over HTTPS.
   */
  readonly paging?: CopyTopic;
  /**
   * Planned root use windows (PLANNED_USE_PATH, PLANNED_USE_MAX_MINUTES,
   * PLANNED_USE_SEVERITY): where they are read from and how a window changes
   * an alert; absent when planned root use is off.
   */
  readonly plannedUse?: PlannedUseConfig;
}

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[\w-]+(\.fifo)?$/;

/**
 * Reads the configuration from the environment. A missing or malformed topic
 * ARN is a deployment fault that no retry mends, so it throws; a bad time zone
 * only costs readability, so it falls back to UTC with a warning.
 */
export function readConfig(env: Record<string, string | undefined>, log: Logger): NotifierConfig {
  const topicArn = env.TOPIC_ARN ?? '';
  const match = TOPIC_ARN.exec(topicArn);
  if (!match) {
    throw new Error(`TOPIC_ARN must be an SNS topic ARN (got '${topicArn}')`);
  }

  let timeZone = env.TIME_ZONE || 'UTC';
  // Checking a zone loads the runtime's time-zone data, about a fifth of the
  // cold start (bench/); UTC, the default, needs none. Other zones need the
  // data anyway to format the time.
  if (timeZone !== 'UTC' && !IANAZone.isValidZone(timeZone)) {
    log.warn('TIME_ZONE is not a valid IANA zone; showing times in UTC', { timeZone });
    timeZone = 'UTC';
  }

  // A health topic that is not a topic ARN, or in another region than the
  // alert topic (the one SNS client talks to one region), would lose the
  // alerts sent there: send them to the alert topic instead.
  let healthTopicArn: string | undefined = env.HEALTH_TOPIC_ARN?.trim() || undefined;
  const health = healthTopicArn === undefined ? undefined : TOPIC_ARN.exec(healthTopicArn);
  if (healthTopicArn !== undefined && (health === null || health?.[1] !== match[1])) {
    log.warn('HEALTH_TOPIC_ARN is not an SNS topic ARN in the alert topic\'s region; sending alerts about the monitor to the alert topic', { healthTopicArn });
    healthTopicArn = undefined;
  }

  const accountName = env.ACCOUNT_NAME?.trim() || undefined;
  const taken = [topicArn, ...healthTopicArn !== undefined ? [healthTopicArn] : []];
  const chat = readCopyTopic('CHAT', env, Severity.MEDIUM, taken, log);
  const plannedUse = readPlannedUse(env, log);
  const paging = readCopyTopic('PAGING', env, Severity.HIGH, [...taken, ...chat !== undefined ? [chat.topicArn] : []], log);
  return {
    topicArn,
    topicRegion: match[1],
    healthTopicArn,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME || undefined,
    timeZone,
    accountName,
    accountNames: decodeAccountNames(env.ACCOUNT_NAMES, log),
    lookUpAccountNames: readFlag('LOOK_UP_ACCOUNT_NAMES', env.LOOK_UP_ACCOUNT_NAMES, log),
    assumedRootTasks: readAssumedRootTasks(env.ASSUMED_ROOT_TASKS, log),
    ...chat !== undefined ? { chat } : {},
    ...paging !== undefined ? { paging } : {},
    ...plannedUse !== undefined ? { plannedUse } : {},
  };
}

/**
 * <NAME>_TOPIC_ARN and <NAME>_MINIMUM_SEVERITY. Both are optional extras to
 * the alert topic, so nothing about them stops an alert: a value that is
 * not usable is logged, saying what was odd, and the copy is left off (a
 * bad ARN, a FIFO topic, or a topic that already gets other messages) or
 * its default taken (a bad severity).
 */
function readCopyTopic(name: 'CHAT' | 'PAGING', env: Record<string, string | undefined>, defaultSeverity: Severity,
  taken: string[], log: Logger): CopyTopic | undefined {
  const arnName = `${name}_TOPIC_ARN`;
  const severityName = `${name}_MINIMUM_SEVERITY`;
  const topicArn = env[arnName]?.trim() || undefined;
  if (topicArn === undefined) {
    if (env[severityName]?.trim()) {
      log.warn(`${severityName} is set without ${arnName}; it has no effect`, { [severityName]: env[severityName] });
    }
    return undefined;
  }
  const match = TOPIC_ARN.exec(topicArn);
  const problem = match === null
    ? 'is not an SNS topic ARN'
    // FIFO topics need a message group id on every publish, and Amazon Q
    // Developer and HTTPS endpoints subscribe to standard topics only.
    : match[2] !== undefined ? 'is a FIFO topic; it must be a standard topic'
      : taken.includes(topicArn) ? 'is a topic that already gets other messages; it must be a topic of its own' : undefined;
  if (problem !== undefined) {
    log.warn(`${arnName} ${problem}; sending no copies there`, { [arnName]: topicArn });
    return undefined;
  }
  return { topicArn, region: match![1], minimumSeverity: readSeverity(severityName, env[severityName], defaultSeverity, log) };
}

/** CRITICAL, HIGH or MEDIUM, in any case; unset or empty is the default, quietly, anything else too, with a warning. */
function readSeverity(name: string, value: string | undefined, defaultSeverity: Severity, log: Logger): Severity {
  const text = value?.trim().toUpperCase() ?? '';
  if (text === '') {
    return defaultSeverity;
  }
  const severity = Object.values(Severity).find((known) => known === text);
  if (severity === undefined) {
    log.warn(`${name} is not CRITICAL, HIGH or MEDIUM; using ${defaultSeverity}`, { [name]: value });
    return defaultSeverity;
  }
  return severity;
}

/** 'true' turns a feature on; unset, empty or 'false' leave it off, as does anything else, with a warning. */
function readFlag(name: string, value: string | undefined, log: Logger): boolean {
  const flag = value?.trim().toLowerCase() ?? '';
  if (flag !== '' && flag !== 'true' && flag !== 'false') {
    log.warn(`${name} is not 'true' or 'false'; leaving it off`, { [name]: value });
  }
  return flag === 'true';
}
