/** The posture message as an EventBridge-shaped event (events.ts). Pure. */
import type { Finding } from './assess';
import { MAX_MEMBERS_SHOWN, MembersDetail, POSTURE_DETAIL_TYPE, POSTURE_SOURCE, PostureEvent, PostureReason, Trigger } from './events';
import { FINDINGS, overallState } from './findings';
import type { MemberSummary } from './member-summary';
import type { StoredMembers, StoredPosture } from './state';

export interface PostureMessageInput {
  readonly findings: readonly Finding[];
  readonly previous?: StoredPosture;
  readonly members?: MemberSummary;
  readonly previousMembers?: StoredMembers;
  readonly previousUnreadable?: boolean;
  readonly reason: PostureReason;
  readonly trigger: Trigger;
  readonly requireHardwareMfa: boolean;
  readonly account: string;
  readonly region: string;
  readonly now: Date;
  readonly id: string;
}

export function buildPostureMessage(input: PostureMessageInput): PostureEvent {
  const { previous } = input;
  const previousStates = previous === undefined ? [] : [...previous.values()];
  return {
    'version': '0',
    'id': input.id,
    'source': POSTURE_SOURCE,
    'detail-type': POSTURE_DETAIL_TYPE,
    'account': input.account,
    'region': input.region,
    'time': input.now.toISOString(),
    'resources': [],
    'detail': {
      schemaVersion: 1,
      reason: input.reason,
      trigger: input.trigger,
      checkedAt: input.now.toISOString(),
      account: input.account,
      status: overallState([...input.findings.map((finding) => finding.state), ...input.members !== undefined ? [input.members.status] : []]),
      // Bad members stored before count as they did then; members that were
      // only unknown are not stored (member-summary.ts).
      previousStatus: previous === undefined ? 'none'
        : overallState([...previousStates, ...(input.previousMembers?.bad ?? 0) > 0 ? ['bad' as const] : []]),
      requireHardwareMfa: input.requireHardwareMfa,
      ...input.previousUnreadable ? { previousUnreadable: true } : {},
      findings: input.findings.map((finding) => {
        const info = FINDINGS[finding.id];
        return {
          id: finding.id,
          state: finding.state,
          previous: previous?.get(finding.id) ?? 'none',
          observed: finding.observed,
          ...info.cis !== undefined ? { cis: info.cis } : {},
          ...info.securityHub !== undefined ? { securityHub: info.securityHub } : {},
          remedy: info.remedy,
          docUrl: info.docUrl,
        };
      }),
      ...input.members !== undefined ? { members: membersDetail(input.members, input.previousMembers) } : {},
    },
  };
}

function membersDetail(members: MemberSummary, previous: StoredMembers | undefined): MembersDetail {
  return {
    status: members.status,
    checked: members.checked,
    notGoodCount: members.notGood.length,
    notGood: members.notGood.slice(0, MAX_MEMBERS_SHOWN).map((member) => ({
      account: member.account,
      status: overallState(member.findings.map((finding) => finding.state)),
      findings: member.findings.map(({ id, state, observed }) => ({ id, state, observed })),
    })),
    ...previous !== undefined ? { previousBadCount: previous.bad } : {},
    ...members.unavailable !== undefined ? { unavailable: members.unavailable } : {},
  };
}
