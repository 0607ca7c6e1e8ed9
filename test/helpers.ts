import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';

/** A stack with a fixed account and region, so templates are deterministic. */
export function newStack(): Stack {
  const app = new App();
  return new Stack(app, 'TestStack', { env: { account: '111122223333', region: 'us-east-1' } });
}

export const FIXTURE_DIR = path.join(__dirname, 'fixtures');

/** Every fixture file name, e.g. 'root-console-login-no-mfa.json'. */
export function fixtureNames(): string[] {
  return fs.readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')).sort();
}

/**
 * CloudTrail records of changes to the monitor by identities other than root
 * (test/fixtures/tamper/): what the tamper rules deliver, never the root rule.
 */
export function tamperFixtureNames(): string[] {
  return fs.readdirSync(path.join(FIXTURE_DIR, 'tamper')).filter((name) => name.endsWith('.json')).sort().map((name) => `tamper/${name}`);
}

/** A fixture parsed from test/fixtures/, e.g. 'root-console-login-no-mfa.json' or 'tamper/tamper-delete-rule.json'. */
export function fixture(name: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8'));
}
