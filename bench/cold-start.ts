/**
 * Cold initialisation: how long a fresh Node process takes to load a bundle
 * and run its module scope, which is what a Lambda cold start adds on top of
 * the runtime's own start-up.
 */
import { spawn } from 'child_process';
import { performance } from 'perf_hooks';
import { median } from './stats';

/**
 * Runs in the child. performance.now() counts from the process's time origin
 * (its start), so `required` is process start to after require(); `requireOnly`
 * leaves out Node's own start-up, which is the same for every bundle.
 */
const CHILD_SCRIPT = `
const beforeRequire = performance.now();
const loaded = require(process.argv[1]);
const required = performance.now();
process.stdout.write(JSON.stringify({ required, requireOnly: required - beforeRequire, exports: Object.keys(loaded) }));
`;

/**
 * A clean environment rather than the parent's, so nothing leaks in (a
 * profile, a proxy, NODE_OPTIONS). Fixed credentials and region keep the SDK
 * from looking anything up; no client sends a request at load time anyway.
 * NODE_NO_WARNINGS hides the SDK's "Node 20 is old" notice, which Lambda's
 * Node 22 runtime would not print, so stderr writes are not timed.
 */
const CHILD_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH ?? '',
  TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:alerts',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIABENCHMARKFAKEKEY',
  AWS_SECRET_ACCESS_KEY: 'bench-fake-secret-not-a-real-key',
  NODE_NO_WARNINGS: '1',
};

export interface ColdStartTarget {
  readonly name: string;
  readonly file: string;
}

interface Sample {
  /** Process start to after require(), as the child saw it. */
  readonly required: number;
  readonly requireOnly: number;
  /** spawn() to the child's exit, as the parent saw it. */
  readonly wall: number;
  readonly exports: string[];
}

export interface ColdStartResult {
  readonly name: string;
  readonly file: string;
  readonly samples: number;
  /** Medians, in milliseconds. */
  readonly requiredMs: number;
  readonly requireOnlyMs: number;
  readonly wallMs: number;
  readonly exports: string[];
}

/**
 * Loads each bundle `runs` times in fresh processes, after one discarded
 * round that warms the file cache. The order rotates every round, so neither
 * bundle always runs right after the other and drift hits them alike.
 */
export async function measureColdStart(targets: readonly ColdStartTarget[], runs: number): Promise<ColdStartResult[]> {
  const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round <= runs; round++) {
    const order = targets.map((_, index) => targets[(index + round) % targets.length]);
    for (const target of order) {
      const sample = await loadOnce(target.file);
      if (round > 0) {
        samples.get(target.name)!.push(sample);
      }
    }
  }
  return targets.map((target) => {
    const taken = samples.get(target.name)!;
    return {
      name: target.name,
      file: target.file,
      samples: taken.length,
      requiredMs: median(taken.map((sample) => sample.required)),
      requireOnlyMs: median(taken.map((sample) => sample.requireOnly)),
      wallMs: median(taken.map((sample) => sample.wall)),
      exports: taken[0].exports,
    };
  });
}

function loadOnce(file: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const spawned = performance.now();
    let exited = 0;
    let stdout = '';
    let stderr = '';
    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, file], { env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
    child.on('error', reject);
    // 'exit' is when the process ended; 'close' comes once its output is read.
    child.on('exit', () => { exited = performance.now(); });
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`loading ${file} failed (exit code ${code}):\n${stderr}`));
        return;
      }
      const { required, requireOnly, exports } = JSON.parse(stdout) as Omit<Sample, 'wall'>;
      resolve({ required, requireOnly, wall: exited - spawned, exports });
    });
  });
}
