/**
 * What the check keeps and reports of the member accounts' posture. Pure.
 * The stored form is a digest of the bad members with their bad findings:
 * a new account that is all good changes nothing, an account that turns
 * bad (or another finding of it bad, or good again) changes the digest,
 * and the state stays small for any organization. A member that could not
 * be read is no news by itself: throttling, or the accounts a run did not
 * reach before its timeout, would otherwise alert and alert again. It is
 * logged, and listed whenever a message goes out.
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

/**
 * `previous` is what was stored: when the members cannot even be listed,
 * it is kept as it was, so a passing failure (logged as an error) is no
 * change, and the first run that lists them again compares with the last
 * that did.
 */
export function summarizeMembers(audit: MemberAudit, previous?: StoredMembers): MemberSummary {
  if (!audit.listed) {
    return { stored: previous ?? { digest: ALL_GOOD_DIGEST, bad: 0 }, status: 'unknown', notGood: [], checked: 0, unavailable: audit.why };
  }
  const notGood = audit.members
    .map((member) => ({ account: member.account, findings: member.findings.filter((finding) => finding.state !== 'good') }))
    .filter((member) => member.findings.length > 0);
  const bad = notGood
    .map((member) => [member.account, member.findings.filter((finding) => finding.state === 'bad').map((finding) => finding.id)] as const)
    .filter(([, findings]) => findings.length > 0);
  return {
    stored: { digest: digestOf(bad), bad: bad.length },
    status: overallState(notGood.flatMap((member) => member.findings.map((finding) => finding.state))),
    notGood,
    checked: audit.members.length,
  };
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
