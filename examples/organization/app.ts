/**
 * Root activity monitoring for a whole organization, synthesized offline:
 *
 *   npx projen example:organization    (writes examples/organization/cdk.out)
 *
 * Three accounts over three regions, as docs/organization.md
 * walks through:
 * - the security account runs the hub (bus, rule, notifier, topic) in the
 *   home region;
 * - the management account runs the StackSet that gives every account of
 *   the organization (its target is the root) a forwarder in every region,
 *   and, since service-managed StackSets never deploy there, a forwarder
 *   stack of its own in each of the StackSet's regions, plus the CIS usage
 *   alarm on the organization trail's log group, which mails a topic;
 * - member accounts receive their forwarders from the StackSet.
 *
 * Replace the ids below with your organization's. Nothing here calls AWS.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { AssumedRootTasks, RootActivityForwarder, RootActivityForwarderStackSet, RootActivityHub, RootUsageAlarm } from '../../src';

export const ORGANIZATION = {
  id: 'o-a1b2c3d4e5',
  /**
   * The root: every account but the management account, including those
   * directly under the root and those of OUs created later.
   */
  rootId: 'r-ab12',
  managementAccount: '999988887777',
  securityAccount: '111122223333',
  homeRegion: 'us-east-1',
  /** us-east-1 is where CloudTrail records root console sign-ins and IAM calls. */
  regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
  alarmEmail: 'security@example.com',
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
    // Not narrowed to OUs or accounts: the whole organization, management
    // account included, may send. A hub narrowed to OUs needs
    // `managementAccountId: ORGANIZATION.managementAccount` as well.
    new RootActivityHub(this, 'Hub', {
      organizationId: ORGANIZATION.id,
      emailSubscriptions: [ORGANIZATION.alarmEmail],
      // Every account should report from every region the StackSet covers;
      // the coverage report names each one that does not. The security
      // account is a delegated administrator (of Security Hub, say), which
      // lets it list the organization's accounts and name those never heard
      // from; elsewhere leave listAccountsForCoverage out.
      coverageRegions: ORGANIZATION.regions,
      listAccountsForCoverage: true,
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

/**
 * The management account's forwarder in one region, and, in the home region,
 * the CIS usage alarm, which mails the security team through a topic of its
 * own: the hub's topic, in the security account, admits only that account's
 * alarms.
 */
class ManagementForwarderStack extends Stack {
  constructor(scope: Construct, id: string, props: ForwarderStackProps) {
    super(scope, id, props);
    new RootActivityForwarder(this, 'Forwarder', { eventBusArn: HUB_BUS_ARN });
    if (props.organizationTrailLogGroupName !== undefined) {
      new RootUsageAlarm(this, 'UsageAlarm', {
        logGroup: logs.LogGroup.fromLogGroupName(this, 'OrganizationTrailLogs', props.organizationTrailLogGroupName),
        topic: alarmTopic(this),
      });
    }
  }
}

/**
 * An encrypted, TLS-only topic that CloudWatch alarms of this account may
 * publish to. CloudWatch must be allowed to use the key, and, as the topic
 * policy replaces SNS's default one, to publish.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
 * https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
 */
function alarmTopic(scope: Stack): sns.Topic {
  const cloudWatch = new iam.ServicePrincipal('cloudwatch.amazonaws.com');
  const key = new kms.Key(scope, 'AlarmTopicKey', { description: 'Encrypts the root usage alarm topic', enableKeyRotation: true });
  key.addToResourcePolicy(new iam.PolicyStatement({
    principals: [cloudWatch],
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: ['*'],
  }));
  const topic = new sns.Topic(scope, 'AlarmTopic', { displayName: 'Root usage alarm', masterKey: key, enforceSSL: true });
  topic.addToResourcePolicy(new iam.PolicyStatement({
    principals: [cloudWatch],
    actions: ['sns:Publish'],
    resources: [topic.topicArn],
    conditions: { StringEquals: { 'aws:SourceAccount': scope.account } },
  }));
  topic.addSubscription(new subscriptions.EmailSubscription(ORGANIZATION.alarmEmail));
  return topic;
}

class StackSetStack extends Stack {
  /** The regions the StackSet deploys to, which the management account's own forwarders must match. */
  public readonly regions: string[];

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    const stackSet = new RootActivityForwarderStackSet(this, 'Forwarders', {
      eventBusArn: HUB_BUS_ARN,
      organizationalUnitIds: [ORGANIZATION.rootId],
      regions: ORGANIZATION.regions,
    });
    this.regions = stackSet.regions;
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
  const stackSet = new StackSetStack(app, 'RootActivityForwarderStackSet', { env: { account: managementAccount, region: homeRegion } });
  // A forwarder in each of the StackSet's regions (sign-in region included):
  // the StackSet never deploys to the management account.
  for (const region of stackSet.regions) {
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
