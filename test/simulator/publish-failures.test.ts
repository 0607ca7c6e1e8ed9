import { accessKeyCreated, expectRatesKept, sessions, signIn } from './scenarios';
import { VISIBILITY_TIMEOUT_SECONDS } from '../../lambda-src/notifier/delivery/delivery-limits';
import { simulate } from '../../simulator/simulation';

/**
 * Two minutes of steady root activity from nine sessions, two events a
 * second, with a CRITICAL sign-in and access key among the first events.
 */
const steady = {
  events: [signIn, accessKeyCreated, ...Array.from({ length: 18 }, (_, i) => sessions(9)[i % 9])],
  repeat: 12,
  rate: 2,
};

describe('an SNS outage', () => {
  // The first batches close about 20 s in, so their first attempts hang.
  const shortOutage = { startSeconds: 20, seconds: 15 };

  test('a 15 s outage is retried within the invocation: CRITICAL events still arrive within 60 s, and the alarm fires', async () => {
    const result = await simulate({ ...steady, publishOutages: [shortOutage] });
    expect(result.publishFailures).toBeGreaterThan(0);
    expect(result.publishFailureAlarmSeconds).not.toBeNull();
    expect(result.publishFailureAlarmSeconds!).toBeLessThanOrEqual(shortOutage.startSeconds + 120);
    expect(result.maxCriticalDelaySeconds).not.toBeNull();
    // It waited out the outage (it was not reported before it), and still within 60 s.
    expect(result.maxCriticalDelaySeconds!).toBeGreaterThan(shortOutage.startSeconds);
    expect(result.maxCriticalDelaySeconds!).toBeLessThanOrEqual(60);
    expect(result.timedOutInvocations).toBe(0);
    expect(result.missingEventIds).toEqual([]);
    expect(result.deadLetteredEventIds).toEqual([]);
    expectRatesKept(result);
  });

  test('every failed attempt is counted in the PublishFailures metric the alarm watches', async () => {
    const result = await simulate({ ...steady, publishOutages: [shortOutage] });
    expect(result.publishFailuresLogged).toBe(result.publishFailures);
  });

  test('a 10-minute outage loses nothing: every event is named once it ends, none dead-lettered', async () => {
    const outage = { startSeconds: 30, seconds: 600 };
    // One event a second for 11 minutes, from ten sessions.
    const result = await simulate({ events: sessions(10), repeat: 66, rate: 1, publishOutages: [outage] });
    expect(result.publishFailures).toBeGreaterThan(0);
    expect(result.missingEventIds).toEqual([]);
    expect(result.deadLetteredEventIds).toEqual([]);
    // The self-monitoring path says so within two minutes of the outage's start.
    expect(result.publishFailureAlarmSeconds!).toBeLessThanOrEqual(outage.startSeconds + 120);
    // The handler hands its events back before the timeout rather than being stopped.
    expect(result.timedOutInvocations).toBe(0);
    // An event that waited through the outage is named by the first receive after it:
    // within one visibility timeout of its end, plus a batch's gathering and invocation.
    expect(result.eventDelaySeconds!.max).toBeLessThanOrEqual(outage.seconds + VISIBILITY_TIMEOUT_SECONDS + 60);
    expect(result.eventDelaySeconds!.max).toBeGreaterThan(outage.seconds);
    expectRatesKept(result);
  });

  test('outages are given per span and may be repeated', async () => {
    const once = await simulate({ ...steady, publishOutages: [shortOutage] });
    const twice = await simulate({ ...steady, publishOutages: [shortOutage, { startSeconds: 70, seconds: 15 }] });
    expect(twice.publishFailures).toBeGreaterThan(once.publishFailures);
  });
});
