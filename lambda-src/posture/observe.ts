/**
 * Reads what the posture depends on from IAM. Every call is a read; the
 * account and partition come from the function's own ARN.
 */
import {
  GetAccountSummaryCommand, IAMClient, ListOrganizationsFeaturesCommand, ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { describeError, Logger } from './log';

/** What kind of MFA the root user has. */
export type RootMfa = 'none' | 'virtual' | 'non-virtual';

/** The organization's centralized root access features, or why they are not known. */
export type OrganizationFeatures =
  | { readonly known: true; readonly enabled: readonly string[] }
  | { readonly known: false; readonly why: string };

export interface Observations {
  readonly accessKeys: number;
  readonly signingCertificates: number;
  readonly mfa: RootMfa;
  /**
   * Whether the root user has a password. False only when IAM says so
   * (AccountPasswordPresent 0): a member account created by AWS
   * Organizations, or one whose root credentials centralized root access
   * removed. A summary without the key counts as a password present.
   */
  readonly passwordPresent: boolean;
  /** Absent when CHECK_ORGANIZATION_FEATURES is off. */
  readonly organization?: OrganizationFeatures;
}

export interface Place {
  readonly account: string;
  readonly partition: string;
}

/** The account and partition of arn:<partition>:lambda:<region>:<account>:function:<name>. */
export function placeOf(functionArn: string | undefined): Place {
  const parts = (functionArn ?? '').split(':');
  if (parts.length < 7 || parts[0] !== 'arn' || !/^aws[a-z-]*$/.test(parts[1]) || !/^\d{12}$/.test(parts[4])) {
    throw new Error(`The Lambda context has no function ARN with a partition and account id (got '${functionArn}')`);
  }
  return { account: parts[4], partition: parts[1] };
}

/**
 * GetAccountSummary's SummaryMap gives the root user's access keys,
 * signing certificates and whether it has MFA at all
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html).
 * A missing key counts as 0, which AWS documents as "not present".
 */
export async function observe(iam: IAMClient, place: Place, checkOrganization: boolean, log: Logger): Promise<Observations> {
  const summary = (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {};
  const mfaEnabled = (summary.AccountMFAEnabled ?? 0) > 0;
  const mfa: RootMfa = !mfaEnabled ? 'none' : await hasRootVirtualDevice(iam, place) ? 'virtual' : 'non-virtual';
  return {
    accessKeys: summary.AccountAccessKeysPresent ?? 0,
    signingCertificates: summary.AccountSigningCertificatesPresent ?? 0,
    mfa,
    passwordPresent: summary.AccountPasswordPresent !== 0,
    ...checkOrganization ? { organization: await organizationFeatures(iam, log) } : {},
  };
}

/**
 * True when a virtual MFA device is assigned to the root user: the device
 * whose User.Arn is arn:<partition>:iam::<account>:root. MFA enabled with
 * no such device is a non-virtual one (a hardware TOTP token, or a FIDO2
 * security key or passkey, which ListVirtualMFADevices does not list),
 * which is how AWS Config's root-account-hardware-mfa-enabled rule decides:
 * NON_COMPLIANT "if any virtual MFA devices are permitted for signing in
 * with root credentials"
 * (https://docs.aws.amazon.com/config/latest/developerguide/root-account-hardware-mfa-enabled.html).
 *
 * Every page is read: IAM may return fewer than MaxItems with IsTruncated
 * true, so only IsTruncated ends the listing
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html).
 */
export async function hasRootVirtualDevice(iam: IAMClient, place: Place): Promise<boolean> {
  const rootArn = `arn:${place.partition}:iam::${place.account}:root`;
  let marker: string | undefined;
  // A bound on pages, so a service that never stops truncating cannot keep the function running.
  for (let page = 0; page < 1000; page++) {
    const response = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker }));
    if ((response.VirtualMFADevices ?? []).some((device) => device.User?.Arn === rootArn)) {
      return true;
    }
    if (!response.IsTruncated || !response.Marker) {
      return false;
    }
    marker = response.Marker;
  }
  throw new Error('ListVirtualMFADevices returned more than 1000 pages');
}

/**
 * The organization's centralized root access features
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html).
 * Outside the management account or the IAM delegated administrator, or
 * outside an organization with all features and IAM trusted access, the
 * call is refused; so is it without the permission. Each is 'unknown',
 * with a log line, never an error: the rest of the check still counts.
 */
export async function organizationFeatures(iam: IAMClient, log: Logger): Promise<OrganizationFeatures> {
  try {
    const response = await iam.send(new ListOrganizationsFeaturesCommand({}));
    return { known: true, enabled: response.EnabledFeatures ?? [] };
  } catch (error) {
    const { errorName, errorMessage } = describeError(error);
    log.warn('Could not list the organization\'s centralized root access features; reporting them as unknown', { errorName, errorMessage });
    return { known: false, why: `${errorName}: ${errorMessage}`.slice(0, 300) };
  }
}
