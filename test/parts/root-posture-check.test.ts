import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import { PostureCheckMethod, RootActivityHub, RootActivityMonitor, RootActivityMonitorProps, RootPostureCheck } from '../../src';

function newStack(): Stack {
  return new Stack(new App(), 'TestStack', { env: { account: '111122223333', region: 'eu-west-1' } });
}

function monitor(props: RootActivityMonitorProps) {
  const stack = newStack();
  const construct = new RootActivityMonitor(stack, 'RootActivity', props);
  return { stack, construct, template: Template.fromStack(stack) };
}

function postureFunction(template: Template): any {
  const functions = Object.values(template.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.stringLikeRegexp('credential posture') },
  }));
  expect(functions).toHaveLength(1);
  return functions[0];
}

function statementsOf(template: Template, roleLogicalIdPattern: RegExp): any[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy: any) => policy.Properties.Roles.some((role: any) => roleLogicalIdPattern.test(role.Ref)))
    .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement);
}

describe('the posture check, read by a Lambda (the default)', () => {
  const { template, construct, stack } = monitor({ enablePostureCheck: true });
  const fn = postureFunction(template);

  test('it sends to the notifier\'s alert queue, keeps its state in a parameter of its own, and reads no organization features', () => {
    const variables = fn.Properties.Environment.Variables;
    expect(variables.ALERT_QUEUE_URL.Ref).toMatch(/NotifierQueue/);
    expect(variables.STATE_PARAMETER_NAME.Ref).toMatch(/PostureCheckState/);
    expect(variables.CHECK_ORGANIZATION_FEATURES).toBe('false');
    expect(variables.REQUIRE_HARDWARE_MFA).toBe('false');
    template.hasResourceProperties('AWS::SSM::Parameter', { Type: 'String', Value: 'none' });
    expect(construct.postureCheck?.handler).toBeDefined();
  });

  test('it may read the account summary and virtual MFA devices (AWS requires "*"), and write only its state and the queue', () => {
    const statements = statementsOf(template, /PostureCheckRole/);
    const iamReads = statements.find((statement) => ([] as string[]).concat(statement.Action).includes('iam:GetAccountSummary'));
    expect(iamReads.Action).toEqual(['iam:GetAccountSummary', 'iam:ListVirtualMFADevices']);
    expect(iamReads.Resource).toBe('*');
    const ssmActions = statements.flatMap((statement) => ([] as string[]).concat(statement.Action)).filter((action: string) => action.startsWith('ssm:'));
    expect(ssmActions.sort()).toEqual(expect.arrayContaining(['ssm:GetParameter', 'ssm:PutParameter']));
    for (const statement of statements.filter((s) => ([] as string[]).concat(s.Action).some((a: string) => a.startsWith('ssm:')))) {
      expect(JSON.stringify(statement.Resource)).toMatch(/PostureCheckState/);
    }
    const sqsStatement = statements.find((statement) => ([] as string[]).concat(statement.Action).includes('sqs:SendMessage'));
    expect(JSON.stringify(sqsStatement.Resource)).toMatch(/NotifierQueue/);
    for (const statement of statements) {
      expect(([] as string[]).concat(statement.Action).every((action: string) => !action.endsWith('*') || action === 'iam:ListVirtualMFADevices')).toBe(true);
    }
  });

  test('it runs once a day with the schedule trigger', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule', {
      Properties: { ScheduleExpression: 'rate(1 day)' },
    }))[0] as any;
    expect(rule.Properties.Targets[0].Input).toBe(JSON.stringify({ trigger: 'schedule' }));
    expect(rule.Properties.Targets[0].Arn['Fn::GetAtt'][0]).toBe(stack.getLogicalId(construct.postureCheck!.handler!.node.defaultChild as any));
  });

  test('it runs at deploy through a custom resource it serves itself, again when its code or settings change', () => {
    const resources = Object.values(template.findResources('Custom::RootPostureCheck')) as any[];
    expect(resources).toHaveLength(1);
    const { Properties: properties } = resources[0];
    expect(properties.ServiceToken['Fn::GetAtt'][0]).toBe(stack.getLogicalId(construct.postureCheck!.handler!.node.defaultChild as any));
    expect(properties.Code).toMatch(/^[0-9a-f]{64}$/);
    expect(properties).toMatchObject({ CHECK_ORGANIZATION_FEATURES: 'false', REQUIRE_HARDWARE_MFA: 'false' });

    const hardware = monitor({ enablePostureCheck: true, postureCheckOptions: { requireHardwareMfa: true } }).template;
    const changed = (Object.values(hardware.findResources('Custom::RootPostureCheck'))[0] as any).Properties;
    expect(changed.REQUIRE_HARDWARE_MFA).toBe('true');
    expect(changed.Code).toBe(properties.Code);
  });
});

