/**
 * What the check keeps and reports of the member accounts' posture. Pure.
 * The stored form is a digest of the accounts that are not all good, with
 * their findings' states: a new account that is all good changes nothing,
 * an account that turns bad (or good again, or can no longer be read)
 * changes the digest, and the state stays small for any organization.
 */
import { createHash } from 'node:crypto';
import { FindingState, overallState } from './findings';
import type { MemberAudit, MemberPosture } from './members';
import type { StoredMembers } from './state';

export interface MemberSummary {
  readonly stored: StoredMembers;
  readonly status: FindingState;
  /** The members not all good, each with its findings that are not good. */
  readonly notGood: readonly MemberPosture[];
  readonly checked: number;
  /** Why the members could not be listed; then status is 'unknown'. */
  readonly unavailable?: string;
}

/** The digest of a posture with no member that is not all good. */
export const ALL_GOOD_DIGEST = digestOf([]);

export function summarizeMembers(audit: MemberAudit): MemberSummary {
  if (!audit.listed) {
    // A constant digest: the reason may differ from day to day, the news does not.
    return { stored: { digest: digestOf(['unlisted']), notGood: 0 }, status: 'unknown', notGood: [], checked: 0, unavailable: audit.why };
  }
  const notGood = audit.members
    .map((member) => ({ account: member.account, findings: member.findings.filter((finding) => finding.state !== 'good') }))
    .filter((member) => member.findings.length > 0);
  // States only, not what was observed: an error's wording may change daily.
  const digest = digestOf(notGood.map((member) => [member.account, member.findings.map((finding) => `${finding.id}=${finding.state}`)]));
  return {
    stored: { digest, notGood: notGood.length },
    status: overallState(notGood.flatMap((member) => member.findings.map((finding) => finding.state))),
    notGood,
    checked: audit.members.length,
  };
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
