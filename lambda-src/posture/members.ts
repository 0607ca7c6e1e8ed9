/**
 * The root posture of every member account, read from the management
 * account or the IAM delegated administrator through centralized root
 * access: `sts:AssumeRoot` with the `IAMAuditRootUserCredentials` task
 * policy, which allows only reads of the member's root credentials
 * (GetLoginProfile, ListAccessKeys, ListMFADevices, ListSigningCertificates,
 * GetUser, GetAccessKeyLastUsed).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html
 *
 * Each session's reads are recorded in the member account as root events
 * (a Root identity with sessionContext.assumedRoot "true"), which the
 * forwarders send to the hub like any other. So that the check's own reads
 * do not alert every day, each session's access key id is written to the
 * audit session table before the first read; the notifier leaves out audit
 * reads made with a key it finds there (lambda-src/notifier/audit/own-audit.ts).
 */
import {
  GetLoginProfileCommand, IAMClient, ListAccessKeysCommand, ListMFADevicesCommand, ListSigningCertificatesCommand,
} from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRootCommand, STSClient } from '@aws-sdk/client-sts';
import { assess, Finding } from './assess';
import type { AuditSessions } from './audit-sessions';
import type { FindingId } from './findings';
import { describeError, Logger } from './log';
import type { Observations, Place, RootMfa } from './observe';

/** Short-term root credentials of one member account. */
export interface MemberCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

export interface MemberAuditDeps {
  readonly organizations: OrganizationsClient;
  readonly sts: STSClient;
  /** An IAM client that signs with a member's short-term root credentials. */
  readonly memberIam: (credentials: MemberCredentials) => IAMClient;
  readonly sessions: AuditSessions;
  readonly log: Logger;
  /** Milliseconds left before the function times out; no new account is started within two minutes of it. */
  readonly remainingMs?: () => number;
}

/** One member account's findings; all unknown, with why, when they could not be read. */
export interface MemberPosture {
  readonly account: string;
  readonly findings: Finding[];
}

/** The members' posture, or why the members could not even be listed. */
export type MemberAudit =
  | { readonly listed: true; readonly members: readonly MemberPosture[] }
  | { readonly listed: false; readonly why: string };

/** The findings a member account's root credentials give (the organization's features are the hub's own). */
export const MEMBER_FINDINGS: readonly FindingId[] = ['root-access-keys', 'root-signing-certificates', 'root-mfa', 'root-hardware-mfa'];

/** Accounts audited at once: IAM and STS throttle bursts, and the SDK retries what they refuse. */
const CONCURRENCY = 4;
/** The shortest session AssumeRoot grants, long enough for four reads. */
const SESSION_SECONDS = 900;
/**
 * No account is started with less than this left before the function's
 * timeout: one account's six calls, each given at most three attempts of
 * five seconds (index.ts), fit in it, so the check always finishes, and
 * at deploy always answers CloudFormation.
 */
const TIME_RESERVE_MS = 120_000;
const MAX_PAGES = 1000;

/**
 * Every active account of the organization but this one and the management
 * account (AssumeRoot targets member accounts only), each read through a
 * session of its own.
 */
export async function auditMembers(deps: MemberAuditDeps, place: Place, requireHardwareMfa: boolean): Promise<MemberAudit> {
  let accounts: string[];
  try {
    accounts = await memberAccounts(deps.organizations, place.account);
  } catch (error) {
    const { errorName, errorMessage } = describeError(error);
    deps.log.error('Could not list the organization\'s accounts; member posture is not known', { errorName, errorMessage });
    return { listed: false, why: `${errorName}: ${errorMessage}`.slice(0, 300) };
  }
  const members: MemberPosture[] = new Array(accounts.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < accounts.length; index = next++) {
      members[index] = await auditOne(deps, place, accounts[index], requireHardwareMfa);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, accounts.length) }, worker));
  return { listed: true, members };
}

