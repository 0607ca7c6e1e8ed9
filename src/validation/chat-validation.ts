import { Token } from 'aws-cdk-lib';
import { propLabel } from './validation';

/** The fields of the chat options the checks read (parts/chat-delivery.ts has the whole type). */
export interface ChatFields {
  readonly slack?: { readonly workspaceId: string; readonly channelId: string; readonly configurationName?: string };
  readonly teams?: { readonly teamId: string; readonly tenantId: string; readonly channelId: string; readonly configurationName?: string };
  readonly topic?: unknown;
  readonly loggingLevel?: unknown;
}

/**
 * The patterns CloudFormation accepts for each id.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-chatbot-slackchannelconfiguration.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-chatbot-microsoftteamschannelconfiguration.html
 */
const SLACK_WORKSPACE_ID = /^[0-9A-Z]{1,255}$/;
const SLACK_CHANNEL_ID = /^[A-Za-z0-9]{1,256}$/;
const UUID = /^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
const TEAMS_CHANNEL_ID = /^(?=.{1,255}$)([a-zA-Z0-9-_=+/.,])*%3[aA]([a-zA-Z0-9-_=+/.,])*%40([a-zA-Z0-9-_=+/.,])*$/;
const CONFIGURATION_NAME = /^[A-Za-z0-9-_]{1,128}$/;

/**
 * Checks chat options before anything is created: a channel to create or a
 * topic to publish to, not both, and ids in the shapes CloudFormation takes.
 * `prefix` names the option struct in messages ('chatDelivery.').
 */
export function checkChatDeliveryOptions(where: string, prefix: string, options: ChatFields): void {
  const label = (field: string) => propLabel(`${prefix}${field}`);
  if (options.topic !== undefined && (options.slack !== undefined || options.teams !== undefined)) {
    throw new Error(`${where}: ${label('topic')} is the topic of a chat configuration you already have; it cannot be used with ${label('slack')} or ${label('teams')}, which create one`);
  }
  if (options.topic !== undefined && options.loggingLevel !== undefined) {
    throw new Error(`${where}: ${label('loggingLevel')} sets the logging of configurations created here; with ${label('topic')} none is, so set it on your configuration instead`);
  }
  if (options.topic === undefined && options.slack === undefined && options.teams === undefined) {
    throw new Error(`${where}: chat delivery needs ${label('slack')}, ${label('teams')} or ${label('topic')}`);
  }
  const check = (field: string, value: string | undefined, pattern: RegExp, allowed: string) => {
    if (value !== undefined && !Token.isUnresolved(value) && !pattern.test(value)) {
      throw new Error(`${where}: ${label(field)} must be ${allowed} (got '${value}')`);
    }
  };
  if (options.slack !== undefined) {
    check('slack.workspaceId', options.slack.workspaceId, SLACK_WORKSPACE_ID, "the Slack workspace id: upper-case letters and digits, such as 'T07EA123LEP'");
    check('slack.channelId', options.slack.channelId, SLACK_CHANNEL_ID, "the Slack channel id: letters and digits, such as 'C07EZ1ABC23'");
    check('slack.configurationName', options.slack.configurationName, CONFIGURATION_NAME, "1 to 128 letters, digits, '-' or '_'");
  }
  if (options.teams !== undefined) {
    check('teams.teamId', options.teams.teamId, UUID, 'a UUID');
    check('teams.tenantId', options.teams.tenantId, UUID, 'a UUID');
    check('teams.channelId', options.teams.channelId, TEAMS_CHANNEL_ID,
      "the URL-encoded channel id from the channel's link, such as '19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2'");
    check('teams.configurationName', options.teams.configurationName, CONFIGURATION_NAME, "1 to 128 letters, digits, '-' or '_'");
    if (options.slack?.configurationName !== undefined && options.slack.configurationName === options.teams.configurationName) {
      throw new Error(`${where}: ${label('slack.configurationName')} and ${label('teams.configurationName')} must differ`);
    }
  }
}
