import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { strictConfiguration } from './control-tower';
import { RootActivityMonitor } from '../../src';
import { newStack } from '../helpers';

/** What the monitor builds to pass AWS Control Tower's proactive controls (test/compliance/control-tower.test.ts runs them). */
describe('landing-zone settings', () => {
  const stack = newStack();
  new RootActivityMonitor(stack, 'Monitor');
  const template = Template.fromStack(stack);

  test('both trail buckets abort incomplete uploads after 7 days and send their events to EventBridge', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket')) as any[];
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual({
        Id: 'AbortIncompleteUploads', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled',
      });
      expect(bucket.Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    }
    // No custom resource or function for the notifications.
    template.resourceCountIs('Custom::S3BucketNotifications', 0);
  });

  test('only AWS services may create grants on the topic key', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([{
          Sid: 'GrantsOnlyForAwsServices',
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'kms:CreateGrant',
          Resource: '*',
          Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
        }]),
      },
    });
  });

  test('the dead-letter queue is marked as one', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { RedriveAllowPolicy: { redrivePermission: 'allowAll' } });
  });

  describe('the strict configuration', () => {
    const strictStack = newStack();
    new RootActivityMonitor(strictStack, 'Monitor', strictConfiguration(strictStack));
    const strict = Template.fromStack(strictStack);

    test('locks the trail bucket\'s objects and logs its access to the given bucket, creating no second bucket', () => {
      strict.resourceCountIs('AWS::S3::Bucket', 1);
      strict.hasResourceProperties('AWS::S3::Bucket', {
        ObjectLockEnabled: true,
        LoggingConfiguration: { DestinationBucketName: 'access-logs-111122223333-us-east-1', LogFilePrefix: 'trail-bucket/' },
      });
    });

    test('encrypts the notifier\'s logs with the key, whose policy admits CloudWatch Logs for this account\'s log groups', () => {
      strict.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LogsKey'), 'Arn'] } });
      strict.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([Match.objectLike({
            Sid: 'AllowCloudWatchLogsForNotifierLogs',
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:111122223333:log-group:*']] },
              },
            },
          })]),
        },
      });
    });

    test('runs the notifier in the VPC\'s subnets with the given security group', () => {
      strict.hasResourceProperties('AWS::Lambda::Function', {
        VpcConfig: { SecurityGroupIds: ['sg-0123456789abcdef0'], SubnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] },
      });
    });
  });

  test.each(['vpcSubnets', 'securityGroups'])('notifierOptions.%s without a VPC is refused, naming both props', (prop) => {
    const refused = newStack();
    const options = prop === 'vpcSubnets'
      ? { vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }
      : { securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(refused, 'Sg', 'sg-0123456789abcdef0')] };
    expect(() => new RootActivityMonitor(refused, 'Monitor', { notifierOptions: options }))
      .toThrow(new RegExp(`'notifierOptions.${prop}'.*is only allowed with 'notifierOptions.vpc'`));
    expect(refused.node.tryFindChild('Monitor')).toBeUndefined();
  });

  test('objectLock and accessLogsBucket do nothing to a bucket passed in', () => {
    const own = newStack();
    new RootActivityMonitor(own, 'Monitor', {
      trailOptions: { bucket: s3.Bucket.fromBucketName(own, 'Mine', 'my-trail-bucket'), objectLock: true },
    });
    Template.fromStack(own).resourceCountIs('AWS::S3::Bucket', 0);
  });
});
