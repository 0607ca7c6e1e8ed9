package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Tells you within seconds when the AWS account root user signs in or calls an API.
 * <p>
 * Wires up, each optional: a multi-region trail, an EventBridge rule for root
 * sign-ins and API calls, a notifier Lambda that publishes a readable alert
 * to an SNS topic, and the CIS root-usage metric-filter alarm.
 * <p>
 * Example:
 * <p>
 * <blockquote><pre>
 * RootActivityMonitor.Builder.create(this, "RootActivity")
 *         .emailSubscriptions(List.of("security&#64;example.com"))
 *         .notifierOptions(RootActivityNotifierOptions.builder().timeZone("Europe/Berlin").build())
 *         .build();
 * </pre></blockquote>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.669Z")
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityMonitor")
public class RootActivityMonitor extends software.constructs.Construct {

    protected RootActivityMonitor(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected RootActivityMonitor(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     * @param props
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityMonitor(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityMonitorProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), props });
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityMonitor(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required") });
    }

    /**
     * (experimental) The alarms on the monitor's own failures;
     * <p>
     * empty when <code>enableSelfMonitoring</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull java.util.List<software.amazon.awscdk.services.cloudwatch.IAlarm> getSelfAlarms() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "selfAlarms", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.cloudwatch.IAlarm.class))));
    }

    /**
     * (experimental) The topic alerts are sent to: the one passed in, or the one created.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.sns.ITopic getTopic() {
        return software.amazon.jsii.Kernel.get(this, "topic", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sns.ITopic.class));
    }

    /**
     * (experimental) The dead-letter queue;
     * <p>
     * <code>undefined</code> when <code>enableDeadLetterQueue</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.sqs.IQueue getDeadLetterQueue() {
        return software.amazon.jsii.Kernel.get(this, "deadLetterQueue", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sqs.IQueue.class));
    }

    /**
     * (experimental) The notifier;
     * <p>
     * <code>undefined</code> when <code>enableNotifier</code> or <code>enableEventRule</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityNotifier getNotifier() {
        return software.amazon.jsii.Kernel.get(this, "notifier", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityNotifier.class));
    }

    /**
     * (experimental) The EventBridge rule;
     * <p>
     * <code>undefined</code> when <code>enableEventRule</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityRule getRule() {
        return software.amazon.jsii.Kernel.get(this, "rule", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityRule.class));
    }

    /**
     * (experimental) The trail;
     * <p>
     * <code>undefined</code> when <code>createTrail</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityTrail getTrail() {
        return software.amazon.jsii.Kernel.get(this, "trail", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityTrail.class));
    }

    /**
     * (experimental) The usage alarm;
     * <p>
     * <code>undefined</code> when <code>enableUsageAlarm</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootUsageAlarm getUsageAlarm() {
        return software.amazon.jsii.Kernel.get(this, "usageAlarm", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootUsageAlarm.class));
    }

    /**
     * (experimental) A fluent builder for {@link io.github.cdkrootactivitymonitor.RootActivityMonitor}.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<io.github.cdkrootactivitymonitor.RootActivityMonitor> {
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
        private io.github.cdkrootactivitymonitor.RootActivityMonitorProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
        }

        /**
         * (experimental) Create a multi-region trail.
         * <p>
         * Set to false when the account is already covered by a trail, such as an
         * organization trail, and pass that trail's log group as <code>logGroup</code> to
         * keep the usage alarm. Costs money beside such a trail: only the first
         * copy of management events is free, and this trail would be a second
         * copy, charged per event.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html</a>
         * @param createTrail Create a multi-region trail. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder createTrail(final java.lang.Boolean createTrail) {
            this.props().createTrail(createTrail);
            return this;
        }

        /**
         * (experimental) E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first.
         * <p>
         * Not allowed together with <code>topic</code>: subscribe to your own topic yourself.
         * <p>
         * Default: - no subscriptions
         * <p>
         * @return {@code this}
         * @param emailSubscriptions E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder emailSubscriptions(final java.util.List<java.lang.String> emailSubscriptions) {
            this.props().emailSubscriptions(emailSubscriptions);
            return this;
        }

        /**
         * (experimental) Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enableDeadLetterQueue Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableDeadLetterQueue(final java.lang.Boolean enableDeadLetterQueue) {
            this.props().enableDeadLetterQueue(enableDeadLetterQueue);
            return this;
        }

        /**
         * (experimental) Create the EventBridge rule that reacts to root events within seconds.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enableEventRule Create the EventBridge rule that reacts to root events within seconds. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableEventRule(final java.lang.Boolean enableEventRule) {
            this.props().enableEventRule(enableEventRule);
            return this;
        }

        /**
         * (experimental) Send rule matches through the notifier Lambda, which publishes a readable alert.
         * <p>
         * When false, the rule publishes the raw event JSON to the topic.
         * <p>
         * Requires <code>enableEventRule</code>.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enableNotifier Send rule matches through the notifier Lambda, which publishes a readable alert. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableNotifier(final java.lang.Boolean enableNotifier) {
            this.props().enableNotifier(enableNotifier);
            return this;
        }

        /**
         * (experimental) Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enableSelfMonitoring Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableSelfMonitoring(final java.lang.Boolean enableSelfMonitoring) {
            this.props().enableSelfMonitoring(enableSelfMonitoring);
            return this;
        }

        /**
         * (experimental) Create the CIS root-usage metric filter and alarm on a CloudTrail log group.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @param enableUsageAlarm Create the CIS root-usage metric filter and alarm on a CloudTrail log group. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableUsageAlarm(final java.lang.Boolean enableUsageAlarm) {
            this.props().enableUsageAlarm(enableUsageAlarm);
            return this;
        }

        /**
         * (experimental) Encrypt the topic the monitor creates with a customer managed KMS key.
         * <p>
         * The key policy lets EventBridge and CloudWatch alarms publish; the AWS
         * managed key <code>alias/aws/sns</code> cannot be used for that. Not allowed
         * together with <code>topic</code>: see the README for what your own encrypted topic
         * must grant.
         * <p>
         * Default: true
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html">https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html</a>
         * @param encryptTopic Encrypt the topic the monitor creates with a customer managed KMS key. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder encryptTopic(final java.lang.Boolean encryptTopic) {
            this.props().encryptTopic(encryptTopic);
            return this;
        }

        /**
         * (experimental) An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to.
         * <p>
         * When set, the monitor's own trail (if any) does not deliver to CloudWatch
         * Logs unless <code>trailOptions.sendToCloudWatchLogs</code> says so.
         * <p>
         * Default: - the log group of the trail the monitor creates
         * <p>
         * @return {@code this}
         * @param logGroup An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logGroup(final software.amazon.awscdk.services.logs.ILogGroup logGroup) {
            this.props().logGroup(logGroup);
            return this;
        }

        /**
         * (experimental) Options for the notifier.
         * <p>
         * Only allowed when <code>enableNotifier</code> is true.
         * <p>
         * Default: - times in UTC, the account alias as account name
         * <p>
         * @return {@code this}
         * @param notifierOptions Options for the notifier. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder notifierOptions(final io.github.cdkrootactivitymonitor.RootActivityNotifierOptions notifierOptions) {
            this.props().notifierOptions(notifierOptions);
            return this;
        }

        /**
         * (experimental) Options for the EventBridge rule.
         * <p>
         * Only allowed when <code>enableEventRule</code> is true.
         * <p>
         * Default: - matches root sign-ins and all root API calls, read-only ones included
         * <p>
         * @return {@code this}
         * @param ruleOptions Options for the EventBridge rule. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder ruleOptions(final io.github.cdkrootactivitymonitor.RootActivityRuleOptions ruleOptions) {
            this.props().ruleOptions(ruleOptions);
            return this;
        }

        /**
         * (experimental) An existing topic to send alerts to.
         * <p>
         * With <code>enableNotifier</code> false, the rule publishes to this topic itself:
         * the topic must then be in the monitor's region, and a topic defined in
         * another stack of the app is refused (granting the rule would make each
         * stack depend on the other); import such a topic with
         * <code>Topic.fromTopicArn</code> and let <code>events.amazonaws.com</code> publish in its own
         * policy (see the README).
         * <p>
         * Default: - a new topic is created
         * <p>
         * @return {@code this}
         * @param topic An existing topic to send alerts to. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topic(final software.amazon.awscdk.services.sns.ITopic topic) {
            this.props().topic(topic);
            return this;
        }

        /**
         * (experimental) The key for the topic the monitor creates.
         * <p>
         * For a key defined in the same app, the monitor adds the statements
         * EventBridge and CloudWatch need to its policy. Requires <code>encryptTopic</code>.
         * <p>
         * Default: - a new key with rotation enabled
         * <p>
         * @return {@code this}
         * @param topicEncryptionKey The key for the topic the monitor creates. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topicEncryptionKey(final software.amazon.awscdk.services.kms.IKey topicEncryptionKey) {
            this.props().topicEncryptionKey(topicEncryptionKey);
            return this;
        }

        /**
         * (experimental) The name of the topic the monitor creates.
         * <p>
         * Not allowed together with <code>topic</code>.
         * <p>
         * Default: - CloudFormation generates a name
         * <p>
         * @return {@code this}
         * @param topicName The name of the topic the monitor creates. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topicName(final java.lang.String topicName) {
            this.props().topicName(topicName);
            return this;
        }

        /**
         * (experimental) Options for the trail.
         * <p>
         * Only allowed when <code>createTrail</code> is true.
         * <p>
         * Default: - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it
         * <p>
         * @return {@code this}
         * @param trailOptions Options for the trail. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder trailOptions(final io.github.cdkrootactivitymonitor.RootActivityTrailOptions trailOptions) {
            this.props().trailOptions(trailOptions);
            return this;
        }

        /**
         * (experimental) Options for the usage alarm.
         * <p>
         * Only allowed when <code>enableUsageAlarm</code> is true.
         * <p>
         * Default: - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds
         * <p>
         * @return {@code this}
         * @param usageAlarmOptions Options for the usage alarm. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder usageAlarmOptions(final io.github.cdkrootactivitymonitor.RootUsageAlarmOptions usageAlarmOptions) {
            this.props().usageAlarmOptions(usageAlarmOptions);
            return this;
        }

        /**
         * @return a newly built instance of {@link io.github.cdkrootactivitymonitor.RootActivityMonitor}.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public io.github.cdkrootactivitymonitor.RootActivityMonitor build() {
            return new io.github.cdkrootactivitymonitor.RootActivityMonitor(
                this.scope,
                this.id,
                this.props != null ? this.props.build() : null
            );
        }

        private io.github.cdkrootactivitymonitor.RootActivityMonitorProps.Builder props() {
            if (this.props == null) {
                this.props = new io.github.cdkrootactivitymonitor.RootActivityMonitorProps.Builder();
            }
            return this.props;
        }
    }
}
