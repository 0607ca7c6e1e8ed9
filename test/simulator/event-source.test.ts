import { readOnlyCall, sessions, signIn } from './scenarios';
import { BATCH_WINDOW_SECONDS, MAX_CONCURRENCY } from '../../lambda-src/notifier/delivery/delivery-limits';
import { simulate, SimulationOptions } from '../../simulator/simulation';

/** 900 events a second for 20 s from ten sessions: more than slower receiving keeps up with. */
const flood: SimulationOptions = { events: sessions(10), repeat: 1800, rate: 900 };

/** The event source as the simulator modelled it before: one giant, instant receive and no late batches. */
const OLD_OPTIMISTIC = { receivePerCall: 10_000, receiveMs: 0, pollers: 2, lateBatchSeconds: 0 };

describe('the model of the event source', () => {
  test('fewer messages per ReceiveMessage call make a flood wait longer', async () => {
    const tenPerCall = await simulate(flood);
    const twoPerCall = await simulate({ ...flood, receivePerCall: 2 });
    expect(twoPerCall.missingEventIds).toEqual([]);
    // Five pollers taking 2 messages every 20 ms receive 500 a second, fewer than arrive.
    expect(twoPerCall.eventDelaySeconds!.max).toBeGreaterThan(tenPerCall.eventDelaySeconds!.max + 5);
  }, 30_000);

  test('slower ReceiveMessage calls make a flood wait longer', async () => {
    const fast = await simulate(flood);
    const slow = await simulate({ ...flood, receiveMs: 100 });
    expect(slow.missingEventIds).toEqual([]);
    expect(slow.eventDelaySeconds!.max).toBeGreaterThan(fast.eventDelaySeconds!.max + 5);
  }, 30_000);

  test('however many pollers read the queue, at most MAX_CONCURRENCY invocations run at once', async () => {
    for (const pollers of [1, 5, 20]) {
      const result = await simulate({ ...flood, pollers });
      expect(result.missingEventIds).toEqual([]);
      expect(result.maxConcurrentInvocations).toBeLessThanOrEqual(MAX_CONCURRENCY);
    }
    // The cap is reached, so the check above is not met by accident.
    expect((await simulate({ ...flood, pollers: 20 })).maxConcurrentInvocations).toBe(MAX_CONCURRENCY);
  }, 60_000);

  test('a lone event at low traffic waits for the late batch: 20 s by default', async () => {
    const result = await simulate({ events: [signIn], repeat: 1, rate: 1 });
    expect(result.eventDelaySeconds!.max).toBeGreaterThanOrEqual(20);
    expect(result.eventDelaySeconds!.max).toBeLessThan(25);
  });

  test('without late batches a lone event waits for the batching window only', async () => {
    const result = await simulate({ events: [signIn], repeat: 1, rate: 1, lateBatchSeconds: 0 });
    expect(result.eventDelaySeconds!.max).toBeGreaterThanOrEqual(BATCH_WINDOW_SECONDS);
    expect(result.eventDelaySeconds!.max).toBeLessThan(BATCH_WINDOW_SECONDS + 5);
  });

  test('a late batch longer than 20 s is taken as given', async () => {
    const result = await simulate({ events: [signIn], repeat: 1, rate: 1, lateBatchSeconds: 30 });
    expect(result.eventDelaySeconds!.max).toBeGreaterThanOrEqual(30);
  });

  test('the old optimistic model hid delays that AWS\'s documented behaviour allows', async () => {
    const lone = { events: [signIn], repeat: 1, rate: 1 };
    expect((await simulate({ ...lone, ...OLD_OPTIMISTIC })).eventDelaySeconds!.max).toBeLessThan(20);
    expect((await simulate(lone)).eventDelaySeconds!.max).toBeGreaterThanOrEqual(20);

    // A flood: five pollers taking 10 messages at a time fill batches more
    // slowly than one instant receive of everything visible.
    const burst = { events: sessions(10), repeat: 300, rate: 1000 };
    const old = await simulate({ ...burst, ...OLD_OPTIMISTIC });
    const now = await simulate(burst);
    expect(now.eventDelaySeconds!.max).toBeGreaterThan(old.eventDelaySeconds!.max);
  }, 30_000);

  test('a message is in flight while its batch waits, and every event still arrives once a slot is free', async () => {
    // Twenty pollers and two slots: most batches wait, none is lost.
    const result = await simulate({ events: [readOnlyCall], repeat: 2000, rate: 200, pollers: 20 });
    expect(result.missingEventIds).toEqual([]);
    expect(result.stages.slotWaitSeconds!.max).toBeGreaterThan(0);
  });
});
