/**
 * The size of one record in the function's payload: the body, JSON-escaped,
 * inside the record Lambda builds around it (receipt handle, attributes,
 * checksum and queue ARN, as in AWS's example SQS event). Lambda closes a
 * batch when these reach 6 MB.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export function recordBytes(message: { readonly messageId: string; readonly body: string }): number {
  return Buffer.byteLength(JSON.stringify({
    messageId: message.messageId,
    receiptHandle: 'R'.repeat(400),
    body: message.body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1545082649183',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1545082649185',
    },
    messageAttributes: {},
    md5OfBody: '0'.repeat(32),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:root-activity-alerts',
    awsRegion: 'us-east-1',
  }), 'utf8');
}
