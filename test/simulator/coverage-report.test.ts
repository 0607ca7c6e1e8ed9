import { expectWithinBounds, sessions, signIn } from './scenarios';
import { simulate } from '../../simulator/simulation';

/** A coverage report as the hub's coverage function queues it: one silent region. */
const report = {
  'version': '0',
  'id': 'replaced-by-the-simulator',
  'source': 'root-activity-monitor.coverage',
  'detail-type': 'Root activity coverage report',
  'account': '111122223333',
  'region': 'us-east-1',
  'time': '2026-12-06T06:00:00Z',
  'resources': [],
  'detail': {
    schemaVersion: 1,
    reason: 'changed',
    intervalMinutes: 60,
    silent: [{ account: '444455556666', region: 'eu-west-1', lastSeen: '2026-12-06T03:00:00Z' }],
    neverSeenRegions: [],
    neverSeenAccounts: [],
    recovered: [],
  },
};

describe('coverage reports on the paced path', () => {
  test.each([false, true])('amid a flood of root sign-ins (health topic: %s), every report and event is named and the bounds hold per topic', async (healthTopic) => {
    // 20 reports among 2,000 root events at 50 a second: far more reports
    // than a hub sends (one an interval), to find any interference.
    const events = [...sessions(99, signIn), report];
    const result = await simulate({ events, repeat: 20, rate: 50, healthTopic });
    expectWithinBounds(result);
    if (healthTopic) {
      expect(Object.keys(result.topics!).sort()).toEqual(['root-activity', 'root-activity-health']);
    }
  });
});
