/**
 * Root activity monitoring for a whole organization, synthesized offline:
 *
 *   npx projen example:organization    (writes examples/organization/cdk.out)
 *
 * Three accounts over three regions, as the README's "Organization" section
 * walks through:
 * - the security account runs the hub (bus, rule, notifier, topic) in the
 *   home region;
 * - the management account runs the StackSet that gives every account of
 *   the OUs a forwarder in every region, and, since service-managed
 *   StackSets never deploy there, a forwarder stack of its own per region,
 *   plus the CIS usage alarm on the organization trail's log group;
 * - member accounts receive their forwarders from the StackSet.
 *
 * Replace the ids below with your organization's. Nothing here calls AWS.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AssumedRootTasks, RootActivityForwarder, RootActivityForwarderStackSet, RootActivityHub, RootUsageAlarm } from '../../src';

export const ORGANIZATION = {
  id: 'o-a1b2c3d4e5',
  /** The OUs directly under the root: together, every account but the management account. */
  organizationalUnitIds: ['ou-ab12-11111111', 'ou-ab12-22222222'],
  managementAccount: '999988887777',
  securityAccount: '111122223333',
  homeRegion: 'us-east-1',
  regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
  accountNames: {
    999988887777: 'Management',
    111122223333: 'Security',
    444455556666: 'Production',
  },
};

/** The hub's bus, by ARN: stacks in other accounts cannot reference it otherwise. */
export const HUB_BUS_ARN = `arn:aws:events:${ORGANIZATION.homeRegion}:${ORGANIZATION.securityAccount}:event-bus/root-activity-hub`;

class HubStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    new RootActivityHub(this, 'Hub', {
      organizationId: ORGANIZATION.id,
      emailSubscriptions: ['security@example.com'],
      notifierOptions: {
        accountNames: ORGANIZATION.accountNames,
        // The central security team's own sts:AssumeRoot tasks still alert, at MEDIUM.
        assumedRootTasks: AssumedRootTasks.LOWER_SEVERITY,
      },
    });
  }
}

interface ForwarderStackProps extends StackProps {
  /** The log group the organization trail delivers to, in this account and region. */
  readonly organizationTrailLogGroupName?: string;
}

/** The management account's forwarder in one region, and, in the home region, the CIS usage alarm. */
class ManagementForwarderStack extends Stack {
  constructor(scope: Construct, id: string, props: ForwarderStackProps) {
    super(scope, id, props);
    new RootActivityForwarder(this, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
    if (props.organizationTrailLogGroupName !== undefined) {
      new RootUsageAlarm(this, 'UsageAlarm', {
        logGroup: logs.LogGroup.fromLogGroupName(this, 'OrganizationTrailLogs', props.organizationTrailLogGroupName),
      });
    }
  }
}

class StackSetStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    new RootActivityForwarderStackSet(this, 'Forwarders', {
      eventBusArn: HUB_BUS_ARN,
      organizationalUnitIds: ORGANIZATION.organizationalUnitIds,
      regions: ORGANIZATION.regions,
    });
  }
}

/**
 * The organization's stacks. The organization trail's log group name comes
 * from context (`organizationTrailLogGroup`): AWS Control Tower names it
 * `aws-controltower/CloudTrailLogs`, and newer landing zones may add a
 * suffix, so look yours up rather than trust a default.
 */
export function buildOrganizationApp(outdir: string, context: Record<string, string> = {}): App {
  const app = new App({ outdir, context });
  const trailLogGroup: string | undefined = app.node.tryGetContext('organizationTrailLogGroup');
  const { managementAccount, securityAccount, homeRegion } = ORGANIZATION;

  new HubStack(app, 'RootActivityHub', { env: { account: securityAccount, region: homeRegion } });
  new StackSetStack(app, 'RootActivityForwarderStackSet', { env: { account: managementAccount, region: homeRegion } });
  for (const region of ORGANIZATION.regions) {
    new ManagementForwarderStack(app, `RootActivityForwarder-${region}`, {
      env: { account: managementAccount, region },
      organizationTrailLogGroupName: region === homeRegion ? trailLogGroup : undefined,
    });
  }
  return app;
}

if (require.main === module) {
  // The CDK CLI reads cdk.json's context itself; run directly, this does.
  const { context } = JSON.parse(fs.readFileSync(path.join(__dirname, 'cdk.json'), 'utf8'));
  const app = buildOrganizationApp(path.join(__dirname, 'cdk.out'), context);
  const assembly = app.synth();
  for (const stack of assembly.stacks) {
    console.log(`${stack.stackName} (${stack.environment.account}, ${stack.environment.region}): ${Object.keys(stack.template.Resources).length} resources`);
  }
  console.log(`Templates in ${assembly.directory}`);
}
