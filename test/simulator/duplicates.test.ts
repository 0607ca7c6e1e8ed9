import { expectRatesKept, sessions, signIn } from './scenarios';
import { simulate } from '../../simulator/simulation';

describe('duplicate deliveries', () => {
  test('events delivered twice are all named, copies counted, bounds kept', async () => {
    const result = await simulate({ events: sessions(10), repeat: 600, rate: 300, duplicates: 0.2 });
    expect(result.missingEventIds).toEqual([]);
    expect(result.duplicateMessages).toBeGreaterThan(0);
    expect(result.duplicateMessages).toBeLessThanOrEqual(result.messages);
    expect(result.firstMessageDelaySeconds).toBeLessThanOrEqual(30);
    expectRatesKept(result);
  }, 30_000);

  test('a copy in the same batch as its first is reported once', async () => {
    // One poller gathers both copies into one batch.
    const result = await simulate({ events: [signIn], repeat: 1, rate: 1, duplicates: 1, pollers: 1 });
    expect(result.messages).toBe(1);
    expect(result.duplicateMessages).toBe(0);
  });

  test('without duplicates no message repeats an event', async () => {
    const result = await simulate({ events: sessions(10), repeat: 60, rate: 10 });
    expect(result.duplicateMessages).toBe(0);
  });
});