test('a hub reads the organization\'s root access features by default, and may be told not to', () => {
  const hubTemplate = (props: Record<string, unknown>) => {
    const stack = newStack();
    new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5', enablePostureCheck: true, ...props });
    return Template.fromStack(stack);
  };
  const template = hubTemplate({});
  expect(postureFunction(template).Properties.Environment.Variables.CHECK_ORGANIZATION_FEATURES).toBe('true');
  const reads = statementsOf(template, /PostureCheckRole/).find((statement) => ([] as string[]).concat(statement.Action).includes('iam:GetAccountSummary'));
  expect(reads.Action).toContain('iam:ListOrganizationsFeatures');

  const without = hubTemplate({ postureCheckOptions: { checkOrganizationFeatures: false } });
  expect(postureFunction(without).Properties.Environment.Variables.CHECK_ORGANIZATION_FEATURES).toBe('false');
});

describe('the posture check, read by AWS Config\'s managed rules', () => {
  const { template } = monitor({
    enablePostureCheck: true,
    postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, requireHardwareMfa: true },
  });

  test('three managed rules every 24 hours, no check function', () => {
    const rules = Object.values(template.findResources('AWS::Config::ConfigRule')) as any[];
    expect(rules.map((rule) => rule.Properties.Source.SourceIdentifier).sort())
      .toEqual(['IAM_ROOT_ACCESS_KEY_CHECK', 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED', 'ROOT_ACCOUNT_MFA_ENABLED']);
    for (const rule of rules) {
      expect(rule.Properties.MaximumExecutionFrequency).toBe('TwentyFour_Hours');
    }
    expect(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('credential posture') } })).toEqual({});
  });

  test('their compliance changes go to the alert queue, and the notifier knows which rule reads what', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule', { Properties: { EventPattern: { source: ['aws.config'] } } }))[0] as any;
    expect(rule.Properties.EventPattern['detail-type']).toEqual(['Config Rules Compliance Change']);
    expect(rule.Properties.EventPattern.detail.configRuleName).toHaveLength(3);
    expect(rule.Properties.Targets[0].Arn['Fn::GetAtt'][0]).toMatch(/NotifierQueue/);
    const notifier = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler', Description: Match.stringLikeRegexp('readable alert') } }))[0] as any;
    const pairs = JSON.stringify(notifier.Properties.Environment.Variables.POSTURE_CONFIG_RULES);
    for (const identifier of ['ROOT_ACCOUNT_MFA_ENABLED', 'IAM_ROOT_ACCESS_KEY_CHECK', 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED']) {
      expect(pairs).toContain(`=${identifier}`);
    }
  });

  test('without requireHardwareMfa, no hardware rule', () => {
    const plain = monitor({ enablePostureCheck: true, postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES } }).template;
    expect(Object.values(plain.findResources('AWS::Config::ConfigRule')).map((rule: any) => rule.Properties.Source.SourceIdentifier).sort())
      .toEqual(['IAM_ROOT_ACCESS_KEY_CHECK', 'ROOT_ACCOUNT_MFA_ENABLED']);
  });
});

test('off unless asked', () => {
  const { template, construct } = monitor({});
  expect(template.findResources('Custom::RootPostureCheck')).toEqual({});
  expect(template.findResources('AWS::Config::ConfigRule')).toEqual({});
  expect(construct.postureCheck).toBeUndefined();
});

describe('posture props are checked before anything is created', () => {
  test.each([
    [{ enablePostureCheck: true, enableNotifier: false }, /'enablePostureCheck' .* is only allowed when 'enableNotifier'/],
    [{ postureCheckOptions: {} }, /'postureCheckOptions' .* is only allowed when 'enablePostureCheck'/],
    [{ enablePostureCheck: true, postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, checkOrganizationFeatures: true } },
      /'postureCheckOptions.checkOrganizationFeatures' .* applies to PostureCheckMethod.LAMBDA only/],
    [{ enablePostureCheck: true, postureCheckOptions: { method: 'CONFIG' } }, /'postureCheckOptions.method' .* must be PostureCheckMethod.LAMBDA or PostureCheckMethod.AWS_CONFIG_RULES \(got 'CONFIG'\)/],
  ])('%j', (props, message) => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'RootActivity', props as unknown as RootActivityMonitorProps)).toThrow(message);
    expect(stack.node.findAll().length).toBe(1);
  });
});

