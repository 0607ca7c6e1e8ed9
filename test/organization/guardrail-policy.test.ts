import { Lazy } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { MANAGEMENT_ACCOUNT, MEMBER_ACCOUNT, ORGANIZATION_ROOT, OU_SANDBOX, OU_WORKLOADS, stackIn } from './support';
import { RootActivityForwarder, RootActivityGuardrailPolicy, RootActivityGuardrailPolicyProps } from '../../src';

const BUS = 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub';

function build(props: Partial<RootActivityGuardrailPolicyProps> = {}) {
  const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
  const guardrail = new RootActivityGuardrailPolicy(stack, 'Guardrail', { targetIds: [ORGANIZATION_ROOT], ...props });
  return { stack, guardrail, template: Template.fromStack(stack) };
}

function onlyPolicy(template: Template): any {
  const policies = Object.values(template.findResources('AWS::Organizations::Policy'));
  expect(policies).toHaveLength(1);
  return policies[0];
}

/** The document as CloudFormation resolves it in `partition`. */
function documentIn(template: Template, partition: string): any {
  const json = JSON.stringify(onlyPolicy(template).Properties.Content);
  return JSON.parse(json.replace(/\{"Fn::Join":\["",\["arn:",\{"Ref":"AWS::Partition"\},"([^"]*)"\]\]\}/g, `"arn:${partition}$1"`));
}

const STACKSETS_EXCEPTION = { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/stacksets-exec-*' } };

describe('RootActivityGuardrailPolicy', () => {
  const { template } = build();

  test('is a service control policy attached to the targets given, with a name and description of its own', () => {
    template.resourceCountIs('AWS::Organizations::Policy', 1);
    template.hasResourceProperties('AWS::Organizations::Policy', {
      Type: 'SERVICE_CONTROL_POLICY',
      Name: 'root-activity-forwarder-guardrail',
      Description: 'Denies changes to the root activity forwarders\' rules, roles and heartbeats to all but the StackSets execution role (cdk-root-activity-monitor)',
      TargetIds: [ORGANIZATION_ROOT],
    });
  });

  test('denies the calls that would silence a forwarder, on its rules in every region and account, to all but the StackSets execution role', () => {
    expect(documentIn(template, 'aws')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ProtectRootActivityForwarderRules',
          Effect: 'Deny',
          Action: ['events:DeleteRule', 'events:DisableRule', 'events:PutRule', 'events:RemoveTargets', 'events:PutTargets'],
          Resource: ['arn:aws:events:*:*:rule/root-activity-forwarder', 'arn:aws:events:*:*:rule/root-activity-forwarder-watch'],
          Condition: STACKSETS_EXCEPTION,
        },
        {
          Sid: 'ProtectRootActivityForwarderRoles',
          Effect: 'Deny',
          Action: [
            'iam:DeleteRole', 'iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy', 'iam:DeleteRolePolicy',
            'iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary',
          ],
          Resource: 'arn:aws:iam::*:role/root-activity-forwarder-*',
          Condition: STACKSETS_EXCEPTION,
        },
        {
          Sid: 'ProtectRootActivityForwarderHeartbeat',
          Effect: 'Deny',
          Action: ['scheduler:DeleteSchedule', 'scheduler:UpdateSchedule'],
          Resource: 'arn:aws:scheduler:*:*:schedule/default/root-activity-forwarder-heartbeat',
          Condition: STACKSETS_EXCEPTION,
        },
      ],
    });
  });

  test('names the parts a forwarder actually has, and denies every call its watch rule reports', () => {
    const member = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
    new RootActivityForwarder(member, 'Forwarder', { eventBusArn: BUS });
    const memberTemplate = Template.fromStack(member);
    const [rules, roles, heartbeat] = documentIn(template, 'aws').Statement;
    const scheduleName = (Object.values(memberTemplate.findResources('AWS::Scheduler::Schedule'))[0] as any).Properties.Name;
    expect(heartbeat.Resource).toBe(`arn:aws:scheduler:*:*:schedule/default/${scheduleName}`);
    const ruleNames = Object.values(memberTemplate.findResources('AWS::Events::Rule')).map((rule: any) => rule.Properties.Name);
    expect(rules.Resource).toEqual(ruleNames.map((name) => `arn:aws:events:*:*:rule/${name}`));
    const roleName = (Object.values(memberTemplate.findResources('AWS::IAM::Role'))[0] as any).Properties.RoleName;
    expect(`arn:aws:iam::${MEMBER_ACCOUNT}:role/${roleName}`).toMatch(new RegExp(`^${roles.Resource.replace(/\*/g, '[^:]*')}$`));

    const watched = Object.values(memberTemplate.findResources('AWS::Events::Rule', {
      Properties: { Name: RootActivityForwarder.DEFAULT_WATCH_RULE_NAME },
    }))[0] as any;
    const calls = (watched.Properties.EventPattern.detail.$or as Array<{ eventSource: string[]; eventName: string[] }>)
      .flatMap((clause) => clause.eventName.map((name) => `${clause.eventSource[0].replace('.amazonaws.com', '')}:${name}`));
    expect([...rules.Action, ...roles.Action].sort()).toEqual([...calls].sort());
  });

  test('takes the partition it is deployed in, and stays within the 5,120 characters of an SCP in the longest one', () => {
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
    const document = documentIn(template, 'aws-us-gov');
    expect(document.Statement[0].Resource[0]).toBe('arn:aws-us-gov:events:*:*:rule/root-activity-forwarder');
    expect(document.Statement[1].Condition).toEqual({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws-us-gov:iam::*:role/stacksets-exec-*' } });
    expect(JSON.stringify(document).length).toBeLessThanOrEqual(5120);
  });

  test('takes roots, OUs and accounts, a name and a description of the user\'s', () => {
    build({ targetIds: [OU_WORKLOADS, OU_SANDBOX, MEMBER_ACCOUNT], policyName: 'forwarders', description: 'Hands off the forwarders' })
      .template.hasResourceProperties('AWS::Organizations::Policy', {
        Name: 'forwarders', Description: 'Hands off the forwarders', TargetIds: [OU_WORKLOADS, OU_SANDBOX, MEMBER_ACCOUNT],
      });
  });

  test('takes targets known only at deploy time as they are', () => {
    const targetIds = Lazy.list({ produce: () => [OU_WORKLOADS] });
    expect(() => build({ targetIds })).not.toThrow();
  });

  describe('refuses, naming the prop, before creating anything', () => {
    test.each([
      ['no target', { targetIds: [] }, /^RootActivityGuardrailPolicy: 'targetIds' \(Python: 'target_ids'\) must name at least one target/],
      ['an organization id for a target', { targetIds: ['o-a1b2c3d4e5'] }, /'targetIds' \(Python: 'target_ids'\) must hold the organization root's id .* \(got 'o-a1b2c3d4e5'\)$/],
      ['an account id of 11 digits', { targetIds: ['44445555666'] }, /\(got '44445555666'\)$/],
      ['a target twice', { targetIds: [OU_WORKLOADS, OU_WORKLOADS] }, `'targetIds' (Python: 'target_ids') names '${OU_WORKLOADS}' twice`],
      ['a blank name', { policyName: ' ' }, /'policyName' \(Python: 'policy_name'\) must not be empty/],
      ['a name over 128 characters', { policyName: 'p'.repeat(129) }, /'policyName' \(Python: 'policy_name'\) must have at most 128 characters \(got 129\)/],
      ['a description over 512 characters', { description: 'd'.repeat(513) }, /'description' must have at most 512 characters \(got 513\)/],
    ])('%s', (_what, props, message) => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityGuardrailPolicy(stack, 'Guardrail', { targetIds: [ORGANIZATION_ROOT], ...props })).toThrow(message);
      expect(stack.node.children).toHaveLength(0);
    });
  });
});
