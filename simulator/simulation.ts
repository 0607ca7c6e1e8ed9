import { BatchTrace, runEventSource } from './event-source-model';
import { invokeOnce, InvocationLife } from './invocation';
import { measure, SimulationResult } from './measure';
import { schedule } from './schedule';
import { resolveSettings, SimulationOptions, SimulationSettings, TopicName } from './settings';
import { SnsRecorder } from './sns-recorder';
import { SqsQueue } from './sqs-queue';
import { VirtualClock } from './virtual-clock';
import type { NotifierConfig } from '../lambda-src/notifier/config';
import { createBatchNotifier } from '../lambda-src/notifier/delivery/batch-notifier';
import {
  BATCH_SIZE, BATCH_WINDOW_SECONDS, MAX_BATCH_PAYLOAD_BYTES, MAX_CONCURRENCY, MAX_RECEIVE_COUNT,
  NOTIFIER_TIMEOUT_SECONDS, VISIBILITY_TIMEOUT_SECONDS,
} from '../lambda-src/notifier/delivery/delivery-limits';
import { Severity } from '../lambda-src/notifier/events/severity';
import { createLogger } from '../lambda-src/notifier/log';
import { PlannedUseSeverity } from '../lambda-src/notifier/planned/planned-severity';
import { PLANNED_USE_PATH } from '../lambda-src/notifier/planned/window';
import type { WindowStore } from '../lambda-src/notifier/planned/window-store';

export type { SimulationOptions } from './settings';
export type { SimulationResult } from './measure';

const ACCOUNT_ID = '111122223333';
const TOPIC_PREFIX = `arn:aws:sns:us-east-1:${ACCOUNT_ID}`;
/** The simulated topics, by the names --publish-outage takes. */
export const TOPIC_ARNS: Record<TopicName, string> = {
  alerts: `${TOPIC_PREFIX}:root-activity`,
  health: `${TOPIC_PREFIX}:root-activity-health`,
  chat: `${TOPIC_PREFIX}:root-activity-chat`,
  paging: `${TOPIC_PREFIX}:root-activity-paging`,
};
const FUNCTION_NAME = 'notifier';

/**
 * Drives the notifier's real batch handler through a model of the SQS queue
 * and Lambda's event source, on a virtual clock, with SNS replaced by a
 * recorder, and measures what subscribers would see.
 */
