import { Template } from 'aws-cdk-lib/assertions';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import { RootActivityRule } from '../../src';
import { matchesPattern } from '../event-pattern-matcher';
import { fixture, fixtureNames, newStack } from '../helpers';

function synthesizedPattern(props = {}): Record<string, unknown> {
  const stack = newStack();
  new RootActivityRule(stack, 'Rule', props);
  const rules = Template.fromStack(stack).findResources('AWS::Events::Rule');
  return Object.values(rules)[0].Properties.EventPattern;
}

describe('RootActivityRule', () => {
  test('matches root sign-ins, API calls and console actions from AWS sources, not service-invoked calls or service events', () => {
    expect(synthesizedPattern()).toEqual({
      'source': [{ prefix: 'aws.' }],
      'detail-type': [
        'AWS Console Sign In via CloudTrail',
        'AWS Console Signin via CloudTrail',
        'AWS API Call via CloudTrail',
        'AWS Console Action via CloudTrail',
      ],
      'detail': {
        userIdentity: { type: ['Root'], invokedBy: [{ exists: false }, 'signin.amazonaws.com'] },
        eventType: [{ 'anything-but': ['AwsServiceEvent'] }],
      },
    });
  });

  test('receives read-only management events by default', () => {
    const stack = newStack();
    new RootActivityRule(stack, 'Rule');

    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
    });
  });

  test('uses the plain ENABLED state when read-only calls are left out', () => {
    const stack = newStack();
    new RootActivityRule(stack, 'Rule', { includeReadOnlyApiCalls: false });

    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', { State: 'ENABLED' });
  });

  test('stays disabled when enabled is false', () => {
    const stack = newStack();
    new RootActivityRule(stack, 'Rule', { enabled: false });

    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', { State: 'DISABLED' });
  });

  test('names the rule and sends to the targets given and added', () => {
    const stack = newStack();
    const first = new sns.Topic(stack, 'First');
    const second = new sns.Topic(stack, 'Second');
    const rule = new RootActivityRule(stack, 'Rule', { ruleName: 'root-activity', targets: [new targets.SnsTopic(first)] });
    expect(rule.addTarget(new targets.SnsTopic(second))).toBe(rule);

    const template = Template.fromStack(stack);
    const [resource] = Object.values(template.findResources('AWS::Events::Rule'));
    expect(resource.Properties.Name).toBe('root-activity');
    expect(resource.Properties.Targets).toHaveLength(2);
  });

  test('rejects an empty rule name', () => {
    expect(() => new RootActivityRule(newStack(), 'Rule', { ruleName: '' }))
      .toThrow("RootActivityRule: 'ruleName' (Python: 'rule_name') must not be empty (got '')");
  });

  describe('pattern against CloudTrail events', () => {
    const pattern = synthesizedPattern();

    test.each(fixtureNames())('matches %s', (name) => {
      expect(matchesPattern(pattern, fixture(name))).toBe(true);
    });

    // The console records the actions of a person signed in to it with
    // invokedBy signin.amazonaws.com: AWS's examples show it for IAM users
    // (CloudTrail's StartLogging example, Redshift's CreateCluster, IoT
    // SiteWise's CreateAsset); AWS shows no root example either way. With the
    // root user that is the root at work in the console, not a service acting
    // for it, so the rule matches it (the CIS filter, kept as published, does
    // not). The fixture is CloudTrail's documented StartLogging record with a
    // Root identity.
    // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html
    // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
    test('matches a root action in the console recorded with invokedBy signin.amazonaws.com', () => {
      const event = fixture('root-api-console-invoked-by-signin.json');
      expect(event.detail.userIdentity.invokedBy).toBe('signin.amazonaws.com');
      expect(matchesPattern(pattern, event)).toBe(true);
    });

    test('ignores an IAM user\'s console action recorded with invokedBy signin.amazonaws.com', () => {
      const event = fixture('root-api-console-invoked-by-signin.json');
      event.detail.userIdentity.type = 'IAMUser';
      event.detail.userIdentity.arn = 'arn:aws:iam::111122223333:user/Mary_Major';
      expect(matchesPattern(pattern, event)).toBe(false);
    });

    test.each(['cloudformation.amazonaws.com', 'SIGNIN.AMAZONAWS.COM', 'signin.amazonaws.com.example.com', ''])(
      'ignores a root call with invokedBy %p, as the CIS filter does', (invokedBy) => {
        const event = fixture('root-api-console-invoked-by-signin.json');
        event.detail.userIdentity.invokedBy = invokedBy;
        expect(matchesPattern(pattern, event)).toBe(false);
      });

    test('ignores a root call that a service made on the root user\'s behalf', () => {
      const event = fixture('root-api-s3-put-bucket-policy.json');
      event.detail.userIdentity.invokedBy = 'cloudformation.amazonaws.com';
      expect(matchesPattern(pattern, event)).toBe(false);
    });

    test('ignores AWS service events', () => {
      const event = fixture('root-api-describe-instances-readonly.json');
      event.detail.eventType = 'AwsServiceEvent';
      expect(matchesPattern(pattern, event)).toBe(false);
    });

    test('ignores an event anyone could put on the bus: a source other than AWS\'s own', () => {
      // PutEvents refuses sources starting with 'aws.' (AWS reserves them), so a
      // forged root event must carry another source, and the rule ignores it.
      for (const source of ['my.app', 'aws', 'AWS.signin', 'awsx.signin']) {
        const event = fixture('root-console-login-no-mfa.json');
        event.source = source;
        expect(matchesPattern(pattern, event)).toBe(false);
      }
      for (const name of fixtureNames()) {
        expect(fixture(name).source).toMatch(/^aws\./);
      }
      expect(matchesPattern(pattern, fixture('forged/custom-source-root-sign-in.json'))).toBe(false);
    });

    test('ignores IAM users and assumed roles', () => {
      const event = fixture('root-console-login-no-mfa.json');
      event.detail.userIdentity.type = 'IAMUser';
      expect(matchesPattern(pattern, event)).toBe(false);
      event.detail.userIdentity.type = 'AssumedRole';
      expect(matchesPattern(pattern, event)).toBe(false);
    });

    test('ignores other detail types', () => {
      const event = fixture('root-api-stop-logging.json');
      event['detail-type'] = 'AWS Service Event via CloudTrail';
      expect(matchesPattern(pattern, event)).toBe(false);
    });
  });
});
