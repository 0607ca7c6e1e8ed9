/**
 * Whether a check queues a message. Pure. The point is to alert once per
 * change, never daily: a bad posture that stays bad is reported when it
 * became bad, and again only at a deployment, where whoever deploys should
 * hear of it.
 */
import type { Finding } from './assess';
import type { PostureReason, Trigger } from './events';
import type { StoredPosture } from './state';

export interface Decision {
  /** Why a message is due; undefined when none is. */
  readonly reason?: PostureReason;
  /** The posture to store. */
  readonly next: StoredPosture;
  readonly changed: boolean;
}

/**
 * With none stored (the first check, or the state unreadable), only a bad
 * posture alerts: 'good' from 'none' is no news. A change is any finding
 * whose state differs from the one stored, a finding that appears or
 * disappears included (organization features switched on or off).
 */
export function decide(findings: readonly Finding[], previous: StoredPosture | undefined, trigger: Trigger): Decision {
  const next: StoredPosture = new Map(findings.map((finding) => [finding.id, finding.state]));
  const bad = findings.some((finding) => finding.state === 'bad');
  const changed = previous === undefined
    || previous.size !== next.size
    || [...next].some(([id, state]) => previous.get(id) !== state);
  let reason: PostureReason | undefined;
  if (previous === undefined) {
    reason = bad ? (trigger === 'deploy' ? 'bad-at-deploy' : 'first-check') : undefined;
  } else if (changed) {
    reason = 'changed';
  } else if (trigger === 'deploy' && bad) {
    reason = 'bad-at-deploy';
  }
  return { reason, next, changed };
}
