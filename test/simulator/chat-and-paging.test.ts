import { accessKeyCreated, deniedStopLogging, expectWithinBounds, readOnlyCall, ruleDeleted, sessions, signIn } from './scenarios';
import { simulate, SimulationOptions, TOPIC_ARNS } from '../../simulator/simulation';
import type { PublishedMessage } from '../../simulator/sns-recorder';
import { chatProblems } from '../notifier/chat-support';

/**
 * The chat topic's bound. Slack: "Posting messages: 1 per second. Short
 * bursts >1 allowed" per channel (https://api.slack.com/docs/rate-limits),
 * the strictest per-second limit of the two platforms; Microsoft Teams
 * limits a bot per conversation thread and per app and tenant (50 requests
 * a second), https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit.
 * Each topic gets what every topic gets (delivery-limits.ts): at most 2
 * messages in any second (a short burst) and 50 in any minute, under one a
 * second sustained.
 */
const CHAT_PER_SECOND = 2;
const CHAT_PER_MINUTE = 60;

/**
 * A 1,000-event burst: ten root sessions, a root sign-in without MFA and a
 * root access key (CRITICAL), and attempts to silence the monitor (changes
 * to it, to the health topic), at 100 events a second.
 */
const burst: SimulationOptions = {
  events: [...sessions(10), signIn, accessKeyCreated, ...sessions(6, readOnlyCall), deniedStopLogging, ruleDeleted],
  repeat: 50,
  rate: 100,
  healthTopic: true,
  chatTopic: true,
  pagingTopic: true,
};

async function run(options: SimulationOptions) {
  const published: PublishedMessage[] = [];
  const result = await simulate({ ...options, onPublished: (message) => published.push(message) });
  const on = (topic: keyof typeof TOPIC_ARNS) => published.filter((message) => message.topicArn === TOPIC_ARNS[topic]);
  return { result, published, on };
}

describe('chat and paging topics in a 1,000-event burst', () => {
  test('every topic keeps its bound: at most 2 messages in any second and 60 in any minute', async () => {
    const { result } = await run(burst);
    expect(result.events).toBe(1000);
    expect(Object.keys(result.topics!).sort()).toEqual(['root-activity', 'root-activity-chat', 'root-activity-health', 'root-activity-paging']);
    for (const topic of Object.values(result.topics!)) {
      expect(topic.maxMessagesInAnySecond).toBeLessThanOrEqual(CHAT_PER_SECOND);
      expect(topic.maxMessagesInAnyMinute).toBeLessThanOrEqual(CHAT_PER_MINUTE);
    }
    // The alert and health topics keep every bound of docs/bursts.md, copies or not.
    expectWithinBounds(result);
    expect(result.duplicateMessages).toBe(0);
  });

  test('every chat message validates against the schema, one for each alert; paging gets the HIGH and CRITICAL ones, word for word', async () => {
    const { on } = await run(burst);
    const record = [...on('alerts'), ...on('health')];
    const chat = on('chat');
    expect(chat).toHaveLength(record.length);
    for (const message of chat) {
      expect(chatProblems(JSON.parse(message.message))).toEqual([]);
    }
    const urgent = record.filter((message) => /^(CRITICAL|HIGH): /.test(message.text)).map((message) => message.text).sort();
    expect(urgent.length).toBeGreaterThan(0);
    expect(on('paging').map((message) => message.text).sort()).toEqual(urgent);
  });

  test('a chat topic that hangs throughout costs the alerts nothing: every bound holds, no event goes back to the queue', async () => {
    const { result, on } = await run({ ...burst, publishOutages: [{ startSeconds: 0, seconds: 3600, topic: 'chat' }] });
    expect(on('chat')).toEqual([]);
    expect(result.publishFailures).toBeGreaterThan(0);
    expect(result.publishFailuresLogged).toBe(result.publishFailures);
    expect(result.timedOutInvocations).toBe(0);
    expectWithinBounds(result);
    expect(result.duplicateMessages).toBe(0);
    expect(on('paging').length).toBeGreaterThan(0);
  });

  test('a flood of 1,000 events a second for 30 s keeps every topic within its bound', async () => {
    const { result, on } = await run({ events: sessions(50), repeat: 600, rate: 1000, chatTopic: true, pagingTopic: true });
    expect(result.events).toBe(30_000);
    for (const topic of Object.values(result.topics!)) {
      expect(topic.maxMessagesInAnySecond).toBeLessThanOrEqual(CHAT_PER_SECOND);
      expect(topic.maxMessagesInAnyMinute).toBeLessThanOrEqual(CHAT_PER_MINUTE);
    }
    expectWithinBounds(result);
    for (const message of on('chat')) {
      expect(chatProblems(JSON.parse(message.message))).toEqual([]);
    }
  }, 60_000);
});
