import { Stack } from 'aws-cdk-lib';
import * as chatbot from 'aws-cdk-lib/aws-chatbot';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { createTopicKey } from '../delivery/alert-topic';
import { checkChatDeliveryOptions } from '../validation/chat-validation';

/** How urgent an alert is; the notifier puts the severity first in every message. */
export enum AlertSeverity {
  /** Someone may be taking over the account or covering their tracks. */
  CRITICAL = 'CRITICAL',
  /** Root credentials were used or changed: confirm it was expected. */
  HIGH = 'HIGH',
  /** Other root use: review it. */
  MEDIUM = 'MEDIUM',
}

/**
 * What Amazon Q Developer in chat applications writes to CloudWatch Logs
 * about the notifications it delivers.
 *
 * @see https://docs.aws.amazon.com/chatbot/latest/adminguide/cloudwatch-logs.html
 */
export enum ChatLoggingLevel {
  /** Only failed deliveries. */
  ERROR = 'ERROR',
  /** Every delivery. */
  INFO = 'INFO',
  /** Nothing. */
  NONE = 'NONE',
}

/**
 * A Slack channel to create a chat configuration for. The workspace must
 * have been authorised once in the Amazon Q Developer in chat applications
 * console; CloudFormation cannot do that step.
 */
export interface SlackChannelOptions {
  /**
   * The Slack workspace (team) id, as the console shows it after
   * authorisation, e.g. 'T07EA123LEP'.
   */
  readonly workspaceId: string;

  /**
   * The channel id, from the channel's details in Slack, e.g. 'C07EZ1ABC23'.
   * Invite the app to a private channel first (`/invite @Amazon Q`).
   */
  readonly channelId: string;

  /**
   * The configuration's name. Names are unique in the account across
   * regions, hence the region in the default.
   *
   * @default 'root-activity-slack-<region>'
   */
  readonly configurationName?: string;
}

/**
 * A Microsoft Teams channel to create a chat configuration for. The team
 * must have been configured once in the Amazon Q Developer in chat
 * applications console, which gives the three ids.
 */
export interface TeamsChannelOptions {
  /** The team's id (a UUID). */
  readonly teamId: string;

  /** The Microsoft Entra tenant's id (a UUID). */
  readonly tenantId: string;

  /**
   * The channel's id, as in the channel link: URL-encoded, with '%3a' and
   * '%40', e.g. '19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2'.
   */
  readonly channelId: string;

  /**
   * The configuration's name. Names are unique in the account across
   * regions, hence the region in the default.
   *
   * @default 'root-activity-teams-<region>'
   */
  readonly configurationName?: string;
}

/**
 * Where chat messages go: a Slack channel, a Teams channel (or both), for
 * which the monitor creates a chat configuration and a topic of its own; or
 * the topic of a chat configuration you already have.
 */
export interface ChatDeliveryOptions {
  /**
   * Create a Slack chat configuration.
   *
   * @default - no Slack channel
   */
  readonly slack?: SlackChannelOptions;

  /**
   * Create a Microsoft Teams chat configuration.
   *
   * @default - no Teams channel
   */
  readonly teams?: TeamsChannelOptions;

  /**
   * The SNS topic of an existing chat configuration, instead of `slack` or
   * `teams`. It must be a standard topic; if it is encrypted, its key must
   * let the notifier use it.
   *
   * @default - a new topic for the chat configurations created here
   */
  readonly topic?: sns.ITopic;

  /**
   * The least severe alert sent to chat.
   *
   * @default AlertSeverity.MEDIUM (every alert)
   */
  readonly minimumSeverity?: AlertSeverity;

  /**
   * What the chat service logs about deliveries of the configurations
   * created here (not allowed with `topic`).
   *
   * @default ChatLoggingLevel.ERROR
   */
  readonly loggingLevel?: ChatLoggingLevel;
}

