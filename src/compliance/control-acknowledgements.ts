import { IConstruct } from 'constructs';

/**
 * AWS Control Tower proactive controls that a default part of the monitor
 * does not meet, each with its reason and the prop that meets it where one
 * exists (docs/landing-zones.md).
 *
 * Proactive controls run as CloudFormation hooks at deploy time and ignore
 * anything the app acknowledges, so these records change nothing at deploy:
 * they document the choice where it is made, and test/compliance/control-tower.test.ts
 * holds every default finding to one of them. They are construct metadata,
 * not aws-cdk-lib `Validations` acknowledgements: acknowledging one finding
 * of a policy-validation plugin there marks the plugin's whole report as
 * passed, which would hide an application's own findings.
 */
export const CONTROL_REASONS = {
  trailKms:
    'Needs a KMS key of yours, with a key policy for CloudTrail and CloudWatch Logs; pass trailOptions.encryptionKey to meet it.',
  bucketKms:
    'SSE-KMS needs a KMS key of yours; pass trailOptions.encryptionKey and the trail bucket uses SSE-KMS with it.',
  objectLock:
    'Object Lock cannot be turned off and replaces a deployed bucket; set trailOptions.objectLock to true to meet it.',
  accessLogBucket:
    'S3 delivers server access logs only to a bucket with SSE-S3 and without a default Object Lock retention; pass trailOptions.accessLogsBucket to use a bucket of yours instead.',
  accessLogBucketLogging:
    'This bucket receives server access logs; logging it into itself would loop. Pass trailOptions.accessLogsBucket to use a bucket of yours instead.',
  notifierLogsKms:
    'Needs a KMS key of yours whose policy admits CloudWatch Logs; pass notifierOptions.logEncryptionKey to meet it.',
  notifierVpc:
    'The notifier calls only public AWS APIs; a VPC adds NAT or endpoints to the alert path. Pass notifierOptions.vpc where a landing zone requires it.',
  coverageVpc:
    'The coverage functions call only public AWS APIs; they hold no data a VPC would protect.',
  coverageLogsKms:
    'The coverage functions log account ids, regions and times only; CloudWatch Logs encrypts them with keys AWS manages.',
  postureVpc:
    'The posture check calls only public AWS APIs; it holds no data a VPC would protect.',
  postureLogsKms:
    'The posture check logs account ids and yes/no posture facts only; CloudWatch Logs encrypts them with keys AWS manages.',
  alertQueueDlq:
    'The dead-letter queue was switched off (enableDeadLetterQueue: false), so the alert queue has none.',
};

/** The metadata type the acknowledgements are recorded under. */
export const CONTROL_ACKNOWLEDGEMENT = 'cdk-root-activity-monitor:control-tower-acknowledgement';

/** One recorded acknowledgement. */
export interface ControlAcknowledgement {
  /** The control's id, e.g. 'CT.S3.PR.9'. */
  readonly control: string;
  readonly reason: string;
}

/** Records that `scope` (and what is below it) does not meet `control`, for `reason`. */
export function acknowledgeControl(scope: IConstruct, control: string, reason: string): void {
  const acknowledgement: ControlAcknowledgement = { control, reason };
  scope.node.addMetadata(CONTROL_ACKNOWLEDGEMENT, acknowledgement);
}
