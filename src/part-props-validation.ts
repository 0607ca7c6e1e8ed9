import { checkAccountNames } from './account-names';
import { MAX_CONCURRENCY } from './delivery-limits';
import { checkOrganizationId } from './organization-validation';
import type { RootActivityNotifierOptions } from './root-activity-notifier';
import type { RootActivityRuleOptions } from './root-activity-rule';
import type { RootActivityTrailOptions } from './root-activity-trail';
import type { RootUsageAlarmOptions } from './root-usage-alarm';
import { checkAlarmPeriod, checkNotBlank, checkTimeZone, checkWholeDays, checkWholeNumberAtLeast, propLabel } from './validation';

/**
 * The checks of each part's options, shared by the part's own construct and
 * by `RootActivityMonitor`, which runs all of them before it creates any
 * part. `prefix` names the options within the caller's props, e.g.
 * `trailOptions.`, so the message names the prop the user wrote.
 */

export function checkTrailOptions(where: string, options: RootActivityTrailOptions | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}trailName`, options?.trailName);
  checkWholeDays(where, `${prefix}bucketRetention`, options?.bucketRetention);
}

export function checkRuleOptions(where: string, options: RootActivityRuleOptions | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}ruleName`, options?.ruleName);
}

export function checkNotifierOptions(where: string, options: RootActivityNotifierOptions | undefined, prefix = ''): void {
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

export function checkUsageAlarmOptions(where: string, options: RootUsageAlarmOptions | undefined, prefix = ''): void {
  checkNotBlank(where, `${prefix}metricNamespace`, options?.metricNamespace);
  checkNotBlank(where, `${prefix}metricName`, options?.metricName);
  checkNotBlank(where, `${prefix}alarmName`, options?.alarmName);
  checkAlarmPeriod(where, `${prefix}period`, options?.period);
  checkWholeNumberAtLeast(where, `${prefix}threshold`, options?.threshold, 1);
}
