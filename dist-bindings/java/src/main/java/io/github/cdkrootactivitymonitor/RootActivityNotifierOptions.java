package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Options for the Lambda function that turns a root event into a readable alert.
 * <p>
 * Used by <code>RootActivityNotifier</code> and as <code>notifierOptions</code> of <code>RootActivityMonitor</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.723Z")
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityNotifierOptions")
@software.amazon.jsii.Jsii.Proxy(RootActivityNotifierOptions.Jsii$Proxy.class)
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
public interface RootActivityNotifierOptions extends software.amazon.jsii.JsiiSerializable {

    /**
     * (experimental) A friendly name for the account, shown in alerts instead of its IAM account alias.
     * <p>
     * Default: - the account alias from `iam:ListAccountAliases`, else the account id
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.String getAccountName() {
        return null;
    }

    /**
     * (experimental) How long the function's own logs are kept.
     * <p>
     * Default: logs.RetentionDays.ONE_YEAR
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.logs.RetentionDays getLogRetention() {
        return null;
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
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html">https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html</a>
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.Number getReservedConcurrency() {
        return null;
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
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    default @org.jetbrains.annotations.Nullable java.lang.String getTimeZone() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link RootActivityNotifierOptions}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link RootActivityNotifierOptions}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<RootActivityNotifierOptions> {
        java.lang.String accountName;
        software.amazon.awscdk.services.logs.RetentionDays logRetention;
        java.lang.Number reservedConcurrency;
        java.lang.String timeZone;

        /**
         * Sets the value of {@link RootActivityNotifierOptions#getAccountName}
         * @param accountName A friendly name for the account, shown in alerts instead of its IAM account alias.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder accountName(java.lang.String accountName) {
            this.accountName = accountName;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierOptions#getLogRetention}
         * @param logRetention How long the function's own logs are kept.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder logRetention(software.amazon.awscdk.services.logs.RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityNotifierOptions#getReservedConcurrency}
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
         * Sets the value of {@link RootActivityNotifierOptions#getTimeZone}
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
         * @return a new instance of {@link RootActivityNotifierOptions}
         * @throws NullPointerException if any required attribute was not provided
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public RootActivityNotifierOptions build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link RootActivityNotifierOptions}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements RootActivityNotifierOptions {
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
            this.accountName = builder.accountName;
            this.logRetention = builder.logRetention;
            this.reservedConcurrency = builder.reservedConcurrency;
            this.timeZone = builder.timeZone;
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
            struct.set("fqn", om.valueToTree("cdk-root-activity-monitor.RootActivityNotifierOptions"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            RootActivityNotifierOptions.Jsii$Proxy that = (RootActivityNotifierOptions.Jsii$Proxy) o;

            if (this.accountName != null ? !this.accountName.equals(that.accountName) : that.accountName != null) return false;
            if (this.logRetention != null ? !this.logRetention.equals(that.logRetention) : that.logRetention != null) return false;
            if (this.reservedConcurrency != null ? !this.reservedConcurrency.equals(that.reservedConcurrency) : that.reservedConcurrency != null) return false;
            return this.timeZone != null ? this.timeZone.equals(that.timeZone) : that.timeZone == null;
        }

        @Override
        public final int hashCode() {
            int result = this.accountName != null ? this.accountName.hashCode() : 0;
            result = 31 * result + (this.logRetention != null ? this.logRetention.hashCode() : 0);
            result = 31 * result + (this.reservedConcurrency != null ? this.reservedConcurrency.hashCode() : 0);
            result = 31 * result + (this.timeZone != null ? this.timeZone.hashCode() : 0);
            return result;
        }
    }
}