/**
 * The chat side of the monitor: a topic for chat messages, separate from
 * the e-mail topic because the bodies differ (the notifier publishes Amazon
 * Q Developer's custom-notification JSON here), encrypted with a key of its
 * own and refusing anything but TLS; and a Slack and/or Microsoft Teams
 * chat configuration subscribed to it.
 *
 * The configurations may do nothing but deliver: their role and guardrail
 * allow only `cloudtrail:LookupEvents`, so a responder can look up the
 * event an alert names from the channel, and nobody can change anything in
 * the account from chat.
 *
 * @see https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html
 * @see https://docs.aws.amazon.com/chatbot/latest/adminguide/understanding-permissions.html
 */
export class RootActivityChatChannel extends Construct {
  /** The topic the notifier publishes chat messages to. */
  public readonly topic: sns.ITopic;

  /** The Slack configuration; absent without `slack`. */
  public readonly slackChannel?: chatbot.CfnSlackChannelConfiguration;

  /** The Microsoft Teams configuration; absent without `teams`. */
  public readonly teamsChannel?: chatbot.CfnMicrosoftTeamsChannelConfiguration;

  constructor(scope: Construct, id: string, props: ChatDeliveryOptions) {
    checkChatDeliveryOptions('RootActivityChatChannel', '', props);
    super(scope, id);
    if (props.topic !== undefined) {
      this.topic = props.topic;
      return;
    }
    const { account, region, partition } = Stack.of(this);

    // Rotated, and grants only for AWS services (as the alert topic's key).
    const key = createTopicKey(this, 'Encrypts root activity alerts in their chat topic');
    // SNS decrypts a message before it delivers it to the chat service's
    // endpoint; whether the service also needs the key is not stated, so
    // it may decrypt, and only messages of this account's topics.
    // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
    key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowChatServiceToReadTheChatTopic',
      principals: [new iam.ServicePrincipal('chatbot.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: ['*'],
      conditions: {
        StringEquals: { 'aws:SourceAccount': account },
        ArnLike: { 'kms:EncryptionContext:aws:sns:topicArn': `arn:${partition}:sns:${region}:${account}:*` },
      },
    }));
    const topic = new sns.Topic(this, 'Topic', {
      displayName: 'Root activity alerts for chat',
      masterKey: key,
      enforceSSL: true,
    });
    this.topic = topic;

    const policy = new iam.ManagedPolicy(this, 'ReadOnlyPolicy', {
      description: 'What the root activity chat channel may do: look up CloudTrail events, nothing else',
      statements: [new iam.PolicyStatement({
        actions: ['cloudtrail:LookupEvents'],
        // LookupEvents supports no resource-level permissions.
        // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html
        resources: ['*'],
      })],
    });
    acknowledgeNagRule(policy, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.lookupEvents);
    const role = new iam.Role(this, 'ChannelRole', {
      assumedBy: new iam.ServicePrincipal('chatbot.amazonaws.com'),
      description: 'The root activity chat channel: delivers alerts, looks up CloudTrail events',
      managedPolicies: [policy],
    });
    const common = {
      iamRoleArn: role.roleArn,
      snsTopicArns: [topic.topicArn],
      guardrailPolicies: [policy.managedPolicyArn],
      loggingLevel: props.loggingLevel ?? ChatLoggingLevel.ERROR,
      userRoleRequired: false,
    };
    if (props.slack !== undefined) {
      this.slackChannel = new chatbot.CfnSlackChannelConfiguration(this, 'Slack', {
        ...common,
        configurationName: props.slack.configurationName ?? `root-activity-slack-${region}`,
        slackWorkspaceId: props.slack.workspaceId,
        slackChannelId: props.slack.channelId,
      });
    }
    if (props.teams !== undefined) {
      this.teamsChannel = new chatbot.CfnMicrosoftTeamsChannelConfiguration(this, 'Teams', {
        ...common,
        configurationName: props.teams.configurationName ?? `root-activity-teams-${region}`,
        teamId: props.teams.teamId,
        teamsTenantId: props.teams.tenantId,
        teamsChannelId: props.teams.channelId,
      });
    }
  }
}
