import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { HUB_ACCOUNT, HUB_BUS_ARN, MEMBER_ACCOUNT, stackIn } from './support';
import { RootActivityForwarder, RootActivityRule } from '../../src';

function forwarderTemplate(region = 'eu-west-1', props: Partial<{ includeReadOnlyApiCalls: boolean; withQueue: boolean }> = {}): Template {
  const stack = stackIn(MEMBER_ACCOUNT, region);
  new RootActivityForwarder(stack, 'Forwarder', {
    eventBusArn: HUB_BUS_ARN,
    includeReadOnlyApiCalls: props.includeReadOnlyApiCalls,
    deadLetterQueue: props.withQueue ? new sqs.Queue(stack, 'Failed') : undefined,
  });
  return Template.fromStack(stack);
}

describe('RootActivityForwarder', () => {
  const template = forwarderTemplate();

  test('is a rule and a role only: nothing that costs money while idle, no asset', () => {
    const types = Object.values(template.toJSON().Resources).map((resource: any) => resource.Type).sort();
    expect(types).toEqual(['AWS::Events::Rule', 'AWS::IAM::Policy', 'AWS::IAM::Role']);
    // No asset parameters (a bootstrap version parameter is the synthesizer's, not an asset's).
    expect(Object.keys(template.toJSON().Parameters ?? {}).filter((name) => name !== 'BootstrapVersion')).toEqual([]);
  });

  test('matches exactly what the monitor\'s rule matches, on the default bus, read-only calls included', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule'))[0] as any;
    const monitorStack = stackIn(HUB_ACCOUNT, 'us-east-1');
    new RootActivityRule(monitorStack, 'Rule');
    const monitorRule = Object.values(Template.fromStack(monitorStack).findResources('AWS::Events::Rule'))[0] as any;
    expect(rule.Properties.EventPattern).toEqual(monitorRule.Properties.EventPattern);
    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(rule.Properties.State).toBe('ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');
    expect((Object.values(forwarderTemplate('eu-west-1', { includeReadOnlyApiCalls: false }).findResources('AWS::Events::Rule'))[0] as any)
      .Properties.State).toBe('ENABLED');
  });

  test('targets the hub\'s bus through a role that may only put events on that bus', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [{ Arn: HUB_BUS_ARN, Id: Match.anyValue(), RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ForwarderRole'), 'Arn'] } }],
    });
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

  test('sends what it cannot deliver to a dead-letter queue when given one', () => {
    forwarderTemplate('eu-west-1', { withQueue: true }).hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Failed'), 'Arn'] } } })],
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
