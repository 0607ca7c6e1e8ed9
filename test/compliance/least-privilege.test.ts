import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RootActivityHub, RootActivityMonitor } from '../../src';
import { DOCUMENTED_CONFIGURATIONS } from '../configurations';
import { newStack } from '../helpers';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Sid?: string;
}

function identityStatements(stack: Stack): Statement[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** Actions that AWS offers no resource-level permission for. */
// IAM's account-level reads have no resource type: AWS requires '*'.
// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
const ACTIONS_THAT_REQUIRE_STAR_RESOURCE = new Set([
  'iam:ListAccountAliases',
  // The posture check (src/parts/root-posture-check.ts).
  'iam:GetAccountSummary',
  'iam:ListVirtualMFADevices',
  'iam:ListOrganizationsFeatures',
  // The posture check's member audit.
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html
  'organizations:ListAccounts',
  'organizations:DescribeOrganization',
]);

test('a hub auditing its members\' root posture uses resource "*" only for actions AWS gives no resource for', () => {
  const stack = newStack();
  new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5', enablePostureCheck: true });
  const statements = identityStatements(stack);
  expect(statements.some((statement) => list(statement.Action).includes('sts:AssumeRoot'))).toBe(true);
  for (const statement of statements) {
    for (const action of list(statement.Action)) {
      expect(action).not.toMatch(/(^|:)\*$/);
      if (statement.Resource === '*') {
        expect(ACTIONS_THAT_REQUIRE_STAR_RESOURCE.has(action)).toBe(true);
      }
    }
  }
});

describe.each(Object.entries(DOCUMENTED_CONFIGURATIONS))('with %s', (_name, makeProps) => {
  const stack = newStack();
  new RootActivityMonitor(stack, 'Monitor', makeProps(stack));
  const statements = identityStatements(stack);

  test('no IAM policy allows every action of a service, or every action', () => {
    for (const statement of statements) {
      for (const action of list(statement.Action)) {
        expect(action).not.toBe('*');
        expect(action).not.toMatch(/:\*$/);
      }
    }
  });

  test('an IAM policy uses resource "*" only for actions AWS gives no resource for', () => {
    for (const statement of statements.filter((s) => s.Resource === '*')) {
      for (const action of list(statement.Action)) {
        expect(ACTIONS_THAT_REQUIRE_STAR_RESOURCE.has(action)).toBe(true);
      }
    }
  });

  test('topic, queue and bucket policies allow AWS services only on behalf of this account, rule, bucket or trail', () => {
    const template = Template.fromStack(stack).toJSON();
    const policyTypes = ['AWS::SNS::TopicPolicy', 'AWS::SQS::QueuePolicy', 'AWS::S3::BucketPolicy'];
    for (const resource of Object.values<any>(template.Resources)) {
      if (!policyTypes.includes(resource.Type)) continue;
      for (const statement of resource.Properties.PolicyDocument.Statement as Array<Statement & { Condition?: any }>) {
        if (statement.Effect === 'Allow' && (statement.Principal as any)?.Service !== undefined) {
          const keys = Object.values<any>(statement.Condition ?? {}).flatMap((condition) => Object.keys(condition));
          expect(keys.some((key) => key === 'aws:SourceArn' || key === 'aws:SourceAccount')).toBe(true);
        }
      }
    }
  });

  test('no resource policy grants anything to every principal except denials', () => {
    const template = Template.fromStack(stack).toJSON();
    for (const resource of Object.values<any>(template.Resources)) {
      const document = resource.Properties?.PolicyDocument ?? resource.Properties?.KeyPolicy;
      if (resource.Type === 'AWS::IAM::Policy' || document === undefined) continue;
      for (const statement of document.Statement as Statement[]) {
        const toEveryone = statement.Principal === '*' || (statement.Principal as any)?.AWS === '*';
        if (toEveryone) {
          expect(statement.Effect).toBe('Deny');
        }
      }
    }
  });
});
