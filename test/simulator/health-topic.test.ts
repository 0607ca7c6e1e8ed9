import { deniedStopLogging, readOnlyCall, ruleDeleted, signIn } from './scenarios';
import { simulate } from '../../simulator/simulation';

describe('a separate health topic', () => {
  test('changes to the monitor go to the health topic, root events to the alert topic, each within the limits', async () => {
    const tamper = [deniedStopLogging, ruleDeleted];
    const result = await simulate({ events: [...tamper, readOnlyCall, signIn], repeat: 50, rate: 5, healthTopic: true });
    expect(result.topics).toBeDefined();
    expect(Object.keys(result.topics!).sort()).toEqual(['root-activity', 'root-activity-health']);
    for (const topic of Object.values(result.topics!)) {
      expect(topic.messages).toBeGreaterThan(0);
      expect(topic.maxMessagesInAnySecond).toBeLessThanOrEqual(10);
      expect(topic.maxMessagesInAnyMinute).toBeLessThanOrEqual(60);
    }
    expect(result.missingEventIds).toEqual([]);
  });

  test('without it every message goes to the alert topic', async () => {
    const tamper = [deniedStopLogging];
    const result = await simulate({ events: [...tamper, readOnlyCall], repeat: 20, rate: 5 });
    expect(result.topics).toBeUndefined();
    expect(result.missingEventIds).toEqual([]);
  });
});
