/**
 * Sends the EventBridge events in a directory through the notifier's real
 * delivery code on a virtual clock and prints, as its last line, one JSON
 * object with what subscribers would have seen.
 *
 *   npx projen simulate --events test/fixtures --repeat 100 --rate 50
 */
import * as fs from 'fs';
import * as path from 'path';
import { simulate } from './simulation';

function argument(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) {
    throw new Error(`usage: simulate --events <dir> [--repeat <N>] [--rate <events per second>] (missing --${name})`);
  }
  return value;
}

async function main(): Promise<void> {
  const dir = argument('events');
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const events = files.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  const repeat = Number(argument('repeat', '1'));
  const rate = Number(argument('rate', '1'));
  console.error(`Simulating ${files.length} event files x ${repeat} at ${rate} events/s`);
  const result = await simulate({ events, repeat, rate });
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
