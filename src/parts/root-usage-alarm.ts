import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { rootUsageFilterPattern } from './root-usage-filter-pattern';
import { checkUsageAlarmOptions } from '../validation/part-props-validation';

/**
 * How far back the alarm looks for a data point that arrived late. AWS gives
 * no figure for CloudTrail's delivery to CloudWatch Logs; 15 minutes covers
 * the delays reported in practice.
 */
const LATE_DATA_WINDOW = Duration.minutes(15);

/**
 * Options for the CIS root-usage metric filter and its alarm.
 *
 * Used by `RootUsageAlarm` and as `usageAlarmOptions` of `RootActivityMonitor`.
 */
export interface RootUsageAlarmOptions {
  /**
   * The namespace of the metric the filter publishes.
   *
   * @default 'CloudTrailMetrics'
   */
  readonly metricNamespace?: string;

  /**
   * The name of the metric the filter publishes.
   *
   * @default 'RootAccountUsageCount'
   */
  readonly metricName?: string;

  /**
   * The period over which root events are summed.
   *
   * Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric
   * filter publishes standard-resolution data points, so periods under a
   * minute only make the alarm cost more.
   *
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
   *
   * @default Duration.seconds(60)
   */
  readonly period?: Duration;

  /**
   * How many root events within one period raise the alarm.
   *
   * @default 1
   */
  readonly threshold?: number;

  /**
   * The name of the alarm.
   *
   * @default - CloudFormation generates a name
   */
  readonly alarmName?: string;
}

/**
 * Properties of `RootUsageAlarm`.
 */
export interface RootUsageAlarmProps extends RootUsageAlarmOptions {
  /**
   * The log group that receives CloudTrail events, e.g. the one your
   * organization trail delivers to.
   */
  readonly logGroup: logs.ILogGroup;

  /**
   * The topic notified when the alarm fires.
   *
   * More actions can be added to `alarm`.
   *
   * @default - no alarm action
   */
  readonly topic?: sns.ITopic;
}

/**
 * The CIS root-usage metric filter on a CloudTrail log group, and an alarm
 * that fires on any root use.
 *
 * This is the second line of defence beside the EventBridge rule: it works
 * from the trail's delivered logs, so it also catches activity in regions
 * where no rule is deployed, a few minutes later. The alarm fires when any
 * period in the last 15 minutes reaches the threshold, so a data point
 * delivered late still counts.
 *
 * It notifies once per episode of root use, not once per event. Alarm
 * actions run only when the alarm changes state
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html),
 * so the topic gets one message when root use first shows up (OK to ALARM)
 * and nothing more while root use goes on: any root use within 15 minutes
 * of the last keeps the alarm in ALARM. It sends no all-clear (there is no
 * OK action; add one to `alarm` if you want it). Root use after the alarm
 * has gone back to OK, that is after 15 minutes without any, starts a new
 * episode and a new message. The EventBridge rule's notifier alerts on
 * every event.
 *
 * @see https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1
 */
export class RootUsageAlarm extends Construct {
  /** The metric filter. */
  public readonly metricFilter: logs.MetricFilter;

  /** The metric the filter publishes, summed over `period`. */
  public readonly metric: cloudwatch.Metric;

  /** The alarm. */
  public readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: RootUsageAlarmProps) {
    checkUsageAlarmOptions('RootUsageAlarm', props);
    super(scope, id);

    this.metricFilter = new logs.MetricFilter(this, 'MetricFilter', {
      logGroup: props.logGroup,
      filterPattern: rootUsageFilterPattern(),
      metricNamespace: props.metricNamespace ?? 'CloudTrailMetrics',
      metricName: props.metricName ?? 'RootAccountUsageCount',
      metricValue: '1',
    });

    this.metric = this.metricFilter.metric({
      statistic: cloudwatch.Stats.SUM,
      period: props.period ?? Duration.seconds(60),
    });

    // CloudTrail delivers to CloudWatch Logs minutes after the event, and the
    // filter's data point carries the event's time: an alarm that looked only
    // at the last period would miss it. It looks back LATE_DATA_WINDOW and
    // fires on any one breaching period in it.
    const periodSeconds = (props.period ?? Duration.seconds(60)).toSeconds();
    const evaluationPeriods = Math.max(1, Math.ceil(LATE_DATA_WINDOW.toSeconds() / periodSeconds));

    this.alarm = this.metric.createAlarm(this, 'Alarm', {
      alarmName: props.alarmName,
      alarmDescription: 'The AWS account root user was used (CIS root-usage metric filter on CloudTrail logs)',
      threshold: props.threshold ?? 1,
      evaluationPeriods,
      datapointsToAlarm: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    if (props.topic) {
      this.alarm.addAlarmAction(new cloudwatchActions.SnsAction(props.topic));
    }
  }
}
