package io.github.cdkrootactivitymonitor;

/**
 * (experimental) A multi-region CloudTrail trail for management events (read and write), with log file validation and a hardened S3 bucket, optionally delivering to CloudWatch Logs.
 * <p>
 * EventBridge receives CloudTrail management events only while the account
 * has at least one trail, so an account without one needs this trail for
 * <code>RootActivityRule</code> to see anything. It also keeps the durable, validated
 * record an investigation needs, and feeds the metric-filter alarm through
 * CloudWatch Logs.
 * <p>
 * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html</a>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-11-23T19:42:34.737Z")
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
@software.amazon.jsii.Jsii(module = io.github.cdkrootactivitymonitor.$Module.class, fqn = "cdk-root-activity-monitor.RootActivityTrail")
public class RootActivityTrail extends software.constructs.Construct {

    protected RootActivityTrail(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected RootActivityTrail(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     * @param props
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityTrail(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.Nullable io.github.cdkrootactivitymonitor.RootActivityTrailProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), props });
    }

    /**
     * @param scope This parameter is required.
     * @param id This parameter is required.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public RootActivityTrail(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required") });
    }

    /**
     * (experimental) The bucket the trail writes its log files to.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.s3.IBucket getBucket() {
        return software.amazon.jsii.Kernel.get(this, "bucket", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.s3.IBucket.class));
    }

    /**
     * (experimental) The trail.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.NotNull software.amazon.awscdk.services.cloudtrail.Trail getTrail() {
        return software.amazon.jsii.Kernel.get(this, "trail", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.cloudtrail.Trail.class));
    }

    /**
     * (experimental) The bucket that receives the trail bucket's server access logs;
     * <p>
     * <code>undefined</code> when <code>bucket</code> was passed.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.s3.IBucket getAccessLogsBucket() {
        return software.amazon.jsii.Kernel.get(this, "accessLogsBucket", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.s3.IBucket.class));
    }

    /**
     * (experimental) The log group the trail delivers to;
     * <p>
     * <code>undefined</code> when <code>sendToCloudWatchLogs</code> is false.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public @org.jetbrains.annotations.Nullable software.amazon.awscdk.services.logs.ILogGroup getLogGroup() {
        return software.amazon.jsii.Kernel.get(this, "logGroup", software.amazon.jsii.NativeType.forClass(software.amazon.awscdk.services.logs.ILogGroup.class));
    }

    /**
     * (experimental) A fluent builder for {@link io.github.cdkrootactivitymonitor.RootActivityTrail}.
     */
    @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
    public static final class Builder implements software.amazon.jsii.Builder<io.github.cdkrootactivitymonitor.RootActivityTrail> {
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
        private io.github.cdkrootactivitymonitor.RootActivityTrailProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
        }

        /**
         * (experimental) An existing bucket for the trail's log files.
         * <p>
         * When set, no bucket is created and hardening the bucket is up to you. An
         * imported bucket's policy must already let CloudTrail call
         * <code>s3:GetBucketAcl</code> and <code>s3:PutObject</code>, or creating the trail fails; AWS
         * recommends an <code>aws:SourceArn</code> condition naming the trail on both. A
         * bucket defined in the same app gets aws-cdk-lib's statements, which
         * carry no such condition.
         * <p>
         * Default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html</a>
         * @param bucket An existing bucket for the trail's log files. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder bucket(final software.amazon.awscdk.services.s3.IBucket bucket) {
            this.props().bucket(bucket);
            return this;
        }

        /**
         * (experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted.
         * <p>
         * Ignored when <code>bucket</code> is passed.
         * <p>
         * Default: - kept until you delete them
         * <p>
         * @return {@code this}
         * @param bucketRetention How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder bucketRetention(final software.amazon.awscdk.Duration bucketRetention) {
            this.props().bucketRetention(bucketRetention);
            return this;
        }

        /**
         * (experimental) How long CloudWatch Logs keeps the trail's events.
         * <p>
         * Ignored unless <code>sendToCloudWatchLogs</code> is true.
         * <p>
         * Default: logs.RetentionDays.ONE_YEAR
         * <p>
         * @return {@code this}
         * @param cloudWatchLogsRetention How long CloudWatch Logs keeps the trail's events. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder cloudWatchLogsRetention(final software.amazon.awscdk.services.logs.RetentionDays cloudWatchLogsRetention) {
            this.props().cloudWatchLogsRetention(cloudWatchLogsRetention);
            return this;
        }

        /**
         * (experimental) A customer managed KMS key for the log files, the bucket and the log group.
         * <p>
         * For a key defined in the same app, the statements CloudTrail and
         * CloudWatch Logs need are added to its key policy; an imported key's
         * policy must already allow them (see the README).
         * <p>
         * Default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html</a>
         * @param encryptionKey A customer managed KMS key for the log files, the bucket and the log group. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder encryptionKey(final software.amazon.awscdk.services.kms.IKey encryptionKey) {
            this.props().encryptionKey(encryptionKey);
            return this;
        }

        /**
         * (experimental) What happens to the bucket and log group when they leave the stack.
         * <p>
         * Audit logs usually outlive the stack that made them.
         * <p>
         * Default: RemovalPolicy.RETAIN
         * <p>
         * @return {@code this}
         * @param removalPolicy What happens to the bucket and log group when they leave the stack. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder removalPolicy(final software.amazon.awscdk.RemovalPolicy removalPolicy) {
            this.props().removalPolicy(removalPolicy);
            return this;
        }

        /**
         * (experimental) Also deliver the trail's events to a CloudWatch Logs log group.
         * <p>
         * The metric-filter alarm needs this. Disabled for cost when the trail is
         * used on its own: CloudWatch Logs charges for ingestion and storage.
         * <p>
         * Default: false
         * <p>
         * @return {@code this}
         * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html">https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html</a>
         * @param sendToCloudWatchLogs Also deliver the trail's events to a CloudWatch Logs log group. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder sendToCloudWatchLogs(final java.lang.Boolean sendToCloudWatchLogs) {
            this.props().sendToCloudWatchLogs(sendToCloudWatchLogs);
            return this;
        }

        /**
         * (experimental) The name of the trail.
         * <p>
         * With a name, the bucket the trail creates lets CloudTrail write on behalf
         * of this one trail (its ARN in <code>aws:SourceArn</code>); without one, on behalf of
         * any trail of this account whose home region is the stack's.
         * <p>
         * Default: - CloudFormation generates a name
         * <p>
         * @return {@code this}
         * @param trailName The name of the trail. This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder trailName(final java.lang.String trailName) {
            this.props().trailName(trailName);
            return this;
        }

        /**
         * @return a newly built instance of {@link io.github.cdkrootactivitymonitor.RootActivityTrail}.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @Override
        public io.github.cdkrootactivitymonitor.RootActivityTrail build() {
            return new io.github.cdkrootactivitymonitor.RootActivityTrail(
                this.scope,
                this.id,
                this.props != null ? this.props.build() : null
            );
        }

        private io.github.cdkrootactivitymonitor.RootActivityTrailProps.Builder props() {
            if (this.props == null) {
                this.props = new io.github.cdkrootactivitymonitor.RootActivityTrailProps.Builder();
            }
            return this.props;
        }
    }
}
