package io.github.cdkrootactivitymonitor;

/**
 * (experimental) The CIS root-usage metric filter on a CloudTrail log group, and an alarm that fires on any root use.
 * <p>
 * This is the second line of defence beside the EventBridge rule: it works
 * from the trail's delivered logs, so it also catches activity in regions
 * where no rule is deployed, a few minutes later. The alarm fires when any
 * period in the last 15 minutes reaches the threshold, so a data point
 * delivered late still counts.
 * <p>
 * It notifies once per episode of root use, not once per event. Alarm
 * actions run only when the alarm changes state
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html),
 * so the topic gets one message when root use first shows up (OK to ALARM)
 * and nothing more while root use goes on: any root use within 15 minutes
 * of the last keeps the alarm in ALARM. It sends no all-clear (there is no
 * OK action; add one to <code>alarm</code> if you want it). Root use after the alarm
 * has gone back to OK, that is after 15 minutes without any, starts a new
 * episode and a new message. The EventBridge rule's notifier alerts on
 * every event.
 * <p>
 * @see <a href="https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1">https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1</a>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.741Z")
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootUsageAlarm")
public class RootUsageAlarm extends software.constructs.Construct {

    protected RootUsageAlarm(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected RootUsageAlarm(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     * @param props This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootUsageAlarm(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull io.github.cdkrootactivitymonitor.RootUsageAlarmProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * (experimental) The alarm.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.cloudwatch.Alarm getAlarm() {
        return software.amazon.jsii.Kernel.get(this, "alarm", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.cloudwatch.Alarm.class));
    }

    /**
     * (experimental) The metric the filter publishes, summed over <code>period</code>.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.cloudwatch.Metric getMetric() {
        return software.amazon.jsii.Kernel.get(this, "metric", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.cloudwatch.Metric.class));
    }

    /**
     * (experimental) The metric filter.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.logs.MetricFilter getMetricFilter() {
        return software.amazon.jsii.Kernel.get(this, "metricFilter", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.MetricFilter.class));
    }

    /**
     * (experimental) A fluent builder for {@link io.github.cdkrootactivitymonitor.RootUsageAlarm}.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<io.github.cdkrootactivitymonitor.RootUsageAlarm> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope This parameter is required.
         * @param id This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private final io.github.cdkrootactivitymonitor.RootUsageAlarmProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new io.github.cdkrootactivitymonitor.RootUsageAlarmProps.Builder();
        }

        /**
         * (experimental) The name of the alarm.
         * <p>
         * Default: - CloudFormation generates a name
         * <p>
         * @return {@code this}
         * @param alarmName The name of the alarm. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder alarmName(final java.lang.String alarmName) {
            this.props.alarmName(alarmName);
            return this;
        }

        /**
         * (experimental) The name of the metric the filter publishes.
         * <p>
         * Default: 'RootAccountUsageCount'
         * <p>
         * @return {@code this}
         * @param metricName The name of the metric the filter publishes. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder metricName(final java.lang.String metricName) {
            this.props.metricName(metricName);
            return this;
        }

        /**
         * (experimental) The namespace of the metric the filter publishes.
         * <p>
         * Default: 'CloudTrailMetrics'
         * <p>
         * @return {@code this}
         * @param metricNamespace The namespace of the metric the filter publishes. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder metricNamespace(final java.lang.String metricNamespace) {
            this.props.metricNamespace(metricNamespace);
            return this;
        }

        /**
         * (experimental) The period over which root events are summed.
         * <p>
         * Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric
         * filter publishes standard-resolution data points, so periods under a
         * minute only make the alarm cost more.
         * <p>
         * Default: Duration.seconds(60)
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html</a>
         * @param period The period over which root events are summed. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder period(final software.amazon.awscdk.Duration period) {
            this.props.period(period);
            return this;
        }

        /**
         * (experimental) How many root events within one period raise the alarm.
         * <p>
         * Default: 1
         * <p>
         * @return {@code this}
         * @param threshold How many root events within one period raise the alarm. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder threshold(final java.lang.Number threshold) {
            this.props.threshold(threshold);
            return this;
        }

        /**
         * (experimental) The log group that receives CloudTrail events, e.g. the one your organization trail delivers to.
         * <p>
         * @return {@code this}
         * @param logGroup The log group that receives CloudTrail events, e.g. the one your organization trail delivers to. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logGroup(final software.amazon.awscdk.services.logs.ILogGroup logGroup) {
            this.props.logGroup(logGroup);
            return this;
        }

        /**
         * (experimental) The topic notified when the alarm fires.
         * <p>
         * More actions can be added to <code>alarm</code>.
         * <p>
         * Default: - no alarm action
         * <p>
         * @return {@code this}
         * @param topic The topic notified when the alarm fires. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topic(final software.amazon.awscdk.services.sns.ITopic topic) {
            this.props.topic(topic);
            return this;
        }

        /**
         * @return a newly built instance of {@link io.github.cdkrootactivitymonitor.RootUsageAlarm}.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public io.github.cdkrootactivitymonitor.RootUsageAlarm build() {
            return new io.github.cdkrootactivitymonitor.RootUsageAlarm(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
