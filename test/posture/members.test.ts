import { goodMember, MANAGEMENT, memberHarness, securityKey, virtualMfa } from './member-support';
import { ACCOUNT } from './support';
import { createLogger } from '../../lambda-src/posture/log';
import { auditMembers, mfaKind } from '../../lambda-src/posture/members';

const PLACE = { account: ACCOUNT, partition: 'aws' };

function setUp(members: Parameters<typeof memberHarness>[1]) {
  const lines: string[] = [];
  const harness = memberHarness(ACCOUNT, members, createLogger((line) => lines.push(line)));
  const entries = () => lines.map((line) => JSON.parse(line) as { level: string; message: string; [key: string]: unknown });
  return { ...harness, entries };
}

const statesOf = (findings: ReadonlyArray<{ id: string; state: string }>) =>
  Object.fromEntries(findings.map((finding) => [finding.id, finding.state]));

describe('the member audit', () => {
  test('reads every open member account on every page, but its own and the management account', async () => {
    const { deps } = setUp([
      goodMember('222233334444'), goodMember('333344445555'), goodMember('444455556666', { status: 'SUSPENDED' }),
      goodMember('555566667777', { status: 'PENDING_CLOSURE' }), goodMember('666677778888'),
    ]);
    const audit = await auditMembers(deps, PLACE, false);
    expect(audit.listed).toBe(true);
    const accounts = audit.listed ? audit.members.map((member) => member.account) : [];
    expect(accounts).toEqual(['222233334444', '333344445555', '666677778888']);
    expect(accounts).not.toContain(MANAGEMENT);
    expect(accounts).not.toContain(ACCOUNT);
  });

  test('finds each root credential a member keeps, as AWS Config would', async () => {
    const { deps } = setUp([
      goodMember('222233334444'),
      goodMember('333344445555', { accessKeys: 1, mfa: [] }),
      goodMember('444455556666', { certificates: 2, mfa: [securityKey('444455556666'), virtualMfa('444455556666')] }),
      // Created by Organizations, or cleared centrally: no password, no MFA needed.
      goodMember('555566667777', { password: false, mfa: [] }),
    ]);
    const audit = await auditMembers(deps, PLACE, true);
    const byAccount = new Map(audit.listed ? audit.members.map((member) => [member.account, statesOf(member.findings)]) : []);
    const good = { 'root-access-keys': 'good', 'root-signing-certificates': 'good', 'root-mfa': 'good', 'root-hardware-mfa': 'good' };
    expect(byAccount.get('222233334444')).toEqual(good);
    expect(byAccount.get('333344445555')).toEqual({ ...good, 'root-access-keys': 'bad', 'root-mfa': 'bad', 'root-hardware-mfa': 'bad' });
    expect(byAccount.get('444455556666')).toEqual({ ...good, 'root-signing-certificates': 'bad', 'root-hardware-mfa': 'bad' });
    expect(byAccount.get('555566667777')).toEqual(good);
  });

  test('records each session before the session reads anything, so the notifier knows it when its reads arrive', async () => {
    const { deps, sequence, recorded } = setUp([goodMember('222233334444'), goodMember('333344445555')]);
    await auditMembers(deps, PLACE, false);
    for (const account of ['222233334444', '333344445555']) {
      const recordedAt = sequence.indexOf(`record ${account}`);
      const reads = sequence.map((step, n) => (step.endsWith(` ${account}`) && !step.startsWith('record') && !step.startsWith('assume') ? n : -1)).filter((n) => n >= 0);
      expect(recordedAt).toBeGreaterThan(sequence.indexOf(`assume ${account}`));
      expect(reads.length).toBe(4);
      expect(Math.min(...reads)).toBeGreaterThan(recordedAt);
    }
    expect(recorded).toEqual(expect.arrayContaining([{ accessKeyId: 'ASIA222233334444', account: '222233334444' }]));
  });

  test('a session that cannot be recorded reads nothing: the member is unknown, never an alert of its own', async () => {
    const { deps, sequence, state } = setUp([goodMember('222233334444')]);
    state.recordFails = true;
    const audit = await auditMembers(deps, PLACE, false);
    expect(sequence.filter((step) => /^(ListAccessKeys|ListMFADevices|GetLoginProfile|ListSigningCertificates) /.test(step))).toEqual([]);
    expect(audit.listed && audit.members[0].findings.every((finding) => finding.state === 'unknown')).toBe(true);
  });

  test('a member that refuses the session is unknown, with why, and the others are still read', async () => {
    const { deps, entries } = setUp([goodMember('222233334444', { refused: 'AccessDenied' }), goodMember('333344445555', { accessKeys: 2 })]);
    const audit = await auditMembers(deps, PLACE, false);
    const [refused, read] = audit.listed ? audit.members : [];
    expect(refused.findings.map((finding) => finding.state)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(refused.findings[0].observed).toContain('AccessDenied');
    expect(statesOf(read.findings)['root-access-keys']).toBe('bad');
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'WARN', account: '222233334444', errorName: 'AccessDenied' }));
  });

  test('an organization it may not list is reported as not listed, with why', async () => {
    const { deps, state, entries } = setUp([goodMember('222233334444')]);
    state.listFails = true;
    const audit = await auditMembers(deps, PLACE, false);
    expect(audit).toEqual({ listed: false, why: expect.stringContaining('AccessDeniedException') });
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'ERROR', errorName: 'AccessDeniedException' }));
  });

  test('starts no account within two minutes of the function\'s timeout; those are unknown, not skipped', async () => {
    const started = setUp([goodMember('222233334444')]);
    await auditMembers({ ...started.deps, remainingMs: () => 121_000 }, PLACE, false);
    expect(started.sequence).toContain('assume 222233334444');
    const { deps, sequence } = setUp([goodMember('222233334444'), goodMember('333344445555')]);
    const audit = await auditMembers({ ...deps, remainingMs: () => 119_000 }, PLACE, false);
    expect(sequence.filter((step) => step.startsWith('assume'))).toEqual([]);
    expect(audit.listed && audit.members.map((member) => member.findings[0].observed)).toEqual([
      'not known: not reached before the function\'s timeout', 'not known: not reached before the function\'s timeout',
    ]);
  });

  test('audits a large organization four accounts at a time, in account order', async () => {
    const members = Array.from({ length: 60 }, (_, n) => goodMember(String(200000000000 + n), n % 7 === 0 ? { accessKeys: 1 } : {}));
    const { deps } = setUp(members);
    let running = 0;
    let most = 0;
    const send = deps.sts.send.bind(deps.sts);
    const sts = {
      send: async (command: any) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        try {
          return await send(command);
        } finally {
          running--;
        }
      },
    };
    const audit = await auditMembers({ ...deps, sts: sts as any }, PLACE, false);
    expect(most).toBe(4);
    expect(audit.listed && audit.members.map((member) => member.account)).toEqual(members.map((member) => member.id));
    expect(audit.listed && audit.members.filter((member) => statesOf(member.findings)['root-access-keys'] === 'bad')).toHaveLength(9);
  });
});

describe('the kind of a member\'s MFA, from its devices\' serial numbers', () => {
  test.each([
    [[], 'none'],
    [[securityKey('222233334444')], 'non-virtual'],
    [['GAHT12345678'], 'non-virtual'],
    [[virtualMfa('222233334444')], 'virtual'],
    [['arn:aws-us-gov:iam::222233334444:mfa/root'], 'virtual'],
    [[securityKey('222233334444'), virtualMfa('222233334444')], 'virtual'],
  ])('%j is %s', (serials, kind) => {
    expect(mfaKind(serials as string[])).toBe(kind);
  });
});
