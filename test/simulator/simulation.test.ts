import { simulate, SimulationResult } from '../../simulator/simulation';
import { fixture } from '../helpers';
import { copy } from '../notifier/support';

/**
 * The delivery bounds the README promises, proven on the notifier's real
 * batch handler driven through a model of the SQS event source on a virtual
 * clock (simulator/). Every scenario must keep all of them.
 */
function expectWithinBounds(result: SimulationResult): void {
  expect(result.missingEventIds).toEqual([]);
  expect(result.unloggedEventIds).toEqual([]);
  expect(result.maxMessagesInAnySecond).toBeLessThanOrEqual(10);
  expect(result.maxMessagesInAnyMinute).toBeLessThanOrEqual(60);
  expect(result.firstMessageDelaySeconds).toBeLessThanOrEqual(30);
  if (result.maxCriticalDelaySeconds !== null) {
    expect(result.maxCriticalDelaySeconds).toBeLessThanOrEqual(60);
  }
  expect(result.maxSilenceWhileActiveSeconds).toBeLessThanOrEqual(300);
}

const readOnlyCall = fixture('root-api-describe-instances-readonly.json');
const accessKeyCreated = fixture('root-api-create-access-key.json');
const signIn = fixture('root-console-login-no-mfa.json');

/** The same call from `count` sessions: each from its own source IP. */
function sessions(count: number, event = readOnlyCall): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const variant = copy(event);
    variant.detail.sourceIPAddress = `198.51.100.${i}`;
    return variant;
  });
}

describe('burst-aware delivery', () => {
  test('a 1,000-event burst of one session yields at most 10 messages, naming every event', async () => {
    const result = await simulate({ events: [readOnlyCall], repeat: 1000, rate: 100 });
    expect(result.events).toBe(1000);
    expect(result.messages).toBeLessThanOrEqual(10);
    expectWithinBounds(result);
  });

  test('ten sessions at once are each reported within 30 s', async () => {
    const result = await simulate({ events: sessions(10), repeat: 100, rate: 200 });
    expect(result.events).toBe(1000);
    expectWithinBounds(result);
  });

  test('CRITICAL events inside a burst are reported within 60 s and do not flood', async () => {
    const burst = [...Array.from({ length: 49 }, () => readOnlyCall), accessKeyCreated];
    const result = await simulate({ events: burst, repeat: 20, rate: 100 });
    expect(result.maxCriticalDelaySeconds).not.toBeNull();
    expect(result.messages).toBeLessThanOrEqual(10);
    expectWithinBounds(result);
  });

  test('only CRITICAL events, from many sessions at once, still keep every bound', async () => {
    const result = await simulate({ events: sessions(200, accessKeyCreated), repeat: 5, rate: 500 });
    expectWithinBounds(result);
  });

  test('one event a minute for an hour is reported every time, never more than 5 minutes late', async () => {
    const result = await simulate({ events: [readOnlyCall], repeat: 60, rate: 1 / 60 });
    expect(result.messages).toBeGreaterThanOrEqual(12);
    expectWithinBounds(result);
  });

  test('fifty sessions flooding at 1,000 events a second for 70 s keep every bound', async () => {
    const result = await simulate({ events: sessions(50), repeat: 1400, rate: 1000 });
    expect(result.events).toBe(70_000);
    expectWithinBounds(result);
  }, 60_000);

  test('a session that starts in the middle of a flood is reported within 30 s', async () => {
    // 40 s of one session's calls at 1,500 a second (batches full at 6 MB,
    // back to back), then a root sign-in from elsewhere, then 20 s more.
    const flood = (seconds: number) => Array.from({ length: 1500 * seconds }, () => readOnlyCall);
    const result = await simulate({ events: [...flood(40), signIn, ...flood(20)], repeat: 1, rate: 1500 });
    expect(result.maxCriticalDelaySeconds).not.toBeNull();
    expectWithinBounds(result);
  }, 60_000);

  test('a flood faster than the notifier drains keeps the rate limits and loses no event', async () => {
    // 3,000 events a second for 30 s is beyond what any batch of 6 MB every
    // 3.5 s per poller drains (README, "Bursts"): messages fall behind, but
    // stay within SNS's limits and still name every event.
    const result = await simulate({ events: [readOnlyCall], repeat: 90_000, rate: 3000 });
    expect(result.missingEventIds).toEqual([]);
    expect(result.unloggedEventIds).toEqual([]);
    expect(result.maxMessagesInAnySecond).toBeLessThanOrEqual(10);
    expect(result.maxMessagesInAnyMinute).toBeLessThanOrEqual(60);
    expect(result.firstMessageDelaySeconds).toBeLessThanOrEqual(30);
  }, 60_000);
});
