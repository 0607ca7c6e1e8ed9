import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootUsageAlarm } from '../../src';
import { newStack } from '../helpers';

function alarmStack(props: Partial<ConstructorParameters<typeof RootUsageAlarm>[2]> = {}) {
  const stack = newStack();
  const logGroup = logs.LogGroup.fromLogGroupName(stack, 'OrgTrailLogs', 'aws-controltower/CloudTrailLogs');
  const alarm = new RootUsageAlarm(stack, 'UsageAlarm', { logGroup, ...props });
  return { stack, alarm, template: Template.fromStack(stack) };
}

describe('RootUsageAlarm', () => {
  test('puts the CIS root-usage filter on the log group it is given', () => {
    const { template } = alarmStack();

    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: 'aws-controltower/CloudTrailLogs',
      FilterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      MetricTransformations: [{
        MetricNamespace: 'CloudTrailMetrics',
        MetricName: 'RootAccountUsageCount',
        MetricValue: '1',
      }],
    });
  });

  test('alarms when the sum over 60 seconds is at least 1, treating missing data as fine', () => {
    const { template } = alarmStack();

    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CloudTrailMetrics',
      MetricName: 'RootAccountUsageCount',
      Statistic: 'Sum',
      Period: 60,
      // Any one breaching minute in the last 15: late deliveries still count.
      EvaluationPeriods: 15,
      DatapointsToAlarm: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: Match.absent(),
    });
  });

  // Alarm actions "happen only on state transitions, and are not performed
  // again if the condition persists": one message per episode of root use.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html
  test('notifies the topic it is given on entering ALARM only: no message when it returns to OK or lacks data', () => {
    const stack = newStack();
    const logGroup = new logs.LogGroup(stack, 'Logs');
    const topic = new sns.Topic(stack, 'Topic');
    new RootUsageAlarm(stack, 'UsageAlarm', { logGroup, topic });

    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^Topic') }],
      OKActions: Match.absent(),
      InsufficientDataActions: Match.absent(),
      ActionsEnabled: Match.absent(),
    });
  });

  // An episode lasts while any period of the last 15 minutes breaches
  // (1 of N, missing data not breaching), whatever the period: the alarm goes
  // back to OK, and can notify again, only after 15 minutes without root use.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation
  test.each([10, 30, 60, 300, 420, 900, 3600])('with a period of %i s, stays in ALARM for at least 15 minutes after the last root use', (seconds) => {
    const { template } = alarmStack({ period: Duration.seconds(seconds) });
    const [alarm] = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const { EvaluationPeriods, DatapointsToAlarm, TreatMissingData, Period } = alarm.Properties;

    expect(Period).toBe(seconds);
    expect(DatapointsToAlarm).toBe(1);
    expect(TreatMissingData).toBe('notBreaching');
    expect(EvaluationPeriods * Period).toBeGreaterThanOrEqual(15 * 60);
    expect((EvaluationPeriods - 1) * Period).toBeLessThan(15 * 60);
  });

  test('uses the chosen namespace, metric, period, threshold and name', () => {
    const { template } = alarmStack({
      metricNamespace: 'Security',
      metricName: 'RootUse',
      period: Duration.minutes(5),
      threshold: 2,
      alarmName: 'root-use',
    });

    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      MetricTransformations: [Match.objectLike({ MetricNamespace: 'Security', MetricName: 'RootUse' })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'root-use',
      Namespace: 'Security',
      MetricName: 'RootUse',
      Period: 300,
      Threshold: 2,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 1,
    });
  });

  test.each([10, 30, 120])('accepts a period of %i seconds', (seconds) => {
    expect(() => alarmStack({ period: Duration.seconds(seconds) })).not.toThrow();
  });

  test.each([45, 90, 5, 20])('rejects a period of %i seconds', (seconds) => {
    expect(() => alarmStack({ period: Duration.seconds(seconds) }))
      .toThrow(`RootUsageAlarm: 'period' must be 10 s, 30 s or a multiple of 60 s (got ${seconds} s)`);
  });

  test.each([0, 1.5, -1])('rejects a threshold of %p', (threshold) => {
    expect(() => alarmStack({ threshold }))
      .toThrow(`RootUsageAlarm: 'threshold' must be a whole number of at least 1 (got ${threshold})`);
  });

  test.each(['metricNamespace', 'metricName', 'alarmName'])('rejects an empty %s', (prop) => {
    const python = prop.replace(/([A-Z])/g, '_$1').toLowerCase();
    expect(() => alarmStack({ [prop]: '' })).toThrow(`RootUsageAlarm: '${prop}' (Python: '${python}') must not be empty (got '')`);
  });
});
