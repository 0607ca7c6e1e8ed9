import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { HUB_BUS_ARN, MEMBER_ACCOUNT, ORGANIZATION_ROOT, stackIn } from './support';
import { HEARTBEAT_DETAIL_TYPE as RECEIVED_DETAIL_TYPE, HEARTBEAT_SOURCE as RECEIVED_SOURCE } from '../../lambda-src/coverage/events';
import { RootActivityForwarder, RootActivityForwarderProps, RootActivityForwarderStackSet } from '../../src';
import { HEARTBEAT_DETAIL_TYPE, HEARTBEAT_SOURCE } from '../../src/organization/forwarder-heartbeat';
import { matchesPattern } from '../event-pattern-matcher';

function forwarder(props: Partial<RootActivityForwarderProps> = {}, region = 'eu-west-1') {
  const stack = stackIn(MEMBER_ACCOUNT, region);
  const construct = new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN, ...props });
  return { stack, construct, template: Template.fromStack(stack) };
}

function onlySchedule(template: Template): any {
  const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
  expect(schedules).toHaveLength(1);
  return schedules[0];
}

/**
 * The event Scheduler's templated PutEvents target puts on the default bus:
 * the schedule's Source and DetailType, its Input as the detail, and the
 * envelope EventBridge sets (account and region of the bus).
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-templated.html
 */
function heartbeatEvent(schedule: any) {
  const { Source, DetailType } = schedule.Properties.Target.EventBridgeParameters;
  return {
    'version': '0',
    'id': 'a1b2c3d4-0000-4000-8000-000000000001',
    'source': Source,
    'detail-type': DetailType,
    'account': MEMBER_ACCOUNT,
    'region': 'eu-west-1',
    'time': '2026-12-06T06:00:00Z',
    'resources': [],
    'detail': { schemaVersion: 1, account: MEMBER_ACCOUNT, region: 'eu-west-1' },
  };
}

describe('the forwarder\'s heartbeat', () => {
  test('a schedule puts it on this account\'s own default bus every hour, through a role that may do only that', () => {
    const { template } = forwarder();
    const schedule = onlySchedule(template);
    expect(schedule.Properties).toMatchObject({
      Name: 'root-activity-forwarder-heartbeat',
      ScheduleExpression: 'rate(60 minutes)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        EventBridgeParameters: { Source: HEARTBEAT_SOURCE, DetailType: HEARTBEAT_DETAIL_TYPE },
        RetryPolicy: { MaximumEventAgeInSeconds: 3600 },
      },
    });
    const bus = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:events:eu-west-1:${MEMBER_ACCOUNT}:event-bus/default`]] };
    expect(schedule.Properties.Target.Arn).toEqual(bus);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'events:PutEvents', Effect: 'Allow', Resource: bus }] },
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': MEMBER_ACCOUNT } },
        }],
      },
    });
  });

  test('its detail says where it comes from and when it was due, filled in by Scheduler', () => {
    const schedule = onlySchedule(forwarder().template);
    const input = JSON.parse(schedule.Properties.Target.Input);
    expect(input).toEqual({
      schemaVersion: 1,
      account: MEMBER_ACCOUNT,
      region: 'eu-west-1',
      forwarderRule: 'root-activity-forwarder',
      intervalMinutes: 60,
      scheduleArn: '<aws.scheduler.schedule-arn>',
      scheduledTime: '<aws.scheduler.scheduled-time>',
    });
  });

  test('the forwarder rule itself matches the heartbeat, so a broken rule, target or role stops it', () => {
    const { template } = forwarder();
    const rule = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Name: 'root-activity-forwarder' } }))[0] as any;
    expect(matchesPattern(rule.Properties.EventPattern, heartbeatEvent(onlySchedule(template)))).toBe(true);
    // The watch rule does not carry it: only the forwarding rule proves the path.
    const watch = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Name: 'root-activity-forwarder-watch' } }))[0] as any;
    expect(matchesPattern(watch.Properties.EventPattern, heartbeatEvent(onlySchedule(template)))).toBe(false);
  });

  test('an event that only looks like a heartbeat in part is not forwarded', () => {
    const { template } = forwarder();
    const rule = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Name: 'root-activity-forwarder' } }))[0] as any;
    const event = heartbeatEvent(onlySchedule(template));
    expect(matchesPattern(rule.Properties.EventPattern, { ...event, 'detail-type': 'Something else' })).toBe(false);
    expect(matchesPattern(rule.Properties.EventPattern, { ...event, source: 'my.app' })).toBe(false);
  });

  test('the names the hub listens for are the ones the schedule sends', () => {
    expect(HEARTBEAT_SOURCE).toBe(RECEIVED_SOURCE);
    expect(HEARTBEAT_DETAIL_TYPE).toBe(RECEIVED_DETAIL_TYPE);
    // Scheduler refuses a source in AWS's reserved namespace.
    expect(HEARTBEAT_SOURCE.startsWith('aws.')).toBe(false);
  });

  test('follows heartbeatInterval, and names its schedule after the rule', () => {
    const schedule = onlySchedule(forwarder({ heartbeatInterval: Duration.minutes(15), ruleName: 'second-forwarder' }).template);
    expect(schedule.Properties.ScheduleExpression).toBe('rate(15 minutes)');
    expect(schedule.Properties.Name).toBe('second-forwarder-heartbeat');
    expect(schedule.Properties.Target.RetryPolicy.MaximumEventAgeInSeconds).toBe(900);
    expect(JSON.parse(schedule.Properties.Target.Input).intervalMinutes).toBe(15);
  });

  test('can be switched off', () => {
    const { template, construct } = forwarder({ enableHeartbeat: false });
    template.resourceCountIs('AWS::Scheduler::Schedule', 0);
    expect(construct.heartbeat).toBeUndefined();
  });

  test.each([
    [Duration.minutes(4), /'heartbeatInterval'.*from 5 minutes to 24 hours \(got 4 minutes\)/],
    [Duration.seconds(390), /whole number of minutes/],
    [Duration.hours(25), /from 5 minutes to 24 hours/],
  ])('refuses an interval of %s before creating anything', (interval, message) => {
    const stack = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
    expect(() => new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN, heartbeatInterval: interval })).toThrow(message);
    expect(stack.node.children).toHaveLength(0);
  });

  test('the StackSet\'s member template carries it at the interval given, and stays within the inline limit', () => {
    const stack = stackIn('999988887777', 'us-east-1');
    const stackSet = new RootActivityForwarderStackSet(stack, 'Forwarders', {
      eventBusArn: HUB_BUS_ARN,
      organizationalUnitIds: [ORGANIZATION_ROOT],
      regions: ['us-east-1', 'eu-west-1'],
      heartbeatInterval: Duration.minutes(30),
    });
    const member = JSON.parse(stackSet.templateBody);
    const schedules = Object.values<any>(member.Resources).filter((resource) => resource.Type === 'AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
    expect(schedules[0].Properties.ScheduleExpression).toBe('rate(30 minutes)');
    expect(Buffer.byteLength(stackSet.templateBody)).toBeLessThan(51_200 / 4);
  });

  test('the StackSet refuses a bad interval before creating anything', () => {
    const stack = stackIn('999988887777', 'us-east-1');
    expect(() => new RootActivityForwarderStackSet(stack, 'Forwarders', {
      eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [ORGANIZATION_ROOT], regions: ['us-east-1'], heartbeatInterval: Duration.days(2),
    })).toThrow(/RootActivityForwarderStackSet: 'heartbeatInterval'/);
    expect(stack.node.children).toHaveLength(0);
  });
});
