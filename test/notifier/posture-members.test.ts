import * as fc from 'fast-check';
import { chatProblems } from './chat-support';
import { buildChatPosture } from '../../lambda-src/notifier/messages/posture-chat';
import { buildPostureAlert, MEMBER_REMEDY, readPostureReport } from '../../lambda-src/notifier/messages/posture-report';
import { isValidSnsSubject } from '../../lambda-src/notifier/messages/subject';
import { assess } from '../../lambda-src/posture/assess';
import { summarizeMembers } from '../../lambda-src/posture/member-summary';
import type { MemberAudit } from '../../lambda-src/posture/members';
import { buildPostureMessage } from '../../lambda-src/posture/message';
import { fixture } from '../helpers';
import { copy } from './support';

const GOOD = { accessKeys: 0, signingCertificates: 0, mfa: 'non-virtual' as const, passwordPresent: true };

/** The message the check builds for a good hub account and these members. */
function messageWith(audit: MemberAudit, previousNotGood?: number) {
  return JSON.parse(JSON.stringify(buildPostureMessage({
    findings: assess(GOOD, false),
    members: summarizeMembers(audit),
    ...previousNotGood !== undefined ? { previousMembers: { digest: '0'.repeat(64), bad: previousNotGood } } : {},
    reason: 'changed',
    trigger: 'schedule',
    requireHardwareMfa: false,
    account: '111122223333',
    region: 'eu-west-1',
    now: new Date('2026-12-06T06:00:00Z'),
    id: 'id-1',
    previous: new Map([['root-mfa', 'good']]),
  })));
}

function alertOf(raw: unknown) {
  const report = readPostureReport(raw, new Map())!;
  const alert = buildPostureAlert(report);
  expect(isValidSnsSubject(alert.subject)).toBe(true);
  const chat = buildChatPosture(report);
  expect(chatProblems(chat)).toEqual([]);
  return { report, alert, chat };
}

const members: MemberAudit = {
  listed: true,
  members: [
    { account: '222233334444', findings: assess({ ...GOOD, accessKeys: 1 }, false) },
    { account: '333344445555', findings: assess(GOOD, false) },
    { account: '444455556666', findings: assess(GOOD, false).map((finding) => ({ ...finding, state: 'unknown' as const, observed: 'not known: AccessDenied: no' })) },
  ],
};

describe('a posture message with member accounts', () => {
  test('is HIGH while a member is bad, names each member that is not all good, and says what to do', () => {
    const { report, alert, chat } = alertOf(messageWith(members, 1));
    expect(report.oddities).toEqual([]);
    expect(report.status).toBe('bad');
    expect(alert.subject).toBe('HIGH: Root credential posture changed in 111122223333 or its member accounts');
    expect(alert.message).toContain('Member accounts: 3 audited through centralized root access, 2 not all good (bad before: 1).');
    expect(alert.message).toContain('- 222233334444 [BAD]: The root user has no access keys: 1 access key');
    expect(alert.message).toContain('- 444455556666 [UNKNOWN]: The root user has no access keys: not known: AccessDenied: no');
    expect(alert.message).not.toContain('333344445555');
    expect(alert.message).toContain(MEMBER_REMEDY);
    expect(JSON.stringify(chat)).toContain('222233334444');
    expect(JSON.stringify(chat)).toContain('IAMDeleteRootUserCredentials');
  });

  test('is MEDIUM when every member and the account are good', () => {
    const { report, alert } = alertOf(messageWith({ listed: true, members: [members.members[1]] }, 1));
    expect(report.status).toBe('good');
    expect(alert.classification.severity).toBe('MEDIUM');
    expect(alert.message).toContain('Member accounts: 1 audited through centralized root access, 0 not all good (bad before: 1).');
    expect(alert.message).not.toContain(MEMBER_REMEDY);
  });

  test('says so when the members could not be listed', () => {
    const { alert } = alertOf(messageWith({ listed: false, why: 'AccessDeniedException: not the management account' }));
    expect(alert.message).toContain('Member accounts: not known, as they could not be listed (AccessDeniedException: not the management account).');
  });

  test('counts the members it does not list', () => {
    const many: MemberAudit = { listed: true, members: Array.from({ length: 30 }, (_, n) => ({ account: String(200000000000 + n), findings: assess({ ...GOOD, mfa: 'none' }, false) })) };
    const { alert } = alertOf(messageWith(many));
    expect(alert.message).toContain('30 not all good');
    expect(alert.message).toContain('- and 5 more; the posture check\'s log lists them.');
  });

  test('whose members part is malformed still alerts, at HIGH, saying so, and a bad member it lists is never read as good', () => {
    const event = messageWith(members);
    event.detail.members.status = 'good';
    const { report } = alertOf(event);
    expect(report.members?.status).toBe('bad');
    const spoiled = copy(fixture('posture/posture-check-bad-at-deploy.json'));
    spoiled.detail.members = 'all fine';
    const { alert } = alertOf(spoiled);
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.message).toContain('its members part is not an object');
  });

  test('whatever its members part holds, alerts with a valid subject and a chat message within limits', () => {
    const base = messageWith(members);
    fc.assert(fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 30 }), (value, notGood) => {
      for (const membersPart of [value, { ...base.detail.members, notGood }]) {
        alertOf({ ...base, detail: { ...base.detail, members: membersPart } });
      }
    }), { numRuns: 200, seed: 16 });
  });
});
