import { ArnFormat, CfnResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeControl, CONTROL_REASONS } from '../compliance/control-acknowledgements';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';
import { checkTrailOptions } from '../validation/part-props-validation';

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
   * With a name, the bucket the trail creates lets CloudTrail write on behalf
   * of this one trail (its ARN in `aws:SourceArn`); without one, on behalf of
   * any trail of this account whose home region is the stack's.
   *
   * @default - CloudFormation generates a name
   */
  readonly trailName?: string;

  /**
   * An existing bucket for the trail's log files.
   *
   * When set, no bucket is created and hardening the bucket is up to you. An
   * imported bucket's policy must already let CloudTrail call
   * `s3:GetBucketAcl` and `s3:PutObject`, or creating the trail fails; AWS
   * recommends an `aws:SourceArn` condition naming the trail on both. A
   * bucket defined in the same app gets aws-cdk-lib's statements, which
   * carry no such condition.
   *
   * @default - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only
   * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
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
   * A customer managed KMS key for the log files, the bucket and the log
   * group.
   *
   * For a key defined in the same app, the statements CloudTrail and
   * CloudWatch Logs need are added to its key policy; an imported key's
   * policy must already allow them (see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/security.md).
   *
   * @default - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group
   * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * How long log files are kept in the bucket the trail creates; older
   * files and non-current versions are deleted.
   *
   * Ignored when `bucket` is passed.
   *
   * @default - kept until you delete them
   */
  readonly bucketRetention?: Duration;

  /**
   * Turn on S3 Object Lock for the trail bucket the monitor creates, so log
   * files cannot be deleted or overwritten while a retention period (set by
   * you on the bucket or objects) protects them. AWS Control Tower's
   * proactive control CT.S3.PR.9 requires it. Object Lock cannot be turned
   * off once on, and needs a new bucket: switching it on for a deployed
   * monitor replaces the bucket.
   *
   * Ignored when `bucket` is passed.
   *
   * @default false
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html
   */
  readonly objectLock?: boolean;

  /**
   * A bucket of yours that receives the trail bucket's server access logs,
   * typically an organization's central access-log bucket, instead of a
   * second bucket in this stack. Its policy must let
   * `logging.s3.amazonaws.com` write under `trail-bucket/`.
   *
   * Ignored when `bucket` is passed.
   *
   * @default - a bucket in this stack, SSE-S3, as S3 requires of a log target
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
   */
  readonly accessLogsBucket?: s3.IBucket;

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
 * EventBridge receives CloudTrail management events only while the account
 * has at least one trail, so an account without one needs this trail for
 * `RootActivityRule` to see anything. It also keeps the durable, validated
 * record an investigation needs, and feeds the metric-filter alarm through
 * CloudWatch Logs.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html
 */
export class RootActivityTrail extends Construct {
  /** The trail. */
  public readonly trail: cloudtrail.Trail;

  /** The bucket the trail writes its log files to. */
  public readonly bucket: s3.IBucket;

  /** The log group the trail delivers to; `undefined` when `sendToCloudWatchLogs` is false. */
  public readonly logGroup?: logs.ILogGroup;

  /** The bucket that receives the trail bucket's server access logs; `undefined` when `bucket` was passed. */
  public readonly accessLogsBucket?: s3.IBucket;

