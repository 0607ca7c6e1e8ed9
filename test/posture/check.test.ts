import { ACCOUNT, FUNCTION_ARN, goodAccount, harness, STATE_PARAMETER } from './support';
import { runPostureCheck } from '../../lambda-src/posture/check';

describe('the posture check', () => {
  test('alerts once per change, not daily: three daily runs of an unchanged bad posture queue one message, a change one more', async () => {
    const account = goodAccount({ accessKeys: 1 });
    const { deps, sqs } = harness(account);

    for (let day = 0; day < 3; day++) {
      await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    }
    expect(sqs.sent).toHaveLength(1);
    expect(sqs.sent[0].detail).toMatchObject({ reason: 'first-check', status: 'bad', previousStatus: 'none' });

    account.accessKeys = 0;
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(2);
    expect(sqs.sent[1].detail).toMatchObject({ reason: 'changed', status: 'good', previousStatus: 'bad' });
    expect(sqs.sent[1].detail.findings.find((finding) => finding.id === 'root-access-keys'))
      .toMatchObject({ state: 'good', previous: 'bad', cis: '1.4', securityHub: 'IAM.4' });
  });

  test('a bad posture at deploy alerts even when unchanged', async () => {
    const { deps, sqs } = harness(goodAccount({ mfaEnabled: false }));
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    await runPostureCheck(deps, 'deploy', FUNCTION_ARN);
    expect(sqs.sent.map((message) => message.detail.reason)).toEqual(['first-check', 'bad-at-deploy']);
    expect(sqs.sent[1].detail.findings.find((finding) => finding.id === 'root-mfa'))
      .toMatchObject({ state: 'bad', previous: 'bad', securityHub: 'IAM.9', cis: '1.5' });
  });

  test('a good posture at deploy does not alert, and is stored', async () => {
    const { deps, sqs, ssm } = harness(goodAccount());
    await expect(runPostureCheck(deps, 'deploy', FUNCTION_ARN)).resolves.toMatchObject({ status: 'good', reason: undefined });
    expect(sqs.sent).toHaveLength(0);
    expect(JSON.parse(ssm.store.get(STATE_PARAMETER)!)).toEqual({
      v: 1, findings: { 'root-access-keys': 'good', 'root-signing-certificates': 'good', 'root-mfa': 'good', 'root-hardware-mfa': 'good' },
    });
  });

  test('organization features refused count as unknown, alert at no run, and do not loop', async () => {
    const { deps, sqs, entries } = harness(goodAccount({ organization: { error: 'AccountNotManagementOrDelegatedAdministratorException' } }),
      { checkOrganizationFeatures: true });
    await runPostureCheck(deps, 'deploy', FUNCTION_ARN);
    for (let day = 0; day < 3; day++) {
      await expect(runPostureCheck(deps, 'schedule', FUNCTION_ARN)).resolves.toMatchObject({ status: 'unknown', changed: false });
    }
    expect(sqs.sent).toHaveLength(0);
    expect(entries().filter((entry) => entry.message.startsWith('Could not list the organization'))).toHaveLength(4);
    expect(entries().find((entry) => entry.level === 'WARN')).toMatchObject({ errorName: 'AccountNotManagementOrDelegatedAdministratorException' });
  });

  test('organization features that turn from unknown to not enabled alert once', async () => {
    const account = goodAccount({ organization: { error: 'AccessDenied' } });
    const { deps, sqs } = harness(account, { checkOrganizationFeatures: true });
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    account.organization = ['RootSessions'];
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(1);
    expect(sqs.sent[0].detail.findings.filter((finding) => ['root-credentials-management', 'root-sessions'].includes(finding.id)))
      .toEqual([
        expect.objectContaining({ id: 'root-credentials-management', state: 'bad', previous: 'unknown' }),
        expect.objectContaining({ id: 'root-sessions', state: 'good', previous: 'unknown' }),
      ]);
  });

  test('a state that cannot be read counts as the first check: a good posture does not alert, a bad one alerts once, and the next readable run is quiet', async () => {
    const good = harness(goodAccount(), {}, JSON.stringify({ v: 1, findings: { 'root-mfa': 'bad' } }));
    good.ssm.state.readFails = true;
    await runPostureCheck(good.deps, 'schedule', FUNCTION_ARN);
    expect(good.sqs.sent).toHaveLength(0);
    expect(good.entries().find((entry) => entry.level === 'ERROR')).toMatchObject({ message: expect.stringMatching(/^Could not read the stored posture/) });

    const bad = harness(goodAccount({ accessKeys: 2 }));
    bad.ssm.state.readFails = true;
    await runPostureCheck(bad.deps, 'schedule', FUNCTION_ARN);
    bad.ssm.state.readFails = false;
    await runPostureCheck(bad.deps, 'schedule', FUNCTION_ARN);
    expect(bad.sqs.sent).toHaveLength(1);
    expect(bad.sqs.sent[0].detail).toMatchObject({ reason: 'first-check', previousUnreadable: true });
  });

  test('a stored value it did not write counts as unreadable, not as a change from it', async () => {
    const { deps, sqs, entries } = harness(goodAccount(), {}, '{"something":"else"}');
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(0);
    expect(entries().some((entry) => entry.message.startsWith('The stored posture is not what this function writes'))).toBe(true);
  });

  test('sends before it stores: a failed send keeps the old posture, so the next run sends the change', async () => {
    const account = goodAccount();
    const { deps, sqs, ssm } = harness(account);
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    const stored = ssm.store.get(STATE_PARAMETER);

    account.accessKeys = 1;
    sqs.state.fails = true;
    await expect(runPostureCheck(deps, 'schedule', FUNCTION_ARN)).rejects.toThrow();
    expect(ssm.store.get(STATE_PARAMETER)).toBe(stored);

    sqs.state.fails = false;
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(1);
    expect(sqs.sent[0].detail.reason).toBe('changed');
  });

  test('a failed store after a send is logged, not thrown, and the change is sent again next time (the accepted duplicate)', async () => {
    const account = goodAccount();
    const { deps, sqs, ssm, entries } = harness(account);
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    account.mfaEnabled = false;
    ssm.state.writeFails = true;
    await expect(runPostureCheck(deps, 'schedule', FUNCTION_ARN)).resolves.toMatchObject({ reason: 'changed' });
    expect(entries().some((entry) => entry.level === 'ERROR' && entry.message.startsWith('Could not store the posture'))).toBe(true);
    ssm.state.writeFails = false;
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent.map((message) => message.detail.reason)).toEqual(['changed', 'changed']);
  });

  test('finds the root user\'s virtual device on the last of several short pages, and requires hardware MFA only when asked', async () => {
    const lenient = harness(goodAccount({ rootVirtualDevice: true, otherVirtualDevices: 4, pageSize: 2 }));
    await runPostureCheck(lenient.deps, 'deploy', FUNCTION_ARN);
    expect(lenient.sqs.sent).toHaveLength(0);
    expect(lenient.iam.calls.filter((call) => call === 'ListVirtualMFADevicesCommand')).toHaveLength(3);

    const strict = harness(goodAccount({ rootVirtualDevice: true, otherVirtualDevices: 4, pageSize: 2 }), { requireHardwareMfa: true });
    await runPostureCheck(strict.deps, 'deploy', FUNCTION_ARN);
    expect(strict.sqs.sent[0].detail.findings.find((finding) => finding.id === 'root-hardware-mfa'))
      .toMatchObject({ state: 'bad', observed: 'a virtual MFA device', cis: '1.6', securityHub: 'IAM.6' });
  });

  test('counts MFA with no root virtual device as non-virtual (hardware key or passkey), as AWS Config\'s rule does', async () => {
    const { deps, sqs } = harness(goodAccount({ accessKeys: 1, otherVirtualDevices: 5, pageSize: 2 }), { requireHardwareMfa: true });
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent[0].detail.findings.find((finding) => finding.id === 'root-hardware-mfa'))
      .toMatchObject({ state: 'good', observed: 'a non-virtual MFA device (hardware key or passkey)' });
  });

  test('a root user without a password (a member account under central root access) needs no MFA; recovering a password without adding MFA alerts', async () => {
    const account = goodAccount({ mfaEnabled: false, passwordPresent: 0 });
    const { deps, sqs } = harness(account, { requireHardwareMfa: true });
    await runPostureCheck(deps, 'deploy', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(0);

    account.passwordPresent = 1;
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent).toHaveLength(1);
    expect(sqs.sent[0].detail.findings.filter((finding) => finding.state === 'bad').map((finding) => finding.id))
      .toEqual(['root-mfa', 'root-hardware-mfa']);
  });

  test('a summary that does not say whether root has a password counts as one: no MFA stays bad', async () => {
    const { deps, sqs } = harness(goodAccount({ mfaEnabled: false, passwordPresent: undefined }));
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent[0].detail.findings.find((finding) => finding.id === 'root-mfa')).toMatchObject({ state: 'bad', observed: 'no MFA' });
  });

  test('does not ask for virtual devices when the root user has no MFA at all', async () => {
    const { deps, iam } = harness(goodAccount({ mfaEnabled: false }));
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(iam.calls).toEqual(['GetAccountSummaryCommand']);
  });

  test('takes the account and partition from the function ARN, and refuses a context without one', async () => {
    const { deps, sqs } = harness(goodAccount({ rootVirtualDevice: true }), { requireHardwareMfa: true });
    // In another partition the root ARN differs, so the aws-partition device is not the root user's.
    await runPostureCheck(deps, 'schedule', `arn:aws-us-gov:lambda:us-gov-west-1:${ACCOUNT}:function:posture`);
    expect(sqs.sent).toHaveLength(0);
    await expect(runPostureCheck(deps, 'schedule', undefined)).rejects.toThrow(/no function ARN/);
  });

  test('the message is EventBridge-shaped, from the function\'s account and region', async () => {
    const { deps, sqs } = harness(goodAccount({ signingCertificates: 1 }));
    await runPostureCheck(deps, 'schedule', FUNCTION_ARN);
    expect(sqs.sent[0]).toMatchObject({
      'version': '0',
      'id': 'posture-1',
      'source': 'root-activity-monitor.posture',
      'detail-type': 'Root credential posture',
      'account': ACCOUNT,
      'region': 'eu-west-1',
      'time': '2026-12-06T06:00:00.000Z',
      'resources': [],
      'detail': { schemaVersion: 1, trigger: 'schedule', account: ACCOUNT, requireHardwareMfa: false, checkedAt: '2026-12-06T06:00:00.000Z' },
    });
    for (const finding of sqs.sent[0].detail.findings) {
      expect(finding.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(finding.remedy).toMatch(/\.$/);
    }
  });
});
