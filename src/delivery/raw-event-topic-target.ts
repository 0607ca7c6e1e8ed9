import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** How the rule hands events to a target and what happens when it cannot. */
export interface TargetDelivery {
  readonly retryAttempts: number;
  readonly maxEventAge: Duration;
  readonly deadLetterQueue?: sqs.IQueue;
  /** Names the rule in the policy statements' ids, which must differ per rule. */
  readonly statementPrefix?: string;
}

/**
 * Sends the matched event, as it is, to the alert topic: the rule's target
 * when the notifier is off. Unlike aws-cdk-lib's SnsTopic target, the policy
 * statements it adds let EventBridge publish (and dead-letter) only on behalf
 * of this rule (aws:SourceArn), so no other rule can post a forged root alert.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions
 */
export class RawEventTopicTarget implements events.IRuleTarget {
  constructor(private readonly topic: sns.ITopic, private readonly delivery: TargetDelivery) {}

  public bind(rule: events.IRule, _id?: string): events.RuleTargetConfig {
    const eventBridge = new iam.ServicePrincipal('events.amazonaws.com');
    const fromThisRule = { ArnEquals: { 'aws:SourceArn': rule.ruleArn } };
    this.topic.addToResourcePolicy(new iam.PolicyStatement({
      sid: `Allow${this.delivery.statementPrefix ?? 'RootActivityRule'}ToPublish`,
      principals: [eventBridge],
      actions: ['sns:Publish'],
      resources: [this.topic.topicArn],
      conditions: fromThisRule,
    }));
    const queue = this.delivery.deadLetterQueue;
    queue?.addToResourcePolicy(new iam.PolicyStatement({
      sid: `Allow${this.delivery.statementPrefix ?? 'RootActivityRule'}ToDeadLetter`,
      principals: [eventBridge],
      actions: ['sqs:SendMessage'],
      resources: [queue.queueArn],
      conditions: fromThisRule,
    }));
    return {
      arn: this.topic.topicArn,
      retryPolicy: {
        maximumRetryAttempts: this.delivery.retryAttempts,
        maximumEventAgeInSeconds: this.delivery.maxEventAge.toSeconds(),
      },
      deadLetterConfig: queue ? { arn: queue.queueArn } : undefined,
    };
  }
}
