import type { Duration } from 'aws-cdk-lib';
import type { IVpc } from 'aws-cdk-lib/aws-ec2';
import { checkAccountNames } from './account-names';
import { checkOrganizationId } from './organization-validation';
import { checkAlarmPeriod, checkNotBlank, checkTimeZone, checkWholeDays, checkWholeNumberAtLeast, propLabel } from './validation';
import { MAX_CONCURRENCY } from '../delivery/delivery-limits';

/**
 * The checks of each part's options, shared by the part's own construct and
 * by `RootActivityMonitor`, which runs all of them before it creates any
 * part. `prefix` names the options within the caller's props, e.g.
 * `trailOptions.`, so the message names the prop the user wrote.
 *
 * Each check takes the fields it reads, not the part's options interface:
 * the part files import these checks, so importing their interfaces here
 * would tie the two in a circle.
 */

export function checkTrailOptions(where: string, options: { readonly trailName?: string; readonly bucketRetention?: Duration } | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}trailName`, options?.trailName);
  checkWholeDays(where, `${prefix}bucketRetention`, options?.bucketRetention);
}

export function checkRuleOptions(where: string, options: { readonly ruleName?: string } | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}ruleName`, options?.ruleName);
}

/** The notifier options the checks read (RootActivityNotifierOptions). */
interface NotifierOptionFields {
  readonly timeZone?: string;
  readonly accountName?: string;
  readonly accountNames?: { [accountId: string]: string };
  readonly lookUpAccountNamesInOrganization?: string;
  readonly vpc?: IVpc;
  readonly vpcSubnets?: unknown;
  readonly securityGroups?: unknown;
  readonly reservedConcurrency?: number;
}

export function checkNotifierOptions(where: string, options: NotifierOptionFields | undefined, prefix = ''): void {
  checkTimeZone(where, `${prefix}timeZone`, options?.timeZone);
  checkNotBlank(where, `${prefix}accountName`, options?.accountName);
  checkAccountNames(where, `${prefix}accountNames`, options?.accountNames);
  if (options?.lookUpAccountNamesInOrganization !== undefined) {
    checkOrganizationId(where, `${prefix}lookUpAccountNamesInOrganization`, options.lookUpAccountNamesInOrganization);
  }
  for (const [prop, value] of [['vpcSubnets', options?.vpcSubnets], ['securityGroups', options?.securityGroups]] as const) {
    if (value !== undefined && options?.vpc === undefined) {
      throw new Error(`${where}: ${propLabel(prefix + prop)} is only allowed with ${propLabel(`${prefix}vpc`)}`);
    }
  }
  // The alert queue invokes the function up to twice at once.
  // Reserved concurrency must exceed the event source's maximum concurrency,
  // with room for the subscription check (RootActivityNotifierOptions).
  checkWholeNumberAtLeast(where, `${prefix}reservedConcurrency`, options?.reservedConcurrency, MAX_CONCURRENCY + 1);
}

/** The usage alarm options the checks read (RootUsageAlarmOptions). */
interface UsageAlarmOptionFields {
  readonly metricNamespace?: string;
  readonly metricName?: string;
  readonly alarmName?: string;
  readonly period?: Duration;
  readonly threshold?: number;
}

export function checkUsageAlarmOptions(where: string, options: UsageAlarmOptionFields | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}metricNamespace`, options?.metricNamespace);
  checkNotBlank(where, `${prefix}metricName`, options?.metricName);
  checkNotBlank(where, `${prefix}alarmName`, options?.alarmName);
  checkAlarmPeriod(where, `${prefix}period`, options?.period);
  checkWholeNumberAtLeast(where, `${prefix}threshold`, options?.threshold, 1);
}
