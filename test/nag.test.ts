import { Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { DOCUMENTED_CONFIGURATIONS } from './configurations';
import { newStack } from './helpers';
import { RootActivityMonitor } from '../src';

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
