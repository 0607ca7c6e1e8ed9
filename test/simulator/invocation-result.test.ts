import { PublishCommand } from '@aws-sdk/client-sns';
import { accessKeyCreated, readOnlyCall, signIn } from './scenarios';
import { createBatchNotifier, QueueBatch } from '../../lambda-src/notifier/delivery/batch-notifier';
import {
  MAX_RECEIVE_COUNT, NOTIFIER_TIMEOUT_SECONDS, VISIBILITY_TIMEOUT_SECONDS,
} from '../../lambda-src/notifier/delivery/delivery-limits';
import type { HandlerFactory } from '../../simulator/settings';
import { simulate } from '../../simulator/simulation';

type RealHandler = ReturnType<typeof createBatchNotifier>;
type Behaviour = (invocation: number, batch: QueueBatch, real: RealHandler) => ReturnType<ReturnType<HandlerFactory>>;

/** Records each invocation's SQS message ids, then lets `behave` decide what that invocation does. */
function instrumented(behave: Behaviour) {
  const batches: string[][] = [];
  const factory: HandlerFactory = (deps) => {
    const real = createBatchNotifier(deps);
    return async (batch, context) => {
      batches.push(batch.Records.map((record) => record.messageId));
      return behave(batches.length, batch, (b, c) => real(b, c ?? context));
    };
  };
  return { batches, factory };
}

/** Two events of two sessions, close enough to share a batch, with one poller so they do. */
const pair = { events: [signIn, accessKeyCreated], repeat: 1, rate: 10, pollers: 1 };

describe('what the event source does with the handler\'s result', () => {
  test('items the handler reports as failed come back after the visibility timeout; the rest are deleted', async () => {
    const { batches, factory } = instrumented(async (invocation, batch, real) => {
      if (invocation === 1) {
        // The sign-in is published; the access key's message is handed back.
        const result = await real({ Records: batch.Records.slice(0, 1) });
        return { batchItemFailures: [...result.batchItemFailures, { itemIdentifier: batch.Records[1].messageId }] };
      }
      return real(batch);
    });
    const result = await simulate({ ...pair, handlerFactory: factory });
    expect(batches).toEqual([['sqs-0', 'sqs-1'], ['sqs-1']]);
    expect(result.missingEventIds).toEqual([]);
    expect(result.eventDelaySeconds!.p50).toBeLessThan(60);
    expect(result.eventDelaySeconds!.max).toBeGreaterThanOrEqual(VISIBILITY_TIMEOUT_SECONDS);
    expect(result.eventDelaySeconds!.max).toBeLessThan(VISIBILITY_TIMEOUT_SECONDS + 60);
  });

  test('an error fails the whole batch', async () => {
    const { batches, factory } = instrumented(async (invocation, batch, real) => {
      if (invocation === 1) {
        throw new Error('boom');
      }
      return real(batch);
    });
    const result = await simulate({ ...pair, handlerFactory: factory });
    expect(batches).toEqual([['sqs-0', 'sqs-1'], ['sqs-0', 'sqs-1']]);
    expect(result.eventDelaySeconds!.p50).toBeGreaterThanOrEqual(VISIBILITY_TIMEOUT_SECONDS);
  });

  test('an item identifier that is not a message of the batch fails the whole batch', async () => {
    const { batches, factory } = instrumented(async (invocation, batch, real) => {
      const result = await real(batch);
      return invocation === 1 ? { batchItemFailures: [{ itemIdentifier: 'no-such-message' }] } : result;
    });
    const result = await simulate({ ...pair, handlerFactory: factory });
    expect(batches).toEqual([['sqs-0', 'sqs-1'], ['sqs-0', 'sqs-1']]);
    // Both published twice: the second time repeats the first.
    expect(result.duplicateMessages).toBeGreaterThan(0);
  });

  test('a message that keeps failing goes to the dead-letter queue after MAX_RECEIVE_COUNT receives', async () => {
    const { batches, factory } = instrumented(async (_, batch) =>
      ({ batchItemFailures: batch.Records.map((record) => ({ itemIdentifier: record.messageId })) }));
    const result = await simulate({ events: [readOnlyCall], repeat: 1, rate: 1, handlerFactory: factory });
    expect(batches).toHaveLength(MAX_RECEIVE_COUNT);
    expect(result.deadLetteredEventIds).toEqual(['00000000-0000-4000-8000-000000000000']);
    expect(result.missingEventIds).toEqual(['00000000-0000-4000-8000-000000000000']);
  });
});

describe('the function\'s timeout', () => {
  test('a handler still running at the timeout fails its whole batch, which comes back after the visibility timeout', async () => {
    const { batches, factory } = instrumented(async (invocation, batch, real) =>
      (invocation === 1 ? new Promise(() => undefined) : real(batch)));
    const result = await simulate({ ...pair, handlerFactory: factory });
    expect(result.timedOutInvocations).toBe(1);
    expect(batches).toEqual([['sqs-0', 'sqs-1'], ['sqs-0', 'sqs-1']]);
    expect(result.eventDelaySeconds!.p50).toBeGreaterThanOrEqual(VISIBILITY_TIMEOUT_SECONDS);
  });

  test('what an invocation tries to publish after its timeout is lost', async () => {
    let invocations = 0;
    const factory: HandlerFactory = (deps) => {
      const real = createBatchNotifier(deps);
      return async (batch, context) => {
        if (++invocations === 1) {
          // The first delivery dawdles past the timeout, then tries to publish.
          await deps.pause(NOTIFIER_TIMEOUT_SECONDS * 1000);
          await deps.sns.send(new PublishCommand({ TopicArn: deps.config.topicArn, Subject: 'late', Message: 'never seen' }));
        }
        return real(batch, context);
      };
    };
    const result = await simulate({ events: [signIn], repeat: 1, rate: 1, handlerFactory: factory });
    expect(result.timedOutInvocations).toBe(1);
    expect(result.messages).toBe(1);
    expect(result.eventDelaySeconds!.max).toBeGreaterThanOrEqual(VISIBILITY_TIMEOUT_SECONDS);
  });

  test('a publish hung at the timeout is abandoned, counted, and never answers', async () => {
    let invocations = 0;
    const factory: HandlerFactory = (deps) => {
      const real = createBatchNotifier(deps);
      return async (batch, context) => {
        if (++invocations === 1) {
          await deps.sns.send(new PublishCommand({ TopicArn: deps.config.topicArn, Subject: 'hung', Message: 'no abort signal' }));
        }
        return real(batch, context);
      };
    };
    const result = await simulate({
      events: [signIn], repeat: 1, rate: 1, handlerFactory: factory, publishOutages: [{ startSeconds: 0, seconds: 100 }],
    });
    expect(result.timedOutInvocations).toBe(1);
    expect(result.publishFailures).toBe(1);
    // Abandoned at the timeout, about 80 s in: the minute ending at 120 s holds it, evaluated by 180 s.
    expect(result.publishFailureAlarmSeconds).toBe(180);
    expect(result.messages).toBe(1);
  });

  test('the handler is told the time left before the timeout, its start-up already spent', async () => {
    const remaining: number[] = [];
    const factory: HandlerFactory = (deps) => {
      const real = createBatchNotifier(deps);
      return async (batch, context) => {
        remaining.push(context.getRemainingTimeInMillis!());
        return real(batch, context);
      };
    };
    await simulate({ events: [signIn], repeat: 1, rate: 1, invokeOverheadMs: 1500, handlerFactory: factory });
    expect(remaining).toEqual([NOTIFIER_TIMEOUT_SECONDS * 1000 - 1500]);
  });
});
