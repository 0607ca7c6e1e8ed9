import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Alert } from '../messages/alert';
import type { ChatMessage } from '../messages/chat-message';

/**
 * Publishes one alert, with its attributes for subscription filter policies;
 * returns SNS's message id. `abortSignal` abandons the request (a call that
 * took too long, see publish-retry.ts).
 */
export async function publishAlert(sns: SNSClient, topicArn: string, alert: Alert, abortSignal?: AbortSignal): Promise<string | undefined> {
  const response = await sns.send(new PublishCommand({
    TopicArn: topicArn,
    Subject: alert.subject,
    Message: alert.message,
    MessageAttributes: messageAttributes(alert.attributes),
  }), { abortSignal });
  return response.MessageId;
}

/**
 * Publishes a chat message: the custom notification as JSON is the whole
 * message body, which is all the guide asks of a custom notification ("must
 * use the following event format"); it names no subject and no message
 * attributes. The alert's attributes go along all the same, so a filter
 * policy can send, say, only CRITICAL messages to one channel's
 * subscription; they travel beside the body, not in it.
 * https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html
 */
export async function publishChatMessage(sns: SNSClient, topicArn: string, message: ChatMessage, attributes: Record<string, string>,
  abortSignal?: AbortSignal): Promise<string | undefined> {
  const response = await sns.send(new PublishCommand({
    TopicArn: topicArn,
    Message: JSON.stringify(message),
    MessageAttributes: messageAttributes(attributes),
  }), { abortSignal });
  return response.MessageId;
}

function messageAttributes(attributes: Record<string, string>) {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]));
}
