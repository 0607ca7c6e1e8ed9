import { Duration, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { AlertSeverity, PlannedRootUseSeverity, PostureCheckMethod, RootActivityMonitorProps } from '../src';

/**
 * Every configuration of RootActivityMonitor that the README documents, for
 * the tests that must hold in all of them (least privilege, cdk-nag).
 */
export const DOCUMENTED_CONFIGURATIONS: Record<string, (stack: Stack) => RootActivityMonitorProps> = {
  'defaults': () => ({}),
  'e-mail subscribers and a time zone': () => ({
    emailSubscriptions: ['security@example.com'],
    notifierOptions: { timeZone: 'Europe/Berlin', accountName: 'acme-production' },
  }),
  'an existing organization trail and topic': (stack) => ({
    createTrail: false,
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'OrgTrail', 'aws-controltower/CloudTrailLogs'),
    topic: sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:111122223333:security-alerts'),
  }),
  'a member account beside an organization trail, the cheapest set-up': () => ({
    createTrail: false,
    enableUsageAlarm: false,
    emailSubscriptions: ['security@example.com'],
  }),
  'the account that owns the organization trail\'s log group': (stack) => ({
    createTrail: false,
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'OrgTrailLogs', 'aws-controltower/CloudTrailLogs'),
    emailSubscriptions: ['security@example.com'],
  }),
  'a secondary region publishing to the home region topic': (stack) => ({
    topic: sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:111122223333:root-activity'),
    createTrail: false,
    enableUsageAlarm: false,
    enableSelfMonitoring: false,
  }),
  'a KMS key for the trail and a bucket retention': (stack) => ({
    trailOptions: {
      encryptionKey: new kms.Key(stack, 'TrailKey', { enableKeyRotation: true }),
      bucketRetention: Duration.days(400),
    },
  }),
  'a topic key of your own and reserved concurrency': (stack) => ({
    topicEncryptionKey: new kms.Key(stack, 'TopicKey', { enableKeyRotation: true }),
    notifierOptions: { reservedConcurrency: 3 },
  }),
  'the rule publishing raw events, no notifier': () => ({ enableNotifier: false }),
  'only the usage alarm': () => ({ enableEventRule: false }),
  'alerts in Slack and Teams, and CRITICAL ones paged': (stack) => ({
    emailSubscriptions: ['security@example.com'],
    chatDelivery: {
      slack: { workspaceId: 'T07EA123LEP', channelId: 'C07EZ1ABC23' },
      teams: {
        teamId: '5d5ca8b5-1234-4c2b-9d3e-0123456789ab',
        tenantId: '8f2d1c3b-4a5e-4f6a-8b7c-9d0e1f2a3b4c',
        channelId: '19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2',
      },
    },
    pagingTopic: sns.Topic.fromTopicArn(stack, 'Paging', 'arn:aws:sns:us-east-1:111122223333:pagerduty'),
    pagingMinimumSeverity: AlertSeverity.CRITICAL,
  }),
  'the optional safety nets off': () => ({
    enableDeadLetterQueue: false,
    enableSelfMonitoring: false,
    encryptTopic: false,
  }),
  'root credential posture and planned root use': () => ({
    enablePostureCheck: true,
    postureCheckOptions: { requireHardwareMfa: true },
    enablePlannedRootUse: true,
    plannedRootUseOptions: { maximumWindow: Duration.hours(2), severity: PlannedRootUseSeverity.MEDIUM },
    emailSubscriptions: ['security@example.com'],
  }),
  'root credential posture from AWS Config rules': () => ({
    enablePostureCheck: true,
    postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, requireHardwareMfa: true },
  }),
};
