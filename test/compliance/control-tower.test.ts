import { DOCUMENTED_CONFIGURATIONS } from '../configurations';
import { controlAcknowledgements, controlFindings, controlFindingsOfTemplate, strictConfiguration } from './control-tower';
import { RootActivityForwarder, RootActivityForwarderStackSet, RootActivityHub, RootActivityMonitor } from '../../src';
import { newStack } from '../helpers';

/**
 * AWS Control Tower's proactive controls run as CloudFormation hooks and
 * reject a non-compliant resource whatever the app acknowledged. Every
 * finding of a documented configuration must be one the library documents
 * (an acknowledgement with its reason, on the resource or a construct above
 * it, and a row in docs/landing-zones.md); the strict configuration must have none.
 */
function unexplained(stack: ReturnType<typeof newStack>, under: string) {
  const acknowledged = controlAcknowledgements(stack);
  // Resources the configuration itself defines (a key of the user's) are the
  // user's to make compliant; the strict configuration shows how.
  const ours = controlFindings(stack).filter((finding) => finding.path?.startsWith(`${under}/`));
  return ours.filter((finding) => !acknowledged.some((ack) =>
    ack.control === finding.control && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`))));
}

describe.each(Object.entries(DOCUMENTED_CONFIGURATIONS))('Control Tower proactive controls with %s', (_name, makeProps) => {
  const stack = newStack();
  new RootActivityMonitor(stack, 'Monitor', makeProps(stack));

  test('every finding is acknowledged where it arises, with a reason in words', () => {
    expect(unexplained(stack, 'TestStack/Monitor')).toEqual([]);
    for (const { reason } of controlAcknowledgements(stack)) {
      expect(reason.split(' ').length).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('the default monitor', () => {
  test('meets every control that costs nothing: lifecycle rules, bucket events, the key\'s grants, the dead-letter queue', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor');
    const controls = new Set(controlFindings(stack).map((finding) => finding.control));
    for (const met of ['CT.S3.PR.3', 'CT.S3.PR.4', 'CT.S3.PR.6', 'CT.KMS.PR.3', 'CT.SQS.PR.1']) {
      expect(controls).not.toContain(met);
    }
    // What remains needs something of the user's (docs/landing-zones.md).
    expect([...controls].sort()).toEqual(['CT.CLOUDTRAIL.PR.1', 'CT.CLOUDWATCH.PR.3', 'CT.LAMBDA.PR.3', 'CT.S3.PR.10', 'CT.S3.PR.2', 'CT.S3.PR.9']);
  });
});

describe('the strict configuration', () => {
  test('has no finding at all: hooks ignore acknowledgements', () => {
    const stack = newStack();
    new RootActivityMonitor(stack, 'Monitor', strictConfiguration(stack));
    expect(controlFindings(stack)).toEqual([]);
  });
});

describe('the organization parts', () => {
  test('a forwarder, which every account and region runs, has no finding', () => {
    const stack = newStack();
    new RootActivityForwarder(stack, 'Forwarder', { eventBusArn: 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub' });
    expect(controlFindings(stack)).toEqual([]);
  });

  test('nor has the StackSet\'s member template, nor the StackSet', () => {
    const stack = newStack();
    const stackSet = new RootActivityForwarderStackSet(stack, 'Forwarders', {
      eventBusArn: 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub',
      organizationalUnitIds: ['ou-ab12-11111111'],
      regions: ['us-east-1'],
    });
    expect(controlFindingsOfTemplate(JSON.parse(stackSet.templateBody))).toEqual([]);
    expect(controlFindings(stack)).toEqual([]);
  });

  test('the hub has only acknowledged findings, and none with the strict notifier options', () => {
    const stack = newStack();
    new RootActivityHub(stack, 'Hub', { organizationId: 'o-a1b2c3d4e5' });
    expect(unexplained(stack, 'TestStack/Hub')).toEqual([]);

    const strict = newStack();
    new RootActivityHub(strict, 'Hub', { organizationId: 'o-a1b2c3d4e5', notifierOptions: strictConfiguration(strict).notifierOptions });
    expect(controlFindings(strict)).toEqual([]);
  });
});
