/**
 * Privileged root tasks: actions in a member account taken with short-term
 * root credentials that the management account or the IAM delegated
 * administrator got from `sts:AssumeRoot` (centralized root access). They are
 * recorded with a `Root` identity, so the rule sends them here like any root
 * use, but someone in the organization chose to take them; ASSUMED_ROOT_TASKS
 * says how loudly to report them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
import type { Logger } from '../log';
import type { RootEvent } from './root-event';
import { Classification, classify, Severity } from './severity';

/** The values of ASSUMED_ROOT_TASKS; src/parts/assumed-root-tasks.ts writes the same strings. */
export enum AssumedRootTasks {
  /** Alert at the severity the action has, labelled as a privileged root task. */
  ALERT = 'alert',
  /** Alert at MEDIUM, labelled, the reason saying why. */
  LOWER = 'lower',
  /** No message; the event is logged and counts as handled. */
  DROP = 'drop',
}

const VALUES = new Map<string, AssumedRootTasks>(Object.values(AssumedRootTasks).map((value) => [value, value]));

/**
 * Reads ASSUMED_ROOT_TASKS. Unset means 'alert'; a value it does not know
 * also means 'alert', with a warning: reporting more than asked is the safe
 * side of a typo.
 */
export function readAssumedRootTasks(value: string | undefined, log: Logger): AssumedRootTasks {
  const wanted = value?.trim().toLowerCase() ?? '';
  if (wanted === '') {
    return AssumedRootTasks.ALERT;
  }
  const known = VALUES.get(wanted);
  if (known === undefined) {
    log.warn("ASSUMED_ROOT_TASKS is not 'alert', 'lower' or 'drop'; alerting on privileged root tasks", { assumedRootTasks: value });
    return AssumedRootTasks.ALERT;
  }
  return known;
}

/**
 * An action of an `sts:AssumeRoot` session. The `Root` identity is required
 * too: the AssumeRoot call itself carries `assumedRoot` but is made by a role
 * in the management account, and is not a root task.
 */
export function isPrivilegedRootTask(event: RootEvent): boolean {
  return event.assumedRoot && event.identityType === 'Root';
}

/** The log line of a dropped event, the same in both paths, for a Logs Insights query. */
export const DROPPED_MESSAGE = 'Dropped a privileged root task (sts:AssumeRoot session) as configured: ASSUMED_ROOT_TASKS is drop';

/**
 * True when the event is to be logged but not alerted on. An event that was
 * not shaped as expected is never dropped: what it really is cannot be told.
 */
export function isDropped(event: RootEvent, tasks: AssumedRootTasks = AssumedRootTasks.ALERT): boolean {
  return tasks === AssumedRootTasks.DROP && isPrivilegedRootTask(event) && event.oddities.length === 0;
}

/** The event's severity and reason as reported, after ASSUMED_ROOT_TASKS. */
export function classifyAsConfigured(event: RootEvent, tasks: AssumedRootTasks = AssumedRootTasks.ALERT): Classification {
  const classification = classify(event);
  if (tasks !== AssumedRootTasks.LOWER || !isPrivilegedRootTask(event)) {
    return classification;
  }
  const was = classification.severity === Severity.MEDIUM ? '' : ` (else ${classification.severity})`;
  return {
    severity: Severity.MEDIUM,
    reason: `${classification.reason}; a privileged root task, reported at MEDIUM as configured${was}`,
  };
}
