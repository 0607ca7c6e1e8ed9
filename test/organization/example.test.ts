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
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: ORGANIZATION.organizationalUnitIds }, Regions: ORGANIZATION.regions }],
    });
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
