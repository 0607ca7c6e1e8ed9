import { Token } from 'aws-cdk-lib';
import { propLabel } from './validation';

/**
 * Checks of the identifiers an organization set-up is configured with. The
 * patterns are those of the AWS Organizations API reference; a value that is
 * only known at deploy time (a token) is left to CloudFormation.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Root.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html
 */

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const ORGANIZATIONAL_UNIT_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const ROOT_OR_ORGANIZATIONAL_UNIT_ID = new RegExp(`${ROOT_ID.source}|${ORGANIZATIONAL_UNIT_ID.source}`);
const ACCOUNT_ID = /^\d{12}$/;
/** us-east-1, eu-central-2, ap-southeast-7, us-gov-west-1, cn-northwest-1, ... */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

function check(where: string, prop: string, value: string, pattern: RegExp, allowed: string): void {
  if (!Token.isUnresolved(value) && !pattern.test(value)) {
    throw new Error(`${where}: ${propLabel(prop)} must be ${allowed} (got '${value}')`);
  }
}

export function checkOrganizationId(where: string, prop: string, value: string): void {
  check(where, prop, value, ORGANIZATION_ID, "an organization id such as 'o-a1b2c3d4e5' ('o-' and 10 to 32 lower-case letters or digits)");
}

/**
 * Checks a list of OU ids and, with `allowRoot`, the organization root's id.
 * StackSets take either as a deployment target (`OrganizationalUnitIds`,
 * pattern `^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$`); the hub
 * refuses the root, as leaving its prop out already admits every account.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html
 */
export function checkOrganizationalUnitIds(where: string, prop: string, values: string[], options: { required: boolean; allowRoot: boolean }): void {
  if (Token.isUnresolved(values)) {
    return;
  }
  if (options.required && values.length === 0) {
    throw new Error(`${where}: ${propLabel(prop)} must name the organization root ('r-...'), which covers every account but the management account, or at least one organizational unit ('ou-...')`);
  }
  for (const value of values) {
    if (options.allowRoot) {
      check(where, prop, value, ROOT_OR_ORGANIZATIONAL_UNIT_ID,
        "the organization root id ('r-' and 4 to 32 lower-case letters or digits, such as 'r-ab12') or organizational unit ids such as 'ou-ab12-cd34ef56'");
      continue;
    }
    if (!Token.isUnresolved(value) && ROOT_ID.test(value)) {
      throw new Error(`${where}: ${propLabel(prop)} names the organization root ('${value}'), which holds every account: leave ${propLabel(prop)} out to admit the whole organization`);
    }
    check(where, prop, value, ORGANIZATIONAL_UNIT_ID, "organizational unit ids such as 'ou-ab12-cd34ef56'");
  }
}

export function checkAccountId(where: string, prop: string, value: string): void {
  check(where, prop, value, ACCOUNT_ID, 'a 12-digit AWS account id');
}

export function checkRegions(where: string, prop: string, values: string[]): void {
  if (Token.isUnresolved(values)) {
    return;
  }
  if (values.length === 0) {
    throw new Error(`${where}: ${propLabel(prop)} must name at least one region`);
  }
  const seen = new Set<string>();
  for (const value of values) {
    check(where, prop, value, REGION, "region names such as 'us-east-1' or 'eu-central-2'");
    if (seen.has(value)) {
      throw new Error(`${where}: ${propLabel(prop)} names '${value}' twice`);
    }
    seen.add(value);
  }
}

/** The partition a region belongs to, e.g. 'aws-cn' for cn-north-1. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) {
    return 'aws-cn';
  }
  if (region.startsWith('us-gov-')) {
    return 'aws-us-gov';
  }
  return 'aws';
}

/** Where a partition's CloudTrail records the calls only one region sees, and which calls. */
export interface SignInRegion {
  readonly region: string;
  readonly records: string;
}

/**
 * Per partition, the one region where CloudTrail records root console
 * sign-ins and the calls to IAM, STS (global endpoint) and CloudFront: a
 * forwarder elsewhere never sees them.
 * - aws: "If you sign in as the root user, CloudTrail records the event in
 *   us-east-1"; IAM, STS and CloudFront calls are recorded in us-east-1.
 *   https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 *   https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail-by-using-the-aws-cli-update-trail.html
 * - aws-us-gov: IAM, STS and CloudFront calls are recorded in AWS GovCloud
 *   (US-West), us-gov-west-1. (The root credentials of the linked standard
 *   account cannot sign in to the GovCloud console at all.)
 *   https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/govcloud-ct.html
 *   https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/govcloud-iam.html
 * - aws-cn: not listed. AWS's China pages say accounts there have no root
 *   user, and name the region of CloudFront's events (cn-northwest-1) but
 *   not of IAM's; we do not guess.
 *   https://docs.amazonaws.cn/en_us/aws/latest/userguide/iam.html
 *   https://docs.amazonaws.cn/en_us/aws/latest/userguide/cloudtrail.html
 */
