import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** What the monitor watches about itself. */
export interface SelfAlarmTargets {
  readonly topic: sns.ITopic;
  readonly rule?: events.IRule;
  readonly handler?: lambda.IFunction;
  /** The queue that feeds the notifier. */
  readonly alertQueue?: sqs.IQueue;
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * Alarms on the monitor's own failures, sent to the alert topic: a monitor
 * that silently stops is worse than none. Each fires on the first failure in
 * a five-minute window.
 */
export function createSelfAlarms(scope: Construct, targets: SelfAlarmTargets): cloudwatch.Alarm[] {
  const alarms: cloudwatch.Alarm[] = [];
  const add = (id: string, metric: cloudwatch.IMetric, description: string, threshold = 1) => {
    const alarm = new cloudwatch.Alarm(scope, id, {
      metric,
      alarmDescription: `Root activity monitor: ${description}`,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(targets.topic));
    alarms.push(alarm);
  };
  const period = Duration.minutes(5);

  if (targets.deadLetterQueue) {
    add('DeadLetterQueueAlarm',
      targets.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: cloudwatch.Stats.MAXIMUM }),
      'alerts could not be delivered and wait in the dead-letter queue');
  }
  if (targets.handler) {
    add('NotifierErrorsAlarm', targets.handler.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      'the notifier Lambda failed');
    add('NotifierThrottlesAlarm', targets.handler.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
      'the notifier Lambda was throttled');
  }
  if (targets.alertQueue) {
    // A batch is handled within seconds: events five minutes old mean the
    // notifier is failing or cannot keep up.
    add('AlertQueueAgeAlarm', targets.alertQueue.metricApproximateAgeOfOldestMessage({ period, statistic: cloudwatch.Stats.MAXIMUM }),
      'root events have waited five minutes or more for the notifier', 300);
  }
  if (targets.rule) {
    add('RuleFailedInvocationsAlarm', new cloudwatch.Metric({
      namespace: 'AWS/Events',
      metricName: 'FailedInvocations',
      dimensionsMap: { RuleName: targets.rule.ruleName },
      period,
      statistic: cloudwatch.Stats.SUM,
    }), 'the EventBridge rule could not invoke its target');
  }
  return alarms;
}
