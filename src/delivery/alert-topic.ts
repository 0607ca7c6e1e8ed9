import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';

/** What the monitor needs to create its alert topic. */
export interface AlertTopicSettings {
  readonly topicName?: string;
  /** The rule publishes raw events to the topic itself (the notifier is off). */
  readonly eventBridgePublishes: boolean;
  readonly emailSubscriptions?: string[];
  /** Encrypt the topic; `key` or, without it, a new key. */
  readonly encrypt: boolean;
  readonly key?: kms.IKey;
}

/**
 * A topic encrypted with a KMS key only accepts messages from AWS services
 * (CloudWatch alarms; EventBridge when the rule publishes itself) when the
 * key policy lets them use the key; the AWS managed key `alias/aws/sns` cannot
 * be used, because its policy cannot be changed. AWS documents these grants
 * without conditions: EventBridge's requests to KMS carry no source keys.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
 */
function publishingServices(settings: AlertTopicSettings): string[] {
  return settings.eventBridgePublishes
    ? ['events.amazonaws.com', 'cloudwatch.amazonaws.com']
    : ['cloudwatch.amazonaws.com'];
}

/**
 * The topic's own key. Only AWS services may create grants on it: SNS and
 * the notifier use the key directly, nobody needs a grant, and AWS Control
 * Tower's proactive control CT.KMS.PR.3 rejects a key policy without this.
 * https://docs.aws.amazon.com/controltower/latest/controlreference/kms-rules.html#ct-kms-pr-3-description
 */
export function createTopicKey(scope: Construct, description = 'Encrypts root activity alerts in their SNS topic'): kms.Key {
  const key = new kms.Key(scope, 'TopicKey', {
    description,
    enableKeyRotation: true,
  });
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'GrantsOnlyForAwsServices',
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['kms:CreateGrant'],
    resources: ['*'],
    conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
  }));
  return key;
}

/** Creates the alert topic: TLS-only publishing, encrypted, with e-mail subscribers. */
export function createAlertTopic(scope: Construct, settings: AlertTopicSettings): sns.Topic {
  const key = settings.encrypt
    ? settings.key ?? createTopicKey(scope)
    : undefined;
  if (key !== undefined) {
    // A no-op for an imported key: its owner must grant the same (docs/security.md).
    key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowAwsServicesToPublishEncryptedAlerts',
      principals: publishingServices(settings).map((service) => new iam.ServicePrincipal(service)),
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
    }));
  }

  const topic = new sns.Topic(scope, 'Topic', {
    topicName: settings.topicName,
    displayName: 'Root activity alerts',
    masterKey: key,
    enforceSSL: true,
  });
  if (key === undefined) {
    acknowledgeNagRule(topic, 'NIST.800.53.R5-SNSEncryptedKMS', NAG_REASONS.unencryptedTopic);
    acknowledgeNagRule(topic, 'AwsSolutions-SNS2', NAG_REASONS.unencryptedTopic);
  }
  // The TLS-only topic policy replaces SNS's default policy, which is what
  // lets this account's alarms publish; say so explicitly, for this account
  // only (confused-deputy protection).
  // https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
  topic.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchAlarmsToPublish',
    principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
    actions: ['sns:Publish'],
    resources: [topic.topicArn],
    conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
  }));
  return topic;
}

/** Subscribes each address; a mail SNS cannot deliver goes to `deadLetterQueue`. */
export function subscribeEmails(topic: sns.ITopic, addresses: string[], deadLetterQueue?: sqs.IQueue): void {
  for (const address of addresses) {
    topic.addSubscription(new subscriptions.EmailSubscription(address, { deadLetterQueue }));
  }
}
