import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { HUB_ACCOUNT, MANAGEMENT_ACCOUNT, MEMBER_ACCOUNT, ORGANIZATION_ID, ORGANIZATION_ROOT, OU_SANDBOX, OU_WORKLOADS, stackIn } from './support';
import { RootActivityHub, RootActivityHubProps, RootActivityRule } from '../../src';

function hubStack(props: Partial<RootActivityHubProps> = {}) {
  const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
  new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, ...props });
  return stack;
}

function hubTemplate(props: Partial<RootActivityHubProps> = {}): Template {
  return Template.fromStack(hubStack(props));
}

const MANAGEMENT_ACCOUNT_WARNING = 'cdk-root-activity-monitor:management-account-not-admitted';

function warnings(props: Partial<RootActivityHubProps>): string[] {
  return Annotations.fromStack(hubStack(props)).findWarning('*', Match.anyValue()).map((warning) => String(warning.entry.data));
}

/** The pattern of a single-account monitor's rule, as synthesized. */
function monitorPattern(): unknown {
  const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
  new RootActivityRule(stack, 'Rule');
  return Object.values(Template.fromStack(stack).findResources('AWS::Events::Rule')).map((rule: any) => rule.Properties.EventPattern)[0];
}

function busPolicies(template: Template): any[] {
  return Object.values(template.findResources('AWS::Events::EventBusPolicy')).map((resource: any) => resource.Properties.Statement);
}

