import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { HUB_ACCOUNT, HUB_BUS_ARN, MEMBER_ACCOUNT, ORGANIZATION_ID, stackIn } from './support';
import { watchedCalls } from '../../lambda-src/notifier/events/monitor-change';
import { RootActivityForwarder, RootActivityHub } from '../../src';
import { FORWARDER_ROLE_CALLS, forwarderNames, forwarderWatchPattern, watchForwarders } from '../../src/organization/forwarder-watch';
import { matchesPattern } from '../event-pattern-matcher';

/** A hub-like stack: a custom bus and an alert queue, and the watch rule on them. */
function hubTemplate(withDeadLetterQueue: boolean): Template {
  const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
  const bus = new events.EventBus(stack, 'EventBus', { eventBusName: 'root-activity-hub' });
  const queue = new sqs.Queue(stack, 'AlertQueue');
  const deadLetterQueue = withDeadLetterQueue ? new sqs.Queue(stack, 'DeadLetterQueue') : undefined;
  watchForwarders(stack, bus, queue, deadLetterQueue);
  return Template.fromStack(stack);
}

function onlyRule(template: Template): any {
  const rules = Object.values(template.findResources('AWS::Events::Rule'));
  expect(rules).toHaveLength(1);
  return rules[0];
}

/** What a member's watch rule puts on the hub's bus: the CloudTrail record, under the member's account. */
function forwarded(service: 'events' | 'iam', eventName: string, requestParameters: Record<string, unknown>, errorCode?: string) {
  return {
    'version': '0',
    'detail-type': 'AWS API Call via CloudTrail',
    'source': `aws.${service}`,
    'account': MEMBER_ACCOUNT,
    'region': 'us-east-1',
    'detail': {
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${MEMBER_ACCOUNT}:assumed-role/Admin/alice`, accountId: MEMBER_ACCOUNT },
      eventSource: `${service}.amazonaws.com`,
      eventName,
      awsRegion: 'us-east-1',
      requestParameters,
      ...(errorCode === undefined ? {} : { errorCode }),
      eventType: 'AwsApiCall',
      recipientAccountId: MEMBER_ACCOUNT,
    },
  };
}

describe('the hub\'s rule for changes to forwarders (watchForwarders)', () => {
  const template = hubTemplate(true);
  const rule = onlyRule(template);

  test('is on the hub\'s bus, not the default one', () => {
    expect(rule.Properties.EventBusName).toEqual({ Ref: expect.stringMatching(/^EventBus/) });
  });

  test('matches exactly what a member\'s watch rule forwards', () => {
    const member = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
    const forwarder = new RootActivityForwarder(member, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
    const watchRuleId = member.getLogicalId(forwarder.watchRule.node.defaultChild as events.CfnRule);
    const memberPattern = Template.fromStack(member).toJSON().Resources[watchRuleId].Properties.EventPattern;
    expect(rule.Properties.EventPattern).toEqual(memberPattern);
  });

  test('reports forwarded changes to forwarders, done or denied, and nothing else', () => {
    const matches = (event: unknown) => matchesPattern(rule.Properties.EventPattern, event);
    expect(matches(forwarded('events', 'DisableRule', { name: 'root-activity-forwarder' }))).toBe(true);
    expect(matches(forwarded('events', 'PutTargets', { rule: 'root-activity-forwarder-watch' }, 'AccessDenied'))).toBe(true);
    expect(matches(forwarded('iam', 'DeleteRolePolicy', { roleName: 'root-activity-forwarder-eu-west-1', policyName: 'p' }))).toBe(true);
    expect(matches(forwarded('iam', 'AttachRolePolicy', { roleName: 'root-activity-forwarder-us-east-1' }, 'AccessDenied'))).toBe(true);
    expect(matches(forwarded('events', 'DisableRule', { name: 'another-rule' }))).toBe(false);
    expect(matches(forwarded('iam', 'DeleteRole', { roleName: 'Developer' }))).toBe(false);
    // A member may put events of its own on the hub's bus; none with an AWS source.
    expect(matches({ ...forwarded('events', 'DeleteRule', { name: 'root-activity-forwarder' }), source: 'aws-like.events' })).toBe(false);
  });

  test('queues them for the notifier, retrying as long as EventBridge allows, then into the dead-letter queue', () => {
    expect(rule.Properties.Targets).toEqual([{
      Arn: { 'Fn::GetAtt': [expect.stringMatching(/^AlertQueue/), 'Arn'] },
      Id: 'Target0',
      RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^DeadLetterQueue/), 'Arn'] } },
    }]);
  });

  test('without a dead-letter queue, the rule says why it has none to cdk-nag', () => {
    const bare = onlyRule(hubTemplate(false));
    expect(bare.Properties.Targets[0].DeadLetterConfig).toBeUndefined();
    expect(bare.Metadata?.cdk_nag?.rules_to_suppress).toEqual([expect.objectContaining({ id: 'Serverless-EventBusDLQ' })]);
  });

  test('says it watches what could silence the hub, so the self-health test holds the notifier to render every call it watches', () => {
    expect(rule.Properties.Description).toMatch(/could silence/);
  });

  test('every EventBridge call it watches is one the notifier renders as a change to the monitor', () => {
    const clauses = rule.Properties.EventPattern.detail.$or as Array<{ eventSource: string[]; eventName: string[] }>;
    const calls = clauses.flatMap((clause) => clause.eventName.map((name) => `${clause.eventSource[0]}:${name}`));
    expect(calls.filter((call) => call.startsWith('events.'))).toHaveLength(5);
    expect(watchedCalls()).toEqual(expect.arrayContaining(calls.filter((call) => call.startsWith('events.'))));
    // The IAM calls, for lambda-src/notifier/events/monitor-change.ts to name.
    expect(calls.filter((call) => call.startsWith('iam.'))).toEqual(FORWARDER_ROLE_CALLS.map((name) => `iam.amazonaws.com:${name}`));
  });
});

describe('on a hub\'s own bus and alert queue, as the hub wires it', () => {
  const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
  const hub = new RootActivityHub(stack, 'Hub', { organizationId: ORGANIZATION_ID });
  // The stack as scope, not the hub, so this still holds once the hub creates its own.
  const rule = watchForwarders(stack, hub.eventBus, hub.monitor.notifier!.queue, hub.monitor.deadLetterQueue);
  const template = Template.fromStack(stack);

  test('EventBridge may send to the alert queue for this rule only', () => {
    const statements = Object.values(template.findResources('AWS::SQS::QueuePolicy'))
      .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement);
    expect(statements).toContainEqual(expect.objectContaining({
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [stack.getLogicalId(rule.node.defaultChild as events.CfnRule), 'Arn'] } } },
    }));
  });

  test('adds no unacknowledged cdk-nag finding', () => {
    const findings = [new AwsSolutionsChecks(), new NIST80053R5Checks(), new ServerlessChecks()].flatMap((pack) =>
      pack.validateScope(stack).violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`)));
    expect(findings).toEqual([]);
  });
});

describe('the watch pattern', () => {
  test('stays within EventBridge\'s 2,048 characters at the longest rule name a forwarder takes', () => {
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
    const pattern = forwarderWatchPattern(forwarderNames('f'.repeat(40)));
    const json = JSON.stringify({ 'source': pattern.source, 'detail-type': pattern.detailType, 'detail': pattern.detail });
    expect(json.length).toBeLessThanOrEqual(2048);
  });
});
