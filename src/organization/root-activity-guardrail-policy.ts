import { Aws, Token } from 'aws-cdk-lib';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import { Construct } from 'constructs';
import { FORWARDER_ROLE_CALLS, FORWARDER_RULE_CALLS, forwarderNames, HEARTBEAT_SCHEDULE_CALLS } from './forwarder-watch';
import { checkNotBlank, propLabel } from '../validation/validation';

/**
 * Properties of `RootActivityGuardrailPolicy`.
 */
export interface RootActivityGuardrailPolicyProps {
  /**
   * Where the policy applies: the organization root's id (`r-` and 4 to 32
   * letters or digits), organizational unit ids (`ou-...`) or account ids
   * (12 digits). Give it the targets of `RootActivityForwarderStackSet`: an
   * account where the policy applies but whose forwarders were deployed
   * otherwise (a plain stack) can no longer change them.
   *
   * @example ['r-ab12']
   * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html
   */
  readonly targetIds: string[];

  /**
   * The name of the policy, 1 to 128 characters.
   *
   * @default 'root-activity-forwarder-guardrail'
   */
  readonly policyName?: string;

  /**
   * The description of the policy, at most 512 characters.
   *
   * @default - says what the policy denies, and to whom it leaves the calls
   */
  readonly description?: string;
}

/**
 * An AWS Organizations service control policy (SCP) that keeps everyone in
 * the accounts it applies to, their root users included, from silencing
 * the forwarders that `RootActivityForwarderStackSet` deploys: it denies
 * EventBridge's DeleteRule, DisableRule, PutRule, RemoveTargets and
 * PutTargets on the forwarder and watch rules (by their default names, in
 * every region), and IAM's DeleteRole, UpdateAssumeRolePolicy,
 * PutRolePolicy, DeleteRolePolicy, AttachRolePolicy, DetachRolePolicy and
 * PutRolePermissionsBoundary on the forwarders' roles, and EventBridge
 * Scheduler's DeleteSchedule and UpdateSchedule on their heartbeat
 * schedules. Only the execution
 * role of service-managed StackSets (`stacksets-exec-*`) may still make
 * them, so the StackSet can create, update and delete its stacks.
 *
 * Define it in a stack of the management account (or of a delegated
 * administrator for Organizations policies), in an organization where
 * service control policies are enabled.
 *
 * The trade-off, and its limits:
 * - SCPs do not apply to the management account: there, its own forwarders
 *   stay as changeable as any resource, and only the watch rule reports
 *   changes to them.
 * - A denied call is still recorded by CloudTrail, with an error code, and
 *   the forwarder's watch rule sends the record to the hub, which reports
 *   the attempt: the policy stops the change, the watch rule tells you of it.
 * - Legitimate fixes are blocked too: a forwarder can only be changed by
 *   updating the StackSet, never by hand, even in an emergency; detach the
 *   policy first if you must.
 * - A custom StackSets execution role template gives the execution role
 *   another name, which the policy does not exempt: the StackSet's own
 *   updates would then be denied.
 * - Only forwarders of the default names are protected (a `ruleName` of
 *   your own is not).
 *
 * @see https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 * @see https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_enable-disable.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-custom-execution-role.html
 */
export class RootActivityGuardrailPolicy extends Construct {
  /** The service control policy. */
  public readonly policy: organizations.CfnPolicy;

  constructor(scope: Construct, id: string, props: RootActivityGuardrailPolicyProps) {
    const where = 'RootActivityGuardrailPolicy';
    checkTargetIds(where, 'targetIds', props.targetIds);
    checkNotBlank(where, 'policyName', props.policyName);
    checkLength(where, 'policyName', props.policyName, MAX_NAME_LENGTH);
    checkLength(where, 'description', props.description, MAX_DESCRIPTION_LENGTH);
    super(scope, id);

    this.policy = new organizations.CfnPolicy(this, 'Resource', {
      name: props.policyName ?? 'root-activity-forwarder-guardrail',
      description: props.description
        ?? 'Denies changes to the root activity forwarders\' rules, roles and heartbeats to all but the StackSets execution role (cdk-root-activity-monitor)',
      type: 'SERVICE_CONTROL_POLICY',
      targetIds: props.targetIds,
      // An object rather than a string, so that CloudFormation can detect drift.
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-organizations-policy.html
      content: guardrailDocument(Aws.PARTITION),
    });
  }
}

