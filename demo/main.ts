/**
 * Synthesizes a demo stack with the monitor's defaults, offline, and prints
 * what it would create. No AWS account or credentials are needed.
 *
 *   npx projen demo
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { RootActivityMonitor } from '../src';

const outdir = path.join(__dirname, '..', 'demo.out');
fs.rmSync(outdir, { recursive: true, force: true });

const app = new App({ outdir });
const stack = new Stack(app, 'RootActivityMonitorDemo', {
  env: { account: '111122223333', region: 'us-east-1' },
});
new RootActivityMonitor(stack, 'RootActivity', {
  emailSubscriptions: ['security@example.com'],
  notifierOptions: { timeZone: 'Europe/Berlin', accountName: 'demo-production' },
});

const assembly = app.synth();
const template = assembly.getStackByName(stack.stackName).template as {
  Resources: Record<string, { Type: string }>;
};

const counts = new Map<string, number>();
for (const resource of Object.values(template.Resources)) {
  counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
}
const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([type]) => type.length));

console.log(`Synthesized ${stack.stackName} (${Object.keys(template.Resources).length} resources) into ${path.relative(process.cwd(), outdir)}/`);
console.log('');
for (const [type, count] of rows) {
  console.log(`  ${type.padEnd(width)}  ${count}`);
}
console.log('');
console.log(`Template: ${path.relative(process.cwd(), path.join(outdir, stack.templateFile))}`);
