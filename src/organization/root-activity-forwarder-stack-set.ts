import { Annotations, Duration, Token } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import { Construct } from 'constructs';
import { heartbeatMinutes } from './forwarder-heartbeat';
import { EVENT_BUS_ARN_PARAMETER, forwarderTemplate, MAX_INLINE_TEMPLATE_BYTES } from './forwarder-template';
import {
  checkEventBusArn,
  checkOrganizationalUnitIds,
  checkPartitionOfRegions,
  checkReachable,
  checkRegions,
  missingSignInRegion,
} from '../validation/organization-validation';
import { checkNotBlank, checkWholeNumberAtLeast, propLabel } from '../validation/validation';

/** Who creates the StackSet: the management account or a delegated administrator. */
export enum StackSetCaller {
  /** The management account (CallAs SELF). */
  MANAGEMENT_ACCOUNT = 'SELF',
  /** A delegated administrator of CloudFormation StackSets (CallAs DELEGATED_ADMIN). */
  DELEGATED_ADMINISTRATOR = 'DELEGATED_ADMIN',
}

/**
 * How StackSets goes through the regions when the StackSet is created or
 * updated. Accounts that join the targets later are deployed to by automatic
 * deployment, to which operation preferences do not apply.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html
 */
export enum RegionConcurrency {
  /** All regions at once: a create or update reaches every region soonest. */
  PARALLEL = 'PARALLEL',
  /** One region after the other. */
  SEQUENTIAL = 'SEQUENTIAL',
}

/**
 * How StackSets sets the number of accounts it deploys to at once in a
 * region, when the StackSet is created or updated.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html
 */
export enum StackSetConcurrencyMode {
  /**
   * `maxConcurrentPercentage` of the accounts at once, however many fail.
   * Failures beyond `failureTolerancePercentage` still stop the operation.
   */
  SOFT_FAILURE_TOLERANCE = 'SOFT_FAILURE_TOLERANCE',
  /**
   * At most the failure tolerance plus one account at once, lowered as
   * accounts fail, whatever `maxConcurrentPercentage` says (StackSets' own
   * default).
   */
  STRICT_FAILURE_TOLERANCE = 'STRICT_FAILURE_TOLERANCE',
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
   * Where the accounts that receive a forwarder in every one of `regions`
   * are: the organization root's id (`r-` and 4 to 32 letters or digits),
   * or organizational unit ids (`ou-...`). Accounts at any depth below a
   * target are covered, and so are accounts that join it later.
   *
   * Target the root: it covers every account but the management account,
   * including accounts directly under the root and OUs created later, which
   * a list of top-level OUs misses. No service-managed StackSet deploys to
   * the management account, whatever the target: give it
   * `RootActivityForwarder` stacks of its own.
   *
   * @example ['r-ab12']
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html
   */
  readonly organizationalUnitIds: string[];

  /**
   * The regions each account gets a forwarder in: every region the
   * organization allows. Opt-in regions must be enabled in the accounts.
   *
   * The region where CloudTrail records root console sign-ins and IAM calls
   * (us-east-1; us-gov-west-1 in AWS GovCloud (US)) is added when missing,
   * with an info message: without it they would never reach the hub. A list
   * only known at deploy time is taken as it is. The China partition is
   * refused: AWS does not document where it records IAM calls.
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
   * How often each member forwarder proves it still reaches the hub (see
   * `RootActivityForwarder`'s `heartbeatInterval`). Give the hub the same
   * value: it reports a forwarder silent after two of its intervals.
   *
   * @default Duration.hours(1)
   */
  readonly heartbeatInterval?: Duration;

  /**
   * The share of accounts deployed to at once in each region when the
   * StackSet is created or updated, 1 to 100. Under
   * `StackSetConcurrencyMode.STRICT_FAILURE_TOLERANCE` StackSets deploys to
   * no more than the failure tolerance plus one account at once. Not used
   * for accounts that join later (automatic deployment).
   *
   * @default 25
   */
  readonly maxConcurrentPercentage?: number;

  /**
   * The share of accounts per region that may fail before a create or
   * update stops, 0 to 100. Not used for automatic deployment.
   *
   * @default 10
   */
  readonly failureTolerancePercentage?: number;

  /**
   * Whether a create or update deploys to `maxConcurrentPercentage` of the
   * accounts at once whatever fails (soft), or caps that at the failure
   * tolerance plus one and lowers it as accounts fail (strict, StackSets'
   * own default). Not used for automatic deployment.
   *
   * @default StackSetConcurrencyMode.SOFT_FAILURE_TOLERANCE
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html
   */
  readonly concurrencyMode?: StackSetConcurrencyMode;