export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const settings = resolveSettings(options, createBatchNotifier);
  const clock = new VirtualClock();
  const logLines: string[] = [];
  const log = createLogger((line) => logLines.push(line));
  const sns = new SnsRecorder(clock, settings.publishLatencyMs, settings.publishOutages.map(({ startSeconds, seconds, topic }) =>
    ({ startMs: startSeconds * 1000, endMs: (startSeconds + seconds) * 1000, ...topic !== undefined ? { topicArn: TOPIC_ARNS[topic] } : {} })),
  settings.onPublished);
  const config = configOf(settings);
  const windowStore = settings.plannedWindows.length > 0 ? windowStoreOf(settings) : undefined;

  const { messages, sent } = schedule(settings);
  const queue = new SqsQueue(messages, {
    visibilityTimeoutMs: VISIBILITY_TIMEOUT_SECONDS * 1000,
    maxReceiveCount: MAX_RECEIVE_COUNT,
  });
  // Each invocation gets its own handler, wired to a client and timers that
  // know whether that invocation still runs.
  const handlerFor = (life: InvocationLife) => {
    const wait = async (ms: number) => {
      await clock.sleep(ms);
      if (!life.isAlive()) {
        await new Promise(() => undefined); // a stopped or frozen invocation never wakes
      }
    };
    return settings.handlerFactory({
      sns: sns.clientFor(life),
      aliases: { resolve: async () => undefined } as never,
      config,
      log,
      pause: wait,
      callTimer: wait,
      now: () => clock.now(),
      windowStore,
    });
  };

  // Settled by the event source, read once the clock has run out.
  const ended: { outcome?: { batches: BatchTrace[] } | { error: unknown } } = {};
  void runEventSource(clock, queue, {
    // AWS: at very low traffic "Lambda might wait for up to 20 seconds before
    // invoking your function ... even if you set a batch window lower than
    // 20 seconds"; we take the whole wait, at every traffic level.
    // https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
    batchWindowMs: Math.max(BATCH_WINDOW_SECONDS, settings.lateBatchSeconds) * 1000,
    batchSize: BATCH_SIZE,
    maxPayloadBytes: MAX_BATCH_PAYLOAD_BYTES,
    pollers: settings.pollers,
    maxConcurrency: MAX_CONCURRENCY,
    receivePerCall: settings.receivePerCall,
    receiveMs: settings.receiveMs,
  }, (receipts) => invokeOnce(clock, receipts, {
    overheadMs: settings.invokeOverheadMs,
    timeoutMs: NOTIFIER_TIMEOUT_SECONDS * 1000,
    functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT_ID}:function:${FUNCTION_NAME}`,
  }, handlerFor)).then((batches) => { ended.outcome = { batches }; }, (error: unknown) => { ended.outcome = { error }; });
  await clock.run();

  const outcome = ended.outcome;
  if (outcome === undefined) {
    throw new Error('The simulation stalled: a poller waits on something that no virtual time will bring');
  }
  if ('error' in outcome) {
    throw outcome.error;
  }
  return measure({
    sent,
    published: sns.published,
    copyTopicArns: [config.chat?.topicArn, config.paging?.topicArn].filter((arn): arn is string => arn !== undefined),
    logLines,
    publishFailures: sns.failures,
    deadLettered: queue.deadLettered,
    batches: outcome.batches,
  });
}

function configOf(settings: SimulationSettings): NotifierConfig {
  return {
    topicArn: TOPIC_ARNS.alerts,
    topicRegion: 'us-east-1',
    timeZone: 'UTC',
    accountName: 'simulated',
    functionName: FUNCTION_NAME,
    ...(settings.healthTopic ? { healthTopicArn: TOPIC_ARNS.health } : {}),
    // The handler's defaults (config.ts): chat gets everything, paging HIGH and above.
    ...(settings.chatTopic ? { chat: { topicArn: TOPIC_ARNS.chat, region: 'us-east-1', minimumSeverity: Severity.MEDIUM } } : {}),
    ...(settings.pagingTopic ? { paging: { topicArn: TOPIC_ARNS.paging, region: 'us-east-1', minimumSeverity: Severity.HIGH } } : {}),
    ...(settings.plannedWindows.length > 0
      ? { plannedUse: { path: PLANNED_USE_PATH, maxMinutes: 10080, severity: PlannedUseSeverity.ONE_LOWER } } : {}),
  };
}

/**
 * Parameter Store holding the --planned-window windows, answering at once,
 * in full pages of 10. The windows were declared at the epoch, long before
 * any event, so their span alone decides.
 */
function windowStoreOf(settings: SimulationSettings): WindowStore {
  const parameters = settings.plannedWindows.map((window, i) => ({
    Name: `${PLANNED_USE_PATH}simulated-${i + 1}`,
    Type: 'String',
    Value: JSON.stringify({ accounts: window.accounts, start: window.start, end: window.end, plannedBy: 'simulator', ticket: `SIM-${i + 1}` }),
    LastModifiedDate: new Date(0),
    Version: 1,
  }));
  return {
    getParametersByPath: async ({ NextToken: token, MaxResults: max }) => {
      const offset = token === undefined ? 0 : Number(token);
      const end = offset + max;
      return { Parameters: parameters.slice(offset, end), ...end < parameters.length ? { NextToken: String(end) } : {} };
    },
    getParameter: async ({ Name: name }) => {
      const parameter = parameters.find((candidate) => candidate.Name === name);
      if (parameter === undefined) {
        throw Object.assign(new Error(`Parameter ${name} not found.`), { name: 'ParameterNotFound' });
      }
      return { Parameter: parameter };
    },
  };
}
