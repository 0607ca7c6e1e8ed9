import { SimulationResult } from '../../simulator/simulation';
import { fixture } from '../helpers';
import { copy } from '../notifier/support';

export const readOnlyCall = fixture('root-api-describe-instances-readonly.json');
export const accessKeyCreated = fixture('root-api-create-access-key.json');
export const signIn = fixture('root-console-login-no-mfa.json');
export const deniedStopLogging = fixture('tamper/tamper-stop-logging-denied.json');
export const ruleDeleted = fixture('tamper/tamper-delete-rule.json');

/** The most messages any one topic may receive in a second, and in a minute (SNS e-mail's limits, docs/bursts.md). */
export const PER_SECOND = 10;
export const PER_MINUTE = 60;

/** The same call from `count` sessions: each from its own source IP. */
export function sessions(count: number, event = readOnlyCall): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const variant = copy(event);
    variant.detail.sourceIPAddress = `198.51.100.${i}`;
    return variant;
  });
}

/** Every topic that received messages kept SNS's rate limits. */
export function expectRatesKept(result: SimulationResult): void {
  expect(result.maxMessagesInAnySecond).toBeLessThanOrEqual(PER_SECOND);
  expect(result.maxMessagesInAnyMinute).toBeLessThanOrEqual(PER_MINUTE);
  for (const topic of Object.values(result.topics ?? {})) {
    expect(topic.maxMessagesInAnySecond).toBeLessThanOrEqual(PER_SECOND);
    expect(topic.maxMessagesInAnyMinute).toBeLessThanOrEqual(PER_MINUTE);
  }
}

/**
 * The delivery bounds docs/bursts.md promises, proven on the notifier's real
 * batch handler driven through a model of the SQS queue and Lambda's event
 * source on a virtual clock (simulator/). Every scenario must keep all of them.
 */
export function expectWithinBounds(result: SimulationResult): void {
  expect(result.missingEventIds).toEqual([]);
  expect(result.unloggedEventIds).toEqual([]);
  expect(result.deadLetteredEventIds).toEqual([]);
  expectRatesKept(result);
  expect(result.firstMessageDelaySeconds).toBeLessThanOrEqual(30);
  if (result.maxCriticalDelaySeconds !== null) {
    expect(result.maxCriticalDelaySeconds).toBeLessThanOrEqual(60);
  }
  expect(result.eventDelaySeconds?.max).toBeLessThanOrEqual(120);
  expect(result.maxSilenceWhileActiveSeconds).toBeLessThanOrEqual(300);
}
