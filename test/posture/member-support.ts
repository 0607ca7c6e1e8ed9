/**
 * Stand-ins for what the member audit calls, modelling the documented
 * behaviour that is hardest on the code:
 *
 * - Organizations ListAccounts pages with NextToken and may return fewer
 *   accounts than MaxResults on a page that is not the last ("Always check
 *   the NextToken response parameter", API_ListAccounts.html); here each
 *   page holds two. Accounts may be SUSPENDED or PENDING_CLOSURE.
 * - STS AssumeRoot refuses a session outside the management account or the
 *   IAM delegated administrator, without root sessions enabled, or for the
 *   management account itself; it grants at most 900 seconds
 *   (API_AssumeRoot.html).
 * - IAM GetLoginProfile answers NoSuchEntity for a root user without a
 *   password; ListMFADevices gives a virtual device's ARN as its serial
 *   number (API_MFADevice.html).
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { STSClient } from '@aws-sdk/client-sts';
import { awsError } from './support';
import type { AuditSessions } from '../../lambda-src/posture/audit-sessions';
import type { Logger } from '../../lambda-src/posture/log';
import type { MemberAuditDeps, MemberCredentials } from '../../lambda-src/posture/members';

export const MANAGEMENT = '999988887777';

interface Command {
  readonly constructor: { readonly name: string };
  readonly input: Record<string, unknown>;
}

/** A member's root credentials, or the error AssumeRoot throws for it. */
export interface Member {
  readonly id: string;
  readonly status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  readonly accessKeys?: number;
  readonly certificates?: number;
  /** Serial numbers of its MFA devices. */
  readonly mfa?: string[];
  readonly password?: boolean;
  readonly refused?: string;
}

export const virtualMfa = (account: string) => `arn:aws:iam::${account}:mfa/root-account-mfa-device`;
export const securityKey = (account: string) => `arn:aws:iam::${account}:u2f/root/key-ABCDEFGHIJKLMNOP`;

/** A member whose root user has only a password and a security key. */
export function goodMember(id: string, changes: Partial<Member> = {}): Member {
  return { id, accessKeys: 0, certificates: 0, mfa: [securityKey(id)], password: true, ...changes };
}

export function memberHarness(own: string, members: Member[], log: Logger) {
  const sequence: string[] = [];
  const state = { listFails: false, recordFails: false };
  const byId = new Map(members.map((member) => [member.id, member]));
  const accounts = [
    { Id: MANAGEMENT, State: 'ACTIVE' },
    { Id: own, Status: 'ACTIVE' },
    // Older accounts may carry only Status, newer ones State.
    ...members.map((member, n) => (n % 2 === 0 ? { Id: member.id, State: member.status ?? 'ACTIVE' } : { Id: member.id, Status: member.status ?? 'ACTIVE' })),
  ];
  const organizations = {
    send: async (command: Command) => {
      if (state.listFails) throw awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.');
      switch (command.constructor.name) {
        case 'DescribeOrganizationCommand':
          return { Organization: { Id: 'o-abcdefghij', MasterAccountId: MANAGEMENT } };
        case 'ListAccountsCommand': {
          const start = command.input.NextToken === undefined ? 0 : Number(command.input.NextToken);
          const end = start + 2;
          return { Accounts: accounts.slice(start, end), ...end < accounts.length ? { NextToken: String(end) } : {} };
        }
        default:
          throw new Error(`unexpected Organizations command ${command.constructor.name}`);
      }
    },
  };
  const sts = {
    send: async (command: Command) => {
      expect(command.constructor.name).toBe('AssumeRootCommand');
      expect(command.input.TaskPolicyArn).toEqual({ arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' });
      expect(command.input.DurationSeconds).toBeLessThanOrEqual(900);
      const target = command.input.TargetPrincipal as string;
      sequence.push(`assume ${target}`);
      if (target === MANAGEMENT) throw awsError('AccessDenied', 'The management account cannot be a target');
      const member = byId.get(target);
      if (member === undefined) throw new Error(`AssumeRoot for an account not in the organization: ${target}`);
      if (member.refused !== undefined) throw awsError(member.refused);
      return { Credentials: { AccessKeyId: `ASIA${target}`, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date() } };
    },
  };
  const recorded: Array<{ accessKeyId: string; account: string }> = [];
  const sessions: AuditSessions = {
    record: async (accessKeyId, account) => {
      if (state.recordFails) throw awsError('ProvisionedThroughputExceededException');
      sequence.push(`record ${account}`);
      recorded.push({ accessKeyId, account });
    },
  };
  const memberIam = (credentials: MemberCredentials) => {
    const account = credentials.accessKeyId.slice(4);
    const member = byId.get(account)!;
    return {
      send: async (command: Command) => {
        sequence.push(`${command.constructor.name.replace('Command', '')} ${account}`);
        expect(command.input.UserName).toBeUndefined();
        switch (command.constructor.name) {
          case 'ListAccessKeysCommand':
            return { AccessKeyMetadata: Array.from({ length: member.accessKeys ?? 0 }, (_, i) => ({ AccessKeyId: `AKIA${i}`, Status: 'Active' })), IsTruncated: false };
          case 'ListSigningCertificatesCommand':
            return { Certificates: Array.from({ length: member.certificates ?? 0 }, (_, i) => ({ CertificateId: `c${i}` })), IsTruncated: false };
          case 'ListMFADevicesCommand':
            return { MFADevices: (member.mfa ?? []).map((SerialNumber) => ({ SerialNumber, EnableDate: new Date() })), IsTruncated: false };
          case 'GetLoginProfileCommand':
            if (!member.password) throw awsError('NoSuchEntityException', 'Login Profile for User root cannot be found.');
            return { LoginProfile: { CreateDate: new Date(), PasswordResetRequired: false } };
          default:
            throw new Error(`unexpected IAM command ${command.constructor.name}`);
        }
      },
    } as unknown as IAMClient;
  };
  const deps: MemberAuditDeps = {
    organizations: organizations as unknown as OrganizationsClient,
    sts: sts as unknown as STSClient,
    memberIam,
    sessions,
    log,
  };
  return { deps, sequence, recorded, state };
}