/**
 * The policy document. Resources name every region and account: the
 * policy applies to many accounts, and a forwarder sits in every region of
 * each. A rule on the default bus has the ARN `rule/<name>`; a role's
 * name ends in its region, hence the wildcard.
 *
 * The exception is by `aws:PrincipalArn`, which for a role session is the
 * role's ARN, not the session's; StackSets with service-managed permissions
 * act in each account through a role named `stacksets-exec-*`.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-manage-iam-access.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-custom-execution-role.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 */
function guardrailDocument(partition: string): Record<string, unknown> {
  const names = forwarderNames();
  const exceptStackSets = { ArnNotLike: { 'aws:PrincipalArn': `arn:${partition}:iam::*:role/stacksets-exec-*` } };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ProtectRootActivityForwarderRules',
        Effect: 'Deny',
        Action: [...FORWARDER_RULE_CALLS.name, ...FORWARDER_RULE_CALLS.rule].map((call) => `events:${call}`),
        Resource: [names.ruleName, names.watchRuleName].map((rule) => `arn:${partition}:events:*:*:rule/${rule}`),
        Condition: exceptStackSets,
      },
      {
        Sid: 'ProtectRootActivityForwarderRoles',
        Effect: 'Deny',
        Action: FORWARDER_ROLE_CALLS.map((call) => `iam:${call}`),
        Resource: `arn:${partition}:iam::*:role/${names.roleNamePrefix}*`,
        Condition: exceptStackSets,
      },
      {
        // Schedules are named within a group: the forwarder's is in 'default'.
        // https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_service-with-iam.html
        Sid: 'ProtectRootActivityForwarderHeartbeat',
        Effect: 'Deny',
        Action: HEARTBEAT_SCHEDULE_CALLS.map((call) => `scheduler:${call}`),
        Resource: `arn:${partition}:scheduler:*:*:schedule/default/${names.heartbeatScheduleName}`,
        Condition: exceptStackSets,
      },
    ],
  };
}

/**
 * The limits of AWS Organizations' CreatePolicy and AttachPolicy.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreatePolicy.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html
 */
const MAX_NAME_LENGTH = 128;
const MAX_DESCRIPTION_LENGTH = 512;
const TARGET_ID = /^(r-[0-9a-z]{4,32}|\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;

function checkTargetIds(where: string, prop: string, values: string[]): void {
  if (Token.isUnresolved(values)) {
    return;
  }
  if (values.length === 0) {
    throw new Error(`${where}: ${propLabel(prop)} must name at least one target: the organization root ('r-...'), an organizational unit ('ou-...') or an account (12 digits)`);
  }
  const seen = new Set<string>();
  for (const value of values) {
    if (Token.isUnresolved(value)) {
      continue;
    }
    if (!TARGET_ID.test(value)) {
      throw new Error(`${where}: ${propLabel(prop)} must hold the organization root's id ('r-' and 4 to 32 lower-case letters or digits, such as 'r-ab12'), organizational unit ids such as 'ou-ab12-cd34ef56' or 12-digit account ids (got '${value}')`);
    }
    if (seen.has(value)) {
      throw new Error(`${where}: ${propLabel(prop)} names '${value}' twice`);
    }
    seen.add(value);
  }
}

function checkLength(where: string, prop: string, value: string | undefined, max: number): void {
  if (value !== undefined && !Token.isUnresolved(value) && value.length > max) {
    throw new Error(`${where}: ${propLabel(prop)} must have at most ${max} characters (got ${value.length})`);
  }
}
