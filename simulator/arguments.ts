import { DEFAULTS, PlannedWindowOption, PublishOutageOption, SimulationOptions, TOPIC_NAMES, TopicName } from './settings';

/** The command line, read: where the events are and how to send them. */
export interface SimulatorArguments {
  readonly eventsDir: string;
  readonly options: Omit<SimulationOptions, 'events' | 'handlerFactory' | 'onPublished'>;
}

type NumericOption = 'repeat' | 'rate' | 'receivePerCall' | 'receiveMs' | 'pollers' | 'lateBatchSeconds'
| 'invokeOverheadMs' | 'publishLatencyMs' | 'duplicates';

/** Flags that take a number, and the option each sets. */
const NUMBER_FLAGS: Record<string, NumericOption> = {
  '--repeat': 'repeat',
  '--rate': 'rate',
  '--receive-per-call': 'receivePerCall',
  '--receive-ms': 'receiveMs',
  '--pollers': 'pollers',
  '--late-batch': 'lateBatchSeconds',
  '--invoke-overhead-ms': 'invokeOverheadMs',
  '--publish-latency-ms': 'publishLatencyMs',
  '--duplicates': 'duplicates',
};

export const USAGE = `usage: simulate --events <dir> [--repeat <N>] [--rate <events per second>]
  [--receive-per-call <n>]      messages per ReceiveMessage call (default ${DEFAULTS.receivePerCall}, the most SQS returns)
  [--receive-ms <ms>]           time per ReceiveMessage call (default ${DEFAULTS.receiveMs})
  [--pollers <n>]               pollers reading the queue (default ${DEFAULTS.pollers}, as Lambda starts)
  [--late-batch <s>]            how late Lambda may close a batch that is not full (default ${DEFAULTS.lateBatchSeconds})
  [--invoke-overhead-ms <ms>]   time from invocation to handler (default ${DEFAULTS.invokeOverheadMs})
  [--publish-latency-ms <ms>]   time per SNS Publish (default ${DEFAULTS.publishLatencyMs})
  [--publish-outage <start>:<seconds>[:<topic>]]  every Publish (to ${TOPIC_NAMES.join(', ')} only, if named) hangs in that span; repeatable
  [--duplicates <fraction>]     fraction of events delivered twice (default ${DEFAULTS.duplicates})
  [--health-topic]              alerts about changes to the monitor go to a second topic
  [--chat-topic]                every alert is also sent as a chat message to a chat topic (minimum MEDIUM)
  [--paging-topic]              alerts at HIGH or above are also sent to a paging topic
  [--planned-window <accounts>,<start>,<end>]  planned root use on, with this window (accounts joined by +); repeatable`;

/** Reads the simulator's flags (the arguments after the script); throws with the flag and what it allows. */
export function parseArguments(argv: readonly string[]): SimulatorArguments {
  const numbers: Partial<Record<NumericOption, number>> = {};
  const outages: PublishOutageOption[] = [];
  const plannedWindows: PlannedWindowOption[] = [];
  let eventsDir: string | undefined;
  let healthTopic = false;
  let chatTopic = false;
  let pagingTopic = false;

  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) {
        throw new Error(`${flag} needs a value\n${USAGE}`);
      }
      return next;
    };
    if (flag === '--events') {
      eventsDir = value();
    } else if (flag === '--health-topic') {
      healthTopic = true;
    } else if (flag === '--chat-topic') {
      chatTopic = true;
    } else if (flag === '--paging-topic') {
      pagingTopic = true;
    } else if (flag === '--planned-window') {
      plannedWindows.push(plannedWindow(value()));
    } else if (flag === '--publish-outage') {
      outages.push(outage(value()));
    } else if (flag in NUMBER_FLAGS) {
      const option = NUMBER_FLAGS[flag];
      if (option in numbers) {
        throw new Error(`${flag} is given twice`);
      }
      numbers[option] = number(flag, value());
    } else {
      throw new Error(`Unknown argument '${flag}'\n${USAGE}`);
    }
  }
  if (eventsDir === undefined) {
    throw new Error(`--events <dir> is required\n${USAGE}`);
  }
  return {
    eventsDir,
    options: { repeat: 1, rate: 1, ...numbers, publishOutages: outages, healthTopic, chatTopic, pagingTopic, plannedWindows },
  };
}

function number(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) {
    throw new Error(`${flag} must be a number (got '${text}')`);
  }
  return value;
}

/** '<account>[+<account>...],<start>,<end>'; the notifier checks the window itself, as it would one in Parameter Store. */
function plannedWindow(text: string): PlannedWindowOption {
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) {
    throw new Error(`--planned-window must be <accounts>,<start>,<end>, e.g. 111122223333+444455556666,2024-11-06T00:00:00Z,2024-11-06T03:00:00Z (got '${text}')`);
  }
  return { accounts: parts[0].split('+'), start: parts[1], end: parts[2] };
}

/** '<start>:<seconds>', both in seconds from the start of the simulation, and ':<topic>' for one topic only. */
function outage(text: string): PublishOutageOption {
  const match = /^([^:]+):([^:]+)(?::([^:]+))?$/.exec(text);
  if (!match) {
    throw new Error(`--publish-outage must be <start>:<seconds>[:<topic>], e.g. 30:15 or 30:15:chat (got '${text}')`);
  }
  const topic = match[3];
  if (topic !== undefined && !(TOPIC_NAMES as readonly string[]).includes(topic)) {
    throw new Error(`--publish-outage's topic must be one of ${TOPIC_NAMES.join(', ')} (got '${topic}')`);
  }
  return {
    startSeconds: number('--publish-outage <start>', match[1]),
    seconds: number('--publish-outage <seconds>', match[2]),
    ...topic !== undefined ? { topic: topic as TopicName } : {},
  };
}
