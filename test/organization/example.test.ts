import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildOrganizationApp, HUB_BUS_ARN, ORGANIZATION } from '../../examples/organization/app';

describe('the organization example (examples/organization/)', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'organization-example-'));
  const context = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/organization/cdk.json'), 'utf8')).context;
  const assembly = buildOrganizationApp(outdir, context).synth();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const templateOf = (name: string) => Template.fromJSON(assembly.getStackByName(name).template);

  test('synthesizes the hub, the StackSet and a management-account forwarder per region', () => {
    expect(assembly.stacks.map((stack) => `${stack.stackName} ${stack.environment.account} ${stack.environment.region}`).sort()).toEqual([
      'RootActivityForwarder-ap-southeast-2 999988887777 ap-southeast-2',
      'RootActivityForwarder-eu-west-1 999988887777 eu-west-1',
      'RootActivityForwarder-us-east-1 999988887777 us-east-1',
      'RootActivityForwarderStackSet 999988887777 us-east-1',
      'RootActivityHub 111122223333 us-east-1',
    ]);
  });

  test('the hub\'s bus is the one every forwarder and the StackSet send to', () => {
    const hub = templateOf('RootActivityHub');
    hub.hasResourceProperties('AWS::Events::EventBus', { Name: HUB_BUS_ARN.split('/')[1] });
    for (const region of ORGANIZATION.regions) {
      templateOf(`RootActivityForwarder-${region}`).hasResourceProperties('AWS::Events::Rule', {
        Targets: [Match.objectLike({ Arn: HUB_BUS_ARN })],
      });
    }
    templateOf('RootActivityForwarderStackSet').hasResourceProperties('AWS::CloudFormation::StackSet', {
      Parameters: [{ ParameterKey: 'RootActivityEventBusArn', ParameterValue: HUB_BUS_ARN }],
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: [ORGANIZATION.rootId] }, Regions: ORGANIZATION.regions }],
    });
  });

  const stackSetRegions = (): string[] =>
    (Object.values(templateOf('RootActivityForwarderStackSet').findResources('AWS::CloudFormation::StackSet'))[0] as any)
      .Properties.StackInstancesGroup.flatMap((group: any) => group.Regions);

  test('every forwarder sends heartbeats, and the hub expects them from every StackSet region', () => {
    const member = JSON.parse((Object.values(templateOf('RootActivityForwarderStackSet').findResources('AWS::CloudFormation::StackSet'))[0] as any)
      .Properties.TemplateBody);
    expect(Object.values<any>(member.Resources).filter((resource) => resource.Type === 'AWS::Scheduler::Schedule')).toHaveLength(1);
    for (const region of ORGANIZATION.regions) {
      templateOf(`RootActivityForwarder-${region}`).resourceCountIs('AWS::Scheduler::Schedule', 1);
    }
    templateOf('RootActivityHub').hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.reportCoverage',
      Environment: { Variables: Match.objectLike({ EXPECTED_REGIONS: stackSetRegions().join(','), LIST_ACCOUNTS: 'true' }) },
    });
  });

  test('targets the organization root, so accounts directly under it and OUs created later are covered', () => {
    templateOf('RootActivityForwarderStackSet').hasResourceProperties('AWS::CloudFormation::StackSet', {
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: [Match.stringLikeRegexp('^r-[0-9a-z]{4,32}$')] }, Regions: Match.anyValue() }],
    });
  });

  test('lists us-east-1, where CloudTrail records root sign-ins, itself: nothing had to be added', () => {
    expect(stackSetRegions()).toContain('us-east-1');
    const stack = assembly.getStackByName('RootActivityForwarderStackSet');
    expect(stack.messages.filter((message) => message.level === 'info')).toEqual([]);
  });

  test('covers the management account, where the StackSet never deploys, in every region the StackSet lists', () => {
    for (const region of stackSetRegions()) {
      const stack = assembly.getStackByName(`RootActivityForwarder-${region}`);
      expect(stack.environment).toEqual(expect.objectContaining({ account: ORGANIZATION.managementAccount, region }));
      Template.fromJSON(stack.template).hasResourceProperties('AWS::Events::Rule', {
        State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
        Targets: [Match.objectLike({ Arn: HUB_BUS_ARN })],
      });
    }
  });

  test('the hub admits the management account: its one statement admits the whole organization', () => {
    const policies = Object.values(templateOf('RootActivityHub').findResources('AWS::Events::EventBusPolicy')) as any[];
    expect(policies.map((policy) => policy.Properties.Statement.Condition)).toEqual([{ StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION.id } }]);
  });

  test('the CIS alarm mails the security team through an encrypted topic in its own stack', () => {
    const management = templateOf(`RootActivityForwarder-${ORGANIZATION.homeRegion}`);
    const topics = management.findResources('AWS::SNS::Topic');
    expect(Object.keys(topics)).toHaveLength(1);
    const [topicId] = Object.keys(topics);
    management.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topicId }] });
    management.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    management.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: ORGANIZATION.alarmEmail, TopicArn: { Ref: topicId } });
    management.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Condition: { StringEquals: { 'aws:SourceAccount': ORGANIZATION.managementAccount } },
        })]),
      },
    });
    management.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        })]),
      },
    });
  });

  test('synthesizes without a warning', () => {
    for (const stack of assembly.stacks) {
      expect(stack.messages.filter((message) => message.level === 'warning').map((message) => message.entry.data)).toEqual([]);
    }
  });

  test('puts the CIS usage alarm on the organization trail\'s log group named in context, in the home region only', () => {
    templateOf(`RootActivityForwarder-${ORGANIZATION.homeRegion}`).hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: context.organizationTrailLogGroup,
    });
    templateOf('RootActivityForwarder-eu-west-1').resourceCountIs('AWS::Logs::MetricFilter', 0);
  });

  test('names the organization\'s accounts in alerts and lowers privileged root tasks to MEDIUM', () => {
    templateOf('RootActivityHub').hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ACCOUNT_NAMES: Match.stringLikeRegexp('444455556666=Production'), ASSUMED_ROOT_TASKS: 'lower' }) },
    });
  });
});
