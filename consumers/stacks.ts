/**
 * The stack each consumer app synthesizes for each documented configuration
 * (the keys of test/configurations.ts). The TypeScript, Python and Java apps
 * each build these stacks with the same construct ids, so their templates
 * can be compared one to one; compare.ts checks this list against
 * test/configurations.ts so a new configuration is not forgotten here.
 */
export const CONSUMER_STACKS: Record<string, string> = {
  'defaults': 'Defaults',
  'e-mail subscribers and a time zone': 'EmailAndTimeZone',
  'an existing organization trail and topic': 'ExistingTrailAndTopic',
  'a secondary region publishing to the home region topic': 'SecondaryRegion',
  'a KMS key for the trail and a bucket retention': 'TrailKeyAndRetention',
  'a topic key of your own and reserved concurrency': 'TopicKeyAndConcurrency',
  'the rule publishing raw events, no notifier': 'RawEventsNoNotifier',
  'only the usage alarm': 'UsageAlarmOnly',
  'alerts in Slack and Teams, and CRITICAL ones paged': 'ChatAndPaging',
  'the optional safety nets off': 'SafetyNetsOff',
  'a member account beside an organization trail, the cheapest set-up': 'MemberBesideOrgTrail',
  'the account that owns the organization trail\'s log group': 'OrgTrailLogOwner',
  'root credential posture and planned root use': 'PostureAndPlannedUse',
  'root credential posture from AWS Config rules': 'PostureFromConfigRules',
};

/**
 * The stacks each consumer app synthesizes for the organization constructs,
 * beside the configurations above: `RootActivityHub`, `RootActivityForwarder`
 * (its rule named by the `DEFAULT_RULE_NAME` constant, read through the
 * bindings), `RootActivityForwarderStackSet` (whose member template is a CDK
 * app synthesized inside the construct, so through the jsii kernel in Python
 * and Java) and `RootActivityGuardrailPolicy`, each in the account and region
 * the README's "Organization" section puts it in. They are not
 * configurations of `RootActivityMonitor`, so test/configurations.ts does not
 * list them; compare.ts requires them of every app as it does the stacks
 * above.
 */
export const ORGANIZATION_STACKS: readonly string[] = [
  'OrgHub',
  'OrgForwarder',
  'OrgForwarderStackSet',
  'OrgGuardrail',
];