  constructor(scope: Construct, id: string, props: RootActivityTrailProps = {}) {
    checkTrailOptions('RootActivityTrail', props);
    super(scope, id);

    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const key = props.encryptionKey;
    if (key !== undefined) {
      allowCloudTrailAndLogsToUseKey(this, key);
    }

    // The bucket this construct creates, whose policy it writes.
    let ownBucket: s3.Bucket | undefined;
    if (props.bucket !== undefined) {
      this.bucket = props.bucket;
    } else {
      const lifecycleRules: s3.LifecycleRule[] = [
        // Costs nothing and deletes no log file; AWS Control Tower's
        // CT.S3.PR.3 and CT.S3.PR.6 ask every bucket for a lifecycle rule.
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        ...props.bucketRetention === undefined ? [] : [{
          expiration: props.bucketRetention,
          noncurrentVersionExpiration: props.bucketRetention,
        }],
      ];
      // What both buckets share: private, TLS 1.2 only, versioned.
      const hardened: s3.BucketProps = {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforceSSL: true,
        minimumTLSVersion: 1.2,
        versioned: true,
        lifecycleRules,
        removalPolicy,
      };
      const accessLogsBucket = props.accessLogsBucket ?? createAccessLogsBucket(this, hardened);
      this.accessLogsBucket = accessLogsBucket;

      const bucket = new s3.Bucket(this, 'Bucket', {
        ...hardened,
        encryption: key ? s3.BucketEncryption.KMS : s3.BucketEncryption.S3_MANAGED,
        encryptionKey: key,
        bucketKeyEnabled: key !== undefined,
        objectLockEnabled: props.objectLock === true ? true : undefined,
      });
      sendEventsToEventBridge(bucket);
      enableServerAccessLogs(bucket, accessLogsBucket);
      if (props.objectLock !== true) {
        acknowledgeControl(bucket, 'CT.S3.PR.9', CONTROL_REASONS.objectLock);
      }
      if (key === undefined) {
        acknowledgeControl(bucket, 'CT.S3.PR.10', CONTROL_REASONS.bucketKms);
      }
      acknowledgeNagRule(bucket, 'NIST.800.53.R5-S3BucketReplicationEnabled', NAG_REASONS.bucketReplication);
      if (key === undefined) {
        acknowledgeNagRule(bucket, 'NIST.800.53.R5-S3DefaultEncryptionKMS', NAG_REASONS.noKmsForLogs);
      }
      this.bucket = bucket;
      ownBucket = bucket;
    }

    if (props.sendToCloudWatchLogs) {
      this.logGroup = new logs.LogGroup(this, 'LogGroup', {
        retention: props.cloudWatchLogsRetention ?? logs.RetentionDays.ONE_YEAR,
        encryptionKey: key,
        removalPolicy,
      });
      if (key === undefined) {
        acknowledgeNagRule(this.logGroup, 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', NAG_REASONS.noKmsForLogs);
        acknowledgeControl(this.logGroup, 'CT.CLOUDWATCH.PR.3', CONTROL_REASONS.trailKms);
      }
    }

    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName: props.trailName,
      // aws-cdk-lib's Trail adds its own grants to the bucket it is given,
      // without aws:SourceArn. For our bucket it gets a reference that takes
      // no statements, and we write the grants (allowCloudTrailToWrite).
      bucket: ownBucket === undefined ? this.bucket : s3.Bucket.fromBucketAttributes(this, 'TrailBucketRef', {
        bucketArn: ownBucket.bucketArn,
        bucketName: ownBucket.bucketName,
      }),
      // Root sign-ins and IAM calls are global service events; a single-region
      // trail outside us-east-1 would miss them.
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
      enableFileValidation: true,
      sendToCloudWatchLogs: props.sendToCloudWatchLogs ?? false,
      cloudWatchLogGroup: this.logGroup,
      encryptionKey: key,
    });
    if (ownBucket !== undefined) {
      allowCloudTrailToWrite(ownBucket, this.trail, props.trailName);
    }
    if (key === undefined) {
      acknowledgeNagRule(this.trail, 'NIST.800.53.R5-CloudTrailEncryptionEnabled', NAG_REASONS.noKmsForLogs);
      acknowledgeControl(this.trail, 'CT.CLOUDTRAIL.PR.1', CONTROL_REASONS.trailKms);
    }
    // aws-cdk-lib's role for CloudWatch Logs delivery: an inline policy on
    // log streams of this one log group.
    acknowledgeNagRule(this.trail, 'NIST.800.53.R5-IAMNoInlinePolicy', NAG_REASONS.inlinePolicy);
    acknowledgeNagRule(this.trail, 'AwsSolutions-IAM5', NAG_REASONS.trailLogsRoleWildcard);
  }
}

const ACCESS_LOGS_PREFIX = 'trail-bucket/';

/**
 * The two grants CloudTrail needs on the bucket the trail creates, as AWS's
 * recommended bucket policy writes them: each limited by `aws:SourceArn` to
 * the trail, so no trail of another account can write here (the confused
 * deputy).
 *
 * The trail's own ARN (`Fn::GetAtt`) cannot be used: the trail must depend on
 * this policy (CloudTrail checks the policy when the trail is created), so the
 * policy cannot depend on the trail. The ARN is built from its parts instead
 * (a trail's ARN carries its home region, the stack's):
 * - with `trailName`, the exact ARN, with StringEquals, as AWS's example;
 * - without it CloudFormation picks the name at deploy time, so the trail
 *   part is a wildcard, with StringLike, as AWS advises when the full ARN is
 *   not known: any trail of this account whose home region is the stack's.
 *   The account in the ARN already rules out other accounts' trails. We do
 *   not give unnamed trails a name of our own: a name change replaces the
 *   trail of every existing deployment.
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cross-service-confused-deputy-prevention.html
 */
