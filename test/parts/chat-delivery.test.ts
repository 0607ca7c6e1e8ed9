import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { AlertSeverity, ChatLoggingLevel, RootActivityChatChannel, RootActivityHub, RootActivityMonitor, RootActivityMonitorProps } from '../../src';

const SLACK = { workspaceId: 'T07EA123LEP', channelId: 'C07EZ1ABC23' };
const TEAMS = {
  teamId: '5d5ca8b5-1234-4c2b-9d3e-0123456789ab',
  tenantId: '8f2d1c3b-4a5e-4f6a-8b7c-9d0e1f2a3b4c',
  channelId: '19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2',
};

function newStack(): Stack {
  return new Stack(new App(), 'TestStack', { env: { account: '111122223333', region: 'us-east-1' } });
}

function monitor(props: RootActivityMonitorProps) {
  const stack = newStack();
  const construct = new RootActivityMonitor(stack, 'RootActivity', props);
  return { stack, construct, template: Template.fromStack(stack) };
}

function notifierEnvironment(template: Template): Record<string, unknown> {
  const fn = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }))[0] as any;
  return fn.Properties.Environment.Variables;
}

describe('chat delivery', () => {
  const { template, construct, stack: chatStack } = monitor({ chatDelivery: { slack: SLACK } });
  const chatTopicId = chatStack.getLogicalId(construct.chatChannel!.topic.node.defaultChild as any);

  test('a Slack configuration subscribed to a chat topic of its own, logging errors, no user roles', () => {
    template.hasResourceProperties('AWS::Chatbot::SlackChannelConfiguration', {
      ConfigurationName: 'root-activity-slack-us-east-1',
      SlackWorkspaceId: SLACK.workspaceId,
      SlackChannelId: SLACK.channelId,
      SnsTopicArns: [{ Ref: chatTopicId }],
      LoggingLevel: 'ERROR',
      UserRoleRequired: false,
    });
    // The e-mail topic and the chat topic are two: the bodies differ.
    template.resourceCountIs('AWS::SNS::Topic', 2);
  });

  test('the channel may only look up CloudTrail events, as role and as guardrail', () => {
    const config = Object.values(template.findResources('AWS::Chatbot::SlackChannelConfiguration'))[0] as any;
    const [policyId] = Object.keys(template.findResources('AWS::IAM::ManagedPolicy'));
    expect(config.Properties.GuardrailPolicies).toEqual([{ Ref: policyId }]);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [{ Action: 'cloudtrail:LookupEvents', Effect: 'Allow', Resource: '*' }] },
    });
    const roleId = config.Properties.IamRoleArn['Fn::GetAtt'][0];
    template.hasResource('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'chatbot.amazonaws.com' } })] },
        ManagedPolicyArns: [{ Ref: policyId }],
      },
    });
    expect(Object.keys(template.findResources('AWS::IAM::Role'))).toContain(roleId);
    // Nothing else may be granted to the channel's role.
    expect(Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))).toEqual([]);
  });

  test('the chat topic is encrypted with a rotated key, refuses anything but TLS, and the key admits the chat service for this account\'s topics only', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue(), DisplayName: 'Root activity alerts for chat' });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: chatTopicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowChatServiceToReadTheChatTopic',
          Principal: { Service: 'chatbot.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111122223333' },
            ArnLike: { 'kms:EncryptionContext:aws:sns:topicArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:us-east-1:111122223333:*']] } },
          },
        })]),
      },
    });
  });

  test('the notifier publishes chat messages to it, every severity by default', () => {
    expect(notifierEnvironment(template)).toMatchObject({ CHAT_TOPIC_ARN: { Ref: chatTopicId }, CHAT_MINIMUM_SEVERITY: 'MEDIUM' });
    expect(notifierEnvironment(template).PAGING_TOPIC_ARN).toBeUndefined();
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: chatTopicId } }]) },
    });
  });

  test('Teams too, with its ids and a name of its own, and the logging level chosen', () => {
    const both = monitor({
      chatDelivery: { slack: SLACK, teams: TEAMS, loggingLevel: ChatLoggingLevel.INFO, minimumSeverity: AlertSeverity.HIGH },
    }).template;
    both.hasResourceProperties('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', {
      ConfigurationName: 'root-activity-teams-us-east-1',
      TeamId: TEAMS.teamId,
      TeamsTenantId: TEAMS.tenantId,
      TeamsChannelId: TEAMS.channelId,
      LoggingLevel: 'INFO',
    });
    both.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 1);
    both.resourceCountIs('AWS::SNS::Topic', 2);
    expect(notifierEnvironment(both).CHAT_MINIMUM_SEVERITY).toBe('HIGH');
  });

  test('an existing chat configuration\'s topic: no configuration or topic is created', () => {
    const stack = newStack();
    const topic = sns.Topic.fromTopicArn(stack, 'Chat', 'arn:aws:sns:us-east-1:111122223333:chat');
    new RootActivityMonitor(stack, 'RootActivity', { chatDelivery: { topic } });
    const existing = Template.fromStack(stack);
    existing.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 0);
    existing.resourceCountIs('AWS::SNS::Topic', 1);
    expect(notifierEnvironment(existing).CHAT_TOPIC_ARN).toBe('arn:aws:sns:us-east-1:111122223333:chat');
  });

  test('paging: HIGH and above by default, to the topic given, which the notifier may publish to', () => {
    const stack = newStack();
    const paging = sns.Topic.fromTopicArn(stack, 'Paging', 'arn:aws:sns:us-east-1:111122223333:pagerduty');
    new RootActivityMonitor(stack, 'RootActivity', { pagingTopic: paging });
    const paged = Template.fromStack(stack);
    expect(notifierEnvironment(paged)).toMatchObject({ PAGING_TOPIC_ARN: paging.topicArn, PAGING_MINIMUM_SEVERITY: 'HIGH' });
    paged.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Action: 'sns:Publish', Effect: 'Allow', Resource: paging.topicArn }]) },
    });
  });

  test('a hub with Slack delivery synthesizes the configuration, the chat topic and its key policy', () => {
    const stack = newStack();
    new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5', chatDelivery: { slack: SLACK }, pagingTopic: new sns.Topic(stack, 'Paging') });
    const hub = Template.fromStack(stack);
    hub.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 1);
    hub.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowChatServiceToReadTheChatTopic' })]) },
    });
    expect(notifierEnvironment(hub)).toMatchObject({ CHAT_TOPIC_ARN: expect.anything(), PAGING_TOPIC_ARN: expect.anything() });
  });

  test('the chat channel can be used on its own', () => {
    const stack = newStack();
    const channel = new RootActivityChatChannel(stack, 'Chat', { teams: TEAMS });
    expect(channel.teamsChannel).toBeDefined();
    expect(channel.slackChannel).toBeUndefined();
  });

  describe('refuses bad input before creating anything', () => {
    test.each([
      [{ chatDelivery: {} }, /chat delivery needs 'chatDelivery.slack'/],
      [{ chatDelivery: { slack: SLACK, topic: 'TOPIC' } }, /'chatDelivery.topic'.*cannot be used with 'chatDelivery.slack'/],
      [{ chatDelivery: { slack: { ...SLACK, workspaceId: 'acme workspace' } } }, /'chatDelivery.slack.workspaceId'.*upper-case letters and digits.*got 'acme workspace'/],
      [{ chatDelivery: { slack: { ...SLACK, channelId: '#security' } } }, /'chatDelivery.slack.channelId'/],
      [{ chatDelivery: { teams: { ...TEAMS, tenantId: 'contoso' } } }, /'chatDelivery.teams.tenantId'.*a UUID/],
      [{ chatDelivery: { teams: { ...TEAMS, channelId: '19:abc@thread.tacv2' } } }, /'chatDelivery.teams.channelId'.*URL-encoded/],
      [{ chatDelivery: { slack: { ...SLACK, configurationName: 'x' }, teams: { ...TEAMS, configurationName: 'x' } } }, /must differ/],
      [{ chatDelivery: { slack: SLACK }, enableNotifier: false }, /'chatDelivery'.*only allowed when 'enableNotifier'/],
      [{ pagingMinimumSeverity: AlertSeverity.CRITICAL }, /'pagingMinimumSeverity'.*only allowed together with 'pagingTopic'/],
      [{ chatDelivery: { topic: 'TOPIC', loggingLevel: ChatLoggingLevel.INFO } }, /'chatDelivery.loggingLevel'.*set it on your configuration/],
      [{ chatDelivery: { teams: { ...TEAMS, channelId: `19%3a${'a'.repeat(250)}%40thread.tacv2` } } }, /'chatDelivery.teams.channelId'/],
    ])('%p', (props, message) => {
      const stack = newStack();
      const resolved = JSON.parse(JSON.stringify(props), (_key, value) => (value === 'TOPIC' ? sns.Topic.fromTopicArn(stack, 'T', 'arn:aws:sns:us-east-1:111122223333:t') : value));
      expect(() => new RootActivityMonitor(stack, 'RootActivity', resolved)).toThrow(message);
      expect(stack.node.children.filter((child) => child.node.id !== 'T')).toHaveLength(0);
    });
  });
});