const SIGN_IN_REGIONS: Record<string, SignInRegion> = {
  'aws': { region: 'us-east-1', records: 'root console sign-ins and IAM and STS calls' },
  'aws-us-gov': { region: 'us-gov-west-1', records: 'IAM and STS calls' },
};

/**
 * The partition a StackSet's forwarders are in: that of the literal
 * `regions`, else that of a literal bus ARN; undefined when neither is known
 * before deployment. Throws for regions of more than one partition (no bus
 * can be reached from all of them) and for China (see SIGN_IN_REGIONS).
 */
export function checkPartitionOfRegions(
  where: string, prop: string, regions: string[], bus: EventBusLocation | undefined, busProp: string,
): string | undefined {
  const literal = Token.isUnresolved(regions) ? [] : regions.filter((region) => !Token.isUnresolved(region));
  const partitions = [...new Set(literal.map(partitionOfRegion))];
  if (partitions.length > 1) {
    const named = partitions.map((partition) => `${literal.find((region) => partitionOfRegion(region) === partition)} in ${partition}`).join(', ');
    throw new Error(`${where}: ${propLabel(prop)} names regions of more than one partition (${named}); EventBridge cannot deliver across partitions, so give each partition a hub and a StackSet of its own`);
  }
  const partition = partitions[0] ?? bus?.partition;
  if (partition === 'aws-cn') {
    const which = partitions.length > 0 ? `${propLabel(prop)} are` : `${propLabel(busProp)} is`;
    throw new Error(`${where}: ${which} in the China partition (aws-cn), which this construct does not support: accounts there have no root user, and AWS does not document the region where CloudTrail records their IAM calls`);
  }
  return partition;
}

/**
 * The region to add to a StackSet's literal `regions` so that root console
 * sign-ins and IAM calls are covered, with the reason; undefined when the
 * list already has it, or cannot be read before deployment.
 */
export function missingSignInRegion(regions: string[], partition: string | undefined): SignInRegion | undefined {
  if (partition === undefined || Token.isUnresolved(regions) || regions.some((region) => Token.isUnresolved(region))) {
    return undefined;
  }
  const signIn = SIGN_IN_REGIONS[partition];
  return signIn === undefined || regions.includes(signIn.region) ? undefined : signIn;
}

/** The parts of an event bus ARN that decide whether a forwarder can reach it. */
export interface EventBusLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly busName: string;
}

const EVENT_BUS_ARN = /^arn:(aws[a-z-]*):events:([a-z0-9-]+):(\d{12}):event-bus\/([\w.\-/]+)$/;

/**
 * Checks an event bus ARN and returns where the bus is, or undefined when it
 * is a token (known only at deploy time).
 */
export function checkEventBusArn(where: string, prop: string, value: string): EventBusLocation | undefined {
  if (Token.isUnresolved(value)) {
    return undefined;
  }
  const match = EVENT_BUS_ARN.exec(value);
  if (match === null) {
    throw new Error(`${where}: ${propLabel(prop)} must be an event bus ARN such as 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub' (got '${value}')`);
  }
  return { partition: match[1], region: match[2], account: match[3], busName: match[4] };
}

/**
 * EventBridge delivers to an event bus in another region of the same
 * partition only: not from a commercial region to AWS GovCloud (US) or China,
 * nor back. Within GovCloud, its two regions can reach each other.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html
 */
export function checkReachable(where: string, prop: string, bus: EventBusLocation, senderRegion: string, senderProp?: string): void {
  if (Token.isUnresolved(senderRegion)) {
    return;
  }
  const senderPartition = partitionOfRegion(senderRegion);
  if (senderPartition !== bus.partition || partitionOfRegion(bus.region) !== bus.partition) {
    const from = senderProp === undefined ? `from a stack in ${senderRegion}` : `from ${senderRegion} (in ${propLabel(senderProp)})`;
    throw new Error(`${where}: ${propLabel(prop)} is a bus in ${bus.region} (partition ${bus.partition}), which EventBridge cannot deliver to ${from} (partition ${senderPartition}): a rule can target a bus in another region of its own partition only`);
  }
  if (senderPartition === 'aws-cn' && senderRegion !== bus.region) {
    throw new Error(`${where}: ${propLabel(prop)} is a bus in ${bus.region}; EventBridge does not deliver across regions in China (${senderRegion}). Deploy a hub in each China region`);
  }
}
