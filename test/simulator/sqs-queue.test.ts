import { QueuedMessage, SqsQueue } from '../../simulator/sqs-queue';

const VISIBILITY_MS = 1000;

function message(messageId: string, sentAtMs: number): QueuedMessage {
  return { messageId, eventId: `event-${messageId}`, body: '{}', bytes: 2, sentAtMs };
}

function queueOf(messages: QueuedMessage[], maxReceiveCount = 3): SqsQueue {
  return new SqsQueue(messages, { visibilityTimeoutMs: VISIBILITY_MS, maxReceiveCount });
}

describe('the model of the SQS queue', () => {
  test('a message is received only once it has arrived, at most `max` at a time, earliest first', () => {
    const queue = queueOf([message('b', 20), message('a', 10), message('c', 30)]);
    expect(queue.receive(10, 5)).toEqual([]);
    expect(queue.nextVisibleAtMs()).toBe(10);
    expect(queue.receive(1, 25).map((receipt) => receipt.message.messageId)).toEqual(['a']);
    expect(queue.receive(10, 25).map((receipt) => receipt.message.messageId)).toEqual(['b']);
  });

  test('a received message is in flight until its visibility timeout ends, then it may be received again', () => {
    const queue = queueOf([message('a', 0)]);
    const [first] = queue.receive(10, 0);
    expect(queue.receive(10, VISIBILITY_MS - 1)).toEqual([]);
    expect(queue.nextVisibleAtMs()).toBe(VISIBILITY_MS);
    const [second] = queue.receive(10, VISIBILITY_MS);
    expect(second.message).toBe(first.message);
    expect(second.receiveCount).toBe(2);
  });

  test('a delete with an older receive\'s handle leaves the message in the queue', () => {
    const queue = queueOf([message('a', 0)]);
    const [first] = queue.receive(10, 0);
    const [second] = queue.receive(10, VISIBILITY_MS);
    queue.delete(first);
    expect(queue.isDrained()).toBe(false);
    queue.delete(second);
    expect(queue.isDrained()).toBe(true);
    expect(queue.nextVisibleAtMs()).toBe(Infinity);
  });

  test('a deleted message never comes back', () => {
    const queue = queueOf([message('a', 0)]);
    queue.delete(queue.receive(10, 0)[0]);
    expect(queue.receive(10, 10 * VISIBILITY_MS)).toEqual([]);
  });

  test('after maxReceiveCount receives a message goes to the dead-letter queue instead of a further receive', () => {
    const queue = queueOf([message('a', 0)], 2);
    expect(queue.receive(10, 0)).toHaveLength(1);
    expect(queue.receive(10, VISIBILITY_MS)).toHaveLength(1);
    expect(queue.receive(10, 2 * VISIBILITY_MS)).toEqual([]);
    expect(queue.deadLettered.map((dead) => dead.messageId)).toEqual(['a']);
    expect(queue.isDrained()).toBe(true);
  });
});
