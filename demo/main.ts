/**
 * Synthesizes a demo stack with the monitor's defaults, offline, and prints
 * what each part created and what to do next. No AWS account or credentials
 * are needed.
 *
 *   npx projen demo
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { RootActivityMonitor } from '../src';

const EMAIL = 'security@example.com';

/** The monitor's parts, by the id of the child they start with, in the order a reader follows an alert. */
const PARTS: Array<{ name: string; does: string; owns: (childId: string) => boolean }> = [
  { name: 'Trail', does: 'records every management event, in every region, to a hardened bucket and to CloudWatch Logs', owns: (id) => id === 'Trail' },
  { name: 'Rule', does: 'matches root sign-ins, API calls and console actions on the default event bus, within seconds', owns: (id) => id === 'Rule' },
  { name: 'Notifier', does: 'reads root events from its alert queue in batches and publishes readable alerts, paced so bursts cannot flood', owns: (id) => id === 'Notifier' },
  { name: 'Usage alarm', does: 'the CIS metric filter on the trail\'s logs and an alarm on any root use: the second line of defence', owns: (id) => id === 'UsageAlarm' },
  { name: 'Alert topic', does: `the encrypted SNS topic every alert goes to, with ${EMAIL} subscribed`, owns: (id) => id.startsWith('Topic') },
  { name: 'Dead-letter queue', does: 'keeps alerts that could not be delivered for 14 days', owns: (id) => id === 'DeadLetterQueue' },
  { name: 'Self-monitoring', does: 'alarms on the monitor\'s own failures and on an alert topic nobody is subscribed to, and rules that report changes that would silence it, denied attempts included, paced through the notifier', owns: (id) => (id.endsWith('Alarm') && id !== 'UsageAlarm') || ['TamperRule', 'DeliveryTamperRule', 'SubscriptionCheckSchedule'].includes(id) },
];

const outdir = path.join(__dirname, '..', 'demo.out');
fs.rmSync(outdir, { recursive: true, force: true });

const app = new App({ outdir });
const stack = new Stack(app, 'RootActivityMonitorDemo', {
  env: { account: '111122223333', region: 'us-east-1' },
});
const monitor = new RootActivityMonitor(stack, 'RootActivity', {
  emailSubscriptions: [EMAIL],
  notifierOptions: { timeZone: 'Europe/Berlin', accountName: 'demo-production' },
});
app.synth();

/** "AWS::S3::Bucket ×2, AWS::Logs::LogGroup" for the CloudFormation resources under `scopes`. */
function resourceSummary(scopes: IConstruct[]): { count: number; text: string } {
  const counts = new Map<string, number>();
  for (const construct of scopes.flatMap((scope) => scope.node.findAll())) {
    if (CfnResource.isCfnResource(construct)) {
      counts.set(construct.cfnResourceType, (counts.get(construct.cfnResourceType) ?? 0) + 1);
    }
  }
  const text = [...counts.entries()].map(([type, n]) => (n > 1 ? `${type} ×${n}` : type)).join(', ');
  return { count: [...counts.values()].reduce((a, b) => a + b, 0), text };
}

const children = monitor.node.children;
let total = 0;
console.log(`Synthesized ${stack.stackName} offline into ${path.relative(process.cwd(), outdir)}/, part by part:\n`);
for (const part of PARTS) {
  const summary = resourceSummary(children.filter((child) => part.owns(child.node.id)));
  if (summary.count === 0) {
    continue;
  }
  total += summary.count;
  console.log(`  ${part.name} (${summary.count}): ${part.does}`);
  console.log(`      ${summary.text}`);
}
const unlisted = resourceSummary(children.filter((child) => !PARTS.some((part) => part.owns(child.node.id))));
if (unlisted.count > 0) {
  total += unlisted.count;
  console.log(`  Other (${unlisted.count}): ${unlisted.text}`);
}

console.log(`
${total} resources in ${path.relative(process.cwd(), path.join(outdir, stack.templateFile))}

What next, once this is in your own app:
  1. Deploy it (cdk deploy) in us-east-1, where root sign-ins and IAM calls are recorded.
  2. Confirm the subscription: SNS mails ${EMAIL} "AWS Notification - Subscription Confirmation";
     no alert reaches that address until it is confirmed. Best with the token from that mail and
     'aws sns confirm-subscription ... --authenticate-on-unsubscribe true' (docs/security.md), so
     the unsubscribe link in every alert cannot silently remove it.
  3. Alerts then arrive at ${EMAIL}, severity first in the subject, e.g.
     "CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | demo-production (111122223333)".
     See one now: npx projen preview test/fixtures/root-console-login-no-mfa.json
  4. Other regions and accounts: docs/regions.md.`);
