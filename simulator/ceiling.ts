/**
 * The sustained rate up to which the delivery path keeps its bounds, measured
 * on the simulator's default (pessimistic) model: floods of 50 root sessions
 * at rising rates, each with one root sign-in without MFA (CRITICAL) in the
 * middle, printed as a table and, last, one JSON line.
 *
 *   npx projen simulate:ceiling [--seconds 65] [--rates 1000,1500,2000]
 */
import * as fs from 'fs';
import * as path from 'path';
import { simulate } from './simulation';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const seconds = Number(flag('seconds', '65'));
  const rates = flag('rates', '500,1000,1500,2000,2500,3000').split(',').map(Number);
  const call = read('root-api-describe-instances-readonly.json');
  const signIn = read('root-console-login-no-mfa.json');
  const rows = [];
  for (const rate of rates) {
    const total = Math.round(rate * seconds);
    const events = Array.from({ length: total }, (_, i) => {
      if (i === Math.floor(total / 2)) {
        return signIn;
      }
      const session = JSON.parse(JSON.stringify(call));
      session.detail.sourceIPAddress = `198.51.100.${i % 50}`;
      return session;
    });
    const result = await simulate({ events, repeat: 1, rate });
    const row = {
      rate,
      delayP50: result.eventDelaySeconds?.p50,
      delayP99: result.eventDelaySeconds?.p99,
      delayMax: result.eventDelaySeconds?.max,
      firstMessage: result.firstMessageDelaySeconds,
      critical: result.maxCriticalDelaySeconds,
      perSecond: result.maxMessagesInAnySecond,
      perMinute: result.maxMessagesInAnyMinute,
      missing: result.missingEventIds.length,
      withinBounds: result.missingEventIds.length === 0 && result.firstMessageDelaySeconds <= 30
        && (result.maxCriticalDelaySeconds ?? 0) <= 60 && (result.eventDelaySeconds?.max ?? Infinity) <= 120
        && result.maxMessagesInAnySecond <= 10 && result.maxMessagesInAnyMinute <= 60,
    };
    rows.push(row);
    console.error(Object.values(row).join('\t'));
  }
  console.log(JSON.stringify({ seconds, rows }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
