import { goodMember, Member, memberHarness } from './member-support';
import { ACCOUNT, FUNCTION_ARN, goodAccount, harness, STATE_PARAMETER } from './support';
import { runPostureCheck } from '../../lambda-src/posture/check';
import { MAX_MEMBERS_SHOWN } from '../../lambda-src/posture/events';
import { summarizeMembers } from '../../lambda-src/posture/member-summary';
import { encodeState } from '../../lambda-src/posture/state';

/** A check of a good hub account that audits `members`, each run reading them afresh. */
function organization(members: Member[]) {
  const h = harness(goodAccount(), { auditSessionTable: 'AuditSessions' });
  let current = members;
  const run = async (trigger: 'schedule' | 'deploy' = 'schedule') => {
    const m = memberHarness(ACCOUNT, current, h.deps.log);
    return runPostureCheck({ ...h.deps, members: m.deps }, trigger, FUNCTION_ARN);
  };
  return { ...h, run, set: (next: Member[]) => { current = next; } };
}

describe('a posture check that audits member accounts', () => {
  test('alerts once per change of the members, not daily', async () => {
    const org = organization([goodMember('222233334444'), goodMember('333344445555', { accessKeys: 1 })]);
    expect((await org.run()).reason).toBe('first-check');
    expect((await org.run()).reason).toBeUndefined();
    expect((await org.run()).reason).toBeUndefined();
    expect(org.sqs.sent).toHaveLength(1);
    const first = org.sqs.sent[0].detail;
    expect(first.status).toBe('bad');
    expect(first.members).toEqual({
      status: 'bad',
      checked: 2,
      notGoodCount: 1,
      notGood: [{ account: '333344445555', status: 'bad', findings: [{ id: 'root-access-keys', state: 'bad', observed: '1 access key' }] }],
    });

    // A second member goes bad: one message, naming both, and the count before.
    org.set([goodMember('222233334444', { mfa: [] }), goodMember('333344445555', { accessKeys: 1 })]);
    expect((await org.run()).reason).toBe('changed');
    expect(org.sqs.sent).toHaveLength(2);
    expect(org.sqs.sent[1].detail.members).toMatchObject({ notGoodCount: 2, previousBadCount: 1 });

    // Both mended: a message saying so, then quiet.
    org.set([goodMember('222233334444'), goodMember('333344445555')]);
    expect((await org.run()).reason).toBe('changed');
    expect(org.sqs.sent[2].detail).toMatchObject({ status: 'good', members: { status: 'good', notGoodCount: 0, notGood: [] } });
    expect((await org.run()).reason).toBeUndefined();
    expect(org.sqs.sent).toHaveLength(3);
  });

  test('a new account that is all good is no news; one that is not, is', async () => {
    const org = organization([goodMember('222233334444')]);
    await org.run();
    org.set([goodMember('222233334444'), goodMember('333344445555')]);
    expect((await org.run()).reason).toBeUndefined();
    org.set([goodMember('222233334444'), goodMember('333344445555'), goodMember('444455556666', { password: true, mfa: [] })]);
    expect((await org.run()).reason).toBe('changed');
    expect(org.sqs.sent).toHaveLength(1);
  });

  test('members that cannot be read are no news by themselves, and are listed when a message goes out', async () => {
    const org = organization([goodMember('222233334444', { refused: 'ThrottlingException' }), goodMember('333344445555')]);
    // From a state stored before the audit was switched on.
    org.ssm.store.set(STATE_PARAMETER, encodeState(new Map([['root-access-keys', 'good'], ['root-signing-certificates', 'good'], ['root-mfa', 'good'], ['root-hardware-mfa', 'good']])));
    expect(await org.run()).toMatchObject({ reason: undefined, status: 'unknown' });
    // Readable again: still no news. Throttled one day, read the next, must not alert twice.
    org.set([goodMember('222233334444'), goodMember('333344445555')]);
    expect((await org.run()).reason).toBeUndefined();
    // A bad member turns up: the message lists the one that could not be read too.
    org.set([goodMember('222233334444', { refused: 'ThrottlingException' }), goodMember('333344445555', { accessKeys: 1 })]);
    expect((await org.run()).reason).toBe('changed');
    expect(org.sqs.sent).toHaveLength(1);
    expect(org.sqs.sent[0].detail.members).toMatchObject({ status: 'bad', notGoodCount: 2 });
  });

  test('an organization that cannot be listed keeps the members stored before: a passing failure is no change', async () => {
    const org = organization([goodMember('222233334444', { accessKeys: 1 })]);
    await org.run();
    const stored = org.ssm.store.get(STATE_PARAMETER);
    const h = memberHarness(ACCOUNT, [goodMember('222233334444', { accessKeys: 1 })], org.deps.log);
    h.state.listFails = true;
    expect((await runPostureCheck({ ...org.deps, members: h.deps }, 'schedule', FUNCTION_ARN)).reason).toBeUndefined();
    expect(org.ssm.store.get(STATE_PARAMETER)).toBe(stored);
    expect((await org.run()).reason).toBeUndefined();
    expect(org.sqs.sent).toHaveLength(1);
  });

  test('a bad member is reported at every deployment, like a bad account', async () => {
    const org = organization([goodMember('222233334444', { accessKeys: 1 })]);
    await org.run();
    expect((await org.run('deploy')).reason).toBe('bad-at-deploy');
  });

  test('lists at most 25 members in a message and counts the rest; the state stays small for any organization', async () => {
    const members = Array.from({ length: 40 }, (_, n) => goodMember(String(200000000000 + n), { accessKeys: 1 }));
    const org = organization(members);
    await org.run();
    const detail = org.sqs.sent[0].detail;
    expect(detail.members?.notGood).toHaveLength(MAX_MEMBERS_SHOWN);
    expect(detail.members?.notGoodCount).toBe(40);
    expect(org.ssm.store.get(STATE_PARAMETER)!.length).toBeLessThan(400);

    const huge = summarizeMembers({ listed: true, members: Array.from({ length: 5000 }, (_, n) => ({ account: String(200000000000 + n), findings: [{ id: 'root-mfa', state: 'bad', observed: 'no MFA' }] })) });
    expect(encodeState(new Map([['root-mfa', 'good']]), huge.stored).length).toBeLessThan(4096);
  });

  test('with the audit off, nothing of the members is read, sent or stored', async () => {
    const h = harness(goodAccount({ accessKeys: 1 }));
    const m = memberHarness(ACCOUNT, [goodMember('222233334444')], h.deps.log);
    await runPostureCheck({ ...h.deps, members: m.deps }, 'schedule', FUNCTION_ARN);
    expect(m.sequence).toEqual([]);
    expect(h.sqs.sent[0].detail.members).toBeUndefined();
    expect(h.ssm.store.get(STATE_PARAMETER)).not.toContain('members');
  });
});
