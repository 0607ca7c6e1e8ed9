import type { Logger } from './log';

/** What the construct passes to the posture function through its environment. */
export interface PostureConfig {
  /** The queue of the paced alert path (ALERT_QUEUE_URL). */
  readonly alertQueueUrl: string;
  /** The SSM String parameter holding the last posture (STATE_PARAMETER_NAME). */
  readonly stateParameterName: string;
  /** Read the organization's centralized root access features (CHECK_ORGANIZATION_FEATURES). */
  readonly checkOrganizationFeatures: boolean;
  /** A virtual MFA device on the root user is bad (REQUIRE_HARDWARE_MFA). */
  readonly requireHardwareMfa: boolean;
  /**
   * The DynamoDB table where the member audit records its sessions
   * (AUDIT_SESSION_TABLE); set only when CHECK_MEMBER_ACCOUNTS is 'true',
   * and then members are audited.
   */
  readonly auditSessionTable?: string;
  /** The function's region (AWS_REGION, set by Lambda): the message's `region`. */
  readonly region: string;
}

type Env = Record<string, string | undefined>;

/** A bad environment is a deployment fault no retry mends: logged as an error and thrown, naming the variable. */
function fail(log: Logger, name: string, expected: string, value: string | undefined): never {
  const message = `${name} must be ${expected} (got ${value === undefined ? 'nothing' : `'${value}'`})`;
  log.error('Posture function misconfigured', { variable: name, problem: message });
  throw new Error(message);
}

function required(env: Env, name: string, log: Logger): string {
  const value = env[name]?.trim();
  return value ? value : fail(log, name, 'set', env[name]);
}

/** Strict: a typo that silently turned a check off would hide what it exists to find. */
function flag(env: Env, name: string, log: Logger): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value !== 'true' && value !== 'false') {
    fail(log, name, "'true' or 'false'", env[name]);
  }
  return value === 'true';
}

export function readPostureConfig(env: Env, log: Logger): PostureConfig {
  const alertQueueUrl = required(env, 'ALERT_QUEUE_URL', log);
  if (!/^https?:\/\/\S+$/.test(alertQueueUrl)) {
    fail(log, 'ALERT_QUEUE_URL', 'an SQS queue URL', alertQueueUrl);
  }
  return {
    alertQueueUrl,
    stateParameterName: required(env, 'STATE_PARAMETER_NAME', log),
    checkOrganizationFeatures: flag(env, 'CHECK_ORGANIZATION_FEATURES', log),
    requireHardwareMfa: flag(env, 'REQUIRE_HARDWARE_MFA', log),
    // Absent in functions deployed before the member audit existed: off.
    ...env.CHECK_MEMBER_ACCOUNTS !== undefined && flag(env, 'CHECK_MEMBER_ACCOUNTS', log)
      ? { auditSessionTable: required(env, 'AUDIT_SESSION_TABLE', log) } : {},
    region: required(env, 'AWS_REGION', log),
  };
}
