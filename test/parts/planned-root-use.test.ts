import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { PlannedRootUse, PlannedRootUseSeverity, RootActivityHub, RootActivityMonitor, RootActivityMonitorProps } from '../../src';
import { matchesPattern } from '../event-pattern-matcher';

function newStack(): Stack {
  return new Stack(new App(), 'TestStack', { env: { account: '111122223333', region: 'eu-west-1' } });
}

function monitor(props: RootActivityMonitorProps) {
  const stack = newStack();
  const construct = new RootActivityMonitor(stack, 'RootActivity', props);
  return { stack, construct, template: Template.fromStack(stack) };
}

function notifierEnvironment(template: Template): Record<string, unknown> {
  const fn = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler', Description: Match.stringLikeRegexp('readable alert') } }))[0] as any;
  return fn.Properties.Environment.Variables;
}

/** The CloudTrail record of an SSM call inside its EventBridge envelope; `requestParameters` as the caller sent them. */
function ssmCall(eventName: string, requestParameters: Record<string, unknown>, errorCode?: string) {
  return {
    'version': '0',
    'id': '6f2b1a7e-0c7d-4c3e-9a57-1f0e0b6a8d11',
    'detail-type': 'AWS API Call via CloudTrail',
    'source': 'aws.ssm',
    'account': '111122223333',
    'time': '2026-12-06T18:02:11Z',
    'region': 'eu-west-1',
    'resources': [],
    'detail': {
      eventVersion: '1.09',
      userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/Operator/alice', accountId: '111122223333' },
      eventTime: '2026-12-06T18:02:11Z',
      eventSource: 'ssm.amazonaws.com',
      eventName,
      awsRegion: 'eu-west-1',
      requestParameters,
      ...errorCode ? { errorCode, errorMessage: 'User is not authorized to perform: ssm:PutParameter' } : {},
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '111122223333',
    },
  };
}

const WINDOW = '/root-activity-monitor/planned-root-use/CHG-1234';

describe('planned root use on a monitor', () => {
  const { template, construct } = monitor({
    enablePlannedRootUse: true,
    plannedRootUseOptions: { maximumWindow: Duration.hours(2), severity: PlannedRootUseSeverity.MEDIUM },
  });

  test('the notifier is told the path, the maximum in minutes and the severity', () => {
    expect(notifierEnvironment(template)).toMatchObject({
      PLANNED_USE_PATH: '/root-activity-monitor/planned-root-use/',
      PLANNED_USE_MAX_MINUTES: '120',
      PLANNED_USE_SEVERITY: 'medium',
    });
  });

  test('the notifier may read the windows and nothing else in Parameter Store', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: any) => [].concat(statement.Action).some((action: string) => action.startsWith('ssm:')));
    expect(statements).toHaveLength(2);
    const byAction = Object.fromEntries(statements.map((statement: any) => [statement.Action, JSON.stringify(statement.Resource)]));
    expect(Object.keys(byAction).sort()).toEqual(['ssm:GetParameter', 'ssm:GetParametersByPath']);
    // GetParametersByPath is authorized against the path; GetParameter against each window.
    expect(byAction['ssm:GetParametersByPath']).toMatch(/:parameter\/root-activity-monitor\/planned-root-use"\]\]\}$/);
    expect(byAction['ssm:GetParameter']).toMatch(/:parameter\/root-activity-monitor\/planned-root-use\/\*"\]\]\}$/);
  });

  test('a rule on the default bus sends window changes to the alert queue', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule', {
      Properties: { EventPattern: { source: ['aws.ssm'] } },
    }))[0] as any;
    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(rule.Properties.Targets).toHaveLength(1);
    expect(rule.Properties.Targets[0].Arn['Fn::GetAtt'][0]).toMatch(/NotifierQueue/);
    expect(rule.Properties.Targets[0].DeadLetterConfig).toBeDefined();
    expect(construct.plannedRootUse?.changeRule).toBeDefined();
  });

  describe('the change rule matches', () => {
    const pattern = (Object.values(template.findResources('AWS::Events::Rule', {
      Properties: { EventPattern: { source: ['aws.ssm'] } },
    }))[0] as any).Properties.EventPattern;

    test.each([
      ['a window declared', ssmCall('PutParameter', { name: WINDOW, type: 'String', overwrite: false })],
      ['a window declared by ARN', ssmCall('PutParameter', { name: `arn:aws:ssm:eu-west-1:111122223333:parameter${WINDOW}`, type: 'String' })],
      ['a window changed', ssmCall('PutParameter', { name: WINDOW, type: 'String', overwrite: true })],
      ['a window deleted', ssmCall('DeleteParameter', { name: WINDOW })],
      ['windows deleted among others', ssmCall('DeleteParameters', { names: ['/app/setting', WINDOW] })],
      ['a label moved onto a window', ssmCall('LabelParameterVersion', { name: WINDOW, labels: ['x'] })],
      ['an attempt that was denied', ssmCall('PutParameter', { name: WINDOW, type: 'String' }, 'AccessDenied')],
    ])('%s', (_, event) => {
      expect(matchesPattern(pattern, event)).toBe(true);
    });

    test.each([
      ['another parameter', ssmCall('PutParameter', { name: '/app/setting', type: 'String' })],
      ['a read of a window', ssmCall('GetParameter', { name: WINDOW })],
      ['the path itself, no window', ssmCall('PutParameter', { name: '/root-activity-monitor/planned-root-use', type: 'String' })],
    ])('but not %s', (_, event) => {
      expect(matchesPattern(pattern, event)).toBe(false);
    });
  });
});

