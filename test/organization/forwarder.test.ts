import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { HUB_ACCOUNT, HUB_BUS_ARN, MEMBER_ACCOUNT, stackIn } from './support';
import { RootActivityForwarder, RootActivityForwarderProps, RootActivityRule } from '../../src';
import { matchesPattern } from '../event-pattern-matcher';

function forwarderTemplate(region = 'eu-west-1', props: Partial<{ includeReadOnlyApiCalls: boolean; withQueue: boolean; ruleName: string }> = {}): Template {
  const stack = stackIn(MEMBER_ACCOUNT, region);
  new RootActivityForwarder(stack, 'Forwarder', {
    eventBusArn: HUB_BUS_ARN,
    includeReadOnlyApiCalls: props.includeReadOnlyApiCalls,
    deadLetterQueue: props.withQueue ? new sqs.Queue(stack, 'Failed') : undefined,
    ruleName: props.ruleName,
  });
  return Template.fromStack(stack);
}

/** A forwarder in eu-west-1 of the member account with `props`. */
function forwarderTemplateWith(props: Partial<RootActivityForwarderProps>): Template {
  const stack = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
  new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN, ...props });
  return Template.fromStack(stack);
}

/** The rule of the template whose name is `name`. */
function ruleNamed(template: Template, name: string): any {
  const rules = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Name: name } }));
  expect(rules).toHaveLength(1);
  return rules[0];
}

