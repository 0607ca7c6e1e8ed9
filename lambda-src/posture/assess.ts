/**
 * Turns what was observed into findings, each good, bad or unknown. Pure:
 * the tests and the state comparison call it directly.
 */
import { FindingId, FindingState } from './findings';
import type { Observations } from './observe';

export interface Finding {
  readonly id: FindingId;
  readonly state: FindingState;
  readonly observed: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The findings, in catalogue order. A virtual MFA device is bad only when
 * `requireHardwareMfa`: CIS 1.6 (IAM.6) is a Level 2 recommendation, which
 * not every account takes on. No MFA at all is bad under both root-mfa and,
 * when hardware MFA is required, root-hardware-mfa.
 */
export function assess(observations: Observations, requireHardwareMfa: boolean): Finding[] {
  const { accessKeys, signingCertificates, mfa, passwordPresent } = observations;
  // Without a password the root user cannot sign in, and MFA has nothing to
  // protect: AWS Config's root MFA rules report NOT_APPLICABLE then. Setting
  // a password (password recovery) is a root event the rule alerts on at
  // once, and the next check reports the MFA it lacks.
  const noPassword = !passwordPresent && mfa === 'none';
  const mfaText = noPassword ? 'no root password, so no sign-in that MFA would protect'
    : { 'none': 'no MFA', 'virtual': 'a virtual MFA device', 'non-virtual': 'a non-virtual MFA device (hardware key or passkey)' }[mfa];
  const findings: Finding[] = [
    { id: 'root-access-keys', state: accessKeys > 0 ? 'bad' : 'good', observed: plural(accessKeys, 'access key') },
    {
      id: 'root-signing-certificates',
      state: signingCertificates > 0 ? 'bad' : 'good',
      observed: plural(signingCertificates, 'signing certificate'),
    },
    { id: 'root-mfa', state: mfa === 'none' && !noPassword ? 'bad' : 'good', observed: mfaText },
    {
      id: 'root-hardware-mfa',
      state: !requireHardwareMfa || mfa === 'non-virtual' || noPassword ? 'good' : 'bad',
      observed: requireHardwareMfa ? mfaText : `${mfaText}; hardware MFA is not required`,
    },
  ];
  const { organization } = observations;
  if (organization !== undefined) {
    for (const [id, feature] of [['root-credentials-management', 'RootCredentialsManagement'], ['root-sessions', 'RootSessions']] as const) {
      findings.push(organization.known
        ? { id, state: organization.enabled.includes(feature) ? 'good' : 'bad', observed: organization.enabled.includes(feature) ? `${feature} enabled` : `${feature} not enabled` }
        : { id, state: 'unknown', observed: `not known: ${organization.why}` });
    }
  }
  return findings;
}
