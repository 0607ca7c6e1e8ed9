import { Lazy } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import { HUB_ACCOUNT, HUB_BUS_ARN, MANAGEMENT_ACCOUNT, ORGANIZATION_ROOT, OU_SANDBOX, OU_WORKLOADS, stackIn } from './support';
import {
  RegionConcurrency,
  RootActivityForwarder,
  RootActivityForwarderStackSet,
  RootActivityForwarderStackSetProps,
  StackSetCaller,
  StackSetConcurrencyMode,
} from '../../src';
import { EVENT_BUS_ARN_PARAMETER, MAX_INLINE_TEMPLATE_BYTES } from '../../src/organization/forwarder-template';

const REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1'];

function build(props: Partial<RootActivityForwarderStackSetProps> = {}) {
  const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
  const stackSet = new RootActivityForwarderStackSet(stack, 'Forwarders', {
    eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [OU_WORKLOADS, OU_SANDBOX], regions: REGIONS, ...props,
  });
  return { stack, stackSet, template: Template.fromStack(stack) };
}

describe('RootActivityForwarderStackSet', () => {
  const defaults = build();

  test('deploys with service-managed permissions to every account of the OUs, in every region, and to accounts that join later', () => {
    defaults.template.hasResourceProperties('AWS::CloudFormation::StackSet', {
      StackSetName: 'root-activity-forwarders',
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'SELF',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      ManagedExecution: { Active: true },
      OperationPreferences: {
        MaxConcurrentPercentage: 25,
        FailureTolerancePercentage: 10,
        ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE',
        RegionConcurrencyType: 'PARALLEL',
      },
      Parameters: [{ ParameterKey: EVENT_BUS_ARN_PARAMETER, ParameterValue: HUB_BUS_ARN }],
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: [OU_WORKLOADS, OU_SANDBOX] }, Regions: REGIONS }],
    });
  });

  test('passes the member template inline, within StackSets\' limit, holding the forwarder and nothing else', () => {
    const { stackSet, template } = defaults;
    template.hasResourceProperties('AWS::CloudFormation::StackSet', { TemplateBody: stackSet.templateBody });
    expect(Buffer.byteLength(stackSet.templateBody)).toBeLessThanOrEqual(MAX_INLINE_TEMPLATE_BYTES);
    const member = Template.fromJSON(JSON.parse(stackSet.templateBody));
    expect(Object.keys(member.toJSON().Parameters)).toEqual([EVENT_BUS_ARN_PARAMETER]);
    // The same resources as a RootActivityForwarder of its own, whatever it holds.
    const typesOf = (resources: Record<string, any>) => Object.values(resources).map((resource) => resource.Type).sort();
    const plain = stackIn(MANAGEMENT_ACCOUNT, 'eu-west-1');
    new RootActivityForwarder(plain, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
    expect(typesOf(member.toJSON().Resources)).toEqual(typesOf(Template.fromStack(plain).toJSON().Resources));
    expect(typesOf(member.toJSON().Resources)).toEqual(expect.arrayContaining(['AWS::Events::Rule', 'AWS::IAM::Role']));
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
      concurrencyMode: StackSetConcurrencyMode.STRICT_FAILURE_TOLERANCE,
      regionConcurrency: RegionConcurrency.SEQUENTIAL,
      retainStacksOnAccountRemoval: true,
      includeReadOnlyApiCalls: false,
    }).template.hasResourceProperties('AWS::CloudFormation::StackSet', {
      CallAs: 'DELEGATED_ADMIN',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: true },
      OperationPreferences: {
        MaxConcurrentPercentage: 100,
        FailureTolerancePercentage: 0,
        ConcurrencyMode: 'STRICT_FAILURE_TOLERANCE',
        RegionConcurrencyType: 'SEQUENTIAL',
      },
      TemplateBody: Match.stringLikeRegexp('"State":"ENABLED"'),
    });
  });

  test('splits more than 50 OUs into instance groups of 50', () => {
    const ous = Array.from({ length: 51 }, (_, i) => `ou-ab12-${String(i).padStart(8, '0')}`);
    const groups = (build({ organizationalUnitIds: ous }).template.findResources('AWS::CloudFormation::StackSet') as any);
    const [resource] = Object.values(groups) as any[];
    expect(resource.Properties.StackInstancesGroup.map((group: any) => group.DeploymentTargets.OrganizationalUnitIds.length)).toEqual([50, 1]);
  });

  describe('targets', () => {
    test('the organization root, which StackSets takes among the OU ids', () => {
      const { template } = build({ organizationalUnitIds: [ORGANIZATION_ROOT] });
      template.hasResourceProperties('AWS::CloudFormation::StackSet', {
        StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: [ORGANIZATION_ROOT] }, Regions: REGIONS }],
      });
    });

    test.each([
      ['the shortest root id', 'r-0a1b'],
      ['the longest root id', `r-${'a1'.repeat(16)}`],
      ['an OU id', 'ou-ab12-cd34ef56'],
      ['an OU id at the longest', `ou-${'a'.repeat(32)}-${'b'.repeat(32)}`],
    ])('%s (%s)', (_name, id) => {
      expect(build({ organizationalUnitIds: [id] }).stackSet.stackSet.stackInstancesGroup).toEqual([
        { deploymentTargets: { organizationalUnitIds: [id] }, regions: REGIONS },
      ]);
    });

    const allowed = "the organization root id ('r-' and 4 to 32 lower-case letters or digits, such as 'r-ab12') or organizational unit ids such as 'ou-ab12-cd34ef56'";
    test.each([
      ['an organization id', 'o-a1b2c3d4e5'],
      ['an account id', '444455556666'],
      ['a root id in capitals', 'R-AB12'],
      ['a root id too short', 'r-ab1'],
      ['a root id too long', `r-${'a'.repeat(33)}`],
      ['a root id with a dash', 'r-ab-12'],
      ['an OU id without its second part', 'ou-ab12'],
    ])('and refuses %s (%s), saying what it takes', (_name, id) => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [id], regions: REGIONS }))
        .toThrow(new Error(`RootActivityForwarderStackSet: 'organizationalUnitIds' (Python: 'organizational_unit_ids') must be ${allowed} (got '${id}')`));
      expect(stack.node.children).toHaveLength(0);
    });

    test('and refuses none at all, pointing to the root', () => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [], regions: REGIONS }))
        .toThrow(new Error("RootActivityForwarderStackSet: 'organizationalUnitIds' (Python: 'organizational_unit_ids') must name the organization root ('r-...'), which covers every account but the management account, or at least one organizational unit ('ou-...')"));
    });
  });

  describe('the region where CloudTrail records root sign-ins and IAM calls', () => {
    const infos = (stack: ReturnType<typeof stackIn>) => Annotations.fromStack(stack).findInfo('*', Match.anyValue()).map((info) => info.entry.data);

    test('is added, first, with an info message, to a list without it', () => {
      const { stack, stackSet, template } = build({ regions: ['eu-west-1', 'eu-central-1'] });
      template.hasResourceProperties('AWS::CloudFormation::StackSet', {
        StackInstancesGroup: [{ DeploymentTargets: Match.anyValue(), Regions: ['us-east-1', 'eu-west-1', 'eu-central-1'] }],
      });
      expect(stackSet.regions).toEqual(['us-east-1', 'eu-west-1', 'eu-central-1']);
      expect(infos(stack)).toEqual([
        "RootActivityForwarderStackSet: added us-east-1 to 'regions': CloudTrail records root console sign-ins and IAM and STS calls of partition aws in us-east-1 only, so without a forwarder there they would never reach the hub",
      ]);
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });

    test('is added to every instance group when there are more than 50 OUs', () => {
      const ous = Array.from({ length: 51 }, (_, i) => `ou-ab12-${String(i).padStart(8, '0')}`);
      const { stackSet } = build({ organizationalUnitIds: ous, regions: ['eu-west-1'] });
      const groups = stackSet.stackSet.stackInstancesGroup as Array<{ regions: string[] }>;
      expect(groups.map((group) => group.regions)).toEqual([['us-east-1', 'eu-west-1'], ['us-east-1', 'eu-west-1']]);
    });

    test('leaves a list that has it as it is, without a message', () => {
      const { stack, stackSet } = build({ regions: ['eu-west-1', 'us-east-1'] });
      expect(stackSet.regions).toEqual(['eu-west-1', 'us-east-1']);
      expect(infos(stack)).toEqual([]);
    });

    test('is us-gov-west-1 in AWS GovCloud (US), where CloudTrail records IAM calls', () => {
      const govBus = 'arn:aws-us-gov:events:us-gov-east-1:111122223333:event-bus/root-activity-hub';
      const { stack, stackSet } = build({ eventBusArn: govBus, regions: ['us-gov-east-1'] });
      expect(stackSet.regions).toEqual(['us-gov-west-1', 'us-gov-east-1']);
      expect(infos(stack)).toEqual([
        "RootActivityForwarderStackSet: added us-gov-west-1 to 'regions': CloudTrail records IAM and STS calls of partition aws-us-gov in us-gov-west-1 only, so without a forwarder there they would never reach the hub",
      ]);
      expect(infos(build({ eventBusArn: govBus, regions: ['us-gov-west-1', 'us-gov-east-1'] }).stack)).toEqual([]);
    });

    test('is found from the regions when the bus is known only at deploy time', () => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-gov-west-1');
      const bus = new events.EventBus(stack, 'Bus');
      const stackSet = new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: bus.eventBusArn, organizationalUnitIds: [ORGANIZATION_ROOT], regions: ['us-gov-east-1'] });
      expect(stackSet.regions).toEqual(['us-gov-west-1', 'us-gov-east-1']);
    });

    test('is not added to a list, or beside a region, known only at deploy time', () => {
      const tokenList = Lazy.list({ produce: () => ['eu-west-1'] });
      expect(build({ regions: tokenList }).stackSet.regions).toBe(tokenList);
      const withToken = ['eu-west-1', Lazy.string({ produce: () => 'eu-central-1' })];
      const { stack, stackSet } = build({ regions: withToken });
      expect(stackSet.regions).toEqual(withToken);
      expect(infos(stack)).toEqual([]);
    });

    test('cannot be named for China: the partition is refused, from the regions or from the bus', () => {
      const chinaBus = 'arn:aws-cn:events:cn-north-1:111122223333:event-bus/root-activity-hub';
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'cn-north-1');
      const why = 'in the China partition (aws-cn), which this construct does not support: accounts there have no root user, and AWS does not document the region where CloudTrail records their IAM calls';
      expect(() => new RootActivityForwarderStackSet(stack, 'FromRegions', { eventBusArn: chinaBus, organizationalUnitIds: [ORGANIZATION_ROOT], regions: ['cn-north-1'] }))
        .toThrow(new Error(`RootActivityForwarderStackSet: 'regions' are ${why}`));
      expect(() => new RootActivityForwarderStackSet(stack, 'FromBus', {
        eventBusArn: chinaBus, organizationalUnitIds: [ORGANIZATION_ROOT], regions: Lazy.list({ produce: () => ['cn-north-1'] }),
      })).toThrow(new Error(`RootActivityForwarderStackSet: 'eventBusArn' (Python: 'event_bus_arn') is ${why}`));
      expect(stack.node.children).toHaveLength(0);
    });

    test('cannot be chosen for regions of two partitions, whatever the bus', () => {
      const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
      const bus = new events.EventBus(stack, 'Bus');
      expect(() => new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: bus.eventBusArn, organizationalUnitIds: [ORGANIZATION_ROOT], regions: ['eu-west-1', 'us-gov-west-1'] }))
        .toThrow(new Error("RootActivityForwarderStackSet: 'regions' names regions of more than one partition (eu-west-1 in aws, us-gov-west-1 in aws-us-gov); EventBridge cannot deliver across partitions, so give each partition a hub and a StackSet of its own"));
    });
  });

  describe('refuses bad props before creating anything, naming the prop', () => {
    test.each([
      [{ organizationalUnitIds: [] }, /'organizationalUnitIds'.*organization root/],
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
