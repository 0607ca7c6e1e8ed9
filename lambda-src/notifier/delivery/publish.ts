import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Alert } from '../messages/alert';

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
    MessageAttributes: Object.fromEntries(Object.entries(alert.attributes)
      .map(([name, value]) => [name, { DataType: 'String', StringValue: value }])),
  }), { abortSignal });
  return response.MessageId;
}