/**
 * A CloudTrail record of a call by an IAM role, as EventBridge delivers it
 * (the shape of the records in test/fixtures/tamper/).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
function callBy(service: 'events' | 'iam', eventName: string, requestParameters: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const region = service === 'iam' ? 'us-east-1' : 'eu-west-1';
  return {
    'version': '0',
    'detail-type': 'AWS API Call via CloudTrail',
    'source': `aws.${service}`,
    'account': MEMBER_ACCOUNT,
    'region': region,
    'detail': {
      eventVersion: '1.10',
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${MEMBER_ACCOUNT}:assumed-role/Developer/mallory`,
        accountId: MEMBER_ACCOUNT,
      },
      eventSource: `${service}.amazonaws.com`,
      eventName,
      awsRegion: region,
      requestParameters,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: MEMBER_ACCOUNT,
      ...extra,
    },
  };
}

const DENIED = { errorCode: 'AccessDenied', errorMessage: 'User: arn:aws:sts::444455556666:assumed-role/Developer/mallory is not authorized to perform this action with an explicit deny in a service control policy' };

describe('RootActivityForwarder', () => {
  const template = forwarderTemplate();

  test('is two rules, a heartbeat schedule and two roles: no function, key or alarm, no asset', () => {
    const types = Object.values(template.toJSON().Resources).map((resource: any) => resource.Type).sort();
    expect(types).toEqual([
      'AWS::Events::Rule', 'AWS::Events::Rule', 'AWS::IAM::Policy', 'AWS::IAM::Policy', 'AWS::IAM::Role', 'AWS::IAM::Role', 'AWS::Scheduler::Schedule',
    ]);
    // No asset parameters (a bootstrap version parameter is the synthesizer's, not an asset's).
    expect(Object.keys(template.toJSON().Parameters ?? {}).filter((name) => name !== 'BootstrapVersion')).toEqual([]);
  });

  test('matches exactly what the monitor\'s rule matches, on the default bus, read-only calls included', () => {
    const rule = ruleNamed(template, 'root-activity-forwarder');
    const monitorStack = stackIn(HUB_ACCOUNT, 'us-east-1');
    new RootActivityRule(monitorStack, 'Rule');
    const monitorRule = Object.values(Template.fromStack(monitorStack).findResources('AWS::Events::Rule'))[0] as any;
    // The monitor's pattern, or a heartbeat: nothing else.
    expect(rule.Properties.EventPattern).toEqual({
      $or: [monitorRule.Properties.EventPattern, { 'source': ['root-activity-monitor.heartbeat'], 'detail-type': ['Root activity forwarder heartbeat'] }],
    });
    const without = ruleNamed(forwarderTemplateWith({ enableHeartbeat: false }), 'root-activity-forwarder');
    expect(without.Properties.EventPattern).toEqual(monitorRule.Properties.EventPattern);
    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(rule.Properties.State).toBe('ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');
    expect(ruleNamed(forwarderTemplate('eu-west-1', { includeReadOnlyApiCalls: false }), 'root-activity-forwarder').Properties.State).toBe('ENABLED');
  });

  test('both rules target the hub\'s bus through one role that may only put events on that bus', () => {
    for (const name of ['root-activity-forwarder', 'root-activity-forwarder-watch']) {
      expect(ruleNamed(template, name).Properties.Targets).toEqual([
        { Arn: HUB_BUS_ARN, Id: 'Target0', RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^ForwarderRole/), 'Arn'] } },
      ]);
    }
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'events:PutEvents', Effect: 'Allow', Resource: HUB_BUS_ARN }] },
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': MEMBER_ACCOUNT } },
        }],
      },
    });
  });

  test('sends what either rule cannot deliver to a dead-letter queue when given one', () => {
    const withQueue = forwarderTemplate('eu-west-1', { withQueue: true });
    for (const name of ['root-activity-forwarder', 'root-activity-forwarder-watch']) {
      expect(ruleNamed(withQueue, name).Properties.Targets).toEqual([
        expect.objectContaining({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^Failed/), 'Arn'] } } }),
      ]);
    }
  });

  describe('has fixed names, so that a hub\'s rule and a service control policy can name its parts in every account', () => {
    test('by default: root-activity-forwarder, its watch rule, and a role named for the region', () => {
      expect(RootActivityForwarder.DEFAULT_RULE_NAME).toBe('root-activity-forwarder');
      expect(RootActivityForwarder.DEFAULT_WATCH_RULE_NAME).toBe('root-activity-forwarder-watch');
      ruleNamed(template, 'root-activity-forwarder');
      ruleNamed(template, 'root-activity-forwarder-watch');
      template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'root-activity-forwarder-eu-west-1' });
    });

    test('a role name per region, as IAM names are unique per account and a StackSet deploys to every region of it', () => {
      const stack = new Stack(new App(), 'Anywhere', { env: { account: MEMBER_ACCOUNT } });
      new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
        RoleName: { 'Fn::Join': ['', ['root-activity-forwarder-', { Ref: 'AWS::Region' }]] },
      });
    });

    test('derived from ruleName when it is given, for a second forwarder in one account and region', () => {
      const named = forwarderTemplate('eu-west-1', { ruleName: 'second-forwarder' });
      ruleNamed(named, 'second-forwarder');
      const watch = ruleNamed(named, 'second-forwarder-watch');
      named.hasResourceProperties('AWS::IAM::Role', { RoleName: 'second-forwarder-eu-west-1' });
      expect(matchesPattern(watch.Properties.EventPattern, callBy('events', 'DisableRule', { name: 'second-forwarder' }))).toBe(true);
      expect(matchesPattern(watch.Properties.EventPattern, callBy('events', 'DisableRule', { name: 'root-activity-forwarder' }))).toBe(false);
      expect(matchesPattern(watch.Properties.EventPattern, callBy('iam', 'DeleteRole', { roleName: 'second-forwarder-eu-west-1' }))).toBe(true);
    });

    test.each([
      ['a name too long for the role and watch rule it also makes', 'a'.repeat(41)],
      ['a name EventBridge refuses', 'root activity'],
      ['a name of characters IAM refuses', 'forwarder/eu'],
    ])('refuses %s, naming the prop, before creating anything', (_what, ruleName) => {
      const stack = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
      expect(() => new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN, ruleName }))
        .toThrow(`RootActivityForwarder: 'ruleName' (Python: 'rule_name') must be 1 to 40 letters, digits, '.', '-' or '_', as it also names the watch rule ('<ruleName>-watch') and the role ('<ruleName>-<region>') (got '${ruleName}')`);
      expect(stack.node.children).toHaveLength(0);
    });

    test('accepts a name of 40 characters', () => {
      expect(() => forwarderTemplate('eu-west-1', { ruleName: 'f'.repeat(40) })).not.toThrow();
    });
  });

  describe('watches itself: a rule forwards the records of calls that would silence it, by anyone', () => {
    const watch = ruleNamed(template, 'root-activity-forwarder-watch');
    const matches = (event: unknown) => matchesPattern(watch.Properties.EventPattern, event);

    test('in the plain ENABLED state, which receives the write management events it watches', () => {
      expect(watch.Properties.State).toBe('ENABLED');
    });

    test.each([
      ['DeleteRule', { name: 'root-activity-forwarder' }],
      ['DisableRule', { name: 'root-activity-forwarder' }],
      ['PutRule', { name: 'root-activity-forwarder', eventPattern: '{"source":["nothing"]}' }],
      ['RemoveTargets', { rule: 'root-activity-forwarder', ids: ['Target0'] }],
      ['PutTargets', { rule: 'root-activity-forwarder', targets: [{ id: 'Target0', arn: 'arn:aws:sqs:eu-west-1:444455556666:elsewhere' }] }],
      ['DisableRule', { name: 'root-activity-forwarder-watch' }],
      ['RemoveTargets', { rule: 'root-activity-forwarder-watch', ids: ['Target0'] }],
    ])('EventBridge %s on a forwarder rule (%j), done or denied', (eventName, requestParameters) => {
      expect(matches(callBy('events', eventName, requestParameters))).toBe(true);
      expect(matches(callBy('events', eventName, requestParameters, DENIED))).toBe(true);
    });

    test.each([
      'DeleteRole', 'UpdateAssumeRolePolicy', 'PutRolePolicy', 'DeleteRolePolicy', 'AttachRolePolicy', 'DetachRolePolicy', 'PutRolePermissionsBoundary',
    ])('IAM %s on the role of any region\'s forwarder, done or denied', (eventName) => {
      for (const roleName of ['root-activity-forwarder-eu-west-1', 'root-activity-forwarder-ap-southeast-2']) {
        expect(matches(callBy('iam', eventName, { roleName }))).toBe(true);
        expect(matches(callBy('iam', eventName, { roleName }, DENIED))).toBe(true);
      }
    });

    test('and nothing else: the same calls on other rules and roles, other calls, forged sources', () => {
      expect(matches(callBy('events', 'DisableRule', { name: 'someone-elses-rule' }))).toBe(false);
      expect(matches(callBy('events', 'RemoveTargets', { rule: 'root-activity-forwarder-other', ids: ['Target0'] }))).toBe(false);
      expect(matches(callBy('events', 'EnableRule', { name: 'root-activity-forwarder' }))).toBe(false);
      expect(matches(callBy('events', 'DescribeRule', { name: 'root-activity-forwarder' }))).toBe(false);
      expect(matches(callBy('iam', 'DeleteRolePolicy', { roleName: 'Developer' }))).toBe(false);
      expect(matches(callBy('iam', 'TagRole', { roleName: 'root-activity-forwarder-eu-west-1' }))).toBe(false);
      const forged = { ...callBy('events', 'DeleteRule', { name: 'root-activity-forwarder' }), source: 'my.app' };
      expect(matches(forged)).toBe(false);
    });
  });

  test('serves another region of the same account: the home region\'s default bus', () => {
    const stack = stackIn(HUB_ACCOUNT, 'ap-southeast-2');
    new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: `arn:aws:events:us-east-1:${HUB_ACCOUNT}:event-bus/default` });
    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ Arn: `arn:aws:events:us-east-1:${HUB_ACCOUNT}:event-bus/default` })],
    });
  });

  describe('refuses a bus it cannot reach or an ARN that is no bus', () => {
    test.each([
      ['cn-north-1', HUB_BUS_ARN, /partition aws.*cannot deliver to from a stack in cn-north-1 \(partition aws-cn\)/],
      ['us-gov-west-1', HUB_BUS_ARN, /partition aws-us-gov/],
      ['cn-northwest-1', `arn:aws-cn:events:cn-north-1:${HUB_ACCOUNT}:event-bus/root-activity-hub`, /does not deliver across regions in China/],
      ['us-east-1', `arn:aws:sns:us-east-1:${HUB_ACCOUNT}:topic`, /'eventBusArn' \(Python: 'event_bus_arn'\) must be an event bus ARN/],
      ['us-east-1', `arn:aws:events:us-east-1:${HUB_ACCOUNT}:rule/root`, /must be an event bus ARN/],
    ])('in %s to %s', (region, arn, message) => {
      const stack = stackIn(MEMBER_ACCOUNT, region);
      expect(() => new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: arn })).toThrow(message);
      expect(stack.node.children).toHaveLength(0);
    });

    test('but allows the two GovCloud regions to reach each other', () => {
      const stack = stackIn(MEMBER_ACCOUNT, 'us-gov-east-1');
      expect(() => new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: `arn:aws-us-gov:events:us-gov-west-1:${HUB_ACCOUNT}:event-bus/hub` })).not.toThrow();
    });
  });
});
