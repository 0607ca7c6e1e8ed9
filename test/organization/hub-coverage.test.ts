import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { HUB_ACCOUNT, MEMBER_ACCOUNT, ORGANIZATION_ID, stackIn } from './support';
import {
  COVERAGE_METRIC_DIMENSION,
  COVERAGE_METRIC_NAMESPACE,
  COVERED_ACCOUNT_REGIONS_METRIC,
} from '../../lambda-src/coverage/metric-names';
import { RootActivityForwarder, RootActivityHub, RootActivityHubProps } from '../../src';
import { COVERAGE_METRIC } from '../../src/organization/hub-coverage';
import { matchesPattern } from '../event-pattern-matcher';

function hub(props: Partial<RootActivityHubProps> = {}) {
  const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
  const construct = new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, ...props });
  return { stack, construct, template: Template.fromStack(stack) };
}

function functionWithHandler(template: Template, handler: string): [string, any] {
  const found = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Handler: handler } }));
  expect(found).toHaveLength(1);
  return found[0] as [string, any];
}

/** The heartbeat a member forwarder sends, as its schedule defines it. */
function memberHeartbeat(): Record<string, unknown> {
  const member = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
  new RootActivityForwarder(member, 'Forwarder', { eventBusArn: `arn:aws:events:us-east-1:${HUB_ACCOUNT}:event-bus/root-activity-hub` });
  const schedule = Object.values(Template.fromStack(member).findResources('AWS::Scheduler::Schedule'))[0] as any;
  return {
    'source': schedule.Properties.Target.EventBridgeParameters.Source,
    'detail-type': schedule.Properties.Target.EventBridgeParameters.DetailType,
    'account': MEMBER_ACCOUNT,
    'region': 'eu-west-1',
    'detail': { schemaVersion: 1 },
  };
}

