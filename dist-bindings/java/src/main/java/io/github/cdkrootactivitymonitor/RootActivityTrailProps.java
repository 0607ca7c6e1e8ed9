package io.github.cdkrootactivitymonitor;

/**
 * (experimental) Properties of <code>RootActivityTrail</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.740Z")
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityTrailProps")
@software.amazon.jsii.Jsii.Proxy(RootActivityTrailProps.Jsii$Proxy.class)
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
public interface RootActivityTrailProps extends software.amazon.jsii.JsiiSerializable, io.github.cdkrootactivitymonitor.RootActivityTrailOptions {

    /**
     * @return a {@link Builder} of {@link RootActivityTrailProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link RootActivityTrailProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<RootActivityTrailProps> {
        software.amazon.awscdk.services.s3.IBucket bucket;
        software.amazon.awscdk.Duration bucketRetention;
        software.amazon.awscdk.services.logs.RetentionDays cloudWatchLogsRetention;
        software.amazon.awscdk.services.kms.IKey encryptionKey;
        software.amazon.awscdk.RemovalPolicy removalPolicy;
        java.lang.Boolean sendToCloudWatchLogs;
        java.lang.String trailName;

        /**
         * Sets the value of {@link RootActivityTrailProps#getBucket}
         * @param bucket An existing bucket for the trail's log files.
         *               When set, no bucket is created and hardening the bucket is up to you. An
         *               imported bucket's policy must already let CloudTrail call
         *               <code>s3:GetBucketAcl</code> and <code>s3:PutObject</code>, or creating the trail fails; AWS
         *               recommends an <code>aws:SourceArn</code> condition naming the trail on both. A
         *               bucket defined in the same app gets aws-cdk-lib's statements, which
         *               carry no such condition.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder bucket(software.amazon.awscdk.services.s3.IBucket bucket) {
            this.bucket = bucket;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getBucketRetention}
         * @param bucketRetention How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted.
         *                        Ignored when <code>bucket</code> is passed.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder bucketRetention(software.amazon.awscdk.Duration bucketRetention) {
            this.bucketRetention = bucketRetention;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getCloudWatchLogsRetention}
         * @param cloudWatchLogsRetention How long CloudWatch Logs keeps the trail's events.
         *                                Ignored unless <code>sendToCloudWatchLogs</code> is true.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder cloudWatchLogsRetention(software.amazon.awscdk.services.logs.RetentionDays cloudWatchLogsRetention) {
            this.cloudWatchLogsRetention = cloudWatchLogsRetention;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getEncryptionKey}
         * @param encryptionKey A customer managed KMS key for the log files, the bucket and the log group.
         *                      For a key defined in the same app, the statements CloudTrail and
         *                      CloudWatch Logs need are added to its key policy; an imported key's
         *                      policy must already allow them (see the README).
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder encryptionKey(software.amazon.awscdk.services.kms.IKey encryptionKey) {
            this.encryptionKey = encryptionKey;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getRemovalPolicy}
         * @param removalPolicy What happens to the bucket and log group when they leave the stack.
         *                      Audit logs usually outlive the stack that made them.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder removalPolicy(software.amazon.awscdk.RemovalPolicy removalPolicy) {
            this.removalPolicy = removalPolicy;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getSendToCloudWatchLogs}
         * @param sendToCloudWatchLogs Also deliver the trail's events to a CloudWatch Logs log group.
         *                             The metric-filter alarm needs this. Disabled for cost when the trail is
         *                             used on its own: CloudWatch Logs charges for ingestion and storage.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder sendToCloudWatchLogs(java.lang.Boolean sendToCloudWatchLogs) {
            this.sendToCloudWatchLogs = sendToCloudWatchLogs;
            return this;
        }

        /**
         * Sets the value of {@link RootActivityTrailProps#getTrailName}
         * @param trailName The name of the trail.
         *                  With a name, the bucket the trail creates lets CloudTrail write on behalf
         *                  of this one trail (its ARN in <code>aws:SourceArn</code>); without one, on behalf of
         *                  any trail of this account whose home region is the stack's.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder trailName(java.lang.String trailName) {
            this.trailName = trailName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link RootActivityTrailProps}
         * @throws NullPointerException if any required attribute was not provided
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public RootActivityTrailProps build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link RootActivityTrailProps}
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements RootActivityTrailProps {
        private final software.amazon.awscdk.services.s3.IBucket bucket;
        private final software.amazon.awscdk.Duration bucketRetention;
        private final software.amazon.awscdk.services.logs.RetentionDays cloudWatchLogsRetention;
        private final software.amazon.awscdk.services.kms.IKey encryptionKey;
        private final software.amazon.awscdk.RemovalPolicy removalPolicy;
        private final java.lang.Boolean sendToCloudWatchLogs;
        private final java.lang.String trailName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.bucket = software.amazon.jsii.Kernel.get(this, "bucket", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.s3.IBucket.class));
            this.bucketRetention = software.amazon.jsii.Kernel.get(this, "bucketRetention", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.Duration.class));
            this.cloudWatchLogsRetention = software.amazon.jsii.Kernel.get(this, "cloudWatchLogsRetention", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.RetentionDays.class));
            this.encryptionKey = software.amazon.jsii.Kernel.get(this, "encryptionKey", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.kms.IKey.class));
            this.removalPolicy = software.amazon.jsii.Kernel.get(this, "removalPolicy", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.RemovalPolicy.class));
            this.sendToCloudWatchLogs = software.amazon.jsii.Kernel.get(this, "sendToCloudWatchLogs", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.trailName = software.amazon.jsii.Kernel.get(this, "trailName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.bucket = builder.bucket;
            this.bucketRetention = builder.bucketRetention;
            this.cloudWatchLogsRetention = builder.cloudWatchLogsRetention;
            this.encryptionKey = builder.encryptionKey;
            this.removalPolicy = builder.removalPolicy;
            this.sendToCloudWatchLogs = builder.sendToCloudWatchLogs;
            this.trailName = builder.trailName;
        }

        @Override
        public final software.amazon.awscdk.services.s3.IBucket getBucket() {
            return this.bucket;
        }

        @Override
        public final software.amazon.awscdk.Duration getBucketRetention() {
            return this.bucketRetention;
        }

        @Override
        public final software.amazon.awscdk.services.logs.RetentionDays getCloudWatchLogsRetention() {
            return this.cloudWatchLogsRetention;
        }

        @Override
        public final software.amazon.awscdk.services.kms.IKey getEncryptionKey() {
            return this.encryptionKey;
        }

        @Override
        public final software.amazon.awscdk.RemovalPolicy getRemovalPolicy() {
            return this.removalPolicy;
        }

        @Override
        public final java.lang.Boolean getSendToCloudWatchLogs() {
            return this.sendToCloudWatchLogs;
        }

        @Override
        public final java.lang.String getTrailName() {
            return this.trailName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBucket() != null) {
                data.set("bucket", om.valueToTree(this.getBucket()));
            }
            if (this.getBucketRetention() != null) {
                data.set("bucketRetention", om.valueToTree(this.getBucketRetention()));
            }
            if (this.getCloudWatchLogsRetention() != null) {
                data.set("cloudWatchLogsRetention", om.valueToTree(this.getCloudWatchLogsRetention()));
            }
            if (this.getEncryptionKey() != null) {
                data.set("encryptionKey", om.valueToTree(this.getEncryptionKey()));
            }
            if (this.getRemovalPolicy() != null) {
                data.set("removalPolicy", om.valueToTree(this.getRemovalPolicy()));
            }
            if (this.getSendToCloudWatchLogs() != null) {
                data.set("sendToCloudWatchLogs", om.valueToTree(this.getSendToCloudWatchLogs()));
            }
            if (this.getTrailName() != null) {
                data.set("trailName", om.valueToTree(this.getTrailName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cdk-root-activity-monitor.RootActivityTrailProps"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            RootActivityTrailProps.Jsii$Proxy that = (RootActivityTrailProps.Jsii$Proxy) o;

            if (this.bucket != null ? !this.bucket.equals(that.bucket) : that.bucket != null) return false;
            if (this.bucketRetention != null ? !this.bucketRetention.equals(that.bucketRetention) : that.bucketRetention != null) return false;
            if (this.cloudWatchLogsRetention != null ? !this.cloudWatchLogsRetention.equals(that.cloudWatchLogsRetention) : that.cloudWatchLogsRetention != null) return false;
            if (this.encryptionKey != null ? !this.encryptionKey.equals(that.encryptionKey) : that.encryptionKey != null) return false;
            if (this.removalPolicy != null ? !this.removalPolicy.equals(that.removalPolicy) : that.removalPolicy != null) return false;
            if (this.sendToCloudWatchLogs != null ? !this.sendToCloudWatchLogs.equals(that.sendToCloudWatchLogs) : that.sendToCloudWatchLogs != null) return false;
            return this.trailName != null ? this.trailName.equals(that.trailName) : that.trailName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.bucket != null ? this.bucket.hashCode() : 0;
            result = 31 * result + (this.bucketRetention != null ? this.bucketRetention.hashCode() : 0);
            result = 31 * result + (this.cloudWatchLogsRetention != null ? this.cloudWatchLogsRetention.hashCode() : 0);
            result = 31 * result + (this.encryptionKey != null ? this.encryptionKey.hashCode() : 0);
            result = 31 * result + (this.removalPolicy != null ? this.removalPolicy.hashCode() : 0);
            result = 31 * result + (this.sendToCloudWatchLogs != null ? this.sendToCloudWatchLogs.hashCode() : 0);
            result = 31 * result + (this.trailName != null ? this.trailName.hashCode() : 0);
            return result;
        }
    }
}
