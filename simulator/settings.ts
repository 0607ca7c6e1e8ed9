import type { BatchHandler } from './invocation';
import type { PublishedMessage } from './sns-recorder';
import type { BatchNotifierDependencies } from '../lambda-src/notifier/delivery/batch-notifier';

/** The topics the simulated notifier may publish to, by the names --publish-outage takes. */
export const TOPIC_NAMES = ['alerts', 'health', 'chat', 'paging'] as const;
export type TopicName = typeof TOPIC_NAMES[number];

/** A span during which every SNS Publish hangs (--publish-outage <start>:<seconds>[:<topic>]). */
export interface PublishOutageOption {
  /** Seconds from the start of the simulation. */
  readonly startSeconds: number;
  readonly seconds: number;
  /** Only publishes to this topic hang. @default - every topic */
  readonly topic?: TopicName;
}

/**
 * A planned root use window the simulated Parameter Store holds
 * (--planned-window <accounts>,<start>,<end>), declared long before any event.
 */
export interface PlannedWindowOption {
  readonly accounts: readonly string[];
  /** ISO 8601, as a window's value holds it. */
  readonly start: string;
  readonly end: string;
}

/** Builds the batch handler for one invocation; the simulation uses the real one. */
export type HandlerFactory = (deps: BatchNotifierDependencies) => BatchHandler;

/**
 * What to simulate. Every optional setting defaults to AWS's documented
 * behaviour or, where AWS gives a range, its pessimistic end.
 */
export interface SimulationOptions {
  /** EventBridge events, sent in this order. */
  readonly events: unknown[];
  /** How many times the whole sequence is sent (--repeat). */
  readonly repeat: number;
  /** Events per second reaching the queue (--rate). */
  readonly rate: number;
  /** Time from an invocation's start to the handler running; a cold start is about a second (--invoke-overhead-ms). @default 1000 */
  readonly invokeOverheadMs?: number;
  /** How long each SNS Publish takes (--publish-latency-ms). @default 100 */
  readonly publishLatencyMs?: number;
  /** The most messages one ReceiveMessage call returns; SQS allows 10 (--receive-per-call). @default 10 */
  readonly receivePerCall?: number;
  /** How long one ReceiveMessage call takes (--receive-ms). @default 20 */
  readonly receiveMs?: number;
  /** Pollers the event source starts with; AWS starts five (--pollers). @default 5 */
  readonly pollers?: number;
  /**
   * The longest Lambda may hold a batch that is not full: it closes
   * max(BATCH_WINDOW_SECONDS, this) seconds after its first message (--late-batch).
   * @default 20
   */
  readonly lateBatchSeconds?: number;
  /** Spans during which every Publish hangs (--publish-outage, repeatable). @default - none */
  readonly publishOutages?: readonly PublishOutageOption[];
  /** The fraction of events that reach the queue twice (--duplicates). @default 0 */
  readonly duplicates?: number;
  /** Give the handler a separate health topic for alerts about changes to the monitor (--health-topic). @default false */
  readonly healthTopic?: boolean;
  /** Give the handler a chat topic, which gets a chat message of every alert (CHAT_MINIMUM_SEVERITY MEDIUM) (--chat-topic). @default false */
  readonly chatTopic?: boolean;
  /** Give the handler a paging topic, which gets the alerts at HIGH or above (PAGING_MINIMUM_SEVERITY HIGH) (--paging-topic). @default false */
  readonly pagingTopic?: boolean;
  /**
   * Turn planned root use on (PLANNED_USE_SEVERITY one-lower, maximum 10080
   * minutes) with these windows in a simulated Parameter Store
   * (--planned-window, repeatable). @default - planned root use off
   */
  readonly plannedWindows?: readonly PlannedWindowOption[];
  /** For tests: told of every message SNS accepts, to look into its body. @default - nobody */
  readonly onPublished?: (message: PublishedMessage) => void;
  /** For tests: a stand-in for the real handler, to fail items or hang. @default - createBatchNotifier */
  readonly handlerFactory?: HandlerFactory;
}

export type SimulationSettings = Required<Omit<SimulationOptions, 'onPublished'>> & Pick<SimulationOptions, 'onPublished'>;

/** The defaults, as `--help` shows them. */
export const DEFAULTS = {
  invokeOverheadMs: 1000,
  publishLatencyMs: 100,
  receivePerCall: 10,
  receiveMs: 20,
  pollers: 5,
  lateBatchSeconds: 20,
  duplicates: 0,
} as const;

/**
 * Fills in the defaults and checks every setting, naming the flag and what
 * it allows, so a typo fails loudly instead of simulating something else.
 */
export function resolveSettings(options: SimulationOptions, handlerFactory: HandlerFactory): SimulationSettings {
  const settings: SimulationSettings = {
    ...DEFAULTS,
    publishOutages: [],
    healthTopic: false,
    chatTopic: false,
    pagingTopic: false,
    plannedWindows: [],
    handlerFactory,
    ...withoutUndefined(options),
  };
  const problems = [
    settings.events.length > 0 ? undefined : '--events: the directory holds no *.json event files',
    wholeNumber('--repeat', settings.repeat, 1),
    settings.rate > 0 && Number.isFinite(settings.rate) ? undefined : `--rate must be a number of events per second above 0 (got ${settings.rate})`,
    atLeast('--invoke-overhead-ms', settings.invokeOverheadMs, 0, 'milliseconds'),
    atLeast('--publish-latency-ms', settings.publishLatencyMs, 0, 'milliseconds'),
    wholeNumber('--receive-per-call', settings.receivePerCall, 1, 'SQS returns at most 10 messages per call'),
    atLeast('--receive-ms', settings.receiveMs, 0, 'milliseconds'),
    wholeNumber('--pollers', settings.pollers, 1, 'Lambda starts with 5'),
    atLeast('--late-batch', settings.lateBatchSeconds, 0, 'seconds'),
    settings.duplicates >= 0 && settings.duplicates <= 1
      ? undefined : `--duplicates must be a fraction of events from 0 to 1 (got ${settings.duplicates})`,
    ...settings.publishOutages.map(({ startSeconds, seconds }) =>
      (startSeconds >= 0 && seconds > 0 && Number.isFinite(startSeconds + seconds)
        ? undefined
        : `--publish-outage must be <start>:<seconds>, a start of 0 or more and a length above 0 (got ${startSeconds}:${seconds})`)),
    ...settings.publishOutages.map(({ topic }) => (topic === undefined || TOPIC_NAMES.includes(topic)
      ? undefined
      : `--publish-outage's topic must be one of ${TOPIC_NAMES.join(', ')} (got ${String(topic)})`)),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
  return settings;
}

function wholeNumber(flag: string, value: number, min: number, note?: string): string | undefined {
  return Number.isInteger(value) && value >= min
    ? undefined
    : `${flag} must be a whole number of at least ${min}${note ? `; ${note}` : ''} (got ${value})`;
}

function atLeast(flag: string, value: number, min: number, unit: string): string | undefined {
  return value >= min && Number.isFinite(value) ? undefined : `${flag} must be ${min} or more ${unit} (got ${value})`;
}

/** The options actually given, so an explicit `undefined` keeps the default. */
function withoutUndefined(options: SimulationOptions): SimulationOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as unknown as SimulationOptions;
}
