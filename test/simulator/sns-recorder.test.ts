import { PublishCommand } from '@aws-sdk/client-sns';
import type { InvocationLife } from '../../simulator/invocation';
import { SnsRecorder } from '../../simulator/sns-recorder';
import { VirtualClock } from '../../simulator/virtual-clock';

/** An invocation that runs until `end()` is called. */
function invocation(): InvocationLife & { end(): void } {
  let alive = true;
  const listeners: Array<() => void> = [];
  return {
    isAlive: () => alive,
    remainingMs: () => 60_000,
    onEnd: (listener) => listeners.push(listener),
    end: () => {
      alive = false;
      listeners.forEach((listener) => listener());
    },
  };
}

const publish = (topic: string) => new PublishCommand({ TopicArn: `arn:aws:sns:us-east-1:111122223333:${topic}`, Subject: 's', Message: 'm' });

describe('the SNS stand-in', () => {
  test('records each message with its topic when SNS answers', async () => {
    const clock = new VirtualClock();
    const sns = new SnsRecorder(clock, 100, []);
    const sent = sns.clientFor(invocation()).send(publish('root-activity-health'));
    await clock.run();
    await expect(sent).resolves.toEqual({ MessageId: 'message-1' });
    expect(sns.published).toEqual([{ atMs: 100, topicArn: 'arn:aws:sns:us-east-1:111122223333:root-activity-health', text: 's\nm', message: 'm' }]);
  });

  test('during an outage a publish hangs until its abort signal fires, and counts as a failure', async () => {
    const clock = new VirtualClock();
    const sns = new SnsRecorder(clock, 100, [{ startMs: 0, endMs: 10_000 }]);
    const controller = new AbortController();
    const sent = sns.clientFor(invocation()).send(publish('root-activity'), { abortSignal: controller.signal });
    const outcome = sent.then(() => 'answered', () => `rejected at ${clock.now()}`);
    void clock.sleep(5000).then(() => controller.abort());
    await clock.run();
    expect(await outcome).toBe('rejected at 5000');
    expect(sns.published).toEqual([]);
    expect(sns.failures).toEqual([5000]);
  });

  test('a publish an ended invocation tries is never sent', async () => {
    const clock = new VirtualClock();
    const sns = new SnsRecorder(clock, 100, []);
    const life = invocation();
    const client = sns.clientFor(life);
    life.end();
    let settled = false;
    void client.send(publish('root-activity')).finally(() => { settled = true; });
    await clock.run();
    expect(settled).toBe(false);
    expect(sns.published).toEqual([]);
  });

  test('a publish under way when its invocation ends still reaches SNS: the request was sent', async () => {
    const clock = new VirtualClock();
    const sns = new SnsRecorder(clock, 100, []);
    const life = invocation();
    void sns.clientFor(life).send(publish('root-activity'));
    void clock.sleep(50).then(() => life.end());
    await clock.run();
    expect(sns.published).toHaveLength(1);
  });

  test('an outage of one topic hangs only the publishes to it', async () => {
    const clock = new VirtualClock();
    const chat = 'arn:aws:sns:us-east-1:111122223333:root-activity-chat';
    const seen: string[] = [];
    const sns = new SnsRecorder(clock, 100, [{ startMs: 0, endMs: 10_000, topicArn: chat }], (message) => seen.push(message.topicArn));
    const client = sns.clientFor(invocation());
    const hung = client.send(new PublishCommand({ TopicArn: chat, Message: '{}' })).then(() => 'answered');
    void client.send(publish('root-activity'));
    await clock.run();
    expect(sns.published.map((message) => message.topicArn)).toEqual(['arn:aws:sns:us-east-1:111122223333:root-activity']);
    expect(seen).toEqual(['arn:aws:sns:us-east-1:111122223333:root-activity']);
    await expect(Promise.race([hung, Promise.resolve('hanging')])).resolves.toBe('hanging');
  });

  test('keeps a message without a subject as its body', async () => {
    const clock = new VirtualClock();
    const sns = new SnsRecorder(clock, 100, []);
    void sns.clientFor(invocation()).send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:111122223333:chat', Message: '{"version":"1.0"}' }));
    await clock.run();
    expect(sns.published[0]).toMatchObject({ text: '\n{"version":"1.0"}', message: '{"version":"1.0"}' });
  });
});
