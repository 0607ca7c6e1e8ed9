package io.github.cdkrootactivitymonitor;

/**
 * (experimental) A Lambda function that receives root events through an SQS queue and publishes a readable alert to an SNS topic: what happened, who, from where, whether MFA was used, success or failure, in the account's alias and a chosen time zone, followed by the full event.
 * <p>
 * Point an EventBridge rule at <code>queue</code>. The queue feeds the function in
 * batches, at most two at a time, and the function publishes at most three
 * messages a batch, 2.5 s apart: a burst of root activity becomes a few
 * summaries rather than a flood that would make SNS suspend an e-mail
 * subscription (10 messages a second at most). Every event id appears in a
 * message and in the logs.
 * <p>
 * The handler is bundled at build time and ships in this package, so neither
 * esbuild nor Docker is needed to synthesize it.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.714Z")
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityNotifier")
public class RootActivityNotifier extends software.constructs.Construct {

    protected RootActivityNotifier(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected RootActivityNotifier(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     * @param props This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityNotifier(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull io.github.cdkrootactivitymonitor.RootActivityNotifierProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * (experimental) The Lambda function.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.lambda.Function getHandler() {
        return software.amazon.jsii.Kernel.get(this, "handler", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.lambda.Function.class));
    }

    /**
     * (experimental) The log group of the function.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.logs.ILogGroup getLogGroup() {
        return software.amazon.jsii.Kernel.get(this, "logGroup", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.ILogGroup.class));
    }

    /**
     * (experimental) The queue root events are delivered to;
     * <p>
     * the function reads it in batches.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.sqs.Queue getQueue() {
        return software.amazon.jsii.Kernel.get(this, "queue", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sqs.Queue.class));
    }

    /**
     * (experimental) A fluent builder for {@link io.github.cdkrootactivitymonitor.RootActivityNotifier}.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<io.github.cdkrootactivitymonitor.RootActivityNotifier> {
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
        private final io.github.cdkrootactivitymonitor.RootActivityNotifierProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new io.github.cdkrootactivitymonitor.RootActivityNotifierProps.Builder();
        }

        /**
         * (experimental) A friendly name for the account, shown in alerts instead of its IAM account alias.
         * <p>
         * Default: - the account alias from `iam:ListAccountAliases`, else the account id
         * <p>
         * @return {@code this}
         * @param accountName A friendly name for the account, shown in alerts instead of its IAM account alias. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder accountName(final java.lang.String accountName) {
            this.props.accountName(accountName);
            return this;
        }

        /**
         * (experimental) How long the function's own logs are kept.
         * <p>
         * Default: logs.RetentionDays.ONE_YEAR
         * <p>
         * @return {@code this}
         * @param logRetention How long the function's own logs are kept. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logRetention(final software.amazon.awscdk.services.logs.RetentionDays logRetention) {
            this.props.logRetention(logRetention);
            return this;
        }

        /**
         * (experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts.
         * <p>
         * At least 2: the alert
         * queue invokes the function up to twice at once.
         * <p>
         * Reserving fails on accounts whose Lambda concurrency quota is small (new
         * accounts may have 10), which is why it is off by default.
         * <p>
         * Default: - no reserved concurrency
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html">https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html</a>
         * @param reservedConcurrency Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder reservedConcurrency(final java.lang.Number reservedConcurrency) {
            this.props.reservedConcurrency(reservedConcurrency);
            return this;
        }

        /**
         * (experimental) The IANA time zone the alert shows the event time in, beside UTC.
         * <p>
         * Default: 'UTC'
         * <p>
         * Example:
         * <p>
         * <blockquote><pre>
         * "Europe/Berlin";
         * </pre></blockquote>
         * <p>
         * @return {@code this}
         * @param timeZone The IANA time zone the alert shows the event time in, beside UTC. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder timeZone(final java.lang.String timeZone) {
            this.props.timeZone(timeZone);
            return this;
        }

        /**
         * (experimental) The topic the alerts are published to.
         * <p>
         * @return {@code this}
         * @param topic The topic the alerts are published to. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topic(final software.amazon.awscdk.services.sns.ITopic topic) {
            this.props.topic(topic);
            return this;
        }

        /**
         * (experimental) Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries.
         * <p>
         * Default: - failed events stay in the alert queue until its 14-day retention ends
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html">https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html</a>
         * @param failureQueue Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder failureQueue(final software.amazon.awscdk.services.sqs.IQueue failureQueue) {
            this.props.failureQueue(failureQueue);
            return this;
        }

        /**
         * @return a newly built instance of {@link io.github.cdkrootactivitymonitor.RootActivityNotifier}.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public io.github.cdkrootactivitymonitor.RootActivityNotifier build() {
            return new io.github.cdkrootactivitymonitor.RootActivityNotifier(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
