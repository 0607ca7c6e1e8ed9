/**
 * What the posture check looks at, each finding with the control it
 * concerns and what to do about it. The notifier imports this catalogue
 * too (posture-report.ts), so an alert says the same whether it came from
 * this check or from an AWS Config rule.
 *
 * Controls, from Security Hub's IAM controls
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html):
 * [IAM.4] IAM root user access key should not exist (CIS v1.4.0 1.4),
 * [IAM.9] MFA should be enabled for the root user (CIS v1.4.0 1.5),
 * [IAM.6] Hardware MFA should be enabled for the root user (CIS v1.4.0 1.6).
 */

/** A finding's state. 'unknown': it could not be checked (a refused call, say). */
export type FindingState = 'bad' | 'good' | 'unknown';

export type FindingId =
  | 'root-access-keys'
  | 'root-signing-certificates'
  | 'root-mfa'
  | 'root-hardware-mfa'
  | 'root-credentials-management'
  | 'root-sessions';

export interface FindingInfo {
  readonly id: FindingId;
  /** What should hold, as a short statement. */
  readonly title: string;
  readonly cis?: string;
  readonly securityHub?: string;
  /** The AWS Config managed rule that checks the same, when there is one. */
  readonly configRule?: string;
  readonly remedy: string;
  readonly docUrl: string;
}

const ROOT_USER_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html';

/** Every finding, in the order a message lists them. */
export const FINDINGS: Readonly<Record<FindingId, FindingInfo>> = {
  'root-access-keys': {
    id: 'root-access-keys',
    title: 'The root user has no access keys',
    cis: '1.4',
    securityHub: 'IAM.4',
    configRule: 'IAM_ROOT_ACCESS_KEY_CHECK',
    remedy: 'Sign in as the root user and delete its access keys; use IAM roles for programmatic access.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  'root-signing-certificates': {
    id: 'root-signing-certificates',
    title: 'The root user has no X.509 signing certificates',
    remedy: 'Sign in as the root user and delete its signing certificates from its security credentials.',
    docUrl: ROOT_USER_GUIDE,
  },
  'root-mfa': {
    id: 'root-mfa',
    title: 'The root user has MFA',
    cis: '1.5',
    securityHub: 'IAM.9',
    configRule: 'ROOT_ACCOUNT_MFA_ENABLED',
    remedy: 'Sign in as the root user and assign an MFA device, preferably a FIDO2 security key or passkey.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  'root-hardware-mfa': {
    id: 'root-hardware-mfa',
    title: 'The root user\'s MFA is not a virtual (authenticator app) device',
    cis: '1.6',
    securityHub: 'IAM.6',
    configRule: 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED',
    remedy: 'Assign the root user a hardware MFA device or FIDO2 security key, then remove its virtual MFA device.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  'root-credentials-management': {
    id: 'root-credentials-management',
    title: 'The organization manages member accounts\' root credentials centrally (RootCredentialsManagement)',
    remedy: 'In the management account, enable root credentials management in IAM\'s centralized root access.',
    docUrl: `${ROOT_USER_GUIDE}#id_root-user-access-management`,
  },
  'root-sessions': {
    id: 'root-sessions',
    title: 'The organization runs privileged root tasks centrally (RootSessions)',
    remedy: 'In the management account, enable privileged root actions in IAM\'s centralized root access.',
    docUrl: `${ROOT_USER_GUIDE}#id_root-user-access-management`,
  },
};

export function isFindingId(value: unknown): value is FindingId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FINDINGS, value);
}

export function isFindingState(value: unknown): value is FindingState {
  return value === 'bad' || value === 'good' || value === 'unknown';
}

/** 'bad' when any state is bad, else 'unknown' when any is unknown, else 'good'. */
export function overallState(states: readonly FindingState[]): FindingState {
  if (states.includes('bad')) return 'bad';
  if (states.includes('unknown')) return 'unknown';
  return 'good';
}
