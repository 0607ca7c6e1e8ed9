import { Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import * as nag2 from 'cdk-nag-v2';
import { HUB_ACCOUNT, HUB_BUS_ARN, MANAGEMENT_ACCOUNT, MEMBER_ACCOUNT, ORGANIZATION_ID, ORGANIZATION_ROOT, OU_WORKLOADS, stackIn } from './support';
import { RootActivityForwarder, RootActivityForwarderStackSet, RootActivityGuardrailPolicy, RootActivityHub } from '../../src';

/** The organization set-up's parts, each in the stack it is deployed in. */
const PARTS: Record<string, () => Stack> = {
  'the hub, looking account names up': () => {
    const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
    new RootActivityHub(stack, 'Hub', {
      organizationId: ORGANIZATION_ID, lookUpAccountNames: true, emailSubscriptions: ['security@example.com'],
    });
    return stack;
  },
  'the hub with root credential posture (its member audit) and planned root use': () => {
    const stack = stackIn(HUB_ACCOUNT, 'us-east-1');
    new RootActivityHub(stack, 'Hub', {
      organizationId: ORGANIZATION_ID, enablePostureCheck: true, enablePlannedRootUse: true, emailSubscriptions: ['security@example.com'],
    });
    return stack;
  },
  'a forwarder': () => {
    const stack = stackIn(MEMBER_ACCOUNT, 'eu-west-1');
    new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
    return stack;
  },
  'the forwarder StackSet': () => {
    const stack = stackIn('999988887777', 'us-east-1');
    new RootActivityForwarderStackSet(stack, 'Forwarders', { eventBusArn: HUB_BUS_ARN, organizationalUnitIds: [OU_WORKLOADS], regions: ['us-east-1'] });
    return stack;
  },
  'the guardrail policy': () => {
    const stack = stackIn(MANAGEMENT_ACCOUNT, 'us-east-1');
    new RootActivityGuardrailPolicy(stack, 'Guardrail', { targetIds: [ORGANIZATION_ROOT] });
    return stack;
  },
};

describe.each(Object.entries(PARTS))('cdk-nag with %s', (_name, build) => {
  test('cdk-nag 3: AwsSolutions, NIST 800-53 rev 5 and Serverless report no unacknowledged finding', () => {
    const stack = build();
    const findings = [new AwsSolutionsChecks(), new NIST80053R5Checks(), new ServerlessChecks()].flatMap((pack) =>
      pack.validateScope(stack).violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`)));
    expect(findings).toEqual([]);
  });

  test('cdk-nag 2 reports none either', () => {
    const stack = build();
    for (const pack of [new nag2.AwsSolutionsChecks(), new nag2.NIST80053R5Checks(), new nag2.ServerlessChecks()]) {
      Aspects.of(stack).add(pack);
    }
    const annotations = Annotations.fromStack(stack);
    const finding = Match.stringLikeRegexp('^(AwsSolutions|NIST\\.800\\.53\\.R5|Serverless)-');
    expect([...annotations.findError('*', finding), ...annotations.findWarning('*', finding)].map((message) => message.entry.data)).toEqual([]);
  });
});