  /**
   * Whether a create or update deploys to all regions at once or one after
   * the other. Not used for automatic deployment.
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
 * Rolls `RootActivityForwarder` out to every account of the organization
 * (target its root) or of the given OUs, in every given region, with
 * CloudFormation StackSets: service-managed permissions and automatic
 * deployment, so an account that joins later gets its forwarders without
 * anyone acting. Define it in a stack of the management account, or of a
 * delegated administrator with `callAs`.
 *
 * The member template is inline (no assets, no asset parameters) and holds
 * a rule and a role per account and region. Service-managed StackSets never
 * deploy to the management account: give it `RootActivityForwarder` as a
 * plain stack in each region (see https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor/blob/main/docs/organization.md).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html
 */
export class RootActivityForwarderStackSet extends Construct {
  /** The StackSet. */
  public readonly stackSet: cloudformation.CfnStackSet;

  /** The member template, as passed to the StackSet. */
  public readonly templateBody: string;

  /**
   * The regions the StackSet deploys to: `regions`, led by the region where
   * CloudTrail records root sign-ins and IAM calls when it had to be added.
   * Deploy the management account's own forwarders to the same regions.
   */
  public readonly regions: string[];

  constructor(scope: Construct, id: string, props: RootActivityForwarderStackSetProps) {
    const where = 'RootActivityForwarderStackSet';
    const bus = checkEventBusArn(where, 'eventBusArn', props.eventBusArn);
    checkOrganizationalUnitIds(where, 'organizationalUnitIds', props.organizationalUnitIds, { required: true, allowRoot: true });
    checkRegions(where, 'regions', props.regions);
    if (bus !== undefined && !Token.isUnresolved(props.regions)) {
      for (const region of props.regions) {
        checkReachable(where, 'eventBusArn', bus, region, 'regions');
      }
    }
    const partition = checkPartitionOfRegions(where, 'regions', props.regions, bus, 'eventBusArn');
    // Added rather than refused: a list of the regions a team works in (say,
    // only EU ones) should still cover root sign-ins, which no EU region sees.
    const added = missingSignInRegion(props.regions, partition);
    const regions = added === undefined ? props.regions : [added.region, ...props.regions];
    checkNotBlank(where, 'stackSetName', props.stackSetName);
    checkPercentage(where, 'maxConcurrentPercentage', props.maxConcurrentPercentage, 1);
    checkPercentage(where, 'failureTolerancePercentage', props.failureTolerancePercentage, 0);
    heartbeatMinutes(where, 'heartbeatInterval', props.heartbeatInterval);
    const templateBody = JSON.stringify(forwarderTemplate({
      includeReadOnlyApiCalls: props.includeReadOnlyApiCalls,
      heartbeatInterval: props.heartbeatInterval,
    }));
    const bytes = Buffer.byteLength(templateBody, 'utf8');
    if (bytes > MAX_INLINE_TEMPLATE_BYTES) {
      throw new Error(`${where}: the member template is ${bytes} bytes; StackSets take at most ${MAX_INLINE_TEMPLATE_BYTES} inline`);
    }
    super(scope, id);
    this.templateBody = templateBody;
    this.regions = regions;
    if (added !== undefined) {
      Annotations.of(this).addInfo(`${where}: added ${added.region} to ${propLabel('regions')}: CloudTrail records ${added.records} of partition ${partition} in ${added.region} only, so without a forwarder there they would never reach the hub`);
    }

    this.stackSet = new cloudformation.CfnStackSet(this, 'StackSet', {
      stackSetName: props.stackSetName ?? 'root-activity-forwarders',
      description: 'Forwards root user activity from every account and region to the root activity hub',
      permissionModel: 'SERVICE_MANAGED',
      callAs: props.callAs ?? StackSetCaller.MANAGEMENT_ACCOUNT,
      autoDeployment: {
        enabled: true,
        retainStacksOnAccountRemoval: props.retainStacksOnAccountRemoval ?? false,
      },
      // The member template holds, per account and region, the forwarder's
      // rule, the rule that watches it and their role, under fixed names
      // (RootActivityForwarder), so that the hub and RootActivityGuardrailPolicy
      // can name them: a named role needs CAPABILITY_NAMED_IAM.
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html
      capabilities: ['CAPABILITY_NAMED_IAM'],
      // Operations queue instead of failing while another one runs.
      managedExecution: { Active: true },
      // Only a create or update follows these, never automatic deployment.
      // Soft by default: under StackSets' strict default the 25% would shrink
      // to the 10% tolerance plus one account, and the forwarder (a rule and
      // a role) fails, if at all, for reasons every account shares (an SCP,
      // a disabled region), where a slower rollout only takes longer.
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html
      operationPreferences: {
        maxConcurrentPercentage: props.maxConcurrentPercentage ?? 25,
        failureTolerancePercentage: props.failureTolerancePercentage ?? 10,
        concurrencyMode: props.concurrencyMode ?? StackSetConcurrencyMode.SOFT_FAILURE_TOLERANCE,
        regionConcurrencyType: props.regionConcurrency ?? RegionConcurrency.PARALLEL,
      },
      parameters: [{ parameterKey: EVENT_BUS_ARN_PARAMETER, parameterValue: props.eventBusArn }],
      stackInstancesGroup: groupsOf(props.organizationalUnitIds, MAX_OUS_PER_GROUP).map((organizationalUnitIds) => ({
        deploymentTargets: { organizationalUnitIds },
        regions,
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
