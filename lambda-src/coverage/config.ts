import { isRegionName } from './ids';
import type { Logger } from './log';

/** What the construct passes to the heartbeat recorder through its environment. */
export interface RecorderConfig {
  /** The coverage table (TABLE_NAME). */
  readonly tableName: string;
}

/** What the construct passes to the report function through its environment. */
export interface ReportConfig extends RecorderConfig {
  /** The queue of the paced alert path, where reports go (ALERT_QUEUE_URL). */
  readonly alertQueueUrl: string;
  /** How often every forwarder sends a heartbeat (HEARTBEAT_INTERVAL_MINUTES). */
  readonly intervalMinutes: number;
  /** Regions every account should report from, beyond those seen in the table (EXPECTED_REGIONS). */
  readonly expectedRegions: readonly string[];
  /** Compare with the organization's account list (LIST_ACCOUNTS); needs organizations:ListAccounts. */
  readonly listAccounts: boolean;
  /** The function's name (AWS_LAMBDA_FUNCTION_NAME, set by Lambda): the dimension of its metrics. */
  readonly functionName: string;
  /** The function's region (AWS_REGION, set by Lambda): the `region` of the report. */
  readonly region: string;
}

type Env = Record<string, string | undefined>;

/**
 * A bad environment is a deployment fault that no retry mends: it is logged
 * as an error, for the log-based alarms, and thrown, naming the variable.
 */
function fail(log: Logger, name: string, expected: string, value: string | undefined): never {
  const message = `${name} must be ${expected} (got ${value === undefined ? 'nothing' : `'${value}'`})`;
  log.error('Coverage function misconfigured', { variable: name, problem: message });
  throw new Error(message);
}

function required(env: Env, name: string, log: Logger): string {
  const value = env[name]?.trim();
  return value ? value : fail(log, name, 'set', env[name]);
}

export function readRecorderConfig(env: Env, log: Logger): RecorderConfig {
  return { tableName: required(env, 'TABLE_NAME', log) };
}

export function readReportConfig(env: Env, log: Logger): ReportConfig {
  const tableName = required(env, 'TABLE_NAME', log);
  const alertQueueUrl = required(env, 'ALERT_QUEUE_URL', log);
  if (!/^https?:\/\/\S+$/.test(alertQueueUrl)) {
    fail(log, 'ALERT_QUEUE_URL', 'an SQS queue URL', alertQueueUrl);
  }

  const interval = env.HEARTBEAT_INTERVAL_MINUTES?.trim() ?? '';
  const intervalMinutes = /^\d+$/.test(interval) ? Number(interval) : NaN;
  if (!(intervalMinutes >= 1)) {
    fail(log, 'HEARTBEAT_INTERVAL_MINUTES', 'a whole number of minutes, at least 1', env.HEARTBEAT_INTERVAL_MINUTES);
  }

  // Empty, or unset, means "only the regions seen in the table".
  const expectedRegions = (env.EXPECTED_REGIONS ?? '').split(',').map((region) => region.trim()).filter((region) => region !== '');
  const badRegion = expectedRegions.find((region) => !isRegionName(region));
  if (badRegion !== undefined) {
    fail(log, 'EXPECTED_REGIONS', `a comma-separated list of region names ('${badRegion}' is not one)`, env.EXPECTED_REGIONS);
  }

  // Strict: a typo that silently turned the account check off would hide
  // the very accounts it exists to find.
  const listAccounts = env.LIST_ACCOUNTS?.trim().toLowerCase();
  if (listAccounts !== 'true' && listAccounts !== 'false') {
    fail(log, 'LIST_ACCOUNTS', "'true' or 'false'", env.LIST_ACCOUNTS);
  }

  return {
    tableName,
    alertQueueUrl,
    intervalMinutes,
    expectedRegions: [...new Set(expectedRegions)],
    listAccounts: listAccounts === 'true',
    functionName: required(env, 'AWS_LAMBDA_FUNCTION_NAME', log),
    region: required(env, 'AWS_REGION', log),
  };
}
