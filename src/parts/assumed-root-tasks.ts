/**
 * How the notifier reports the actions of a centralized root access session:
 * short-term root credentials that the management account or the IAM
 * delegated administrator obtains with `sts:AssumeRoot` to do one privileged
 * task in a member account. CloudTrail records those actions with a `Root`
 * identity and `sessionContext.assumedRoot` set to "true"; the alert labels
 * them as privileged root tasks.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
 */
export enum AssumedRootTasks {
  /** Alert at the severity the action has, labelled as a privileged root task. */
  ALERT = 'alert',
  /** Alert at MEDIUM severity, labelled as a privileged root task. */
  LOWER_SEVERITY = 'lower',
  /**
   * Send no alert; the notifier still logs each event. For organizations
   * whose central security team uses `sts:AssumeRoot` routinely and reviews
   * its own `AssumeRoot` calls.
   */
  DROP = 'drop',
}
