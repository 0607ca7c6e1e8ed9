import { Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import { HUB_ACCOUNT, HUB_BUS_ARN, OU_SANDBOX, OU_WORKLOADS, stackIn } from './support';
import { RegionConcurrency, RootActivityForwarderStackSet, RootActivityForwarderStackSetProps, StackSetCaller } from '../../src';
import { EVENT_BUS_ARN_PARAMETER, MAX_INLINE_TEMPLATE_BYTES } from '../../src/forwarder-template';

const MANAGEMENT_ACCOUNT = '999988887777';
const REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1'];

function build(props: Partial<RootActivityForwarderStackSetProps> = {}) {
  const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
  const stackSet = new RootActivityForwarderStackSet(stack, 'Forwarders', {
    eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [OU_WORKLOADS, OU_SANDBOX], regions: REGIONS, ...props,
  });
  return { stack, stackSet, template: Template.fromStack(stack) };
}

describe('RootActivityForwarderStackSet', () => {
  const { stackSet, template } = build();

  test('deploys with service-managed permissions to every account of the OUs, in every region, and to accounts that join later', () => {
    template.hasResourceProperties('AWS::CloudFormation::StackSet', {
      StackSetName: 'root-activity-forwarders',
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'SELF',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      Capabilities: ['CAPABILITY_IAM'],
      ManagedExecution: { Active: true },
      OperationPreferences: { MaxConcurrentPercentage: 25, FailureTolerancePercentage: 10, RegionConcurrencyType: 'PARALLEL' },
      Parameters: [{ ParameterKey: EVENT_BUS_ARN_PARAMETER, ParameterValue: HUB_BUS_ARN }],
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: [OU_WORKLOADS, OU_SANDBOX] }, Regions: REGIONS }],
    });
  });

  test('passes the member template inline, within StackSets\' limit, holding the forwarder and nothing else', () => {
    template.hasResourceProperties('AWS::CloudFormation::StackSet', { TemplateBody: stackSet.templateBody });
    expect(Buffer.byteLength(stackSet.templateBody)).toBeLessThanOrEqual(MAX_INLINE_TEMPLATE_BYTES);
    const member = Template.fromJSON(JSON.parse(stackSet.templateBody));
    expect(Object.keys(member.toJSON().Parameters)).toEqual([EVENT_BUS_ARN_PARAMETER]);
    const types = Object.values(member.toJSON().Resources).map((resource: any) => resource.Type).sort();
    expect(types).toEqual(['AWS::Events::Rule', 'AWS::IAM::Policy', 'AWS::IAM::Role']);
    member.hasResourceProperties('AWS::Events::Rule', {
      State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
      Targets: [Match.objectLike({ Arn: { Ref: EVENT_BUS_ARN_PARAMETER } })],
    });
    expect(stackSet.templateBody).not.toMatch(/AssetParameters|cdk-hnb659fds|Metadata/);
  });

  test('takes a bus known only at deploy time, from the hub\'s stack', () => {
    const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
    const bus = new events.EventBus(stack, 'Bus');
    new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: bus.eventBusArn, organizationalUnitIds: [OU_WORKLOADS], regions: REGIONS });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudFormation::StackSet', {
      Parameters: [{ ParameterKey: EVENT_BUS_ARN_PARAMETER, ParameterValue: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Bus'), 'Arn'] } }],
    });
  });

  test('runs from a delegated administrator, with the operation preferences given', () => {
    build({
      callAs: StackSetCaller.DELEGATED_ADMINISTRATOR,
      maxConcurrentPercentage: 100,
      failureTolerancePercentage: 0,
      regionConcurrency: RegionConcurrency.SEQUENTIAL,
      retainStacksOnAccountRemoval: true,
      includeReadOnlyApiCalls: false,
    }).template.hasResourceProperties('AWS::CloudFormation::StackSet', {
      CallAs: 'DELEGATED_ADMIN',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: true },
      OperationPreferences: { MaxConcurrentPercentage: 100, FailureTolerancePercentage: 0, RegionConcurrencyType: 'SEQUENTIAL' },
      TemplateBody: Match.stringLikeRegexp('"State":"ENABLED"'),
    });
  });

  test('splits more than 50 OUs into instance groups of 50', () => {
    const ous = Array.from({ length: 51 }, (_, i) => `ou-ab12-${String(i).padStart(8, '0')}`);
    const groups = (build({ organizationalUnitIds: ous }).template.findResources('AWS::CloudFormation::StackSet') as any);
    const [resource] = Object.values(groups) as any[];
    expect(resource.Properties.StackInstancesGroup.map((group: any) => group.DeploymentTargets.OrganizationalUnitIds.length)).toEqual([50, 1]);
  });

  describe('refuses bad props before creating anything, naming the prop', () => {
    test.each([
      [{ organizationalUnitIds: [] }, /'organizationalUnitIds'.*at least one/],
      [{ organizationalUnitIds: ['o-a1b2c3d4e5'] }, /'organizationalUnitIds'.*got 'o-a1b2c3d4e5'/],
      [{ regions: [] }, /'regions' must name at least one region/],
      [{ regions: ['us-east-1', 'Frankfurt'] }, /'regions' must be region names.*got 'Frankfurt'/],
      [{ regions: ['us-east-1', 'us-east-1'] }, /'regions' names 'us-east-1' twice/],
      [{ regions: ['us-east-1', 'cn-north-1'] }, /'eventBusArn'.*cannot deliver to from cn-north-1 \(in 'regions'\)/],
      [{ eventBusArn: `${HUB_ACCOUNT}:root-activity-hub` }, /'eventBusArn'.*must be an event bus ARN/],
      [{ maxConcurrentPercentage: 0 }, /'maxConcurrentPercentage'.*at least 1/],
      [{ failureTolerancePercentage: 101 }, /'failureTolerancePercentage'.*from 0 to 100/],
      [{ stackSetName: '' }, /'stackSetName'.*must not be empty/],
    ] as Array<[Partial<RootActivityForwarderStackSetProps>, RegExp]>)('%j', (props, message) => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityForwarderStackSet(stack, 'Forwarders', {
        eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [OU_WORKLOADS], regions: REGIONS, ...props,
      })).toThrow(message);
      expect(stack.node.children).toHaveLength(0);
    });
  });
});
