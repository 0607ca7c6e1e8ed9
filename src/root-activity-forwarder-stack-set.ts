import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import { Construct } from 'constructs';
import { EVENT_BUS_ARN_PARAMETER, forwarderTemplate, MAX_INLINE_TEMPLATE_BYTES } from './forwarder-template';
import { checkEventBusArn, checkOrganizationalUnitIds, checkReachable, checkRegions } from './organization-validation';
import { checkNotBlank, checkWholeNumberAtLeast, propLabel } from './validation';

/** Who creates the StackSet: the management account or a delegated administrator. */
export enum StackSetCaller {
  /** The management account (CallAs SELF). */
  MANAGEMENT_ACCOUNT = 'SELF',
  /** A delegated administrator of CloudFormation StackSets (CallAs DELEGATED_ADMIN). */
  DELEGATED_ADMINISTRATOR = 'DELEGATED_ADMIN',
}

/** How StackSets goes through the regions of each operation. */
export enum RegionConcurrency {
  /** All regions at once: a new account is covered soonest. */
  PARALLEL = 'PARALLEL',
  /** One region after the other. */
  SEQUENTIAL = 'SEQUENTIAL',
}

/**
 * Properties of `RootActivityForwarderStackSet`.
 */
export interface RootActivityForwarderStackSetProps {
  /**
   * The bus the forwarders send root events to: a `RootActivityHub`'s bus.
   * May be a value known only at deploy time (it is a parameter of the
   * member template).
   *
   * @example 'arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub'
   */
  readonly eventBusArn: string;

  /**
   * The organizational units whose accounts (at any depth, and accounts that
   * join them later) receive a forwarder in every one of `regions`. Use the
   * OUs directly under the root to cover the whole organization; the
   * management account is never covered by a service-managed StackSet.
   *
   * @example ['ou-ab12-cd34ef56']
   */
  readonly organizationalUnitIds: string[];

  /**
   * The regions each account gets a forwarder in: every region the
   * organization allows. Opt-in regions must be enabled in the accounts.
   *
   * @example ['us-east-1', 'eu-west-1', 'eu-central-1']
   */
  readonly regions: string[];

  /**
   * The name of the StackSet.
   *
   * @default 'root-activity-forwarders'
   */
  readonly stackSetName?: string;

  /**
   * Whether the stack this StackSet is in runs in the management account or
   * in a delegated administrator account.
   *
   * @default StackSetCaller.MANAGEMENT_ACCOUNT
   */
  readonly callAs?: StackSetCaller;

  /**
   * Forward read-only root API calls too.
   *
   * @default true
   */
  readonly includeReadOnlyApiCalls?: boolean;

  /**
   * The share of accounts deployed to at once in each region, 1 to 100.
   *
   * @default 25
   */
  readonly maxConcurrentPercentage?: number;

  /**
   * The share of accounts per region that may fail before the operation
   * stops, 0 to 100.
   *
   * @default 10
   */
  readonly failureTolerancePercentage?: number;

  /**
   * Whether regions are deployed to at once or one after the other.
   *
   * @default RegionConcurrency.PARALLEL
   */
  readonly regionConcurrency?: RegionConcurrency;

  /**
   * Keep a forwarder's stack in an account that leaves the target OUs.
   *
   * @default false
   */
  readonly retainStacksOnAccountRemoval?: boolean;
}

/**
 * Aws::CloudFormation::StackSet processes at most this many OUs in one
 * stack instances operation; more are given as further instance groups.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackInstances.html
 */
const MAX_OUS_PER_GROUP = 50;

/**
 * Rolls `RootActivityForwarder` out to every account of the given OUs, in
 * every given region, with CloudFormation StackSets: service-managed
 * permissions and automatic deployment, so an account that joins the OUs
 * later gets its forwarders without anyone acting. Define it in a stack of
 * the management account, or of a delegated administrator with `callAs`.
 *
 * The member template is inline (no assets, no asset parameters) and holds
 * a rule and a role per account and region. Service-managed StackSets never
 * deploy to the management account: give it `RootActivityForwarder` as a
 * plain stack in each region (see the README).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html
 */
export class RootActivityForwarderStackSet extends Construct {
  /** The StackSet. */
  public readonly stackSet: cloudformation.CfnStackSet;

  /** The member template, as passed to the StackSet. */
  public readonly templateBody: string;

  constructor(scope: Construct, id: string, props: RootActivityForwarderStackSetProps) {
    const where = 'RootActivityForwarderStackSet';
    const bus = checkEventBusArn(where, 'eventBusArn', props.eventBusArn);
    checkOrganizationalUnitIds(where, 'organizationalUnitIds', props.organizationalUnitIds, { required: true });
    checkRegions(where, 'regions', props.regions);
    if (bus !== undefined) {
      for (const region of props.regions) {
        checkReachable(where, 'eventBusArn', bus, region, 'regions');
      }
    }
    checkNotBlank(where, 'stackSetName', props.stackSetName);
    checkPercentage(where, 'maxConcurrentPercentage', props.maxConcurrentPercentage, 1);
    checkPercentage(where, 'failureTolerancePercentage', props.failureTolerancePercentage, 0);
    const templateBody = JSON.stringify(forwarderTemplate({ includeReadOnlyApiCalls: props.includeReadOnlyApiCalls }));
    const bytes = Buffer.byteLength(templateBody, 'utf8');
    if (bytes > MAX_INLINE_TEMPLATE_BYTES) {
      throw new Error(`${where}: the member template is ${bytes} bytes; StackSets take at most ${MAX_INLINE_TEMPLATE_BYTES} inline`);
    }
    super(scope, id);
    this.templateBody = templateBody;

    this.stackSet = new cloudformation.CfnStackSet(this, 'StackSet', {
      stackSetName: props.stackSetName ?? 'root-activity-forwarders',
      description: 'Forwards root user activity from every account and region to the root activity hub',
      permissionModel: 'SERVICE_MANAGED',
      callAs: props.callAs ?? StackSetCaller.MANAGEMENT_ACCOUNT,
      autoDeployment: {
        enabled: true,
        retainStacksOnAccountRemoval: props.retainStacksOnAccountRemoval ?? false,
      },
      // The member template creates a role (no name given).
      capabilities: ['CAPABILITY_IAM'],
      // Operations queue instead of failing while another one runs.
      managedExecution: { Active: true },
      operationPreferences: {
        maxConcurrentPercentage: props.maxConcurrentPercentage ?? 25,
        failureTolerancePercentage: props.failureTolerancePercentage ?? 10,
        regionConcurrencyType: props.regionConcurrency ?? RegionConcurrency.PARALLEL,
      },
      parameters: [{ parameterKey: EVENT_BUS_ARN_PARAMETER, parameterValue: props.eventBusArn }],
      stackInstancesGroup: groupsOf(props.organizationalUnitIds, MAX_OUS_PER_GROUP).map((organizationalUnitIds) => ({
        deploymentTargets: { organizationalUnitIds },
        regions: props.regions,
      })),
      templateBody,
    });
  }
}

function checkPercentage(where: string, prop: string, value: number | undefined, min: number): void {
  checkWholeNumberAtLeast(where, prop, value, min);
  if (value !== undefined && value > 100) {
    throw new Error(`${where}: ${propLabel(prop)} must be a whole number from ${min} to 100 (got ${value})`);
  }
}

function groupsOf<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    groups.push(items.slice(start, start + size));
  }
  return groups;
}
