package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Properties of <code>RootActivityMonitor</code>.
 * <p>
 * Every part is on by default.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.694Z")
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityMonitorProps")
@software.amazon.jsii.Jsii.Proxy(RootActivityMonitorProps.Jsii$Proxy.class)
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
public interface RootActivityMonitorProps extends software.amazon.jsii.JsiiSerializable {

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
     * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html</a>
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getCreateTrail() {
        return null;
    }

    /**
     * (experimental) E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first.
     * <p>
     * Not allowed together with <code>topic</code>: subscribe to your own topic yourself.
     * <p>
     * Default: - no subscriptions
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getEmailSubscriptions() {
        return null;
    }

    /**
     * (experimental) Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails.
     * <p>
     * Default: true
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableDeadLetterQueue() {
        return null;
    }

    /**
     * (experimental) Create the EventBridge rule that reacts to root events within seconds.
     * <p>
     * Default: true
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableEventRule() {
        return null;
    }

    /**
     * (experimental) Send rule matches through the notifier Lambda, which publishes a readable alert.
     * <p>
     * When false, the rule publishes the raw event JSON to the topic.
     * <p>
     * Requires <code>enableEventRule</code>.
     * <p>
     * Default: true
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableNotifier() {
        return null;
    }

    /**
     * (experimental) Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic.
     * <p>
     * Default: true
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableSelfMonitoring() {
        return null;
    }

    /**
     * (experimental) Create the CIS root-usage metric filter and alarm on a CloudTrail log group.
     * <p>
     * Default: true
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableUsageAlarm() {
        return null;
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
     * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html">https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html</a>
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEncryptTopic() {
        return null;
    }

    /**
     * (experimental) An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to.
     * <p>
     * When set, the monitor's own trail (if any) does not deliver to CloudWatch
     * Logs unless <code>trailOptions.sendToCloudWatchLogs</code> says so.
     * <p>
     * Default: - the log group of the trail the monitor creates
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.logs.ILogGroup getLogGroup() {
        return null;
    }

    /**
     * (experimental) Options for the notifier.
     * <p>
     * Only allowed when <code>enableNotifier</code> is true.
     * <p>
     * Default: - times in UTC, the account alias as account name
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityNotifierOptions getNotifierOptions() {
        return null;
    }

    /**
     * (experimental) Options for the EventBridge rule.
     * <p>
     * Only allowed when <code>enableEventRule</code> is true.
     * <p>
     * Default: - matches root sign-ins and all root API calls, read-only ones included
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityRuleOptions getRuleOptions() {
        return null;
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
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.sns.ITopic getTopic() {
        return null;
    }

    /**
     * (experimental) The key for the topic the monitor creates.
     * <p>
     * For a key defined in the same app, the monitor adds the statements
     * EventBridge and CloudWatch need to its policy. Requires <code>encryptTopic</code>.
     * <p>
     * Default: - a new key with rotation enabled
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.kms.IKey getTopicEncryptionKey() {
        return null;
    }

    /**
     * (experimental) The name of the topic the monitor creates.
     * <p>
     * Not allowed together with <code>topic</code>.
     * <p>
     * Default: - CloudFormation generates a name
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.String getTopicName() {
        return null;
    }

    /**
     * (experimental) Options for the trail.
     * <p>
     * Only allowed when <code>createTrail</code> is true.
     * <p>
     * Default: - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityTrailOptions getTrailOptions() {
        return null;
    }

    /**
     * (experimental) Options for the usage alarm.
     * <p>
     * Only allowed when <code>enableUsageAlarm</code> is true.
     * <p>
     * Default: - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootUsageAlarmOptions getUsageAlarmOptions() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link RootActivityMonitorProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link RootActivityMonitorProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<RootActivityMonitorProps> {
        java.lang.Boolean createTrail;
        java.util.List<java.lang.String> emailSubscriptions;
        java.lang.Boolean enableDeadLetterQueue;
        java.lang.Boolean enableEventRule;
        java.lang.Boolean enableNotifier;
        java.lang.Boolean enableSelfMonitoring;
        java.lang.Boolean enableUsageAlarm;
        java.lang.Boolean encryptTopic;
        software.amazon.awscdk.services.logs.ILogGroup logGroup;
        io.github.cdkrootactivitymonitor.RootActivityNotifierOptions notifierOptions;
        io.github.cdkrootactivitymonitor.RootActivityRuleOptions ruleOptions;
        software.amazon.awscdk.services.sns.ITopic topic;
        software.amazon.awscdk.services.kms.IKey topicEncryptionKey;
        java.lang.String topicName;
        io.github.cdkrootactivitymonitor.RootActivityTrailOptions trailOptions;
        io.github.cdkrootactivitymonitor.RootUsageAlarmOptions usageAlarmOptions;

        /**
         * Sets the value of {@link RootActivityMonitorProps#getCreateTrail}
         * @param createTrail Create a multi-region trail.
         *                    Set to false when the account is already covered by a trail, such as an
         *                    organization trail, and pass that trail's log group as <code>logGroup</code> to
         *                    keep the usage alarm. Costs money beside such a trail: only the first
         *                    copy of management events is free, and this trail would be a second
         *                    copy, charged per event.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder createTrail(java.lang.Boolean createTrail) {
            this.createTrail = createTrail;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEmailSubscriptions}
         * @param emailSubscriptions E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first.
         *                           Not allowed together with <code>topic</code>: subscribe to your own topic yourself.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder emailSubscriptions(java.util.List<java.lang.String> emailSubscriptions) {
            this.emailSubscriptions = emailSubscriptions;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEnableDeadLetterQueue}
         * @param enableDeadLetterQueue Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableDeadLetterQueue(java.lang.Boolean enableDeadLetterQueue) {
            this.enableDeadLetterQueue = enableDeadLetterQueue;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEnableEventRule}
         * @param enableEventRule Create the EventBridge rule that reacts to root events within seconds.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableEventRule(java.lang.Boolean enableEventRule) {
            this.enableEventRule = enableEventRule;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEnableNotifier}
         * @param enableNotifier Send rule matches through the notifier Lambda, which publishes a readable alert.
         *                       When false, the rule publishes the raw event JSON to the topic.
         *                       <p>
         *                       Requires <code>enableEventRule</code>.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableNotifier(java.lang.Boolean enableNotifier) {
            this.enableNotifier = enableNotifier;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEnableSelfMonitoring}
         * @param enableSelfMonitoring Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableSelfMonitoring(java.lang.Boolean enableSelfMonitoring) {
            this.enableSelfMonitoring = enableSelfMonitoring;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEnableUsageAlarm}
         * @param enableUsageAlarm Create the CIS root-usage metric filter and alarm on a CloudTrail log group.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder enableUsageAlarm(java.lang.Boolean enableUsageAlarm) {
            this.enableUsageAlarm = enableUsageAlarm;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getEncryptTopic}
         * @param encryptTopic Encrypt the topic the monitor creates with a customer managed KMS key.
         *                     The key policy lets EventBridge and CloudWatch alarms publish; the AWS
         *                     managed key <code>alias/aws/sns</code> cannot be used for that. Not allowed
         *                     together with <code>topic</code>: see the README for what your own encrypted topic
         *                     must grant.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder encryptTopic(java.lang.Boolean encryptTopic) {
            this.encryptTopic = encryptTopic;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getLogGroup}
         * @param logGroup An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to.
         *                 When set, the monitor's own trail (if any) does not deliver to CloudWatch
         *                 Logs unless <code>trailOptions.sendToCloudWatchLogs</code> says so.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logGroup(software.amazon.awscdk.services.logs.ILogGroup logGroup) {
            this.logGroup = logGroup;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getNotifierOptions}
         * @param notifierOptions Options for the notifier.
         *                        Only allowed when <code>enableNotifier</code> is true.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder notifierOptions(io.github.cdkrootactivitymonitor.RootActivityNotifierOptions notifierOptions) {
            this.notifierOptions = notifierOptions;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getRuleOptions}
         * @param ruleOptions Options for the EventBridge rule.
         *                    Only allowed when <code>enableEventRule</code> is true.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder ruleOptions(io.github.cdkrootactivitymonitor.RootActivityRuleOptions ruleOptions) {
            this.ruleOptions = ruleOptions;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getTopic}
         * @param topic An existing topic to send alerts to.
         *              With <code>enableNotifier</code> false, the rule publishes to this topic itself:
         *              the topic must then be in the monitor's region, and a topic defined in
         *              another stack of the app is refused (granting the rule would make each
         *              stack depend on the other); import such a topic with
         *              <code>Topic.fromTopicArn</code> and let <code>events.amazonaws.com</code> publish in its own
         *              policy (see the README).
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topic(software.amazon.awscdk.services.sns.ITopic topic) {
            this.topic = topic;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getTopicEncryptionKey}
         * @param topicEncryptionKey The key for the topic the monitor creates.
         *                           For a key defined in the same app, the monitor adds the statements
         *                           EventBridge and CloudWatch need to its policy. Requires <code>encryptTopic</code>.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topicEncryptionKey(software.amazon.awscdk.services.kms.IKey topicEncryptionKey) {
            this.topicEncryptionKey = topicEncryptionKey;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getTopicName}
         * @param topicName The name of the topic the monitor creates.
         *                  Not allowed together with <code>topic</code>.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topicName(java.lang.String topicName) {
            this.topicName = topicName;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getTrailOptions}
         * @param trailOptions Options for the trail.
         *                     Only allowed when <code>createTrail</code> is true.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder trailOptions(io.github.cdkrootactivitymonitor.RootActivityTrailOptions trailOptions) {
            this.trailOptions = trailOptions;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityMonitorProps#getUsageAlarmOptions}
         * @param usageAlarmOptions Options for the usage alarm.
         *                          Only allowed when <code>enableUsageAlarm</code> is true.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder usageAlarmOptions(io.github.cdkrootactivitymonitor.RootUsageAlarmOptions usageAlarmOptions) {
            this.usageAlarmOptions = usageAlarmOptions;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link RootActivityMonitorProps}
         * @throws NullPointerException if any required attribute was not provided
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public RootActivityMonitorProps build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link RootActivityMonitorProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements RootActivityMonitorProps {
        private final java.lang.Boolean createTrail;
        private final java.util.List<java.lang.String> emailSubscriptions;
        private final java.lang.Boolean enableDeadLetterQueue;
        private final java.lang.Boolean enableEventRule;
        private final java.lang.Boolean enableNotifier;
        private final java.lang.Boolean enableSelfMonitoring;
        private final java.lang.Boolean enableUsageAlarm;
        private final java.lang.Boolean encryptTopic;
        private final software.amazon.awscdk.services.logs.ILogGroup logGroup;
        private final io.github.cdkrootactivitymonitor.RootActivityNotifierOptions notifierOptions;
        private final io.github.cdkrootactivitymonitor.RootActivityRuleOptions ruleOptions;
        private final software.amazon.awscdk.services.sns.ITopic topic;
        private final software.amazon.awscdk.services.kms.IKey topicEncryptionKey;
        private final java.lang.String topicName;
        private final io.github.cdkrootactivitymonitor.RootActivityTrailOptions trailOptions;
        private final io.github.cdkrootactivitymonitor.RootUsageAlarmOptions usageAlarmOptions;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.createTrail = software.amazon.jsii.Kernel.get(this, "createTrail", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.emailSubscriptions = software.amazon.jsii.Kernel.get(this, "emailSubscriptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.enableDeadLetterQueue = software.amazon.jsii.Kernel.get(this, "enableDeadLetterQueue", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enableEventRule = software.amazon.jsii.Kernel.get(this, "enableEventRule", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enableNotifier = software.amazon.jsii.Kernel.get(this, "enableNotifier", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enableSelfMonitoring = software.amazon.jsii.Kernel.get(this, "enableSelfMonitoring", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enableUsageAlarm = software.amazon.jsii.Kernel.get(this, "enableUsageAlarm", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.encryptTopic = software.amazon.jsii.Kernel.get(this, "encryptTopic", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.logGroup = software.amazon.jsii.Kernel.get(this, "logGroup", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.ILogGroup.class));
            this.notifierOptions = software.amazon.jsii.Kernel.get(this, "notifierOptions", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityNotifierOptions.class));
            this.ruleOptions = software.amazon.jsii.Kernel.get(this, "ruleOptions", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityRuleOptions.class));
            this.topic = software.amazon.jsii.Kernel.get(this, "topic", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sns.ITopic.class));
            this.topicEncryptionKey = software.amazon.jsii.Kernel.get(this, "topicEncryptionKey", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.kms.IKey.class));
            this.topicName = software.amazon.jsii.Kernel.get(this, "topicName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.trailOptions = software.amazon.jsii.Kernel.get(this, "trailOptions", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootActivityTrailOptions.class));
            this.usageAlarmOptions = software.amazon.jsii.Kernel.get(this, "usageAlarmOptions", software.amazon.jsii.NativeType.forClass(io.github.cdkrootactivitymonitor.RootUsageAlarmOptions.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.createTrail = builder.createTrail;
            this.emailSubscriptions = builder.emailSubscriptions;
            this.enableDeadLetterQueue = builder.enableDeadLetterQueue;
            this.enableEventRule = builder.enableEventRule;
            this.enableNotifier = builder.enableNotifier;
            this.enableSelfMonitoring = builder.enableSelfMonitoring;
            this.enableUsageAlarm = builder.enableUsageAlarm;
            this.encryptTopic = builder.encryptTopic;
            this.logGroup = builder.logGroup;
            this.notifierOptions = builder.notifierOptions;
            this.ruleOptions = builder.ruleOptions;
            this.topic = builder.topic;
            this.topicEncryptionKey = builder.topicEncryptionKey;
            this.topicName = builder.topicName;
            this.trailOptions = builder.trailOptions;
            this.usageAlarmOptions = builder.usageAlarmOptions;
        }

        @Override
        public final java.lang.Boolean getCreateTrail() {
            return this.createTrail;
        }

        @Override
        public final java.util.List<java.lang.String> getEmailSubscriptions() {
            return this.emailSubscriptions;
        }

        @Override
        public final java.lang.Boolean getEnableDeadLetterQueue() {
            return this.enableDeadLetterQueue;
        }

        @Override
        public final java.lang.Boolean getEnableEventRule() {
            return this.enableEventRule;
        }

        @Override
        public final java.lang.Boolean getEnableNotifier() {
            return this.enableNotifier;
        }

        @Override
        public final java.lang.Boolean getEnableSelfMonitoring() {
            return this.enableSelfMonitoring;
        }

        @Override
        public final java.lang.Boolean getEnableUsageAlarm() {
            return this.enableUsageAlarm;
        }

        @Override
        public final java.lang.Boolean getEncryptTopic() {
            return this.encryptTopic;
        }

        @Override
        public final software.amazon.awscdk.services.logs.ILogGroup getLogGroup() {
            return this.logGroup;
        }

        @Override
        public final io.github.cdkrootactivitymonitor.RootActivityNotifierOptions getNotifierOptions() {
            return this.notifierOptions;
        }

        @Override
        public final io.github.cdkrootactivitymonitor.RootActivityRuleOptions getRuleOptions() {
            return this.ruleOptions;
        }

        @Override
        public final software.amazon.awscdk.services.sns.ITopic getTopic() {
            return this.topic;
        }

        @Override
        public final software.amazon.awscdk.services.kms.IKey getTopicEncryptionKey() {
            return this.topicEncryptionKey;
        }

        @Override
        public final java.lang.String getTopicName() {
            return this.topicName;
        }

        @Override
        public final io.github.cdkrootactivitymonitor.RootActivityTrailOptions getTrailOptions() {
            return this.trailOptions;
        }

        @Override
        public final io.github.cdkrootactivitymonitor.RootUsageAlarmOptions getUsageAlarmOptions() {
            return this.usageAlarmOptions;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCreateTrail() != null) {
                data.set("createTrail", om.valueToTree(this.getCreateTrail()));
            }
            if (this.getEmailSubscriptions() != null) {
                data.set("emailSubscriptions", om.valueToTree(this.getEmailSubscriptions()));
            }
            if (this.getEnableDeadLetterQueue() != null) {
                data.set("enableDeadLetterQueue", om.valueToTree(this.getEnableDeadLetterQueue()));
            }
            if (this.getEnableEventRule() != null) {
                data.set("enableEventRule", om.valueToTree(this.getEnableEventRule()));
            }
            if (this.getEnableNotifier() != null) {
                data.set("enableNotifier", om.valueToTree(this.getEnableNotifier()));
            }
            if (this.getEnableSelfMonitoring() != null) {
                data.set("enableSelfMonitoring", om.valueToTree(this.getEnableSelfMonitoring()));
            }
            if (this.getEnableUsageAlarm() != null) {
                data.set("enableUsageAlarm", om.valueToTree(this.getEnableUsageAlarm()));
            }
            if (this.getEncryptTopic() != null) {
                data.set("encryptTopic", om.valueToTree(this.getEncryptTopic()));
            }
            if (this.getLogGroup() != null) {
                data.set("logGroup", om.valueToTree(this.getLogGroup()));
            }
            if (this.getNotifierOptions() != null) {
                data.set("notifierOptions", om.valueToTree(this.getNotifierOptions()));
            }
            if (this.getRuleOptions() != null) {
                data.set("ruleOptions", om.valueToTree(this.getRuleOptions()));
            }
            if (this.getTopic() != null) {
                data.set("topic", om.valueToTree(this.getTopic()));
            }
            if (this.getTopicEncryptionKey() != null) {
                data.set("topicEncryptionKey", om.valueToTree(this.getTopicEncryptionKey()));
            }
            if (this.getTopicName() != null) {
                data.set("topicName", om.valueToTree(this.getTopicName()));
            }
            if (this.getTrailOptions() != null) {
                data.set("trailOptions", om.valueToTree(this.getTrailOptions()));
            }
            if (this.getUsageAlarmOptions() != null) {
                data.set("usageAlarmOptions", om.valueToTree(this.getUsageAlarmOptions()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cdk-root-activity-monitor.RootActivityMonitorProps"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            RootActivityMonitorProps.Jsii$Proxy that = (RootActivityMonitorProps.Jsii$Proxy) o;

            if (this.createTrail != null ? !this.createTrail.equals(that.createTrail) : that.createTrail != null) return false;
            if (this.emailSubscriptions != null ? !this.emailSubscriptions.equals(that.emailSubscriptions) : that.emailSubscriptions != null) return false;
            if (this.enableDeadLetterQueue != null ? !this.enableDeadLetterQueue.equals(that.enableDeadLetterQueue) : that.enableDeadLetterQueue != null) return false;
            if (this.enableEventRule != null ? !this.enableEventRule.equals(that.enableEventRule) : that.enableEventRule != null) return false;
            if (this.enableNotifier != null ? !this.enableNotifier.equals(that.enableNotifier) : that.enableNotifier != null) return false;
            if (this.enableSelfMonitoring != null ? !this.enableSelfMonitoring.equals(that.enableSelfMonitoring) : that.enableSelfMonitoring != null) return false;
            if (this.enableUsageAlarm != null ? !this.enableUsageAlarm.equals(that.enableUsageAlarm) : that.enableUsageAlarm != null) return false;
            if (this.encryptTopic != null ? !this.encryptTopic.equals(that.encryptTopic) : that.encryptTopic != null) return false;
            if (this.logGroup != null ? !this.logGroup.equals(that.logGroup) : that.logGroup != null) return false;
            if (this.notifierOptions != null ? !this.notifierOptions.equals(that.notifierOptions) : that.notifierOptions != null) return false;
            if (this.ruleOptions != null ? !this.ruleOptions.equals(that.ruleOptions) : that.ruleOptions != null) return false;
            if (this.topic != null ? !this.topic.equals(that.topic) : that.topic != null) return false;
            if (this.topicEncryptionKey != null ? !this.topicEncryptionKey.equals(that.topicEncryptionKey) : that.topicEncryptionKey != null) return false;
            if (this.topicName != null ? !this.topicName.equals(that.topicName) : that.topicName != null) return false;
            if (this.trailOptions != null ? !this.trailOptions.equals(that.trailOptions) : that.trailOptions != null) return false;
            return this.usageAlarmOptions != null ? this.usageAlarmOptions.equals(that.usageAlarmOptions) : that.usageAlarmOptions == null;
        }

        @Override
        public final int hashCode() {
            int result = this.createTrail != null ? this.createTrail.hashCode() : 0;
            result = 31 * result + (this.emailSubscriptions != null ? this.emailSubscriptions.hashCode() : 0);
            result = 31 * result + (this.enableDeadLetterQueue != null ? this.enableDeadLetterQueue.hashCode() : 0);
            result = 31 * result + (this.enableEventRule != null ? this.enableEventRule.hashCode() : 0);
            result = 31 * result + (this.enableNotifier != null ? this.enableNotifier.hashCode() : 0);
            result = 31 * result + (this.enableSelfMonitoring != null ? this.enableSelfMonitoring.hashCode() : 0);
            result = 31 * result + (this.enableUsageAlarm != null ? this.enableUsageAlarm.hashCode() : 0);
            result = 31 * result + (this.encryptTopic != null ? this.encryptTopic.hashCode() : 0);
            result = 31 * result + (this.logGroup != null ? this.logGroup.hashCode() : 0);
            result = 31 * result + (this.notifierOptions != null ? this.notifierOptions.hashCode() : 0);
            result = 31 * result + (this.ruleOptions != null ? this.ruleOptions.hashCode() : 0);
            result = 31 * result + (this.topic != null ? this.topic.hashCode() : 0);
            result = 31 * result + (this.topicEncryptionKey != null ? this.topicEncryptionKey.hashCode() : 0);
            result = 31 * result + (this.topicName != null ? this.topicName.hashCode() : 0);
            result = 31 * result + (this.trailOptions != null ? this.trailOptions.hashCode() : 0);
            result = 31 * result + (this.usageAlarmOptions != null ? this.usageAlarmOptions.hashCode() : 0);
            return result;
        }
    }
}
