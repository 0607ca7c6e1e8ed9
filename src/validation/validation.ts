import { Duration, Token } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';

/**
 * Checks shared by the constructs. Each throws an `Error` whose message names
 * the construct, the prop, what is allowed and the value it got, so a wrong
 * prop fails at synth time rather than at deploy time or, worse, silently.
 * Constructs run them before creating anything, so a caught error leaves no
 * half-built construct behind.
 */

/**
 * A prop as TypeScript and Java (builder methods) spell it, followed by its
 * Python keyword argument where that differs, e.g.
 * `'emailSubscriptions' (Python: 'email_subscriptions')`. Nested options are
 * dotted: `'trailOptions.trailName'`.
 */
export function propLabel(prop: string): string {
  const python = prop.split('.').map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()).join('.');
  return python === prop ? `'${prop}'` : `'${prop}' (Python: '${python}')`;
}

/** Throws unless `value` is undefined or a non-blank string. */
export function checkNotBlank(where: string, prop: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) {
    return;
  }
  if (value.trim().length === 0) {
    throw new Error(`${where}: ${propLabel(prop)} must not be empty (got '${value}')`);
  }
}

/**
 * Throws unless `timeZone` is an IANA time zone name that this Node.js knows,
 * e.g. `Europe/Berlin` or `UTC`.
 */
export function checkTimeZone(where: string, prop: string, timeZone: string | undefined): void {
  if (timeZone === undefined || Token.isUnresolved(timeZone)) {
    return;
  }
  checkNotBlank(where, prop, timeZone);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`${where}: ${propLabel(prop)} must be an IANA time zone name such as 'UTC' or 'Europe/Berlin' (got '${timeZone}')`);
  }
}

/**
 * Throws unless `period` is one that CloudWatch accepts for an alarm on a
 * metric: 10 or 30 s (high resolution) or a multiple of 60 s. The API
 * reference now also lists 20 s, but aws-cdk-lib rejects it, so we do too.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 */
export function checkAlarmPeriod(where: string, prop: string, period: Duration | undefined): void {
  if (period === undefined || Token.isUnresolved(period.toSeconds())) {
    return;
  }
  const seconds = period.toSeconds();
  const allowed = seconds === 10 || seconds === 30 || (seconds > 0 && seconds % 60 === 0);
  if (!allowed) {
    throw new Error(`${where}: ${propLabel(prop)} must be 10 s, 30 s or a multiple of 60 s (got ${seconds} s)`);
  }
}

/** Throws unless `value` is undefined or a whole number of at least `min`. */
export function checkWholeNumberAtLeast(where: string, prop: string, value: number | undefined, min: number): void {
  if (value === undefined || Token.isUnresolved(value)) {
    return;
  }
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${where}: ${propLabel(prop)} must be a whole number of at least ${min} (got ${value})`);
  }
}

// A deliberately plain check: one '@', no white space, a dot in the domain.
// SNS itself confirms the address by mail; this catches typos and pasted lists.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Throws unless every entry looks like a single e-mail address. */
export function checkEmailAddresses(where: string, prop: string, addresses: string[] | undefined): void {
  for (const address of addresses ?? []) {
    if (Token.isUnresolved(address)) {
      continue;
    }
    if (!EMAIL_ADDRESS.test(address)) {
      throw new Error(`${where}: ${propLabel(prop)} must contain e-mail addresses such as 'security@example.com' (got '${address}')`);
    }
  }
}

/**
 * Throws for a FIFO topic: publishing to one needs a message group id, which
 * neither the notifier, EventBridge nor CloudWatch alarms send here.
 * https://docs.aws.amazon.com/sns/latest/dg/fifo-message-grouping.html
 */
export function checkNotFifo(where: string, prop: string, topic: sns.ITopic | undefined): void {
  if (topic?.fifo) {
    // A topic defined in the app has an ARN only at deploy time: name its path.
    const which = Token.isUnresolved(topic.topicArn) ? topic.node.path : topic.topicArn;
    throw new Error(`${where}: ${propLabel(prop)} must be a standard topic, not a FIFO topic (got ${which})`);
  }
}

/** Throws when both props are set: they cannot be used together. */
export function checkNotBoth(where: string, propA: string, a: unknown, propB: string, b: unknown, why: string): void {
  if (a !== undefined && b !== undefined) {
    throw new Error(`${where}: ${propLabel(propA)} and ${propLabel(propB)} cannot be used together: ${why}`);
  }
}

/** Throws when `prop` is set while the part it configures is switched off. */
export function checkOnlyWhen(where: string, prop: string, value: unknown, switchProp: string, enabled: boolean): void {
  if (value !== undefined && !enabled) {
    throw new Error(`${where}: ${propLabel(prop)} is only allowed when ${propLabel(switchProp)} is true`);
  }
}

/** Throws when `prop` is set without `otherProp`, the thing it configures. */
export function checkOnlyWith(where: string, prop: string, value: unknown, otherProp: string, other: unknown): void {
  if (value !== undefined && other === undefined) {
    throw new Error(`${where}: ${propLabel(prop)} is only allowed together with ${propLabel(otherProp)}`);
  }
}

/** Throws unless `days` is undefined or a whole number of days of at least 1. */
export function checkWholeDays(where: string, prop: string, duration: Duration | undefined): void {
  if (duration === undefined || Token.isUnresolved(duration.toSeconds())) {
    return;
  }
  const days = duration.toDays({ integral: false });
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`${where}: ${propLabel(prop)} must be a whole number of days, at least 1 (got ${duration.toHumanString()})`);
  }
}
