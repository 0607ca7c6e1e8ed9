import { RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { newStack } from './helpers';
import { RootActivityTrail } from '../src';

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
      .toThrow("RootActivityTrail: 'trailName' must not be empty (got ' ')");
  });
});
