/**
 * Whether a check queues a message. Pure. The point is to alert once per
 * change, never daily: a bad posture that stays bad is reported when it
 * became bad, and again only at a deployment, where whoever deploys should
 * hear of it.
 */
import type { Finding } from './assess';
import type { PostureReason, Trigger } from './events';
import { ALL_GOOD_DIGEST } from './member-summary';
import type { StoredMembers, StoredPosture } from './state';

export interface Decision {
  /** Why a message is due; undefined when none is. */
  readonly reason?: PostureReason;
  /** The posture to store. */
  readonly next: StoredPosture;
  /** The members' posture to store; absent when members were not checked. */
  readonly nextMembers?: StoredMembers;
  readonly changed: boolean;
}

/** What the member audit found, when it ran: what to store, and whether any member is bad. */
export interface MembersNow {
  readonly stored: StoredMembers;
  readonly bad: boolean;
}

/**
 * With none stored (the first check, or the state unreadable), only a bad
 * posture alerts: 'good' from 'none' is no news. A change is any finding
 * whose state differs from the one stored, a finding that appears or
 * disappears included (organization features switched on or off), or a
 * different set of bad member accounts or of their bad findings (members
 * stored by none count as all good: switching the audit on reports only
 * bad members).
 */
export function decide(findings: readonly Finding[], previous: StoredPosture | undefined, trigger: Trigger,
  members?: MembersNow, previousMembers?: StoredMembers): Decision {
  const next: StoredPosture = new Map(findings.map((finding) => [finding.id, finding.state]));
  const bad = findings.some((finding) => finding.state === 'bad') || members?.bad === true;
  const membersChanged = members !== undefined && members.stored.digest !== (previousMembers?.digest ?? ALL_GOOD_DIGEST);
  const changed = previous === undefined
    || previous.size !== next.size
    || [...next].some(([id, state]) => previous.get(id) !== state)
    || membersChanged;
  let reason: PostureReason | undefined;
  if (previous === undefined) {
    reason = bad ? (trigger === 'deploy' ? 'bad-at-deploy' : 'first-check') : undefined;
  } else if (changed) {
    reason = 'changed';
  } else if (trigger === 'deploy' && bad) {
    reason = 'bad-at-deploy';
  }
  return { reason, next, changed, ...members !== undefined ? { nextMembers: members.stored } : {} };
}
