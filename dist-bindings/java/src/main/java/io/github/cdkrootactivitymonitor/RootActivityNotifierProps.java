package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Properties of <code>RootActivityNotifier</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.724Z")
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityNotifierProps")
@software.amazon.jsii.Jsii.Proxy(RootActivityNotifierProps.Jsii$Proxy.class)
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
public interface RootActivityNotifierProps extends software.amazon.jsii.JsiiSerializable, io.github.cdkrootactivitymonitor.RootActivityNotifierOptions {

    /**
     * (experimental) The topic the alerts are published to.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.sns.ITopic getTopic();

    /**
     * (experimental) Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries.
     * <p>
     * Default: - failed events stay in the alert queue until its 14-day retention ends
     * <p>
     * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html">https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html</a>
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.sqs.IQueue getFailureQueue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link RootActivityNotifierProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link RootActivityNotifierProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<RootActivityNotifierProps> {
        software.amazon.awscdk.services.sns.ITopic topic;
        software.amazon.awscdk.services.sqs.IQueue failureQueue;
        java.lang.String accountName;
        software.amazon.awscdk.services.logs.RetentionDays logRetention;
        java.lang.Number reservedConcurrency;
        java.lang.String timeZone;

        /**
         * Sets the value of {@link RootActivityNotifierProps#getTopic}
         * @param topic The topic the alerts are published to. This parameter is required.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder topic(software.amazon.awscdk.services.sns.ITopic topic) {
            this.topic = topic;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierProps#getFailureQueue}
         * @param failureQueue Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder failureQueue(software.amazon.awscdk.services.sqs.IQueue failureQueue) {
            this.failureQueue = failureQueue;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierProps#getAccountName}
         * @param accountName A friendly name for the account, shown in alerts instead of its IAM account alias.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder accountName(java.lang.String accountName) {
            this.accountName = accountName;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierProps#getLogRetention}
         * @param logRetention How long the function's own logs are kept.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logRetention(software.amazon.awscdk.services.logs.RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierProps#getReservedConcurrency}
         * @param reservedConcurrency Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts.
         *                            At least 2: the alert
         *                            queue invokes the function up to twice at once.
         *                            <p>
         *                            Reserving fails on accounts whose Lambda concurrency quota is small (new
         *                            accounts may have 10), which is why it is off by default.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder reservedConcurrency(java.lang.Number reservedConcurrency) {
            this.reservedConcurrency = reservedConcurrency;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierProps#getTimeZone}
         * @param timeZone The IANA time zone the alert shows the event time in, beside UTC.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder timeZone(java.lang.String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link RootActivityNotifierProps}
         * @throws NullPointerException if any required attribute was not provided
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public RootActivityNotifierProps build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link RootActivityNotifierProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements RootActivityNotifierProps {
        private final software.amazon.awscdk.services.sns.ITopic topic;
        private final software.amazon.awscdk.services.sqs.IQueue failureQueue;
        private final java.lang.String accountName;
        private final software.amazon.awscdk.services.logs.RetentionDays logRetention;
        private final java.lang.Number reservedConcurrency;
        private final java.lang.String timeZone;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.topic = software.amazon.jsii.Kernel.get(this, "topic", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sns.ITopic.class));
            this.failureQueue = software.amazon.jsii.Kernel.get(this, "failureQueue", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.sqs.IQueue.class));
            this.accountName = software.amazon.jsii.Kernel.get(this, "accountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.logRetention = software.amazon.jsii.Kernel.get(this, "logRetention", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.RetentionDays.class));
            this.reservedConcurrency = software.amazon.jsii.Kernel.get(this, "reservedConcurrency", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.timeZone = software.amazon.jsii.Kernel.get(this, "timeZone", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.topic = java.util.Objects.requireNonNull(builder.topic, "topic is required");
            this.failureQueue = builder.failureQueue;
            this.accountName = builder.accountName;
            this.logRetention = builder.logRetention;
            this.reservedConcurrency = builder.reservedConcurrency;
            this.timeZone = builder.timeZone;
        }

        @Override
        public final software.amazon.awscdk.services.sns.ITopic getTopic() {
            return this.topic;
        }

        @Override
        public final software.amazon.awscdk.services.sqs.IQueue getFailureQueue() {
            return this.failureQueue;
        }

        @Override
        public final java.lang.String getAccountName() {
            return this.accountName;
        }

        @Override
        public final software.amazon.awscdk.services.logs.RetentionDays getLogRetention() {
            return this.logRetention;
        }

        @Override
        public final java.lang.Number getReservedConcurrency() {
            return this.reservedConcurrency;
        }

        @Override
        public final java.lang.String getTimeZone() {
            return this.timeZone;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("topic", om.valueToTree(this.getTopic()));
            if (this.getFailureQueue() != null) {
                data.set("failureQueue", om.valueToTree(this.getFailureQueue()));
            }
            if (this.getAccountName() != null) {
                data.set("accountName", om.valueToTree(this.getAccountName()));
            }
            if (this.getLogRetention() != null) {
                data.set("logRetention", om.valueToTree(this.getLogRetention()));
            }
            if (this.getReservedConcurrency() != null) {
                data.set("reservedConcurrency", om.valueToTree(this.getReservedConcurrency()));
            }
            if (this.getTimeZone() != null) {
                data.set("timeZone", om.valueToTree(this.getTimeZone()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cdk-root-activity-monitor.RootActivityNotifierProps"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            RootActivityNotifierProps.Jsii$Proxy that = (RootActivityNotifierProps.Jsii$Proxy) o;

            if (!topic.equals(that.topic)) return false;
            if (this.failureQueue != null ? !this.failureQueue.equals(that.failureQueue) : that.failureQueue != null) return false;
            if (this.accountName != null ? !this.accountName.equals(that.accountName) : that.accountName != null) return false;
            if (this.logRetention != null ? !this.logRetention.equals(that.logRetention) : that.logRetention != null) return false;
            if (this.reservedConcurrency != null ? !this.reservedConcurrency.equals(that.reservedConcurrency) : that.reservedConcurrency != null) return false;
            return this.timeZone != null ? this.timeZone.equals(that.timeZone) : that.timeZone == null;
        }

        @Override
        public final int hashCode() {
            int result = this.topic.hashCode();
            result = 31 * result + (this.failureQueue != null ? this.failureQueue.hashCode() : 0);
            result = 31 * result + (this.accountName != null ? this.accountName.hashCode() : 0);
            result = 31 * result + (this.logRetention != null ? this.logRetention.hashCode() : 0);
            result = 31 * result + (this.reservedConcurrency != null ? this.reservedConcurrency.hashCode() : 0);
            result = 31 * result + (this.timeZone != null ? this.timeZone.hashCode() : 0);
            return result;
        }
    }
}