describe('RootActivityHub', () => {
  const template = hubTemplate({ emailSubscriptions: ['security@example.com'] });

  test('creates a custom bus whose policy admits the whole organization with one statement', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'root-activity-hub' });
    expect(busPolicies(template)).toEqual([{
      Sid: expect.any(String),
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'events:PutEvents',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^HubEventBus/), 'Arn'] },
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION_ID } },
    }]);
  });

  test('matches the monitor\'s root pattern on its bus, read-only calls included', () => {
    // The other rules on the bus are the forwarders' watch (forwarder-watch.test.ts)
    // and their heartbeats (hub-coverage.test.ts).
    const rules = template.findResources('AWS::Events::Rule', {
      Properties: { EventBusName: Match.anyValue(), Description: Match.not(Match.stringLikeRegexp('could silence|[Hh]eartbeats')) },
    });
    const [rule] = Object.values(rules) as any[];
    expect(Object.keys(rules)).toHaveLength(1);
    expect(rule.Properties.State).toBe('ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');
    expect(rule.Properties.EventBusName).toEqual({ Ref: expect.stringMatching(/^HubEventBus/) });
    expect(rule.Properties.EventPattern).toEqual(monitorPattern());
  });

  test('delivers through the burst-aware notifier: the rule targets the alert queue that feeds it', () => {
    // The notifier, and the coverage recorder and reporter (hub-coverage.test.ts).
    expect(Object.values(template.findResources('AWS::Lambda::Function')).map((fn: any) => fn.Properties.Handler).sort())
      .toEqual(['index.handler', 'index.recordHeartbeat', 'index.reportCoverage']);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('NotifierQueue'), 'Arn'] } });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: Match.anyValue(),
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('NotifierQueue'), 'Arn'] } })],
    });
  });

  test('has no trail and no usage alarm: those belong to the accounts that keep logs', () => {
    template.resourceCountIs('AWS::CloudTrail::Trail', 0);
    template.resourceCountIs('AWS::Logs::MetricFilter', 0);
  });

  test('watches its own health, with the rule\'s metrics named by bus and rule as EventBridge reports them', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'FailedInvocations',
      Dimensions: Match.arrayWith([
        { Name: 'EventBusName', Value: { Ref: Match.stringLikeRegexp('^HubEventBus') } },
        { Name: 'RuleName', Value: Match.anyValue() },
      ]),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ConfirmedSubscriptions' });
  });

  test('reports deleting its bus or changing the bus policy through the tamper rule', () => {
    const tamper = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Description: Match.stringLikeRegexp('silence') } })) as any[];
    const clauses = JSON.stringify(tamper.map((rule) => rule.Properties.EventPattern));
    expect(clauses).toContain('DeleteEventBus');
    expect(clauses).toContain('PutPermission');
  });

  test('narrows the bus policy to organizational units by path, and to accounts by id', () => {
    const narrowed = hubTemplate({ organizationalUnitIds: [OU_WORKLOADS, OU_SANDBOX], accountIds: [MEMBER_ACCOUNT] });
    const statements = busPolicies(narrowed);
    expect(statements).toHaveLength(2);
    expect(statements).toContainEqual(expect.objectContaining({
      Condition: {
        'StringEquals': { 'aws:PrincipalOrgID': ORGANIZATION_ID },
        'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': [`${ORGANIZATION_ID}/*/${OU_WORKLOADS}/*`, `${ORGANIZATION_ID}/*/${OU_SANDBOX}/*`] },
      },
    }));
    expect(statements).toContainEqual(expect.objectContaining({
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION_ID, 'aws:PrincipalAccount': [MEMBER_ACCOUNT] } },
    }));
  });

  describe('admits the management account, which no OU holds', () => {
    const managementStatement = {
      Sid: expect.stringMatching(/ManagementAccountForwardsRootActivity$/),
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'events:PutEvents',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^HubEventBus/), 'Arn'] },
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION_ID, 'aws:PrincipalAccount': MANAGEMENT_ACCOUNT } },
    };

    test('beside the OUs, in a statement of its own, without a warning', () => {
      const props = { organizationalUnitIds: [OU_WORKLOADS], managementAccountId: MANAGEMENT_ACCOUNT };
      const statements = busPolicies(hubTemplate(props));
      expect(statements).toHaveLength(2);
      expect(statements).toContainEqual(expect.objectContaining({ Sid: expect.stringMatching(/OrganizationalUnitsForwardRootActivity$/) }));
      expect(statements).toContainEqual(managementStatement);
      expect(warnings(props)).toEqual([]);
    });

    test('beside the accounts, unless they list it already', () => {
      expect(busPolicies(hubTemplate({ accountIds: [MEMBER_ACCOUNT], managementAccountId: MANAGEMENT_ACCOUNT }))).toContainEqual(managementStatement);
      const listed = busPolicies(hubTemplate({ accountIds: [MEMBER_ACCOUNT, MANAGEMENT_ACCOUNT], managementAccountId: MANAGEMENT_ACCOUNT }));
      expect(listed.map((statement) => statement.Sid)).toEqual([expect.stringMatching(/AccountsForwardRootActivity$/)]);
    });

    test('through the organization\'s one statement when nothing narrows the hub', () => {
      expect(busPolicies(hubTemplate({ managementAccountId: MANAGEMENT_ACCOUNT }))).toEqual([
        expect.objectContaining({ Sid: expect.stringMatching(/OrganizationForwardsRootActivity$/), Condition: { StringEquals: { 'aws:PrincipalOrgID': ORGANIZATION_ID } } }),
      ]);
      expect(warnings({ managementAccountId: MANAGEMENT_ACCOUNT })).toEqual([]);
    });

    test('and warns, naming the prop, when OUs narrow the hub without it', () => {
      expect(warnings({ organizationalUnitIds: [OU_WORKLOADS] })).toEqual([
        "RootActivityHub: 'organizationalUnitIds' (Python: 'organizational_unit_ids') admits only accounts under those OUs, and the management account is usually under none (its path is o-.../r-.../), so the bus would refuse the forwarders in the management account. "
        + "Set 'managementAccountId' (Python: 'management_account_id') to admit it (and list any other account directly under the root in 'accountIds' (Python: 'account_ids')) "
        + `[ack: ${MANAGEMENT_ACCOUNT_WARNING}]`,
      ]);
    });

    test('without a warning when only account ids narrow the hub: they name whom they admit', () => {
      expect(warnings({ accountIds: [MEMBER_ACCOUNT] })).toEqual([]);
    });
  });

  test('passes account names to the notifier, and may look the others up in the organization only', () => {
    const named = hubTemplate({ lookUpAccountNames: true, notifierOptions: { accountNames: { [MEMBER_ACCOUNT]: 'Production' } } });
    named.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ACCOUNT_NAMES: `${MEMBER_ACCOUNT}=Production`, LOOK_UP_ACCOUNT_NAMES: 'true' }) },
    });
    named.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: 'organizations:DescribeAccount',
          Effect: 'Allow',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:organizations::*:account/${ORGANIZATION_ID}/*`]] },
        }]),
      },
    });
    const plain = hubTemplate();
    expect(JSON.stringify(plain.toJSON())).not.toContain('organizations:DescribeAccount');
  });

  describe('refuses bad props before creating anything, naming the prop', () => {
    test.each([
      [{ organizationId: 'o-short' }, /'organizationId' \(Python: 'organization_id'\) must be an organization id/],
      [{ organizationId: '123456789012' }, /'organizationId'.*got '123456789012'/],
      [{ organizationalUnitIds: [ORGANIZATION_ROOT] }, /^RootActivityHub: 'organizationalUnitIds' \(Python: 'organizational_unit_ids'\) names the organization root \('r-ab12'\), which holds every account: leave 'organizationalUnitIds' \(Python: 'organizational_unit_ids'\) out to admit the whole organization$/],
      [{ organizationalUnitIds: ['o-a1b2c3d4e5'] }, /'organizationalUnitIds'.*organizational unit ids such as 'ou-ab12-cd34ef56'.*got 'o-a1b2c3d4e5'/],
      [{ managementAccountId: '99998888777' }, /^RootActivityHub: 'managementAccountId' \(Python: 'management_account_id'\) must be a 12-digit AWS account id \(got '99998888777'\)$/],
      [{ organizationalUnitIds: [] }, /'organizationalUnitIds'.*at least one/],
      [{ accountIds: ['4444-5555-6666'] }, /'accountIds'.*12-digit AWS account id.*got '4444-5555-6666'/],
      [{ accountIds: [] }, /'accountIds'.*at least one/],
      [{ eventBusName: ' ' }, /'eventBusName'.*must not be empty/],
      [{ notifierOptions: { accountNames: { 44445555666: 'Short id' } } }, /'notifierOptions.accountNames'.*12-digit/],
      [{ notifierOptions: { accountNames: { [MEMBER_ACCOUNT]: 'a;b' } } }, /'notifierOptions.accountNames'.*without ';' or '='/],
      [{ emailSubscriptions: ['not-an-address'] }, /RootActivityHub: 'emailSubscriptions'/],
    ] as Array<[Partial<RootActivityHubProps>, RegExp]>)('%j', (props, message) => {
      const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, ...props })).toThrow(message);
      expect(stack.node.children).toHaveLength(0);
    });

    test('more account names than the function\'s environment holds', () => {
      const names = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [String(100000000000 + i), `Workload account ${i}`]));
      const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
      expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, notifierOptions: { accountNames: names } }))
        .toThrow(/'notifierOptions.accountNames'.*4 KB.*organizations:DescribeAccount/);
    });
  });
});