describe('planned root use defaults', () => {
  test('four hours, one lower', () => {
    const { template } = monitor({ enablePlannedRootUse: true });
    expect(notifierEnvironment(template)).toMatchObject({ PLANNED_USE_MAX_MINUTES: '240', PLANNED_USE_SEVERITY: 'one-lower' });
  });

  test('off unless asked: no environment, no rule, no SSM grant', () => {
    const { template, construct } = monitor({});
    expect(notifierEnvironment(template).PLANNED_USE_PATH).toBeUndefined();
    expect(template.findResources('AWS::Events::Rule', { Properties: { EventPattern: { source: ['aws.ssm'] } } })).toEqual({});
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('ssm:');
    expect(construct.plannedRootUse).toBeUndefined();
  });
});

describe('planned root use props are checked before anything is created', () => {
  test.each([
    [{ enablePlannedRootUse: true, enableNotifier: false }, /'enablePlannedRootUse' \(Python: 'enable_planned_root_use'\) is only allowed when 'enableNotifier'/],
    [{ plannedRootUseOptions: {} }, /'plannedRootUseOptions' .* is only allowed when 'enablePlannedRootUse'/],
    [{ enablePlannedRootUse: true, plannedRootUseOptions: { maximumWindow: Duration.minutes(10) } }, /'plannedRootUseOptions.maximumWindow' .* must be whole minutes from 15 minutes to 7 days \(got 10 minutes\)/],
    [{ enablePlannedRootUse: true, plannedRootUseOptions: { maximumWindow: Duration.days(8) } }, /from 15 minutes to 7 days \(got 8 days\)/],
    [{ enablePlannedRootUse: true, plannedRootUseOptions: { maximumWindow: Duration.seconds(1830) } }, /whole minutes/],
  ])('%j', (props, message) => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'RootActivity', props as RootActivityMonitorProps)).toThrow(message);
    expect(stack.node.findAll().length).toBe(1);
  });
});

describe('a hub honours windows declared in its own account', () => {
  const stack = newStack();
  new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5', enablePlannedRootUse: true });
  const template = Template.fromStack(stack);

  test('the change rule is on the hub account\'s default bus, the root rule on the hub\'s bus', () => {
    const ssmRule = Object.values(template.findResources('AWS::Events::Rule', { Properties: { EventPattern: { source: ['aws.ssm'] } } }))[0] as any;
    expect(ssmRule.Properties.EventBusName).toBeUndefined();
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ PLANNED_USE_PATH: '/root-activity-monitor/planned-root-use/' }) },
    });
  });
});

test('grantDeclare allows putting and deleting windows under the path only', () => {
  const stack = newStack();
  const { notifier } = new RootActivityMonitor(stack, 'RootActivity', {});
  const planned = new PlannedRootUse(stack, 'Planned', { notifier: notifier! });
  const role = new iam.Role(stack, 'Operator', { assumedBy: new iam.AccountRootPrincipal() });
  planned.grantDeclare(role);
  const template = Template.fromStack(stack);
  const policy = Object.values(template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: stack.getLogicalId(role.node.defaultChild as any) }] },
  }))[0] as any;
  const [statement] = policy.Properties.PolicyDocument.Statement;
  expect(statement.Action).toEqual(expect.arrayContaining(['ssm:PutParameter', 'ssm:DeleteParameter', 'ssm:DeleteParameters']));
  expect(statement.Action.every((action: string) => action.startsWith('ssm:') && !action.includes('*'))).toBe(true);
  const resources = JSON.stringify(statement.Resource);
  expect(resources).toContain(':parameter/root-activity-monitor/planned-root-use/*');
  expect(resources).not.toMatch(/"\*"/);
  expect(PlannedRootUse.PARAMETER_PATH).toBe('/root-activity-monitor/planned-root-use/');
});
