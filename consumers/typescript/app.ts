// A TypeScript CDK app as a user of the published npm package writes it: it
// imports 'cdk-root-activity-monitor' (the built tarball, installed by
// run.sh), never ../../src. One stack per documented configuration (see
// ../stacks.ts); the Python and Java apps build the same stacks.
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityMonitor, RootActivityMonitorProps } from 'cdk-root-activity-monitor';

const CONFIGURATIONS: Record<string, (stack: Stack) => RootActivityMonitorProps> = {
  Defaults: () => ({}),
  EmailAndTimeZone: () => ({
    emailSubscriptions: ['security@example.com'],
    notifierOptions: { timeZone: 'Europe/Berlin', accountName: 'acme-production' },
  }),
  ExistingTrailAndTopic: (stack) => ({
    createTrail: false,
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'OrgTrail', 'aws-controltower/CloudTrailLogs'),
    topic: sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:111122223333:security-alerts'),
  }),
  SecondaryRegion: (stack) => ({
    topic: sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:111122223333:root-activity'),
    createTrail: false,
    enableUsageAlarm: false,
    enableSelfMonitoring: false,
  }),
  TrailKeyAndRetention: (stack) => ({
    trailOptions: {
      encryptionKey: new kms.Key(stack, 'TrailKey', { enableKeyRotation: true }),
      bucketRetention: Duration.days(400),
    },
  }),
  TopicKeyAndConcurrency: (stack) => ({
    topicEncryptionKey: new kms.Key(stack, 'TopicKey', { enableKeyRotation: true }),
    notifierOptions: { reservedConcurrency: 2 },
  }),
  RawEventsNoNotifier: () => ({ enableNotifier: false }),
  UsageAlarmOnly: () => ({ enableEventRule: false }),
  MemberBesideOrgTrail: () => ({
    createTrail: false,
    enableUsageAlarm: false,
    emailSubscriptions: ['security@example.com'],
  }),
  OrgTrailLogOwner: (stack) => ({
    createTrail: false,
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'OrgTrailLogs', 'aws-controltower/CloudTrailLogs'),
    emailSubscriptions: ['security@example.com'],
  }),
  SafetyNetsOff: () => ({
    enableDeadLetterQueue: false,
    enableSelfMonitoring: false,
    encryptTopic: false,
  }),
};

const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: node app.js <output directory>');
}

const app = new App({ outdir });
for (const [id, configure] of Object.entries(CONFIGURATIONS)) {
  // A fixed account and region: nothing is looked up, no credentials needed.
  const stack = new Stack(app, id, {
    env: { account: '111122223333', region: 'us-east-1' },
    stackName: `RootActivityMonitor-${id}`,
  });
  new RootActivityMonitor(stack, 'RootActivity', configure(stack));
}
app.synth();