function allowCloudTrailToWrite(bucket: s3.Bucket, trail: cloudtrail.Trail, trailName: string | undefined): void {
  const stack = Stack.of(bucket);
  const sourceArn = stack.formatArn({
    service: 'cloudtrail',
    resource: 'trail',
    resourceName: trailName ?? '*',
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
  const onBehalfOfTheTrail = trailName === undefined
    ? { StringLike: { 'aws:SourceArn': sourceArn } }
    : { StringEquals: { 'aws:SourceArn': sourceArn } };
  const cloudTrail = new iam.ServicePrincipal('cloudtrail.amazonaws.com');
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AWSCloudTrailAclCheck',
    principals: [cloudTrail],
    actions: ['s3:GetBucketAcl'],
    resources: [bucket.bucketArn],
    conditions: onBehalfOfTheTrail,
  }));
  const write = new iam.PolicyStatement({
    sid: 'AWSCloudTrailWrite',
    principals: [cloudTrail],
    actions: ['s3:PutObject'],
    resources: [bucket.arnForObjects(`AWSLogs/${stack.account}/*`)],
    conditions: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
  });
  for (const [operator, value] of Object.entries(onBehalfOfTheTrail)) {
    write.addCondition(operator, value);
  }
  bucket.addToResourcePolicy(write);
  // What aws-cdk-lib's Trail does for a bucket it adds grants to.
  (trail.node.defaultChild as CfnResource).node.addDependency(bucket.policy!);
}

/**
 * Sends the trail bucket's server access logs to `target`, granted by bucket
 * policy rather than ACL. aws-cdk-lib's `serverAccessLogsBucket` picks the
 * ACL or the policy by the consuming app's feature flags, and the ACL route
 * cannot work with ACLs disabled; this way does not depend on the app.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
/**
 * The bucket for the trail bucket's server access logs. S3 delivers them
 * only to a bucket with SSE-S3, without a default Object Lock retention,
 * and logging the log bucket into itself would loop; AWS Control Tower's
 * CT.S3.PR.2, CT.S3.PR.9 and CT.S3.PR.10 cannot hold here, and
 * `accessLogsBucket` replaces it with a bucket of yours.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
function createAccessLogsBucket(scope: Construct, hardened: s3.BucketProps): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'AccessLogsBucket', {
    ...hardened,
    encryption: s3.BucketEncryption.S3_MANAGED,
  });
  sendEventsToEventBridge(bucket);
  acknowledgeNagRule(bucket, 'AwsSolutions-S1', NAG_REASONS.accessLogBucketLogging);
  acknowledgeNagRule(bucket, 'NIST.800.53.R5-S3BucketLoggingEnabled', NAG_REASONS.accessLogBucketLogging);
  acknowledgeNagRule(bucket, 'NIST.800.53.R5-S3DefaultEncryptionKMS', NAG_REASONS.accessLogBucketKms);
  acknowledgeNagRule(bucket, 'NIST.800.53.R5-S3BucketReplicationEnabled', NAG_REASONS.bucketReplication);
  acknowledgeControl(bucket, 'CT.S3.PR.2', CONTROL_REASONS.accessLogBucketLogging);
  acknowledgeControl(bucket, 'CT.S3.PR.9', CONTROL_REASONS.accessLogBucket);
  acknowledgeControl(bucket, 'CT.S3.PR.10', CONTROL_REASONS.accessLogBucket);
  return bucket;
}

/**
 * Object-level events of the bucket go to the default event bus, where
 * anyone may watch deletions; S3 charges nothing for it, and AWS Control
 * Tower's CT.S3.PR.4 asks for event notifications. Set on the CloudFormation
 * resource: aws-cdk-lib's `eventBridgeEnabled` adds a custom resource and a
 * Lambda function for it.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html
 */
function sendEventsToEventBridge(bucket: s3.Bucket): void {
  (bucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = {
    eventBridgeConfiguration: { eventBridgeEnabled: true },
  };
}

function enableServerAccessLogs(bucket: s3.Bucket, target: s3.IBucket): void {
  (bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
    destinationBucketName: target.bucketName,
    logFilePrefix: ACCESS_LOGS_PREFIX,
  };
  target.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowServerAccessLogDelivery',
    principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
    actions: ['s3:PutObject'],
    resources: [target.arnForObjects(`${ACCESS_LOGS_PREFIX}*`)],
    conditions: {
      ArnLike: { 'aws:SourceArn': bucket.bucketArn },
      StringEquals: { 'aws:SourceAccount': Stack.of(bucket).account },
    },
  }));
}

/**
 * Adds what CloudTrail and CloudWatch Logs need to the key policy, limited by
 * encryption context to this account's trails and log groups. A no-op for an
 * imported key.
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
function allowCloudTrailAndLogsToUseKey(scope: Construct, key: kms.IKey): void {
  const { account, region, partition } = Stack.of(scope);
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToEncryptLogs',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: {
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${partition}:cloudtrail:*:${account}:trail/*` },
    },
  }));
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToDescribeKey',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:DescribeKey'],
    resources: ['*'],
  }));
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogsToEncryptTrailLogs',
    principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: {
      ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*` },
    },
  }));
}
