import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { RootActivityTrail } from '../../src';
import { newStack } from '../helpers';

describe('RootActivityTrail', () => {
  test('creates a multi-region trail of all management events with log file validation', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);

    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      IsLogging: true,
      EventSelectors: [{ IncludeManagementEvents: true, ReadWriteType: 'All' }],
      CloudWatchLogsLogGroupArn: Match.absent(),
    });
  });

  test('creates an encrypted, versioned bucket with public access blocked', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);

    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      },
    });
  });

  test('denies requests without TLS and below TLS 1.2 in the bucket policy', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);

    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
          }),
        ]),
      },
    });
  });

  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
  test('lets CloudTrail check the ACL and write only on behalf of the named trail (aws:SourceArn)', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail', { trailName: 'root-activity' });
    const template = Template.fromStack(stack);
    const trailArn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudtrail:us-east-1:111122223333:trail/root-activity']] };

    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^TrailBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TrailBucket'), 'Arn'] },
            Condition: { StringEquals: { 'aws:SourceArn': trailArn } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^TrailBucket'), 'Arn'] }, '/AWSLogs/111122223333/*']] },
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn } },
          }),
        ]),
      },
    });
  });

  test('without a trail name, lets CloudTrail in only for trails of this account and region (StringLike aws:SourceArn)', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);
    const anyTrailHere = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudtrail:us-east-1:111122223333:trail/*']] };

    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^TrailBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetBucketAcl',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Condition: { StringLike: { 'aws:SourceArn': anyTrailHere } },
          }),
          Match.objectLike({
            Action: 's3:PutObject',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Condition: {
              StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' },
              StringLike: { 'aws:SourceArn': anyTrailHere },
            },
          }),
        ]),
      },
    });
  });

  test('grants CloudTrail nothing in the trail bucket policy without an aws:SourceArn condition', () => {
    for (const props of [{}, { trailName: 'root-activity' }, { sendToCloudWatchLogs: true }]) {
      const stack = newStack();
      new RootActivityTrail(stack, 'Trail', props);
      const policies = Template.fromStack(stack).findResources('AWS::S3::BucketPolicy');
      const toCloudTrail = Object.values(policies)
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as any[])
        .filter((statement) => statement.Principal?.Service === 'cloudtrail.amazonaws.com');
      expect(toCloudTrail.map((statement) => statement.Action).sort()).toEqual(['s3:GetBucketAcl', 's3:PutObject']);
      for (const statement of toCloudTrail) {
        const keys = Object.values<any>(statement.Condition ?? {}).flatMap((condition) => Object.keys(condition));
        expect(keys).toContain('aws:SourceArn');
      }
    }
  });

  test('creates the trail only after the bucket policy that lets CloudTrail write', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);
    const [policyId] = Object.keys(template.findResources('AWS::S3::BucketPolicy', {
      Properties: { Bucket: { Ref: Match.stringLikeRegexp('^TrailBucket(?!AccessLogs)') } },
    }));

    template.hasResource('AWS::CloudTrail::Trail', { DependsOn: Match.arrayWith([policyId]) });
  });

  test('does not deliver to CloudWatch Logs unless asked', () => {
    const stack = newStack();
    const trail = new RootActivityTrail(stack, 'Trail');

    expect(trail.logGroup).toBeUndefined();
    Template.fromStack(stack).resourceCountIs('AWS::Logs::LogGroup', 0);
  });

  test('delivers to a log group with the chosen retention when sendToCloudWatchLogs is true', () => {
    const stack = newStack();
    const trail = new RootActivityTrail(stack, 'Trail', {
      sendToCloudWatchLogs: true,
      cloudWatchLogsRetention: logs.RetentionDays.THREE_MONTHS,
    });
    const template = Template.fromStack(stack);

    expect(trail.logGroup).toBeDefined();
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('TrailLogGroup'), 'Arn'] },
      CloudWatchLogsRoleArn: Match.anyValue(),
    });
  });

  test('keeps one year of logs by default', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail', { sendToCloudWatchLogs: true });

    Template.fromStack(stack).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });

  test('uses an existing bucket instead of creating one', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Existing', 'my-audit-bucket');
    const trail = new RootActivityTrail(stack, 'Trail', { bucket });
    const template = Template.fromStack(stack);

    expect(trail.bucket).toBe(bucket);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.hasResourceProperties('AWS::CloudTrail::Trail', { S3BucketName: 'my-audit-bucket' });
  });

  test('applies the removal policy to the bucket and log group', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail', { sendToCloudWatchLogs: true, removalPolicy: RemovalPolicy.DESTROY });
    const template = Template.fromStack(stack);

    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete' });
  });

  test('names the trail', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail', { trailName: 'root-activity' });

    Template.fromStack(stack).hasResourceProperties('AWS::CloudTrail::Trail', { TrailName: 'root-activity' });
  });

  test('rejects an empty trail name', () => {
    const stack = newStack();
    expect(() => new RootActivityTrail(stack, 'Trail', { trailName: ' ' }))
      .toThrow("RootActivityTrail: 'trailName' (Python: 'trail_name') must not be empty (got ' ')");
  });

  test('logs server access to the trail bucket in a second bucket, granted by bucket policy', () => {
    const stack = newStack();
    const trail = new RootActivityTrail(stack, 'Trail');
    const template = Template.fromStack(stack);

    expect(trail.accessLogsBucket).toBeDefined();
    template.resourceCountIs('AWS::S3::Bucket', 2);
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: {
        DestinationBucketName: { Ref: Match.stringLikeRegexp('^TrailAccessLogsBucket') },
        LogFilePrefix: 'trail-bucket/',
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^TrailAccessLogsBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Allow',
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Condition: {
            ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^TrailBucket'), 'Arn'] } },
            StringEquals: { 'aws:SourceAccount': '111122223333' },
          },
        })]),
      },
    });
  });

  test('encrypts log files, bucket and log group with a key you pass, and lets CloudTrail and Logs use it', () => {
    const stack = newStack();
    const encryptionKey = new kms.Key(stack, 'Key');
    new RootActivityTrail(stack, 'Trail', { encryptionKey, sendToCloudWatchLogs: true });
    const template = Template.fromStack(stack);
    const keyArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] };

    template.hasResourceProperties('AWS::CloudTrail::Trail', { KMSKeyId: keyArn });
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{
          ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn },
          BucketKeyEnabled: true,
        }],
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: keyArn });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AllowCloudTrailToEncryptLogs',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 'kms:GenerateDataKey*',
            Condition: {
              StringLike: {
                'kms:EncryptionContext:aws:cloudtrail:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudtrail:*:111122223333:trail/*']] },
              },
            },
          }),
          Match.objectLike({ Sid: 'AllowCloudTrailToDescribeKey', Action: 'kms:DescribeKey' }),
          Match.objectLike({
            Sid: 'AllowCloudWatchLogsToEncryptTrailLogs',
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:111122223333:log-group:*']] },
              },
            },
          }),
        ]),
      },
    });
  });

  test('expires log files and old versions after the bucket retention', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail', { bucketRetention: Duration.days(400) });

    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 400, NoncurrentVersionExpiration: { NoncurrentDays: 400 }, Status: 'Enabled' })]),
      },
    });
  });

  test('keeps log files until you delete them by default: no lifecycle rule expires anything', () => {
    const stack = newStack();
    new RootActivityTrail(stack, 'Trail');

    const buckets = Object.values(Template.fromStack(stack).findResources('AWS::S3::Bucket')) as any[];
    for (const bucket of buckets) {
      for (const rule of bucket.Properties.LifecycleConfiguration.Rules) {
        expect(Object.keys(rule).sort()).toEqual(['AbortIncompleteMultipartUpload', 'Id', 'Status']);
      }
    }
  });

  test.each([Duration.hours(12), Duration.hours(36)])('rejects a bucket retention of %s that is not whole days', (bucketRetention) => {
    expect(() => new RootActivityTrail(newStack(), 'Trail', { bucketRetention }))
      .toThrow(`RootActivityTrail: 'bucketRetention' (Python: 'bucket_retention') must be a whole number of days, at least 1 (got ${bucketRetention.toHumanString()})`);
  });
});

test('a trail with a bad prop leaves nothing behind in the stack', () => {
  const stack = newStack();
  expect(() => new RootActivityTrail(stack, 'Trail', { trailName: '' })).toThrow(/'trailName'/);
  expect(stack.node.tryFindChild('Trail')).toBeUndefined();
});