test('usable alone, next to a notifier', () => {
  const stack = newStack();
  const { notifier } = new RootActivityMonitor(stack, 'RootActivity', {});
  const check = new RootPostureCheck(stack, 'Posture', { notifier: notifier!, requireHardwareMfa: true });
  expect(check.configRules).toEqual([]);
  const template = Template.fromStack(stack);
  expect(postureFunction(template).Properties.Environment.Variables.REQUIRE_HARDWARE_MFA).toBe('true');
});

describe('the member audit', () => {
  // On the hub's bus, whose notifier receives the members' root events.
  const onBus = newStack();
  const construct = new RootActivityMonitor(onBus, 'RootActivity', {
    enablePostureCheck: true,
    postureCheckOptions: { checkMemberAccounts: true },
    ruleOptions: { eventBus: new events.EventBus(onBus, 'HubBus') },
  });
  const template = Template.fromStack(onBus);
  const fn = postureFunction(template);
  const statements = statementsOf(template, /PostureCheckRole/);
  const actions = (statement: any) => ([] as string[]).concat(statement.Action);

  test('opens root sessions only with the audit task policy, in any member account', () => {
    const assume = statements.filter((statement) => actions(statement).includes('sts:AssumeRoot'));
    expect(assume).toEqual([{
      Effect: 'Allow',
      Action: 'sts:AssumeRoot',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:root']] },
      Condition: { ArnEquals: { 'sts:TaskPolicyArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/root-task/IAMAuditRootUserCredentials']] } } },
    }]);
    const organizations = statements.find((statement) => actions(statement).includes('organizations:ListAccounts'));
    expect(organizations.Action).toEqual(['organizations:ListAccounts', 'organizations:DescribeOrganization']);
  });

  test('records its sessions in a table of its own, which only the notifier reads', () => {
    const sessions = construct.postureCheck?.auditSessionTable;
    expect(sessions).toBeDefined();
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'accessKeyId', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    const writes = statements.filter((statement) => JSON.stringify(statement.Resource).includes('PostureCheckAuditSessions'));
    expect(writes.flatMap(actions)).toEqual(['dynamodb:PutItem']);
    const notifierReads = statementsOf(template, /NotifierFunctionServiceRole|NotifierRole/)
      .filter((statement) => JSON.stringify(statement.Resource).includes('PostureCheckAuditSessions'));
    expect(notifierReads.flatMap(actions)).toEqual(['dynamodb:BatchGetItem']);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POSTURE_AUDIT_TABLE: { Ref: Match.stringLikeRegexp('PostureCheckAuditSessions') } }) },
    });
  });

  test('has the time to audit an organization, and says so to the function and the deploy check', () => {
    expect(fn.Properties.Timeout).toBe(900);
    expect(fn.Properties.Environment.Variables).toMatchObject({ CHECK_MEMBER_ACCOUNTS: 'true', AUDIT_SESSION_TABLE: { Ref: expect.stringMatching(/PostureCheckAuditSessions/) } });
    template.hasResourceProperties('Custom::RootPostureCheck', { CHECK_MEMBER_ACCOUNTS: 'true' });
  });

  test('is off on a monitor by default, and on for a hub', () => {
    const plain = postureFunction(monitor({ enablePostureCheck: true }).template);
    expect(plain.Properties.Environment.Variables.CHECK_MEMBER_ACCOUNTS).toBe('false');
    expect(plain.Properties.Timeout).toBe(60);
    const stack = newStack();
    new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5', enablePostureCheck: true });
    const hub = Template.fromStack(stack);
    expect(postureFunction(hub).Properties.Environment.Variables.CHECK_MEMBER_ACCOUNTS).toBe('true');
    const off = newStack();
    new RootActivityHub(off, 'Hub', { organizationId: 'o-a1b2c3d4e5', enablePostureCheck: true, postureCheckOptions: { checkMemberAccounts: false } });
    Template.fromStack(off).resourceCountIs('AWS::DynamoDB::Table', 1);
  });

  test('is refused on a monitor whose notifier does not receive the members\' events', () => {
    const alone = newStack();
    expect(() => new RootActivityMonitor(alone, 'RootActivity', { enablePostureCheck: true, postureCheckOptions: { checkMemberAccounts: true } }))
      .toThrow(/'postureCheckOptions.checkMemberAccounts' .* needs the notifier that receives the member accounts' root events/);
    expect(alone.node.findAll().length).toBe(1);
  });

  test('is refused with AWS Config rules', () => {
    const stack = newStack();
    expect(() => new RootActivityMonitor(stack, 'RootActivity', {
      enablePostureCheck: true, postureCheckOptions: { method: PostureCheckMethod.AWS_CONFIG_RULES, checkMemberAccounts: true },
    })).toThrow(/'postureCheckOptions.checkMemberAccounts' .* applies to PostureCheckMethod.LAMBDA only/);
    expect(stack.node.findAll().length).toBe(1);
  });
});
