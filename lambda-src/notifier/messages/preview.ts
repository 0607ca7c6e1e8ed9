/**
 * Renders the alert for an event file exactly as the notifier would publish
 * it, offline: no AWS account, no credentials, no SNS call.
 *
 *   npx projen preview test/fixtures/root-console-login-no-mfa.json --time-zone Europe/Berlin --account-name acme-production
 */
import * as fs from 'fs';
import { IANAZone } from 'luxon';
import { buildAlert } from './alert';
import { parseRootEvent } from '../events/root-event';

interface PreviewOptions {
  readonly file: string;
  readonly timeZone: string;
  readonly accountName?: string;
}

const USAGE = 'usage: preview <event.json> [--time-zone <IANA zone>] [--account-name <name>]';

function parseArgs(args: string[]): PreviewOptions {
  let file: string | undefined;
  let timeZone = 'UTC';
  let accountName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--time-zone') {
      timeZone = args[++i] ?? '';
    } else if (arg === '--account-name') {
      accountName = args[++i];
    } else if (file === undefined && !arg.startsWith('--')) {
      file = arg;
    } else {
      throw new Error(`unexpected argument '${arg}'\n${USAGE}`);
    }
  }
  if (file === undefined) {
    throw new Error(USAGE);
  }
  if (!IANAZone.isValidZone(timeZone)) {
    throw new Error(`--time-zone must be an IANA time zone name such as 'Europe/Berlin' (got '${timeZone}')`);
  }
  return { file, timeZone, accountName };
}

/** The text a subscriber would see, with the attributes filter policies match on. */
export function renderPreview(rawEvent: unknown, timeZone: string, accountName?: string): string {
  const event = parseRootEvent(rawEvent);
  // --account-name names the account that received the event, the one the
  // notifier would run in.
  const alert = buildAlert(event, rawEvent, { account: { name: accountName, id: event.recipientAccountId }, timeZone });
  const attributes = Object.entries(alert.attributes).map(([name, value]) => `  ${name} = ${value}`);
  return [
    `Subject: ${alert.subject}`,
    'Message attributes:',
    ...attributes,
    '',
    alert.message,
  ].join('\n');
}

function main(): void {
  try {
    const options = parseArgs(process.argv.slice(2));
    const rawEvent: unknown = JSON.parse(fs.readFileSync(options.file, 'utf8'));
    process.stdout.write(`${renderPreview(rawEvent, options.timeZone, options.accountName)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main();
}
