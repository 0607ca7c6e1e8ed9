import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';

/**
 * A real moto server (PyPI `moto[server]`, version pinned in
 * build-tools/moto-server.sh) on 127.0.0.1, one per test file: DynamoDB,
 * SQS and Organizations answer on the same port, from memory. The first
 * run on a machine installs moto, which takes about half a minute.
 */
export interface MotoServer {
  readonly endpoint: string;
  /** Forgets every table, queue and organization, so each test starts empty. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

const SCRIPT = path.join(__dirname, '..', '..', 'build-tools', 'moto-server.sh');
const INSTALL_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;

export async function startMotoServer(): Promise<MotoServer> {
  const executable = execFileSync(SCRIPT, { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(executable, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output = (output + String(chunk)).slice(-4000);
  });
  // Should jest exit without running afterAll, the server goes with it.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);

  try {
    await waitUntilAnswering(endpoint, child);
  } catch (error) {
    child.kill();
    throw new Error(`moto_server did not start on ${endpoint}: ${(error as Error).message}\n${output}`);
  }

  return {
    endpoint,
    reset: async () => {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) {
        throw new Error(`moto reset failed: HTTP ${response.status}`);
      }
    },
    stop: () => new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill();
    }),
  };
}

/** A port the system just gave out and took back; another process could take it first, but rarely does. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`it exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer within ${START_TIMEOUT_MS / 1000} s`);
}
