import { AspectPriority, Aspects, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import * as nag2 from 'cdk-nag-v2';
import { RootActivityMonitor } from '../../src';
import { acknowledgeNagRule } from '../../src/compliance/nag-acknowledgements';
import { DOCUMENTED_CONFIGURATIONS } from '../configurations';
import { newStack } from '../helpers';

/** The rule packs the monitor is held to. */
function packs() {
  return [new AwsSolutionsChecks(), new NIST80053R5Checks(), new ServerlessChecks()];
}

function findings(stack: Stack): string[] {
  return packs().flatMap((pack) => pack.validateScope(stack).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`)));
}

/** Every acknowledgement recorded in the stack, with the construct it is on. */
function acknowledgements(stack: Stack): Array<{ id: string; reason: string; path: string }> {
  return stack.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((entry) => Object.entries(entry.data as Record<string, string>)
      // aws-cdk-lib stores the id with an 'Annotation::' prefix.
      .map(([id, reason]) => ({ id: id.replace(/^annotation::/i, ''), reason, path: construct.node.path }))));
}

describe.each(Object.entries(DOCUMENTED_CONFIGURATIONS))('cdk-nag with %s', (_name, makeProps) => {
  const stack = newStack();
  new RootActivityMonitor(stack, 'Monitor', makeProps(stack));

  test('AwsSolutions, NIST 800-53 rev 5 and Serverless report no unacknowledged finding', () => {
    expect(findings(stack)).toEqual([]);
  });

  test('every acknowledgement gives a reason in words', () => {
    for (const { id, reason } of acknowledgements(stack)) {
      expect(id).toMatch(/^(AwsSolutions|NIST\.800\.53\.R5|Serverless)-/);
      // cdk-nag asks for at least 10 characters; we ask for a sentence.
      expect(reason.split(' ').length).toBeGreaterThanOrEqual(8);
    }
  });
});

/**
 * cdk-nag 2 runs as aspects and reports findings as error and warning
 * annotations; it reads acknowledgements from resource metadata only.
 */
function cdkNag2Findings(stack: Stack): string[] {
  for (const pack of [new nag2.AwsSolutionsChecks(), new nag2.NIST80053R5Checks(), new nag2.ServerlessChecks()]) {
    Aspects.of(stack).add(pack);
  }
  const annotations = Annotations.fromStack(stack);
  const ruleFinding = Match.stringLikeRegexp('^(AwsSolutions|NIST\\.800\\.53\\.R5|Serverless)-');
  return [...annotations.findError('*', ruleFinding), ...annotations.findWarning('*', ruleFinding)]
    .map((message) => `${/^[^:[]+(\[[^\]]*\])?/.exec(String(message.entry.data))![0]} at ${message.id}`);
}

describe.each(Object.entries(DOCUMENTED_CONFIGURATIONS))('cdk-nag 2 with %s', (_name, makeProps) => {
  test('AwsSolutions, NIST 800-53 rev 5 and Serverless report no unacknowledged finding', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor', makeProps(stack));
    expect(cdkNag2Findings(stack)).toEqual([]);
  });
});

describe('cdk-nag 2 reads the same acknowledgements', () => {
  test('a granular acknowledgement becomes an id with applies_to on the resources below its scope', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor');
    cdkNag2Findings(stack);
    const policy = stack.node.findChild('Monitor').node.findChild('Notifier').node.findChild('Role')
      .node.findChild('DefaultPolicy').node.defaultChild as CfnResource;
    expect(policy.getMetadata('cdk_nag').rules_to_suppress).toEqual(expect.arrayContaining([{
      id: 'AwsSolutions-IAM5',
      reason: expect.stringMatching(/ListAccountAliases/),
      applies_to: ['Resource::*'],
    }]));
  });

  test('without the acknowledgements cdk-nag 2 does report the accepted findings', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor');
    // Strip what the library wrote, then check: the packs must find something,
    // or the test above proves nothing.
    Aspects.of(stack).add({
      visit: (node) => {
        if (CfnResource.isCfnResource(node)) {
          node.addMetadata('cdk_nag', { rules_to_suppress: [] });
        }
      },
    }, { priority: AspectPriority.MUTATING + 1 });
    expect(cdkNag2Findings(stack)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Serverless-SQSRedrivePolicy at /),
      expect.stringMatching(/^AwsSolutions-IAM5\[Resource::\*\] at /),
      expect.stringMatching(/^AwsSolutions-L1 at /),
    ]));
  });
});

describe('cdk-nag acknowledgements are not blanket', () => {
  test('each acknowledgement sits on the resource it is about, never on the stack or the whole monitor', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor', { emailSubscriptions: ['security@example.com'] });
    const acks = acknowledgements(stack);

    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(['TestStack', 'TestStack/Monitor']).not.toContain(ack.path);
    }
    expect(acks.filter((ack) => ack.id === 'AwsSolutions-IAM5[Resource::*]').map((ack) => ack.path))
      .toEqual(['TestStack/Monitor/Notifier/Role']);
  });

  test('the trail\'s own bucket keeps its KMS finding acknowledged only while no key is given', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor');
    const ids = acknowledgements(stack).map((ack) => ack.id);
    expect(ids).toContain('NIST.800.53.R5-S3DefaultEncryptionKMS');
    expect(ids).toContain('NIST.800.53.R5-CloudTrailEncryptionEnabled');

    const withKey = newStack();
    new RootActivityMonitor(withKey, 'Monitor', DOCUMENTED_CONFIGURATIONS['a KMS key for the trail and a bucket retention'](withKey));
    expect(acknowledgements(withKey).map((ack) => ack.id)).not.toContain('NIST.800.53.R5-CloudTrailEncryptionEnabled');
  });
});

describe.each(Object.entries(DOCUMENTED_CONFIGURATIONS))('cdk synth --strict with %s', (_name, makeProps) => {
  test('raises no warning, which --strict would turn into an error', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor', makeProps(stack));
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    Annotations.fromStack(stack).hasNoError('*', Match.anyValue());
  });
});

describe('acknowledgements on aws-cdk-lib releases that reserve "::" in ids', () => {
  test('a granular id naming an ARN falls back to the rule as a whole instead of failing the construct', () => {
    const acknowledged: string[] = [];
    const spy = jest.spyOn(Validations, 'of').mockImplementation(() => ({
      acknowledge: ({ id }: { id: string }) => {
        // What aws-cdk-lib 2.263.0 does with a second '::'.
        if (id.split('::').length > 2) {
          throw new Error(`Invalid validation rule ID '${id}'`);
        }
        acknowledged.push(id);
      },
    }) as unknown as Validations);
    try {
      const stack = newStack();
      acknowledgeNagRule(stack, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::*:account/o-a1b2c3d4e5/*]', 'a reason that is long enough to be a sentence');
      acknowledgeNagRule(stack, 'AwsSolutions-IAM5[Resource::*]', 'a reason that is long enough to be a sentence');
      expect(acknowledged).toEqual(['AwsSolutions-IAM5', 'AwsSolutions-IAM5[Resource::*]']);
    } finally {
      spy.mockRestore();
    }
  });
});
