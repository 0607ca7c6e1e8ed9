// A TypeScript CDK app as a user of the published npm package writes it: it
// imports 'cdk-root-activity-monitor' (the built tarball, installed by
// run.sh), never ../../src. One stack per documented configuration and one
// per organization stack (see ../stacks.ts); the Python and Java apps build
// the same stacks.
import { App, Duration, Environment, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import {
  AlertSeverity,
  AssumedRootTasks,
  PlannedRootUseSeverity,
  PostureCheckMethod,
  RootActivityForwarder,
  RootActivityForwarderStackSet,
  RootActivityGuardrailPolicy,
  RootActivityHub,
  RootActivityMonitor,
  RootActivityMonitorProps,
  StackSetCaller,
} from 'cdk-root-activity-monitor';

/** The Slack workspace and channel of the chat configurations (ChatAndPaging, OrgHub). */
const SLACK_WORKSPACE_ID = 'T07EA123LEP';
const SLACK_CHANNEL_ID = 'C07EZ1ABC23';

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
    notifierOptions: { reservedConcurrency: 3 },
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
  ChatAndPaging: (stack) => ({
    emailSubscriptions: ['security@example.com'],
    chatDelivery: {
      slack: { workspaceId: SLACK_WORKSPACE_ID, channelId: SLACK_CHANNEL_ID },
      teams: {
        teamId: '5d5ca8b5-1234-4c2b-9d3e-0123456789ab',
        tenantId: '8f2d1c3b-4a5e-4f6a-8b7c-9d0e1f2a3b4c',
        channelId: '19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2',
      },
    },
    pagingTopic: sns.Topic.fromTopicArn(stack, 'Paging', 'arn:aws:sns:us-east-1:111122223333:pagerduty'),
    pagingMinimumSeverity: AlertSeverity.CRITICAL,
  }),
  SafetyNetsOff: () => ({
    enableDeadLetterQueue: false,
    enableSelfMonitoring: false,
    encryptTopic: false,
  }),
  PostureAndPlannedUse: () => ({
    enablePostureCheck: true,
    postureCheckOptions: { requireHardwareMfa: true },
    enablePlannedRootUse: true,
    plannedRootUseOptions: { maximumWindow: Duration.hours(2), severity: PlannedRootUseSeverity.MEDIUM },
    emailSubscriptions: ['security@example.com'],
  }),
  PostureFromConfigRules: () => ({
    enablePostureCheck: true,
    postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, requireHardwareMfa: true },
  }),
};

/** The hub's bus, by ARN, as stacks in other accounts name it. */
const HUB_BUS_ARN = 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub';

/**
 * The organization constructs, each in the account and region the README
 * puts it in: the hub in the security account, a forwarder in a member
 * account's second region, the StackSet in a delegated administrator, the
 * guardrail policy in the management account.
 */
const ORGANIZATION_STACKS: Record<string, { env: Environment; build: (stack: Stack) => void }> = {
  OrgHub: {
    env: { account: '111122223333', region: 'us-east-1' },
    build: (stack) => new RootActivityHub(stack, 'Hub', {
      organizationId: 'o-a1b2c3d4e5',
      emailSubscriptions: ['security@example.com'],
      lookUpAccountNames: true,
      notifierOptions: {
        accountNames: { '444455556666': 'Production' },
        assumedRootTasks: AssumedRootTasks.LOWER_SEVERITY,
      },
      chatDelivery: { slack: { workspaceId: SLACK_WORKSPACE_ID, channelId: SLACK_CHANNEL_ID } },
      enablePostureCheck: true,
      enablePlannedRootUse: true,
    }),
  },
  OrgForwarder: {
    env: { account: '444455556666', region: 'eu-west-1' },
    build: (stack) => new RootActivityForwarder(stack, 'Forwarder', {
      eventBusArn: HUB_BUS_ARN,
      ruleName: RootActivityForwarder.DEFAULT_RULE_NAME,
    }),
  },
  OrgForwarderStackSet: {
    env: { account: '999988887777', region: 'us-east-1' },
    // Synthesizes the member template in an App of its own, inside the construct.
    build: (stack) => new RootActivityForwarderStackSet(stack, 'Forwarders', {
      eventBusArn: HUB_BUS_ARN,
      organizationalUnitIds: ['ou-ab12-11111111'],
      regions: ['us-east-1', 'eu-west-1'],
      callAs: StackSetCaller.DELEGATED_ADMINISTRATOR,
    }),
  },
  OrgGuardrail: {
    env: { account: '999988887777', region: 'us-east-1' },
    build: (stack) => new RootActivityGuardrailPolicy(stack, 'Guardrail', { targetIds: ['r-ab12'] }),
  },
};

const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: node app.js <output directory>');
}

const app = new App({ outdir });
// A fixed account and region for every stack: nothing is looked up, no credentials needed.
const newStack = (id: string, env: Environment) => new Stack(app, id, { env, stackName: `RootActivityMonitor-${id}` });
for (const [id, configure] of Object.entries(CONFIGURATIONS)) {
  const stack = newStack(id, { account: '111122223333', region: 'us-east-1' });
  new RootActivityMonitor(stack, 'RootActivity', configure(stack));
}
for (const [id, { env, build }] of Object.entries(ORGANIZATION_STACKS)) {
  build(newStack(id, env));
}
app.synth();
