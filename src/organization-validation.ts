import { Token } from 'aws-cdk-lib';
import { propLabel } from './validation';

/**
 * Checks of the identifiers an organization set-up is configured with. The
 * patterns are those of the AWS Organizations API reference; a value that is
 * only known at deploy time (a token) is left to CloudFormation.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html
 */

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const ORGANIZATIONAL_UNIT_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
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

export function checkOrganizationalUnitIds(where: string, prop: string, values: string[], options: { required: boolean }): void {
  if (Token.isUnresolved(values)) {
    return;
  }
  if (options.required && values.length === 0) {
    throw new Error(`${where}: ${propLabel(prop)} must name at least one organizational unit ('ou-...'); to cover the whole organization, name the OUs directly under its root`);
  }
  for (const value of values) {
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