describe('RootActivityHub coverage report', () => {
  const { template, construct } = hub();

  test('keeps the last heartbeats in an encrypted on-demand table whose items expire', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'account', KeyType: 'HASH' }, { AttributeName: 'region', KeyType: 'RANGE' }],
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(construct.coverageTable).toBeDefined();
  });

  test('a rule on the hub\'s bus gives heartbeats, and nothing else, to the recorder', () => {
    const [recorderId] = functionWithHandler(template, 'index.recordHeartbeat');
    const rules = Object.values(template.findResources('AWS::Events::Rule', {
      Properties: { Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [recorderId, 'Arn'] } })] },
    })) as any[];
    expect(rules).toHaveLength(1);
    const pattern = rules[0].Properties.EventPattern;
    expect(rules[0].Properties.EventBusName).toEqual({ Ref: expect.stringMatching(/^HubEventBus/) });
    expect(matchesPattern(pattern, memberHeartbeat())).toBe(true);
    // A root event is no heartbeat.
    expect(matchesPattern(pattern, { ...memberHeartbeat(), 'source': 'aws.signin', 'detail-type': 'AWS Console Sign In via CloudTrail' })).toBe(false);
  });

  test('the root rule on the hub\'s bus does not take heartbeats', () => {
    const rootRule = Object.values(template.findResources('AWS::Events::Rule', {
      Properties: { State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' },
    }))[0] as any;
    expect(matchesPattern(rootRule.Properties.EventPattern, memberHeartbeat())).toBe(false);
  });

  test('the recorder may update the table and nothing else', () => {
    const [, recorder] = functionWithHandler(template, 'index.recordHeartbeat');
    const roleId = recorder.Properties.Role['Fn::GetAtt'][0];
    const policies = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } })) as any[];
    const actions = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement).flatMap((statement: any) => [statement.Action].flat());
    expect(actions.sort()).toEqual(['dynamodb:UpdateItem', 'logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  test('the reporter runs every interval, reads the table and sends to the alert queue, without listing accounts by default', () => {
    const [reporterId, reporter] = functionWithHandler(template, 'index.reportCoverage');
    expect(reporter.Properties.Environment.Variables).toMatchObject({
      HEARTBEAT_INTERVAL_MINUTES: '60',
      EXPECTED_REGIONS: '',
      LIST_ACCOUNTS: 'false',
      ALERT_QUEUE_URL: { Ref: expect.stringMatching(/NotifierQueue/) },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [reporterId, 'Arn'] } })],
    });
    const roleId = reporter.Properties.Role['Fn::GetAtt'][0];
    const policies = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } })) as any[];
    const actions = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement).flatMap((statement: any) => [statement.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage']));
    expect(actions).not.toContain('organizations:ListAccounts');
    expect(actions.some((action: string) => action.endsWith('*'))).toBe(false);
  });

  test('listAccountsForCoverage grants organizations:ListAccounts (on "*", as AWS requires) and tells the reporter', () => {
    const listing = hub({ listAccountsForCoverage: true, coverageRegions: ['us-east-1', 'eu-west-1'], heartbeatInterval: Duration.minutes(30) }).template;
    const [, reporter] = functionWithHandler(listing, 'index.reportCoverage');
    expect(reporter.Properties.Environment.Variables).toMatchObject({
      LIST_ACCOUNTS: 'true', EXPECTED_REGIONS: 'us-east-1,eu-west-1', HEARTBEAT_INTERVAL_MINUTES: '30',
    });
    listing.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Action: 'organizations:ListAccounts', Effect: 'Allow', Resource: '*' }]) },
    });
    listing.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(30 minutes)' });
  });

  test('the alarm reads the metric the reporter writes, and fires on a drop', () => {
    expect(COVERAGE_METRIC).toEqual({
      namespace: COVERAGE_METRIC_NAMESPACE, name: COVERED_ACCOUNT_REGIONS_METRIC, dimension: COVERAGE_METRIC_DIMENSION,
    });
    const [reporterId] = functionWithHandler(template, 'index.reportCoverage');
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 0,
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'FILL(DIFF(covered), 0)' }),
        Match.objectLike({
          Id: 'covered',
          MetricStat: Match.objectLike({
            Metric: {
              Namespace: 'RootActivityMonitor',
              MetricName: 'CoveredAccountRegions',
              Dimensions: [{ Name: 'FunctionName', Value: { Ref: reporterId } }],
            },
            Period: 3600,
          }),
        }),
      ]),
    });
  });

  test('a report that stops running raises an alarm after two intervals without a run, a missing interval counting as none', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('has not run for two heartbeat intervals'),
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      TreatMissingData: 'breaching',
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'FILL(runs, 0)' }),
        Match.objectLike({ Id: 'runs', MetricStat: Match.objectLike({ Stat: 'SampleCount', Period: 3600 }) }),
      ]),
    });
  });

  test('the drop alarm looks at two intervals, so the previous run is in its window', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('fewer accounts and regions'),
      EvaluationPeriods: 2,
      DatapointsToAlarm: 1,
    });
  });

  test('a failing reporter or recorder raises an alarm of its own', () => {
    const [reporterId] = functionWithHandler(template, 'index.reportCoverage');
    const [recorderId] = functionWithHandler(template, 'index.recordHeartbeat');
    for (const [id, period] of [[reporterId, 3600], [recorderId, 300]] as const) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }],
        Period: period,
        Threshold: 1,
      });
    }
    expect(construct.coverageAlarms).toHaveLength(4);
  });

  test('coverage alarms and the report go to the self-monitoring topic when there is one', () => {
    const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
    const health = new sns.Topic(stack, 'Health');
    new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, selfMonitoringTopic: health });
    const withHealth = Template.fromStack(stack);
    const healthRef = { Ref: stack.getLogicalId(health.node.defaultChild as any) };
    for (const description of ['fewer accounts and regions', 'coverage report has not run', 'coverage report failed', 'heartbeats could not be recorded']) {
      withHealth.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmDescription: Match.stringLikeRegexp(description),
        AlarmActions: [healthRef],
      });
    }
    // The notifier sends coverage reports where changes to the monitor go.
    withHealth.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Environment: { Variables: Match.objectLike({ HEALTH_TOPIC_ARN: healthRef }) },
    });
  });

  test('can be switched off, and its props are refused then', () => {
    const { template: off, construct: offHub } = hub({ enableCoverageReport: false });
    off.resourceCountIs('AWS::DynamoDB::Table', 0);
    off.resourceCountIs('AWS::Lambda::Function', 1);
    expect(offHub.coverageTable).toBeUndefined();
    expect(offHub.coverageAlarms).toEqual([]);
    const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
    expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, enableCoverageReport: false, listAccountsForCoverage: true }))
      .toThrow(/'listAccountsForCoverage' \(Python: 'list_accounts_for_coverage'\) is only allowed when 'enableCoverageReport'/);
    expect(stack.node.children).toHaveLength(0);
  });

  test('refuses an alarm topic in another region, which the coverage alarms could not notify', () => {
    const stack = stackIn(HUB_ACCOUNT, 'eu-west-1');
    const topic = sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:111122223333:root-activity');
    expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, topic, enableSelfMonitoring: false }))
      .toThrow(/'topic' is in us-east-1, the hub in eu-west-1; the coverage alarms can only notify a topic in their own region/);
    expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, topic, enableSelfMonitoring: false, enableCoverageReport: false }))
      .not.toThrow();
  });

  test.each([
    [{ heartbeatInterval: Duration.minutes(2) }, /'heartbeatInterval'.*from 5 minutes to 24 hours/],
    [{ coverageRegions: ['eu-west-1', 'eu-west-1'] }, /'coverageRegions'.*names 'eu-west-1' twice/],
    [{ coverageRegions: ['Ireland'] }, /'coverageRegions'.*region names/],
  ])('refuses %p before creating anything', (props, message) => {
    const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
    expect(() => new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID, ...props })).toThrow(message);
    expect(stack.node.children).toHaveLength(0);
  });
});
