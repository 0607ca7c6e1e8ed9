import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { RootActivityMonitorProps } from '../../src';
import { CONTROL_ACKNOWLEDGEMENT, ControlAcknowledgement } from '../../src/compliance/control-acknowledgements';

/** One resource that an AWS Control Tower proactive control rejects. */
export interface ControlFinding {
  /** The control, e.g. 'CT.S3.PR.10'. */
  readonly control: string;
  readonly logicalId: string;
  /** The construct path of the resource, e.g. 'TestStack/Monitor/Trail/Bucket/Resource'. */
  readonly path: string;
}

/**
 * Runs AWS Control Tower's proactive controls, as cfn-guard rules shipped by
 * @cdklabs/cdk-validator-cfnguard (offline, its own cfn-guard binary), over a
 * CloudFormation template.
 */
export function controlFindingsOfTemplate(template: unknown, pathOf: (logicalId: string) => string = (id) => id): ControlFinding[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'control-tower-'));
  try {
    const file = path.join(dir, 'template.json');
    fs.writeFileSync(file, JSON.stringify(template));
    // The plugin reads only the templates; the app is part of the interface.
    const report = new CfnGuardValidator().validate({ templatePaths: [file], appConstruct: new App() });
    return report.violations.flatMap((violation) => violation.violatingResources.map((resource) => ({
      control: /^\[([^\]]+)\]/.exec(violation.description ?? '')?.[1] ?? violation.ruleName,
      logicalId: resource.resourceLogicalId,
      path: pathOf(resource.resourceLogicalId),
    })));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The findings for a stack, with each resource's construct path. */
export function controlFindings(stack: Stack): ControlFinding[] {
  const paths = new Map<string, string>();
  for (const construct of stack.node.findAll()) {
    if (CfnElement.isCfnElement(construct)) {
      paths.set(stack.resolve(construct.logicalId), construct.node.path);
    }
  }
  const template = Template.fromStack(stack).toJSON();
  return controlFindingsOfTemplate(template, (id) => paths.get(id) ?? id);
}

/** The acknowledgements recorded in the stack, by the path of the construct they are on. */
export function controlAcknowledgements(stack: Stack): Array<ControlAcknowledgement & { path: string }> {
  return stack.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === CONTROL_ACKNOWLEDGEMENT)
    .map((entry) => ({ ...(entry.data as ControlAcknowledgement), path: construct.node.path })));
}

/**
 * The README's strict configuration: every proactive control that concerns
 * the monitor met, with what a landing zone already has (a KMS key whose
 * grants only AWS services create, a VPC, a central access-log bucket).
 */
export function strictConfiguration(stack: Stack): RootActivityMonitorProps {
  const key = new kms.Key(stack, 'LogsKey', { enableKeyRotation: true });
  key.addToResourcePolicy(new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['kms:CreateGrant'],
    resources: ['*'],
    conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
  }));
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
  });
  return {
    trailOptions: {
      encryptionKey: key,
      objectLock: true,
      accessLogsBucket: s3.Bucket.fromBucketName(stack, 'CentralAccessLogs', 'access-logs-111122223333-us-east-1'),
    },
    notifierOptions: {
      logEncryptionKey: key,
      vpc,
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'NotifierEgress', 'sg-0123456789abcdef0')],
    },
  };
}