/** The active accounts to audit, sorted: neither `own` nor the management account. */
async function memberAccounts(organizations: OrganizationsClient, own: string): Promise<string[]> {
  const management = (await organizations.send(new DescribeOrganizationCommand({}))).Organization?.MasterAccountId;
  const accounts: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await organizations.send(new ListAccountsCommand({ NextToken: token }));
    for (const account of response.Accounts ?? []) {
      // State replaces Status; either says whether the account is open.
      // https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html
      const open = (account.State ?? account.Status) === 'ACTIVE';
      if (open && account.Id !== undefined && account.Id !== own && account.Id !== management) {
        accounts.push(account.Id);
      }
    }
    token = response.NextToken;
    if (!token) {
      return accounts.sort();
    }
  }
  throw new Error(`ListAccounts returned more than ${MAX_PAGES} pages`);
}

async function auditOne(deps: MemberAuditDeps, place: Place, account: string, requireHardwareMfa: boolean): Promise<MemberPosture> {
  if (deps.remainingMs !== undefined && deps.remainingMs() < TIME_RESERVE_MS) {
    return unknown(account, 'not reached before the function\'s timeout');
  }
  try {
    const response = await deps.sts.send(new AssumeRootCommand({
      TargetPrincipal: account,
      TaskPolicyArn: { arn: `arn:${place.partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials` },
      DurationSeconds: SESSION_SECONDS,
    }));
    const credentials = response.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.SessionToken) {
      throw new Error('AssumeRoot returned no credentials');
    }
    // Before the first read, so the notifier knows the session when its reads arrive.
    await deps.sessions.record(credentials.AccessKeyId, account);
    const observations = await observeMember(deps.memberIam({
      accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, sessionToken: credentials.SessionToken,
    }));
    return { account, findings: assess(observations, requireHardwareMfa) };
  } catch (error) {
    const { errorName, errorMessage } = describeError(error);
    deps.log.warn('Could not read a member account\'s root posture; reporting it as unknown', { account, errorName, errorMessage });
    return unknown(account, `${errorName}: ${errorMessage}`.slice(0, 300));
  }
}

function unknown(account: string, why: string): MemberPosture {
  return { account, findings: MEMBER_FINDINGS.map((id) => ({ id, state: 'unknown', observed: `not known: ${why}` })) };
}

/**
 * A member's root credentials, as its root session sees them: without a
 * UserName each call concerns the caller, the root user.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html
 */
export async function observeMember(iam: IAMClient): Promise<Observations> {
  const keys = await iam.send(new ListAccessKeysCommand({}));
  const certificates = await iam.send(new ListSigningCertificatesCommand({}));
  const devices = await iam.send(new ListMFADevicesCommand({}));
  return {
    // A user has at most two of each, so one page holds them all.
    accessKeys: (keys.AccessKeyMetadata ?? []).length,
    signingCertificates: (certificates.Certificates ?? []).length,
    mfa: mfaKind((devices.MFADevices ?? []).map((device) => device.SerialNumber ?? '')),
    passwordPresent: await hasPassword(iam),
  };
}

/**
 * "For virtual MFA devices, the serial number is the device ARN"
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_MFADevice.html),
 * arn:<partition>:iam::<account>:mfa/<name>; a FIDO security key's is a
 * u2f ARN and a hardware token's its serial. Any virtual device makes the
 * MFA virtual, as AWS Config's root-account-hardware-mfa-enabled decides.
 */
export function mfaKind(serialNumbers: readonly string[]): RootMfa {
  if (serialNumbers.length === 0) {
    return 'none';
  }
  return serialNumbers.some((serial) => /^arn:aws[a-z-]*:iam::\d{12}:mfa\//.test(serial)) ? 'virtual' : 'non-virtual';
}

/** GetLoginProfile answers NoSuchEntity when the root user has no password. */
async function hasPassword(iam: IAMClient): Promise<boolean> {
  try {
    await iam.send(new GetLoginProfileCommand({}));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchEntityException' || (error as { name?: string }).name === 'NoSuchEntity') {
      return false;
    }
    throw error;
  }
}
