/**
 * Sends the EventBridge events in a directory through the notifier's real
 * delivery code on a virtual clock and prints, as its last line, one JSON
 * object with what subscribers would have seen.
 *
 *   npx projen simulate --events test/fixtures --repeat 100 --rate 50
 *   npx projen simulate --events test/fixtures/tamper --repeat 100 --rate 50 --health-topic
 *   npx projen simulate --events test/fixtures --repeat 50 --rate 100 --chat-topic --paging-topic --publish-outage 0:600:chat
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArguments, USAGE } from './arguments';
import { simulate } from './simulation';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.error(USAGE);
    return;
  }
  const { eventsDir, options } = parseArguments(argv);
  // The files in the directory itself: test/fixtures and test/fixtures/tamper are separate sets.
  const files = fs.readdirSync(eventsDir).filter((name) => name.endsWith('.json')).sort();
  const events = files.map((name) => JSON.parse(fs.readFileSync(path.join(eventsDir, name), 'utf8')));
  console.error(`Simulating ${files.length} event files x ${options.repeat} at ${options.rate} events/s`);
  const result = await simulate({ events, ...options });
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
