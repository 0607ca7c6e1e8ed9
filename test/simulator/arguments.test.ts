import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readOnlyCall } from './scenarios';
import { parseArguments } from '../../simulator/arguments';
import { simulate } from '../../simulator/simulation';

const lone = { events: [readOnlyCall], repeat: 1, rate: 1 };

describe('the simulator\'s command line', () => {
  test('reads every flag into the options simulate() takes', () => {
    const { eventsDir, options } = parseArguments([
      '--events', 'test/fixtures/tamper', '--repeat', '3', '--rate', '0.5',
      '--receive-per-call', '4', '--receive-ms', '50', '--pollers', '7', '--late-batch', '0',
      '--invoke-overhead-ms', '200', '--publish-latency-ms', '30', '--duplicates', '0.25',
      '--publish-outage', '10:15', '--publish-outage', '100:600:chat', '--health-topic', '--chat-topic', '--paging-topic',
      '--planned-window', '111122223333+444455556666,2024-11-06T00:00:00Z,2024-11-06T03:00:00Z',
    ]);
    expect(eventsDir).toBe('test/fixtures/tamper');
    expect(options).toEqual({
      repeat: 3,
      rate: 0.5,
      receivePerCall: 4,
      receiveMs: 50,
      pollers: 7,
      lateBatchSeconds: 0,
      invokeOverheadMs: 200,
      publishLatencyMs: 30,
      duplicates: 0.25,
      publishOutages: [{ startSeconds: 10, seconds: 15 }, { startSeconds: 100, seconds: 600, topic: 'chat' }],
      healthTopic: true,
      chatTopic: true,
      pagingTopic: true,
      plannedWindows: [{ accounts: ['111122223333', '444455556666'], start: '2024-11-06T00:00:00Z', end: '2024-11-06T03:00:00Z' }],
    });
  });

  test('leaves unset flags to the defaults', () => {
    expect(parseArguments(['--events', 'dir']).options).toEqual({
      repeat: 1, rate: 1, publishOutages: [], healthTopic: false, chatTopic: false, pagingTopic: false, plannedWindows: [],
    });
  });

  test.each([
    [[], /--events <dir> is required/],
    [['--events', 'dir', '--pollers'], /--pollers needs a value/],
    [['--events', 'dir', '--pollers', 'five'], /--pollers must be a number \(got 'five'\)/],
    [['--events', 'dir', '--publish-outage', '30'], /--publish-outage must be <start>:<seconds>\[:<topic>\], e.g. 30:15 or 30:15:chat \(got '30'\)/],
    [['--events', 'dir', '--publish-outage', '30:15:slack'], /--publish-outage's topic must be one of alerts, health, chat, paging \(got 'slack'\)/],
    [['--events', 'dir', '--poller', '5'], /Unknown argument '--poller'/],
    [['--events', 'dir', '--planned-window', '111122223333,2024-11-06T00:00:00Z'], /--planned-window must be <accounts>,<start>,<end>/],
    [['--events', 'dir', '--rate', '1', '--rate', '2'], /--rate is given twice/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe('the checks on the settings', () => {
  test.each([
    [{ receivePerCall: 0 }, /--receive-per-call must be a whole number of at least 1; SQS returns at most 10 messages per call \(got 0\)/],
    [{ receivePerCall: 2.5 }, /--receive-per-call must be a whole number/],
    [{ receiveMs: -1 }, /--receive-ms must be 0 or more milliseconds \(got -1\)/],
    [{ pollers: 0 }, /--pollers must be a whole number of at least 1; Lambda starts with 5 \(got 0\)/],
    [{ lateBatchSeconds: -5 }, /--late-batch must be 0 or more seconds \(got -5\)/],
    [{ duplicates: 1.5 }, /--duplicates must be a fraction of events from 0 to 1 \(got 1.5\)/],
    [{ publishOutages: [{ startSeconds: 10, seconds: 0 }] }, /--publish-outage must be <start>:<seconds>, a start of 0 or more and a length above 0 \(got 10:0\)/],
    [{ publishOutages: [{ startSeconds: 10, seconds: 5, topic: 'slack' as never }] }, /--publish-outage's topic must be one of alerts, health, chat, paging \(got slack\)/],
    [{ rate: 0 }, /--rate must be a number of events per second above 0 \(got 0\)/],
    [{ repeat: 0 }, /--repeat must be a whole number of at least 1 \(got 0\)/],
    [{ events: [] }, /--events: the directory holds no \*\.json event files/],
  ])('rejects %j', async (options, message) => {
    await expect(simulate({ ...lone, ...options })).rejects.toThrow(message);
  });

  test('names every problem at once', async () => {
    await expect(simulate({ ...lone, pollers: 0, receiveMs: -1 })).rejects.toThrow(/--receive-ms[^]*--pollers/);
  });
});

describe('npx projen simulate', () => {
  test('reads the *.json files of one directory and prints the result as its last line', () => {
    const root = path.join(__dirname, '..', '..');
    const output = execFileSync(process.execPath, [
      require.resolve('ts-node/dist/bin.js'), '--transpile-only', '--project', 'tsconfig.dev.json', 'simulator/main.ts',
      '--events', 'test/fixtures/tamper', '--repeat', '2', '--rate', '1', '--health-topic',
    ], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const result = JSON.parse(output.trim().split('\n').pop()!);
    const files = fs.readdirSync(path.join(root, 'test', 'fixtures', 'tamper')).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(1);
    expect(result.events).toBe(2 * files.length);
    expect(result.missingEventIds).toEqual([]);
  }, 60_000);
});
