import { RemovalPolicy } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { checkNotBlank } from './validation';

/**
 * Options for the trail that records root activity.
 *
 * Used on its own by `RootActivityTrail` and as `trailOptions` of
 * `RootActivityMonitor`.
 */
export interface RootActivityTrailOptions {
  /**
   * The name of the trail.
   *
   * @default - CloudFormation generates a name
   */
  readonly trailName?: string;

  /**
   * An existing bucket for the trail's log files.
   *
   * When set, no bucket is created and hardening the bucket is up to you.
   *
   * @default - a new encrypted, versioned, TLS-only bucket with public access blocked
   */
  readonly bucket?: s3.IBucket;

  /**
   * Also deliver the trail's events to a CloudWatch Logs log group.
   *
   * The metric-filter alarm needs this. Disabled for cost when the trail is
   * used on its own: CloudWatch Logs charges for ingestion and storage.
   *
   * @default false
   * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
   */
  readonly sendToCloudWatchLogs?: boolean;

  /**
   * How long CloudWatch Logs keeps the trail's events.
   *
   * Ignored unless `sendToCloudWatchLogs` is true.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly cloudWatchLogsRetention?: logs.RetentionDays;

  /**
   * What happens to the bucket and log group when they leave the stack.
   *
   * Audit logs usually outlive the stack that made them.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Properties of `RootActivityTrail`.
 */
export interface RootActivityTrailProps extends RootActivityTrailOptions {}

/**
 * A multi-region CloudTrail trail for management events (read and write),
 * with log file validation and a hardened S3 bucket, optionally delivering to
 * CloudWatch Logs.
 *
 * EventBridge receives CloudTrail management events without a trail; this
 * trail keeps the durable, validated record that an investigation needs, and
 * feeds the metric-filter alarm through CloudWatch Logs.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html
 */
export class RootActivityTrail extends Construct {
  /** The trail. */
  public readonly trail: cloudtrail.Trail;

  /** The bucket the trail writes its log files to. */
  public readonly bucket: s3.IBucket;

  /** The log group the trail delivers to; `undefined` when `sendToCloudWatchLogs` is false. */
  public readonly logGroup?: logs.ILogGroup;

  constructor(scope: Construct, id: string, props: RootActivityTrailProps = {}) {
    super(scope, id);
    checkNotBlank('RootActivityTrail', 'trailName', props.trailName);

    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.bucket = props.bucket ?? new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy,
    });

    if (props.sendToCloudWatchLogs) {
      this.logGroup = new logs.LogGroup(this, 'LogGroup', {
        retention: props.cloudWatchLogsRetention ?? logs.RetentionDays.ONE_YEAR,
        removalPolicy,
      });
    }

    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName: props.trailName,
      bucket: this.bucket,
      // Root sign-ins and IAM calls are global service events; a single-region
      // trail outside us-east-1 would miss them.
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
      enableFileValidation: true,
      sendToCloudWatchLogs: props.sendToCloudWatchLogs ?? false,
      cloudWatchLogGroup: this.logGroup,
    });
  }
}
