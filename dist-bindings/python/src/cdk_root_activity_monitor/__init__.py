r'''
# cdk-root-activity-monitor

Know within seconds when someone uses an AWS account's **root user**.

The root user bypasses every IAM policy and service control policy. Every serious guide says the
same: lock it down, and be told at once whenever it is used. This library ships that as one
[AWS CDK](https://aws.amazon.com/cdk/) construct, `RootActivityMonitor`, for TypeScript, Python
and Java, instead of a CloudFormation template copied out of a blog post.

```python
from cdk_root_activity_monitor import RootActivityNotifierOptions
RootActivityMonitor(self, "RootActivity",
    email_subscriptions=["security@example.com"],
    notifier_options=RootActivityNotifierOptions(time_zone="Europe/Berlin")
)
```

## Try it on a fresh clone

Two commands, no AWS account or credentials needed, with Node.js 22 (the version in `.nvmrc`;
`nvm use` or `fnm use` picks it up):

```sh
npm ci && npx projen demo   # install, synthesize a demo stack offline, print each part and what to do next
npx projen build            # compile, lint, run all tests, compile the examples, package for npm, PyPI and Maven
```

`npx projen build` is the test command. CI (`.ci/run`) runs it on a fresh clone, then the checks
that take longer (see "What is checked, and how"); `.ci/run` fetches Node.js 22 from the npm
registry when the machine has another version. On another Node.js version `npm` warns
(`EBADDEVENGINES`) but carries on.

## What it builds

`RootActivityMonitor` wires up four parts. Each is optional, and each is also a public construct
you can use on its own.

| Part | Construct | What it does |
| --- | --- | --- |
| Trail | `RootActivityTrail` | Multi-region CloudTrail trail of all management events (read and write), global service events, log file validation, a hardened S3 bucket, optional delivery to CloudWatch Logs. |
| Rule | `RootActivityRule` | EventBridge rule for root console sign-ins, root API calls and root console actions, ignoring calls a service made on the root's behalf (`userIdentity.invokedBy`, except the console's `signin.amazonaws.com`) and `AwsServiceEvent`s. Read-only calls included. |
| Notifier | `RootActivityNotifier` | Lambda (Node.js 22, arm64) that turns each event into a readable alert: severity, what happened, outcome, MFA, who, from where, when (in your time zone and UTC), the account alias, a CloudTrail console link, then the full event. Publishes to SNS. |
| Alarm | `RootUsageAlarm` | The CIS root-usage metric filter on a CloudTrail log group (the trail's, or one you pass in, such as your organization trail's) and an alarm on any use. |

```mermaid
flowchart LR
  root([Root user]) -->|signs in / calls APIs| ct[CloudTrail]
  ct -->|management events| eb[EventBridge default bus]
  eb --> rule[RootActivityRule]
  rule --> q[(Alert queue: SQS, batches)]
  q --> fn[RootActivityNotifier Lambda]
  fn -->|iam:ListAccountAliases| iam[(IAM)]
  fn -->|readable alert + message attributes| topic[SNS topic]
  ct --> trail[RootActivityTrail]
  trail --> bucket[(S3 bucket: encrypted, versioned, TLS-only)]
  trail --> lg[(CloudWatch Logs)]
  lg --> mf[CIS metric filter] --> alarm[RootUsageAlarm] --> topic
  topic --> people([E-mail, chat, paging])
```

The rule reacts within seconds; the alarm is a second, independent line of defence that works from
the delivered trail logs a few minutes later.

**What the alarm sends on repeated root use.** The rule's notifier sends one alert per root event;
the alarm sends one message per *episode*. CloudWatch runs an alarm's actions only when the alarm
changes state, "not performed again if the condition persists"
([CloudWatch: alarm actions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html)),
and the alarm is in ALARM while any one of the periods in the last 15 minutes has root use
(1 of 15 one-minute periods by default, missing data counted as fine;
[alarm evaluation](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation)).
So on repeated root use you get: one alarm message when the first use shows up; nothing more while
the root user keeps working, as long as no 15 minutes pass without root use; no all-clear when it
stops (the alarm has no OK action; add one with `monitor.usageAlarm?.alarm.addOkAction(...)` if you
want it); and a new alarm message for root use after the alarm has gone back to OK, that is after
15 quiet minutes. `test/root-usage-alarm.test.ts` asserts the settings that make it so
(`EvaluationPeriods` × `Period` covering 15 minutes, `DatapointsToAlarm` 1, `TreatMissingData`
`notBreaching`, no OK or insufficient-data actions; with a `period` that does not divide 15
minutes, the window is the next whole number of periods).

## Install

```sh
npm install cdk-root-activity-monitor           # TypeScript / JavaScript
pip install cdk-root-activity-monitor           # Python
```

Java (Maven): `io.github.cdk-root-activity-monitor:cdk-root-activity-monitor`, package
`io.github.cdkrootactivitymonitor`.

Peer dependencies: `aws-cdk-lib` ^2.276.0 and `constructs` ^10.8.1. The notifier's code is bundled
into the package: you need neither esbuild nor Docker to synthesize it.

## Usage

Examples here are TypeScript; the READMEs on PyPI and Maven Central and the API docs of the
Python and Java packages show them in Python and Java, translated by jsii-rosetta.

A stack with the whole monitor, alerts to a new topic with e-mail subscribers:

```python
from cdk_root_activity_monitor import RootActivityNotifierOptions
from aws_cdk import Stack
from constructs import Construct
from cdk_root_activity_monitor import RootActivityMonitor

class SecurityStack(Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        RootActivityMonitor(self, "RootActivity",
            email_subscriptions=["security@example.com"],
            notifier_options=RootActivityNotifierOptions(time_zone="Europe/Berlin", account_name="acme-production")
        )
```

The account already has a trail: no new trail, the alarm on the log group that trail delivers to
(it must exist in this stack's account and region; an organization trail's log group lives in the
account that owns the trail), alerts to an existing topic:

```python
RootActivityMonitor(self, "RootActivity",
    create_trail=False,
    log_group=logs.LogGroup.from_log_group_name(self, "TrailLogs", "my-trail-log-group"),
    topic=sns.Topic.from_topic_arn(self, "Alerts", "arn:aws:sns:us-east-1:111122223333:security-alerts")
)
```

### Parts on their own

Wired by hand, the parts get only the safety nets you give them. This keeps the monitor's
delivery guarantees: the rule delivers to the notifier's alert queue (which paces bursts, see
"Bursts"), retrying for 24 hours before it parks the event in a dead-letter queue, where events
the notifier could not publish land too.

```python
topic = sns.Topic(self, "Alerts", enforce_ssl=True)
dead_letter_queue = sqs.Queue(self, "DeadLetterQueue",
    encryption=sqs.QueueEncryption.SQS_MANAGED,
    enforce_ssl=True,
    retention_period=Duration.days(14)
)

notifier = RootActivityNotifier(self, "Notifier",
    topic=topic,
    time_zone="America/New_York",
    failure_queue=dead_letter_queue
)
RootActivityRule(self, "Rule").add_target(targets.SqsQueue(notifier.queue,
    dead_letter_queue=dead_letter_queue,
    retry_attempts=185,
    max_event_age=Duration.hours(24)
))
RootUsageAlarm(self, "UsageAlarm",
    log_group=logs.LogGroup.from_log_group_name(self, "TrailLogs", "my-trail-log-group"),
    topic=topic
)
```

What this gives up against `RootActivityMonitor`: the topic has no KMS key (an encrypted topic
needs a key policy that lets CloudWatch publish, see Security), and nothing alarms on the
dead-letter queue or on the notifier's errors. cdk-nag reports the topic
(`NIST.800.53.R5-SNSEncryptedKMS`) and that the dead-letter queue has none of its own
(`AwsSolutions-SQS3`, `Serverless-SQSRedrivePolicy`; the monitor acknowledges these for its queue).

## Props that matter

`RootActivityMonitorProps` (see [API.md](API.md) for every prop of every construct):

| Prop | Default | Meaning |
| --- | --- | --- |
| `topic` | a new topic | Existing SNS topic for alerts. With `enableNotifier: false`, in the monitor's region, and in its stack or imported by ARN (see Security). |
| `topicName`, `emailSubscriptions` | none | Name of, and e-mail subscribers to, the topic the monitor creates. Not allowed with `topic`. |
| `createTrail` | `true` | Create the multi-region trail. Set `false` when a trail (e.g. an organization trail) already covers the account: a second trail is a paid copy of every management event (see Cost). |
| `trailOptions` | | `trailName`, `bucket` (existing), `sendToCloudWatchLogs`, `cloudWatchLogsRetention` (1 year), `removalPolicy` (retain). |
| `enableEventRule` | `true` | The EventBridge rule. |
| `ruleOptions` | | `ruleName`, `includeReadOnlyApiCalls` (`true`), `enabled`. |
| `enableNotifier` | `true` | Route matches through the notifier Lambda; `false` sends the raw event JSON to the topic. |
| `notifierOptions` | | `timeZone` (IANA name, `UTC`), `accountName` (overrides the alias), `logRetention` (1 year). |
| `enableUsageAlarm` | `true` | The CIS metric filter and alarm. Costs CloudWatch Logs ingestion when the monitor's trail feeds it. |
| `usageAlarmOptions` | | `metricNamespace` (`CloudTrailMetrics`), `metricName` (`RootAccountUsageCount`), `period` (60 s; 10 s, 30 s or a multiple of 60 s), `threshold` (1), `alarmName`. The alarm fires when any period in the last 15 minutes reaches the threshold, so a data point CloudTrail delivers late still counts; it notifies once per episode (see "What the alarm sends on repeated root use"). |
| `logGroup` | the trail's | Existing CloudTrail log group for the alarm. |
| `encryptTopic`, `topicEncryptionKey` | `true`, a new key | Encrypt the created topic with a customer managed KMS key (rotation on) whose policy lets EventBridge and CloudWatch publish. |
| `enableDeadLetterQueue` | `true` | SSE-SQS queue for alerts that could not be delivered. |
| `enableSelfMonitoring` | `true` | Alarms on the monitor's own failures, sent to the same topic. |

`trailOptions` also takes `encryptionKey` (a KMS key for log files, bucket and log group) and
`bucketRetention` (delete log files after this long; kept by default). `notifierOptions` also takes
`reservedConcurrency`.

Props that contradict each other, or a value AWS would reject, fail at synth time, before the
construct creates anything (a caught error leaves nothing behind in the stack). The message names
the prop as TypeScript and Java spell it, then as Python does where that differs, with the path
through option structs, e.g. `RootActivityMonitor: 'usageAlarmOptions.period' (Python: 'usage_alarm_options.period') must be 10 s, 30 s or a multiple of 60 s (got 45 s)`.

## The alert

Each root event becomes one SNS message. Render one yourself, offline, from any event file:

```sh
npx projen preview test/fixtures/root-console-login-no-mfa.json --time-zone Europe/Berlin --account-name acme-production
```

```text
Subject: CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)
Message attributes:
  severity = CRITICAL
  eventName = ConsoleLogin
  eventKind = sign-in
  outcome = success
  account = acme-production
  accountId = 111122223333
  recipientAccountId = 111122223333

Root sign-in ConsoleLogin succeeded without MFA in account acme-production (111122223333): root sign-in without MFA.

Severity:    CRITICAL (root sign-in without MFA)
Event:       ConsoleLogin (signin.amazonaws.com), console sign-in
Outcome:     Success
MFA used:    No
When:        2024-11-04 23:03:17 GMT+1 Europe/Berlin (2024-11-04 22:03:17 UTC)
Who:         Root arn:aws:iam::111122223333:root
Source IP:   198.51.100.77
User agent:  Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0
Region:      us-east-1
Account:     acme-production (111122223333)
Event id:    c81f2a4e-3d5b-4e7f-8a9c-0b1d2e3f4a53
CloudTrail:  https://us-east-1.console.aws.amazon.com/cloudtrailv2/home?region=us-east-1#/events/c81f2a4e-3d5b-4e7f-8a9c-0b1d2e3f4a53

Full event:
{ ... the event exactly as EventBridge delivered it ... }
```

* **Subject**: severity first, then what happened, the outcome and the account; at most 99
  printable ASCII characters with no line breaks, as SNS requires
  ([Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html)).
* **Severity**: `CRITICAL` for a sign-in without MFA, root access key creation, MFA device
  removal, and tampering with CloudTrail, Config, GuardDuty, Security Hub or organization
  membership (attempts count even when they fail); `HIGH` for other sign-ins, failed sign-ins,
  password changes and recovery, other credential changes, and events the notifier cannot read;
  `MEDIUM` for other root API calls and root console actions.
* **Message attributes** `severity`, `eventName`, `eventKind`, `outcome`, `account`, `accountId`
  (the account whose root user acted), `recipientAccountId` (the account that received the
  event), for [SNS subscription filter policies](https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html),
  e.g. page only on `{"severity": ["CRITICAL"]}`.
* **Account**: the account whose root user acted, shown with the IAM account alias (one
  `iam:ListAccountAliases` call per Lambda execution environment; on failure the account id), or
  `accountName` if you set one. That name is only ever put beside the notifier's own account id;
  any other account is shown by its id.
* **Another account's root**: when the root user of another account acts on a resource here
  (say, reads an object of a bucket shared with that account), CloudTrail delivers a copy of the
  event to the resource's owner too, in which `userIdentity.accountId` (the caller) differs from
  `recipientAccountId` (the owner)
  ([CloudTrail record contents](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html),
  [S3: cross-account object-level events](https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html#cloudtrail-object-level-crossaccount)).
  The alert is about the acting account, not this account's root: the subject reads
  `MEDIUM: Root API call GetObject succeeded | root of 444455556666 on acme-production (111122223333)`
  (the second account is left out when both do not fit in 99 characters), and the body has an
  `Account:` line for the acting account and an `On account:` line for the one that received the
  event (`test/fixtures/root-api-cross-account-s3-get-object.json`).
* **Never lost**: an event the notifier does not recognise still alerts, with what it could read,
  a list of what was odd, and a warning in the logs. A failed publish fails the invocation, so
  Lambda retries it and then sends it to the dead-letter queue. The message stays under SNS's
  256 KiB limit by cutting the event JSON, never the summary.
* **Logs**: one JSON object a line (`level`, `message`, event id and name, severity, message id).

## Bursts: never silenced by a flood

SNS suspends an e-mail subscription that receives more than 10 messages a second: it goes back to
*PendingConfirmation* and is deleted after 48 hours unless someone confirms it again
([SNS quotas](https://docs.aws.amazon.com/general/latest/gr/sns.html),
[AWS Knowledge Center](https://repost.aws/knowledge-center/sns-email-subscription-disabled)).
A root session that opens a few console pages, or a script using root keys, makes that many events
easily, so the notifier never sends one message per event as they come:

* The rule delivers to an SQS **alert queue**; Lambda reads it in batches gathered over up to
  10 s (up to 1,000 events), at most **2 batches at a time** (the event source's maximum
  concurrency, the least SQS allows).
* Each batch becomes **at most 3 messages**: one per root session (same account, same
  credentials or console sign-in, same source IP), most severe first; further sessions share the
  last message. A batch with one event sends the usual single-event alert; otherwise a **summary**:
  counts by severity, event name, region and outcome, first and last time, the most severe events
  in full, and **every event id**.
* After each publish the function **waits 2.5 s** before it publishes again or returns.

What follows, whatever arrives (the constants are in `lambda-src/notifier/delivery-limits.ts`):

| Bound | Why |
| --- | --- |
| At most 2 messages in any second (SNS e-mail allows 10) | 2 invocations at once, each 2.5 s between publishes |
| At most 50 messages in any minute (we promise 60) | 2 × (60 s / 2.5 s + 1) |
| Every event id in some message, every event in the logs | a batch's events are split among its messages, never dropped; each is logged on arrival |
| A message SNS refuses is retried | its events are reported back as batch item failures; SQS delivers them again (30 times, about 90 minutes), then to the dead-letter queue |

And while the queue keeps up (below roughly 200 events a second sustained; above that the queue
grows, the rate bounds still hold, and the queue-age self-alarm fires after 5 minutes):

| Bound | Worst case |
| --- | --- |
| The first message about a session within 30 s of its first event reaching the queue | 10 s batching + up to 9 s waiting for a free invocation + 1 s start + 5 s for its place in the batch ≈ 25 s |
| A CRITICAL event reported within 60 s | the same ≈ 25 s: it sorts first in its batch, and shares a message with its session, so it cannot be used to flood |
| While a session stays active, a message about it at least every 5 minutes | every batch holding its events reports them |

`npx projen simulate --events <dir> --repeat <N> --rate <events per second>` proves these on the
real handler: it sends the EventBridge events in the directory, in file-name order, `N` times at
the given rate (each copy with its own event id) through a model of the SQS event source on a
virtual clock, and prints as its last line `events`, `messages`, `maxMessagesInAnySecond`,
`maxMessagesInAnyMinute`, `firstMessageDelaySeconds`, `maxCriticalDelaySeconds`,
`maxSilenceWhileActiveSeconds`, `missingEventIds` and `unloggedEventIds`. The tests
(`test/simulator/`) run a 1,000-event burst of one session (at most 10 messages; in practice 1 or
2), ten sessions at once, CRITICAL events inside a burst, 200 sessions of CRITICAL events, one
event a minute for an hour, and a 70,000-event flood. The model deals arrivals out between the two
pollers in turn, which splits bursts into more batches than AWS's pollers may: the bounds hold for
the less favourable case. Idle, the queue costs the event source's long polling (a few SQS
requests a minute, inside SQS's free tier for one queue).

## Regions and accounts

Where an event arrives decides where the rule must be:

* EventBridge delivers a CloudTrail event only on the default bus **in the region where CloudTrail
  records it** ([EventBridge: events from AWS services](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html)).
* **Root console sign-ins** are recorded in **us-east-1**
  ([CloudTrail: console sign-in events](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html)).
  Older AWS pages say a sign-in through a regional endpoint can be recorded in that region; we
  have not been able to confirm which holds today, so cover every region you use.
* Calls to **global services** (IAM, STS through its global endpoint, CloudFront) are recorded in
  **us-east-1**; every other API call in the region it was made in
  ([CloudTrail: global service events](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events)).
* EventBridge receives CloudTrail management events only while the account has **at least one
  trail** ([CloudTrail concepts](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html)).
  That is one more reason the monitor creates a trail unless you say one exists.
* A rule in the plain `ENABLED` state does not receive **read-only** management events; the rule
  uses the `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS` state so root reading data alerts too
  ([EventBridge: read-only management events](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html)).

What the rule leaves out, on purpose, as the CIS benchmark's filter does: events with
`userIdentity.invokedBy` (a service acting for the root user, e.g. CloudFormation) and
`AwsServiceEvent`s, with one exception: a root event with `invokedBy: signin.amazonaws.com`
**is** matched. CloudTrail defines `invokedBy` as "the name of the AWS service that made the
request"
([userIdentity element](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html)),
and AWS's example records show the console setting it to `signin.amazonaws.com` on the API calls
of a person working in the console: an IAM user starting a trail
([CloudTrail log event reference](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html)),
an IAM user creating a container
([MediaStore example log entries](https://docs.aws.amazon.com/mediastore/latest/ug/monitoring-example-log-file-entries.html)),
and more of the same in other services' guides. We found no AWS record
of the root user either with or without it, so we cannot say whether root console actions carry
it today. Matching it costs nothing if they do not and closes a gap if they do: with a `Root`
identity, `signin.amazonaws.com` is the root user at work in the console, not a service acting
for it, so no alert it causes is a false one. Any other `invokedBy` value is still left out.
(`test/root-activity-rule.test.ts` runs the pattern against
`test/fixtures/root-api-console-invoked-by-signin.json`, AWS's StartLogging example with a root
identity.) The CIS metric filter of the usage alarm stays as published
(`$.userIdentity.invokedBy NOT EXISTS`), so such an action, if recorded that way, reaches you
through the rule, not the alarm.

So deploy the full monitor once per account in us-east-1, and the rule and notifier in every other
region you use, all publishing to the one topic (the notifier publishes to a topic in another
region, and is granted its key):

```python
from aws_cdk import Environment, Environment
home = Stack(app, "RootActivity-us-east-1", env=Environment(account=account, region="us-east-1"), cross_region_references=True)
central = RootActivityMonitor(home, "RootActivity", email_subscriptions=["security@example.com"])

for region in ["eu-west-1", "ap-southeast-2"]:
    stack = Stack(app, f"RootActivity-{region}", env=Environment(account=account, region=region), cross_region_references=True)
    RootActivityMonitor(stack, "RootActivity",
        topic=central.topic,
        create_trail=False,  # the home trail is multi-region
        enable_usage_alarm=False,  # the home alarm sees every region's trail logs
        enable_self_monitoring=False
    )
```

Self-monitoring is off in the other regions because a CloudWatch alarm can only notify a topic
in its own region: AWS's documentation gives only the ARN format, but deployments report
CloudWatch rejecting such an alarm when it is created (`Invalid region … Only <region> is supported`), so the monitor refuses it at synth, naming the props to switch off. The recipe sets
`@aws-cdk/core:defaultCrossStackReferences` to `strong`, the behaviour aws-cdk-lib has always had
for the cross-region reference to the home topic; without it, newer aws-cdk-lib releases warn and
`cdk synth --strict` fails. Failed alerts there still
land in that region's dead-letter queue, but nothing tells you: watch those queues from your own
regional monitoring, or give each region a topic of its own. (`test/regions.test.ts`
synthesizes this layout.)

For many accounts, deploy the same stacks with CDK pipelines or CloudFormation StackSets (the
synthesized template has no lookups). The notifier puts the account alias only beside its own
account's id; events forwarded from other accounts, and other accounts' root users acting on
resources here, are labelled with their account id.

## Cost

What each part costs, idle and per root event, at us-east-1 list prices. **Confirmed** figures
were read on AWS's own pages (stored copies, checked 2026-11-23); **not confirmed** figures come
from third-party write-ups only (AWS's pricing tables load with JavaScript and were not in the
copies we could read) and are what those pages state. Check the AWS pages, or the
[AWS Pricing Calculator](https://calculator.aws/), before you budget on them.

| Part | Idle, per month | Per root event | Source |
| --- | --- | --- | --- |
| Trail (`createTrail`) | $0 when it is the account's **first** copy of management events in each region; **$2.00 per 100,000 management events** when another trail (an organization trail, or a multi-region trail of your own) already delivers them: the monitor's trail is then a paid second copy, of every management event, read-only ones included | — | Confirmed: [CloudTrail pricing](https://aws.amazon.com/cloudtrail/pricing/) ("The first copy of management events is delivered free of charge. Additional copies of management events are charged at $2.00 per 100,000 events"); [Managing CloudTrail costs](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html) ("an individual member account that creates an additional trail to collect the same management events as the Organizations trail is collecting a second copy of events. The account is charged for the second copy") |
| Trail bucket and access-log bucket (S3) | Storage of the gzipped log files and digests, and CloudTrail's PUT requests (log files every few minutes per active region, a digest file an hour per region): cents for most accounts | — | Not confirmed |
| Trail delivery to CloudWatch Logs (only when the monitor's trail feeds the usage alarm) | Ingestion **$0.50 per GB** of events; archive storage about $0.03 per GB-month, kept one year by default (`cloudWatchLogsRetention`). The CloudWatch free tier includes 5 GB of Logs data a month per account | — | Free tier confirmed: [CloudWatch pricing](https://aws.amazon.com/cloudwatch/pricing/) ("5 GB Data (ingestion, archive storage, and data scanned by Logs Insights queries)"); $0.50 and $0.03 per GB not confirmed |
| Usage alarm metric (metric filter) | A custom metric, billed only for hours it receives data: with no root use, none | — | Not confirmed |
| Alarms: the usage alarm and up to four self-monitoring alarms | **$0.10 per alarm**, standard resolution: up to $0.50. The free tier covers 10 alarm metrics per account | — | Free tier confirmed (same page: "10 Alarm metrics"); $0.10 not confirmed |
| Topic key (`encryptTopic`, on by default) | **$1 per month** (prorated hourly); each automatic yearly rotation (on) adds a charge for the retained key material, which AWS reduced in April 2024 | A few KMS requests (SNS and the notifier), $0.03 per 10,000 beyond 20,000 free a month | $1/month and the 20,000 free requests confirmed: [KMS pricing](https://aws.amazon.com/kms/pricing/); the rotation charge and $0.03 not confirmed |
| EventBridge rule | $0: CloudTrail's events on the default bus are AWS service events | $0. Events an account sends to another account's bus are charged to the sender as custom events | Confirmed as far as the [CloudWatch pricing](https://aws.amazon.com/cloudwatch/pricing/) free tier goes ("Events: All events except custom events are included"; EventBridge's own pricing page was not readable); [EventBridge cross-account](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html) ("charged to the sending account as custom events") |
| Notifier (Lambda, arm64, 256 MB) and its log group | $0: invoked by the rule, nothing polls | One invocation of well under a second, and a few hundred bytes of logs: $0.20 per million requests plus GB-seconds, inside the free tier of 1 million requests and 400,000 GB-seconds a month | Not confirmed |
| Topic (SNS) | $0 | One publish ($0.50 per million beyond 1 million free); e-mail deliveries $2.00 per 100,000 beyond 1,000 free | Not confirmed |
| Dead-letter queue (SQS) | $0: nothing polls it; its alarm reads an SQS metric | Only on failed deliveries: $0.40 per million requests beyond 1 million free | Not confirmed |

**Worked example**: an account with 1 million management events a month, about 1 KB each, and
the default monitor:

* the monitor's trail is the account's only trail: CloudTrail $0; about 1 GB into CloudWatch Logs
  for the usage alarm, $0.50 (inside the 5 GB free tier if nothing else uses it); 5 alarms $0.50
  (inside the free tier of 10); topic key $1; S3 a few cents: **about $2 a month**, about $1
  within the free tiers;
* the same account already recorded by an **organization trail**: add the second copy,
  1,000,000 / 100,000 × $2.00 = **$20 a month**, for events the organization trail already keeps.

Per root event the rule, notifier, topic and key together cost a fraction of a cent.

**The cheapest correct set-up** for an account that an organization trail already records:
create no trail of your own, and put the usage alarm where the organization trail's log group is
(the account that owns the trail) or leave it out. The rule still sees the account's events: the
organization trail is a trail in every member account
([Managing CloudTrail costs](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html)).
In each member account, that leaves the topic key and the self-monitoring alarms, about
$1.40 a month:

```python
RootActivityMonitor(self, "RootActivity",
    create_trail=False,  # the organization trail already delivers this account's events
    enable_usage_alarm=False,  # no CloudWatch Logs ingestion here
    email_subscriptions=["security@example.com"]
)
```

In the account that owns the organization trail's log group, one alarm then covers every member
account, with no ingestion beyond what the organization trail already pays:

```python
RootActivityMonitor(self, "RootActivity",
    create_trail=False,
    log_group=logs.LogGroup.from_log_group_name(self, "OrgTrailLogs", "aws-controltower/CloudTrailLogs"),
    email_subscriptions=["security@example.com"]
)
```

## What is checked, and how

Nothing here is deployed by the tests. Correctness is shown by what can be checked offline:

* Synthesized templates asserted with `aws-cdk-lib/assertions`, one test per option combination
  (`test/*.test.ts`).
* The rule's event pattern evaluated against realistic CloudTrail events in `test/fixtures/`
  (EventBridge envelopes shaped like AWS's documented records), and against variants it must
  ignore (`invokedBy`, `AwsServiceEvent`, IAM users, other detail types). EventBridge's own
  `TestEventPattern` needs an AWS account, so this uses a small matcher of ours
  (`test/event-pattern-matcher.ts`) that implements the documented semantics of the operators
  the pattern uses and refuses any other.
* The notifier handler run against every fixture and against malformed events, with the AWS SDK
  stubbed by `aws-sdk-client-mock` (`test/notifier/`), and under property-based fuzzing with
  fast-check (`test/notifier/fuzz.test.ts`): it never fails before publishing and every subject
  it produces is valid.
* The shipped bundle run end to end in a fresh Node process, its real SDK clients pointed at a
  local server that answers as IAM and SNS do (`test/notifier/bundle-e2e.test.ts`).
* Least privilege and cdk-nag over every documented configuration (see Security).
* The multi-region layout below, synthesized (`test/regions.test.ts`).
* Every example in this README and in the API docs, compiled by jsii-rosetta in strict mode; the
  generated Python and Java docs checked to show the examples in Python and Java.

## Speed and size

`npx projen bench` bundles the notifier and reports (never asserts) its size, cold start and
per-event cost; `--variants` also breaks the cold start down by module. Figures from one run on
the build machine (AMD EPYC, 2 cores, 24 GiB, Node 20.20; Lambda runs Node 22 on arm64, so read
the ratios, not the milliseconds):

| Measure | Result | Target |
| --- | --- | --- |
| Bundle `assets/notifier/index.js` (SDK and luxon bundled, minified) | 410 KiB, 123 KiB gzipped | |
| Cold initialisation: a fresh Node process loading the bundle and creating its clients, against a bundle that only creates an `SNSClient` | **1.10x** (61 ms vs 55 ms, medians of 20) | ≤ 1.3x |
| Handling one event, SDK stubbed, time zone Europe/Berlin | mean 166 µs, p99 269 µs | well under 1 ms |
| SDK calls | 1 `ListAccountAliases` per execution environment, 1 `Publish` per event | same |

Where the difference comes from: the IAM client adds about 3%; the first `Intl` call of a process
loads the runtime's time-zone data, about 20% of the baseline on its own. The notifier therefore
never touches `Intl` (nor luxon, which calls it) when the time zone is UTC, the default; with
another zone that cost is paid once per execution environment, at start-up.

## Security

On by default:

* **Trail bucket**: SSE-S3 (or SSE-KMS with `trailOptions.encryptionKey`), versioned, public
  access blocked, ACLs disabled, a bucket policy that denies requests without TLS or below
  TLS 1.2 and lets CloudTrail write only on behalf of the trail (`aws:SourceArn`: the trail's
  ARN when you set `trailName`, otherwise any trail of this account whose home region is the
  stack's, since CloudFormation names the trail only at deploy time;
  [CloudTrail: S3 bucket policy](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html)),
  server access logs to a second bucket hardened the same way, retained on stack
  deletion. Log file validation on the trail.
* **Topic**: encrypted with a customer managed KMS key with rotation; the key policy lets
  `cloudwatch.amazonaws.com` use it, and `events.amazonaws.com` only when the notifier is off and
  the rule publishes itself (the AWS managed key `alias/aws/sns` cannot allow either); the topic
  policy denies publishing without TLS, allows this account's CloudWatch alarms
  (`aws:SourceAccount`) and, with the notifier off, EventBridge on behalf of this one rule
  (`aws:SourceArn`). `test/least-privilege.test.ts` checks that every service grant in a topic or
  queue policy carries such a condition.
* **Notifier**: its own role, allowed to write to its own log group, `sns:Publish` on the topic
  (plus `kms:GenerateDataKey` and `kms:Decrypt` on the topic's key), `sqs:SendMessage` on the
  dead-letter queue (for its failed invocations), and `iam:ListAccountAliases`, the one action on
  `*`, because AWS offers no resource for it.
  No AWS managed policy. `test/least-privilege.test.ts` checks every documented configuration for
  `*` actions and `*` resources.
* **Delivery**: the rule's target retries for 24 hours (185 attempts) and then writes to an SQS
  dead-letter queue (SSE-SQS, TLS only, 14 days); the notifier's failed asynchronous invocations
  (after Lambda's two retries) go to the same queue, and so do messages SNS cannot deliver to an
  e-mail subscription under its redrive policy (a mailbox that bounces later, after SNS handed the
  mail on, is not something SNS sees).

The monitor alerts on itself, to the same topic: any message in the dead-letter queue, any
notifier error or throttle, any failed invocation of the rule's target.

**Using your own encrypted topic?** Its key policy must allow `events.amazonaws.com` and
`cloudwatch.amazonaws.com` `kms:GenerateDataKey*` and `kms:Decrypt`
([SNS: compatibility with AWS services](https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services)),
and, if the topic has a policy of its own, it must allow `cloudwatch.amazonaws.com` to publish,
and, with `enableNotifier: false`, `events.amazonaws.com` too (best with an `aws:SourceArn`
condition naming the rule), since the monitor cannot change an imported topic's policy.
With `enableNotifier: false`, a topic defined in **another stack** of your app is refused at
synth: the grant would live in the topic's stack and name the rule in the monitor's, while the
rule names the topic, so each stack would depend on the other. Keep the notifier on (its grants
are IAM policies in its own stack), create the monitor in the topic's stack (or a stack nested
in it), or import the topic with `Topic.fromTopicArn` and add the grant in the topic's stack;
give the rule a name (`ruleOptions.ruleName`) so that stack can write its ARN,
`arn:aws:events:<region>:<account>:rule/<ruleName>`, without a reference.
Import it with `Topic.fromTopicAttributes(scope, id, { topicArn, keyArn })` so the notifier is
granted the key too. **Passing an imported KMS key** for the trail: its policy must allow what
`AllowCloudTrailToEncryptLogs`, `AllowCloudTrailToDescribeKey` and
`AllowCloudWatchLogsToEncryptTrailLogs` grant in `src/root-activity-trail.ts`.

**cdk-nag**: `test/nag.test.ts` runs the AwsSolutions, NIST 800-53 rev 5 and Serverless packs
(cdk-nag 3) over every documented configuration: no unacknowledged findings. The findings
accepted on purpose are acknowledged on the resource concerned, with aws-cdk-lib's
`Validations.of(...).acknowledge()`, so cdk-nag 3 in your app shows the reason rather than a
finding. The reasons are in `src/nag-acknowledgements.ts`; among them: Node.js 22 rather than the
newest runtime, no VPC and no X-Ray for the notifier, `iam:ListAccountAliases` on `*`, SSE-S3 on
the access-log bucket (the only encryption S3 server access logging delivers to), no cross-region
replication, and, while you pass no key, AWS-managed encryption for trail files and logs.

Bad input fails at synth with the prop named: e-mail addresses, the alarm period (10 s, 30 s or
a multiple of 60 s), the threshold (a whole number ≥ 1), the time zone (an IANA name), empty
names, reserved concurrency, bucket retention in whole days, and conflicting props such as an
existing topic together with a key for a new one.

## Bindings

`jsii-pacmak` generates the Python and Java bindings. The build machines reach only the npm
registry, not PyPI or Maven Central, so the build (`npx projen bindings`, part of
`npx projen build`) generates the binding code, byte-compiles the Python module and checks the
Java sources exist; the packaged wheel and jar are built by the release workflow
(`package:python`, `package:java`; `npx projen package-all` where PyPI and Maven Central can be
reached). `npx projen build` packages the npm tarball only, so it passes here with or without
`CI` set.

## Development

* `.projenrc.ts` is the only place project configuration is edited; run `npx projen` after
  changing it. `API.md` is generated from the docstrings.
* The notifier's TypeScript source is in `lambda-src/notifier/`; `npx projen bundle:notifier`
  type-checks it and bundles it with esbuild (`build-tools/bundle-notifier.ts`) into
  `assets/notifier/index.js`, with the licences of the bundled packages in
  `assets/notifier/THIRD-PARTY-LICENSES.txt`; both ship in the npm package. The AWS SDK is bundled
  (pinned) rather than taken from the Lambda runtime, so the function runs exactly the code the
  tests ran.
* `npx projen preview <event.json>` renders an alert offline; `npx projen bench` measures the
  notifier.
* Examples are compiled, in strict mode: after compile, `npx projen rosetta:extract` compiles
  every TypeScript block of this README and every `@example` with jsii-rosetta and writes the
  translations to `.jsii.tabl.json`, where jsii-pacmak finds them. A fragment runs in a stack's
  constructor (`rosetta/default.ts-fixture`: `this` is the stack; aws-cdk-lib's modules and this
  library are imported). Pick another fixture with ````ts fixture=app` (or
  `@exampleMetadata fixture=app` in a docstring), or mark a complete file ````ts nofixture`.

## License

Apache-2.0
'''
from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import aws_cdk as _aws_cdk_ceddda9d
    import aws_cdk.aws_cloudtrail as _aws_cdk_aws_cloudtrail_ceddda9d
    import aws_cdk.aws_cloudwatch as _aws_cdk_aws_cloudwatch_ceddda9d
    import aws_cdk.aws_events as _aws_cdk_aws_events_ceddda9d
    import aws_cdk.aws_kms as _aws_cdk_aws_kms_ceddda9d
    import aws_cdk.aws_lambda as _aws_cdk_aws_lambda_ceddda9d
    import aws_cdk.aws_logs as _aws_cdk_aws_logs_ceddda9d
    import aws_cdk.aws_s3 as _aws_cdk_aws_s3_ceddda9d
    import aws_cdk.aws_sns as _aws_cdk_aws_sns_ceddda9d
    import aws_cdk.aws_sqs as _aws_cdk_aws_sqs_ceddda9d
    import constructs as _constructs_77d1e7e8
else:

    _aws_cdk_aws_cloudtrail_ceddda9d = _LazyImport("aws_cdk.aws_cloudtrail")
    _aws_cdk_aws_cloudwatch_ceddda9d = _LazyImport("aws_cdk.aws_cloudwatch")
    _aws_cdk_aws_events_ceddda9d = _LazyImport("aws_cdk.aws_events")
    _aws_cdk_aws_kms_ceddda9d = _LazyImport("aws_cdk.aws_kms")
    _aws_cdk_aws_lambda_ceddda9d = _LazyImport("aws_cdk.aws_lambda")
    _aws_cdk_aws_logs_ceddda9d = _LazyImport("aws_cdk.aws_logs")
    _aws_cdk_aws_s3_ceddda9d = _LazyImport("aws_cdk.aws_s3")
    _aws_cdk_aws_sns_ceddda9d = _LazyImport("aws_cdk.aws_sns")
    _aws_cdk_aws_sqs_ceddda9d = _LazyImport("aws_cdk.aws_sqs")
    _aws_cdk_ceddda9d = _LazyImport("aws_cdk")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class RootActivityMonitor(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="cdk-root-activity-monitor.RootActivityMonitor",
):
    '''(experimental) Tells you within seconds when the AWS account root user signs in or calls an API.

    Wires up, each optional: a multi-region trail, an EventBridge rule for root
    sign-ins and API calls, a notifier Lambda that publishes a readable alert
    to an SNS topic, and the CIS root-usage metric-filter alarm.

    :stability: experimental

    Example::

        from cdk_root_activity_monitor import RootActivityNotifierOptions
        RootActivityMonitor(self, "RootActivity",
            email_subscriptions=["security@example.com"],
            notifier_options=RootActivityNotifierOptions(time_zone="Europe/Berlin")
        )
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        create_trail: typing.Optional[builtins.bool] = None,
        email_subscriptions: typing.Optional[typing.Sequence[builtins.str]] = None,
        enable_dead_letter_queue: typing.Optional[builtins.bool] = None,
        enable_event_rule: typing.Optional[builtins.bool] = None,
        enable_notifier: typing.Optional[builtins.bool] = None,
        enable_self_monitoring: typing.Optional[builtins.bool] = None,
        enable_usage_alarm: typing.Optional[builtins.bool] = None,
        encrypt_topic: typing.Optional[builtins.bool] = None,
        log_group: typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"] = None,
        notifier_options: typing.Optional[typing.Union["RootActivityNotifierOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        rule_options: typing.Optional[typing.Union["RootActivityRuleOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
        topic_encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        topic_name: typing.Optional[builtins.str] = None,
        trail_options: typing.Optional[typing.Union["RootActivityTrailOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        usage_alarm_options: typing.Optional[typing.Union["RootUsageAlarmOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param create_trail: (experimental) Create a multi-region trail. Set to false when the account is already covered by a trail, such as an organization trail, and pass that trail's log group as ``logGroup`` to keep the usage alarm. Costs money beside such a trail: only the first copy of management events is free, and this trail would be a second copy, charged per event. Default: true
        :param email_subscriptions: (experimental) E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first. Not allowed together with ``topic``: subscribe to your own topic yourself. Default: - no subscriptions
        :param enable_dead_letter_queue: (experimental) Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails. Default: true
        :param enable_event_rule: (experimental) Create the EventBridge rule that reacts to root events within seconds. Default: true
        :param enable_notifier: (experimental) Send rule matches through the notifier Lambda, which publishes a readable alert. When false, the rule publishes the raw event JSON to the topic. Requires ``enableEventRule``. Default: true
        :param enable_self_monitoring: (experimental) Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic. Default: true
        :param enable_usage_alarm: (experimental) Create the CIS root-usage metric filter and alarm on a CloudTrail log group. Default: true
        :param encrypt_topic: (experimental) Encrypt the topic the monitor creates with a customer managed KMS key. The key policy lets EventBridge and CloudWatch alarms publish; the AWS managed key ``alias/aws/sns`` cannot be used for that. Not allowed together with ``topic``: see the README for what your own encrypted topic must grant. Default: true
        :param log_group: (experimental) An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to. When set, the monitor's own trail (if any) does not deliver to CloudWatch Logs unless ``trailOptions.sendToCloudWatchLogs`` says so. Default: - the log group of the trail the monitor creates
        :param notifier_options: (experimental) Options for the notifier. Only allowed when ``enableNotifier`` is true. Default: - times in UTC, the account alias as account name
        :param rule_options: (experimental) Options for the EventBridge rule. Only allowed when ``enableEventRule`` is true. Default: - matches root sign-ins and all root API calls, read-only ones included
        :param topic: (experimental) An existing topic to send alerts to. With ``enableNotifier`` false, the rule publishes to this topic itself: the topic must then be in the monitor's region, and a topic defined in another stack of the app is refused (granting the rule would make each stack depend on the other); import such a topic with ``Topic.fromTopicArn`` and let ``events.amazonaws.com`` publish in its own policy (see the README). Default: - a new topic is created
        :param topic_encryption_key: (experimental) The key for the topic the monitor creates. For a key defined in the same app, the monitor adds the statements EventBridge and CloudWatch need to its policy. Requires ``encryptTopic``. Default: - a new key with rotation enabled
        :param topic_name: (experimental) The name of the topic the monitor creates. Not allowed together with ``topic``. Default: - CloudFormation generates a name
        :param trail_options: (experimental) Options for the trail. Only allowed when ``createTrail`` is true. Default: - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it
        :param usage_alarm_options: (experimental) Options for the usage alarm. Only allowed when ``enableUsageAlarm`` is true. Default: - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__177bffa899c0c4bd1fbfd2a262ef42406821d04203ea1600c01a2f99f635e690)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RootActivityMonitorProps(
            create_trail=create_trail,
            email_subscriptions=email_subscriptions,
            enable_dead_letter_queue=enable_dead_letter_queue,
            enable_event_rule=enable_event_rule,
            enable_notifier=enable_notifier,
            enable_self_monitoring=enable_self_monitoring,
            enable_usage_alarm=enable_usage_alarm,
            encrypt_topic=encrypt_topic,
            log_group=log_group,
            notifier_options=notifier_options,
            rule_options=rule_options,
            topic=topic,
            topic_encryption_key=topic_encryption_key,
            topic_name=topic_name,
            trail_options=trail_options,
            usage_alarm_options=usage_alarm_options,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="selfAlarms")
    def self_alarms(self) -> typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm"]:
        '''(experimental) The alarms on the monitor's own failures;

        empty when ``enableSelfMonitoring`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm"], jsii.get(self, "selfAlarms"))

    @builtins.property
    @jsii.member(jsii_name="topic")
    def topic(self) -> "_aws_cdk_aws_sns_ceddda9d.ITopic":
        '''(experimental) The topic alerts are sent to: the one passed in, or the one created.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_sns_ceddda9d.ITopic", jsii.get(self, "topic"))

    @builtins.property
    @jsii.member(jsii_name="deadLetterQueue")
    def dead_letter_queue(self) -> typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"]:
        '''(experimental) The dead-letter queue;

        ``undefined`` when ``enableDeadLetterQueue`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"], jsii.get(self, "deadLetterQueue"))

    @builtins.property
    @jsii.member(jsii_name="notifier")
    def notifier(self) -> typing.Optional["RootActivityNotifier"]:
        '''(experimental) The notifier;

        ``undefined`` when ``enableNotifier`` or ``enableEventRule`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["RootActivityNotifier"], jsii.get(self, "notifier"))

    @builtins.property
    @jsii.member(jsii_name="rule")
    def rule(self) -> typing.Optional["RootActivityRule"]:
        '''(experimental) The EventBridge rule;

        ``undefined`` when ``enableEventRule`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["RootActivityRule"], jsii.get(self, "rule"))

    @builtins.property
    @jsii.member(jsii_name="trail")
    def trail(self) -> typing.Optional["RootActivityTrail"]:
        '''(experimental) The trail;

        ``undefined`` when ``createTrail`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["RootActivityTrail"], jsii.get(self, "trail"))

    @builtins.property
    @jsii.member(jsii_name="usageAlarm")
    def usage_alarm(self) -> typing.Optional["RootUsageAlarm"]:
        '''(experimental) The usage alarm;

        ``undefined`` when ``enableUsageAlarm`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["RootUsageAlarm"], jsii.get(self, "usageAlarm"))


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityMonitorProps",
    jsii_struct_bases=[],
    name_mapping={
        "create_trail": "createTrail",
        "email_subscriptions": "emailSubscriptions",
        "enable_dead_letter_queue": "enableDeadLetterQueue",
        "enable_event_rule": "enableEventRule",
        "enable_notifier": "enableNotifier",
        "enable_self_monitoring": "enableSelfMonitoring",
        "enable_usage_alarm": "enableUsageAlarm",
        "encrypt_topic": "encryptTopic",
        "log_group": "logGroup",
        "notifier_options": "notifierOptions",
        "rule_options": "ruleOptions",
        "topic": "topic",
        "topic_encryption_key": "topicEncryptionKey",
        "topic_name": "topicName",
        "trail_options": "trailOptions",
        "usage_alarm_options": "usageAlarmOptions",
    },
)
class RootActivityMonitorProps:
    def __init__(
        self,
        *,
        create_trail: typing.Optional[builtins.bool] = None,
        email_subscriptions: typing.Optional[typing.Sequence[builtins.str]] = None,
        enable_dead_letter_queue: typing.Optional[builtins.bool] = None,
        enable_event_rule: typing.Optional[builtins.bool] = None,
        enable_notifier: typing.Optional[builtins.bool] = None,
        enable_self_monitoring: typing.Optional[builtins.bool] = None,
        enable_usage_alarm: typing.Optional[builtins.bool] = None,
        encrypt_topic: typing.Optional[builtins.bool] = None,
        log_group: typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"] = None,
        notifier_options: typing.Optional[typing.Union["RootActivityNotifierOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        rule_options: typing.Optional[typing.Union["RootActivityRuleOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
        topic_encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        topic_name: typing.Optional[builtins.str] = None,
        trail_options: typing.Optional[typing.Union["RootActivityTrailOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        usage_alarm_options: typing.Optional[typing.Union["RootUsageAlarmOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''(experimental) Properties of ``RootActivityMonitor``.

        Every part is on by default.

        :param create_trail: (experimental) Create a multi-region trail. Set to false when the account is already covered by a trail, such as an organization trail, and pass that trail's log group as ``logGroup`` to keep the usage alarm. Costs money beside such a trail: only the first copy of management events is free, and this trail would be a second copy, charged per event. Default: true
        :param email_subscriptions: (experimental) E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first. Not allowed together with ``topic``: subscribe to your own topic yourself. Default: - no subscriptions
        :param enable_dead_letter_queue: (experimental) Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails. Default: true
        :param enable_event_rule: (experimental) Create the EventBridge rule that reacts to root events within seconds. Default: true
        :param enable_notifier: (experimental) Send rule matches through the notifier Lambda, which publishes a readable alert. When false, the rule publishes the raw event JSON to the topic. Requires ``enableEventRule``. Default: true
        :param enable_self_monitoring: (experimental) Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic. Default: true
        :param enable_usage_alarm: (experimental) Create the CIS root-usage metric filter and alarm on a CloudTrail log group. Default: true
        :param encrypt_topic: (experimental) Encrypt the topic the monitor creates with a customer managed KMS key. The key policy lets EventBridge and CloudWatch alarms publish; the AWS managed key ``alias/aws/sns`` cannot be used for that. Not allowed together with ``topic``: see the README for what your own encrypted topic must grant. Default: true
        :param log_group: (experimental) An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to. When set, the monitor's own trail (if any) does not deliver to CloudWatch Logs unless ``trailOptions.sendToCloudWatchLogs`` says so. Default: - the log group of the trail the monitor creates
        :param notifier_options: (experimental) Options for the notifier. Only allowed when ``enableNotifier`` is true. Default: - times in UTC, the account alias as account name
        :param rule_options: (experimental) Options for the EventBridge rule. Only allowed when ``enableEventRule`` is true. Default: - matches root sign-ins and all root API calls, read-only ones included
        :param topic: (experimental) An existing topic to send alerts to. With ``enableNotifier`` false, the rule publishes to this topic itself: the topic must then be in the monitor's region, and a topic defined in another stack of the app is refused (granting the rule would make each stack depend on the other); import such a topic with ``Topic.fromTopicArn`` and let ``events.amazonaws.com`` publish in its own policy (see the README). Default: - a new topic is created
        :param topic_encryption_key: (experimental) The key for the topic the monitor creates. For a key defined in the same app, the monitor adds the statements EventBridge and CloudWatch need to its policy. Requires ``encryptTopic``. Default: - a new key with rotation enabled
        :param topic_name: (experimental) The name of the topic the monitor creates. Not allowed together with ``topic``. Default: - CloudFormation generates a name
        :param trail_options: (experimental) Options for the trail. Only allowed when ``createTrail`` is true. Default: - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it
        :param usage_alarm_options: (experimental) Options for the usage alarm. Only allowed when ``enableUsageAlarm`` is true. Default: - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds

        :stability: experimental
        '''
        if isinstance(notifier_options, dict):
            notifier_options = RootActivityNotifierOptions(**notifier_options)
        if isinstance(rule_options, dict):
            rule_options = RootActivityRuleOptions(**rule_options)
        if isinstance(trail_options, dict):
            trail_options = RootActivityTrailOptions(**trail_options)
        if isinstance(usage_alarm_options, dict):
            usage_alarm_options = RootUsageAlarmOptions(**usage_alarm_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5f6a3b4052946eacedadb46f5d2c7b3046340a22208b2874a4611898c7d4056)
            check_type(argname="argument create_trail", value=create_trail, expected_type=type_hints["create_trail"])
            check_type(argname="argument email_subscriptions", value=email_subscriptions, expected_type=type_hints["email_subscriptions"])
            check_type(argname="argument enable_dead_letter_queue", value=enable_dead_letter_queue, expected_type=type_hints["enable_dead_letter_queue"])
            check_type(argname="argument enable_event_rule", value=enable_event_rule, expected_type=type_hints["enable_event_rule"])
            check_type(argname="argument enable_notifier", value=enable_notifier, expected_type=type_hints["enable_notifier"])
            check_type(argname="argument enable_self_monitoring", value=enable_self_monitoring, expected_type=type_hints["enable_self_monitoring"])
            check_type(argname="argument enable_usage_alarm", value=enable_usage_alarm, expected_type=type_hints["enable_usage_alarm"])
            check_type(argname="argument encrypt_topic", value=encrypt_topic, expected_type=type_hints["encrypt_topic"])
            check_type(argname="argument log_group", value=log_group, expected_type=type_hints["log_group"])
            check_type(argname="argument notifier_options", value=notifier_options, expected_type=type_hints["notifier_options"])
            check_type(argname="argument rule_options", value=rule_options, expected_type=type_hints["rule_options"])
            check_type(argname="argument topic", value=topic, expected_type=type_hints["topic"])
            check_type(argname="argument topic_encryption_key", value=topic_encryption_key, expected_type=type_hints["topic_encryption_key"])
            check_type(argname="argument topic_name", value=topic_name, expected_type=type_hints["topic_name"])
            check_type(argname="argument trail_options", value=trail_options, expected_type=type_hints["trail_options"])
            check_type(argname="argument usage_alarm_options", value=usage_alarm_options, expected_type=type_hints["usage_alarm_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if create_trail is not None:
            self._values["create_trail"] = create_trail
        if email_subscriptions is not None:
            self._values["email_subscriptions"] = email_subscriptions
        if enable_dead_letter_queue is not None:
            self._values["enable_dead_letter_queue"] = enable_dead_letter_queue
        if enable_event_rule is not None:
            self._values["enable_event_rule"] = enable_event_rule
        if enable_notifier is not None:
            self._values["enable_notifier"] = enable_notifier
        if enable_self_monitoring is not None:
            self._values["enable_self_monitoring"] = enable_self_monitoring
        if enable_usage_alarm is not None:
            self._values["enable_usage_alarm"] = enable_usage_alarm
        if encrypt_topic is not None:
            self._values["encrypt_topic"] = encrypt_topic
        if log_group is not None:
            self._values["log_group"] = log_group
        if notifier_options is not None:
            self._values["notifier_options"] = notifier_options
        if rule_options is not None:
            self._values["rule_options"] = rule_options
        if topic is not None:
            self._values["topic"] = topic
        if topic_encryption_key is not None:
            self._values["topic_encryption_key"] = topic_encryption_key
        if topic_name is not None:
            self._values["topic_name"] = topic_name
        if trail_options is not None:
            self._values["trail_options"] = trail_options
        if usage_alarm_options is not None:
            self._values["usage_alarm_options"] = usage_alarm_options

    @builtins.property
    def create_trail(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Create a multi-region trail.

        Set to false when the account is already covered by a trail, such as an
        organization trail, and pass that trail's log group as ``logGroup`` to
        keep the usage alarm. Costs money beside such a trail: only the first
        copy of management events is free, and this trail would be a second
        copy, charged per event.

        :default: true

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html
        :stability: experimental
        '''
        result = self._values.get("create_trail")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def email_subscriptions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''(experimental) E-mail addresses subscribed to the topic the monitor creates. Each address receives a confirmation mail from SNS first.

        Not allowed together with ``topic``: subscribe to your own topic yourself.

        :default: - no subscriptions

        :stability: experimental
        '''
        result = self._values.get("email_subscriptions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enable_dead_letter_queue(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Catch alerts that could not be delivered in an encrypted SQS dead-letter queue: events the rule could not hand to its target, notifier invocations that failed after retries, and undeliverable e-mails.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enable_dead_letter_queue")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_event_rule(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Create the EventBridge rule that reacts to root events within seconds.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enable_event_rule")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_notifier(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Send rule matches through the notifier Lambda, which publishes a readable alert.

        When false, the rule publishes the raw event JSON to the topic.

        Requires ``enableEventRule``.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enable_notifier")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_self_monitoring(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Alarm on the monitor's own failures (messages in the dead-letter queue, notifier errors and throttles, failed rule invocations) and notify the same topic.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enable_self_monitoring")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_usage_alarm(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Create the CIS root-usage metric filter and alarm on a CloudTrail log group.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enable_usage_alarm")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def encrypt_topic(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Encrypt the topic the monitor creates with a customer managed KMS key.

        The key policy lets EventBridge and CloudWatch alarms publish; the AWS
        managed key ``alias/aws/sns`` cannot be used for that. Not allowed
        together with ``topic``: see the README for what your own encrypted topic
        must grant.

        :default: true

        :see: https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
        :stability: experimental
        '''
        result = self._values.get("encrypt_topic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def log_group(self) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"]:
        '''(experimental) An existing log group that receives CloudTrail events, for the usage alarm, e.g. the one an organization trail delivers to.

        When set, the monitor's own trail (if any) does not deliver to CloudWatch
        Logs unless ``trailOptions.sendToCloudWatchLogs`` says so.

        :default: - the log group of the trail the monitor creates

        :stability: experimental
        '''
        result = self._values.get("log_group")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"], result)

    @builtins.property
    def notifier_options(self) -> typing.Optional["RootActivityNotifierOptions"]:
        '''(experimental) Options for the notifier.

        Only allowed when ``enableNotifier`` is true.

        :default: - times in UTC, the account alias as account name

        :stability: experimental
        '''
        result = self._values.get("notifier_options")
        return typing.cast(typing.Optional["RootActivityNotifierOptions"], result)

    @builtins.property
    def rule_options(self) -> typing.Optional["RootActivityRuleOptions"]:
        '''(experimental) Options for the EventBridge rule.

        Only allowed when ``enableEventRule`` is true.

        :default: - matches root sign-ins and all root API calls, read-only ones included

        :stability: experimental
        '''
        result = self._values.get("rule_options")
        return typing.cast(typing.Optional["RootActivityRuleOptions"], result)

    @builtins.property
    def topic(self) -> typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"]:
        '''(experimental) An existing topic to send alerts to.

        With ``enableNotifier`` false, the rule publishes to this topic itself:
        the topic must then be in the monitor's region, and a topic defined in
        another stack of the app is refused (granting the rule would make each
        stack depend on the other); import such a topic with
        ``Topic.fromTopicArn`` and let ``events.amazonaws.com`` publish in its own
        policy (see the README).

        :default: - a new topic is created

        :stability: experimental
        '''
        result = self._values.get("topic")
        return typing.cast(typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"], result)

    @builtins.property
    def topic_encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''(experimental) The key for the topic the monitor creates.

        For a key defined in the same app, the monitor adds the statements
        EventBridge and CloudWatch need to its policy. Requires ``encryptTopic``.

        :default: - a new key with rotation enabled

        :stability: experimental
        '''
        result = self._values.get("topic_encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def topic_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the topic the monitor creates.

        Not allowed together with ``topic``.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("topic_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trail_options(self) -> typing.Optional["RootActivityTrailOptions"]:
        '''(experimental) Options for the trail.

        Only allowed when ``createTrail`` is true.

        :default: - a multi-region trail that delivers to CloudWatch Logs when the usage alarm needs it

        :stability: experimental
        '''
        result = self._values.get("trail_options")
        return typing.cast(typing.Optional["RootActivityTrailOptions"], result)

    @builtins.property
    def usage_alarm_options(self) -> typing.Optional["RootUsageAlarmOptions"]:
        '''(experimental) Options for the usage alarm.

        Only allowed when ``enableUsageAlarm`` is true.

        :default: - namespace CloudTrailMetrics, metric RootAccountUsageCount, Sum >= 1 over 60 seconds

        :stability: experimental
        '''
        result = self._values.get("usage_alarm_options")
        return typing.cast(typing.Optional["RootUsageAlarmOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityMonitorProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RootActivityNotifier(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="cdk-root-activity-monitor.RootActivityNotifier",
):
    '''(experimental) A Lambda function that receives root events through an SQS queue and publishes a readable alert to an SNS topic: what happened, who, from where, whether MFA was used, success or failure, in the account's alias and a chosen time zone, followed by the full event.

    Point an EventBridge rule at ``queue``. The queue feeds the function in
    batches, at most two at a time, and the function publishes at most three
    messages a batch, 2.5 s apart: a burst of root activity becomes a few
    summaries rather than a flood that would make SNS suspend an e-mail
    subscription (10 messages a second at most). Every event id appears in a
    message and in the logs.

    The handler is bundled at build time and ships in this package, so neither
    esbuild nor Docker is needed to synthesize it.

    :stability: experimental
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        topic: "_aws_cdk_aws_sns_ceddda9d.ITopic",
        failure_queue: typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"] = None,
        account_name: typing.Optional[builtins.str] = None,
        log_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        reserved_concurrency: typing.Optional[jsii.Number] = None,
        time_zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param topic: (experimental) The topic the alerts are published to.
        :param failure_queue: (experimental) Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries. Default: - failed events stay in the alert queue until its 14-day retention ends
        :param account_name: (experimental) A friendly name for the account, shown in alerts instead of its IAM account alias. Default: - the account alias from ``iam:ListAccountAliases``, else the account id
        :param log_retention: (experimental) How long the function's own logs are kept. Default: logs.RetentionDays.ONE_YEAR
        :param reserved_concurrency: (experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts. At least 2: the alert queue invokes the function up to twice at once. Reserving fails on accounts whose Lambda concurrency quota is small (new accounts may have 10), which is why it is off by default. Default: - no reserved concurrency
        :param time_zone: (experimental) The IANA time zone the alert shows the event time in, beside UTC. Default: 'UTC'

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02269c7c8d85d011d79f1750677b95e19942fc67b390e31f485477d990624410)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RootActivityNotifierProps(
            topic=topic,
            failure_queue=failure_queue,
            account_name=account_name,
            log_retention=log_retention,
            reserved_concurrency=reserved_concurrency,
            time_zone=time_zone,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="handler")
    def handler(self) -> "_aws_cdk_aws_lambda_ceddda9d.Function":
        '''(experimental) The Lambda function.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_lambda_ceddda9d.Function", jsii.get(self, "handler"))

    @builtins.property
    @jsii.member(jsii_name="logGroup")
    def log_group(self) -> "_aws_cdk_aws_logs_ceddda9d.ILogGroup":
        '''(experimental) The log group of the function.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_logs_ceddda9d.ILogGroup", jsii.get(self, "logGroup"))

    @builtins.property
    @jsii.member(jsii_name="queue")
    def queue(self) -> "_aws_cdk_aws_sqs_ceddda9d.Queue":
        '''(experimental) The queue root events are delivered to;

        the function reads it in batches.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_sqs_ceddda9d.Queue", jsii.get(self, "queue"))


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityNotifierOptions",
    jsii_struct_bases=[],
    name_mapping={
        "account_name": "accountName",
        "log_retention": "logRetention",
        "reserved_concurrency": "reservedConcurrency",
        "time_zone": "timeZone",
    },
)
class RootActivityNotifierOptions:
    def __init__(
        self,
        *,
        account_name: typing.Optional[builtins.str] = None,
        log_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        reserved_concurrency: typing.Optional[jsii.Number] = None,
        time_zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''(experimental) Options for the Lambda function that turns a root event into a readable alert.

        Used by ``RootActivityNotifier`` and as ``notifierOptions`` of ``RootActivityMonitor``.

        :param account_name: (experimental) A friendly name for the account, shown in alerts instead of its IAM account alias. Default: - the account alias from ``iam:ListAccountAliases``, else the account id
        :param log_retention: (experimental) How long the function's own logs are kept. Default: logs.RetentionDays.ONE_YEAR
        :param reserved_concurrency: (experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts. At least 2: the alert queue invokes the function up to twice at once. Reserving fails on accounts whose Lambda concurrency quota is small (new accounts may have 10), which is why it is off by default. Default: - no reserved concurrency
        :param time_zone: (experimental) The IANA time zone the alert shows the event time in, beside UTC. Default: 'UTC'

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fb9430b83ce3633d178d9913cfc4c00a454addf6802f1ca8df017a019ee2da6)
            check_type(argname="argument account_name", value=account_name, expected_type=type_hints["account_name"])
            check_type(argname="argument log_retention", value=log_retention, expected_type=type_hints["log_retention"])
            check_type(argname="argument reserved_concurrency", value=reserved_concurrency, expected_type=type_hints["reserved_concurrency"])
            check_type(argname="argument time_zone", value=time_zone, expected_type=type_hints["time_zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if account_name is not None:
            self._values["account_name"] = account_name
        if log_retention is not None:
            self._values["log_retention"] = log_retention
        if reserved_concurrency is not None:
            self._values["reserved_concurrency"] = reserved_concurrency
        if time_zone is not None:
            self._values["time_zone"] = time_zone

    @builtins.property
    def account_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) A friendly name for the account, shown in alerts instead of its IAM account alias.

        :default: - the account alias from ``iam:ListAccountAliases``, else the account id

        :stability: experimental
        '''
        result = self._values.get("account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_retention(
        self,
    ) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"]:
        '''(experimental) How long the function's own logs are kept.

        :default: logs.RetentionDays.ONE_YEAR

        :stability: experimental
        '''
        result = self._values.get("log_retention")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"], result)

    @builtins.property
    def reserved_concurrency(self) -> typing.Optional[jsii.Number]:
        '''(experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts.

        At least 2: the alert
        queue invokes the function up to twice at once.

        Reserving fails on accounts whose Lambda concurrency quota is small (new
        accounts may have 10), which is why it is off by default.

        :default: - no reserved concurrency

        :see: https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
        :stability: experimental
        '''
        result = self._values.get("reserved_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time_zone(self) -> typing.Optional[builtins.str]:
        '''(experimental) The IANA time zone the alert shows the event time in, beside UTC.

        :default: 'UTC'

        :stability: experimental

        Example::

            "Europe/Berlin"
        '''
        result = self._values.get("time_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityNotifierOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityNotifierProps",
    jsii_struct_bases=[RootActivityNotifierOptions],
    name_mapping={
        "account_name": "accountName",
        "log_retention": "logRetention",
        "reserved_concurrency": "reservedConcurrency",
        "time_zone": "timeZone",
        "topic": "topic",
        "failure_queue": "failureQueue",
    },
)
class RootActivityNotifierProps(RootActivityNotifierOptions):
    def __init__(
        self,
        *,
        account_name: typing.Optional[builtins.str] = None,
        log_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        reserved_concurrency: typing.Optional[jsii.Number] = None,
        time_zone: typing.Optional[builtins.str] = None,
        topic: "_aws_cdk_aws_sns_ceddda9d.ITopic",
        failure_queue: typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"] = None,
    ) -> None:
        '''(experimental) Properties of ``RootActivityNotifier``.

        :param account_name: (experimental) A friendly name for the account, shown in alerts instead of its IAM account alias. Default: - the account alias from ``iam:ListAccountAliases``, else the account id
        :param log_retention: (experimental) How long the function's own logs are kept. Default: logs.RetentionDays.ONE_YEAR
        :param reserved_concurrency: (experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts. At least 2: the alert queue invokes the function up to twice at once. Reserving fails on accounts whose Lambda concurrency quota is small (new accounts may have 10), which is why it is off by default. Default: - no reserved concurrency
        :param time_zone: (experimental) The IANA time zone the alert shows the event time in, beside UTC. Default: 'UTC'
        :param topic: (experimental) The topic the alerts are published to.
        :param failure_queue: (experimental) Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries. Default: - failed events stay in the alert queue until its 14-day retention ends

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ad09771abb9d1343687b371b2ae1771a67bfaa3d97143045f8324779eb3b48c)
            check_type(argname="argument account_name", value=account_name, expected_type=type_hints["account_name"])
            check_type(argname="argument log_retention", value=log_retention, expected_type=type_hints["log_retention"])
            check_type(argname="argument reserved_concurrency", value=reserved_concurrency, expected_type=type_hints["reserved_concurrency"])
            check_type(argname="argument time_zone", value=time_zone, expected_type=type_hints["time_zone"])
            check_type(argname="argument topic", value=topic, expected_type=type_hints["topic"])
            check_type(argname="argument failure_queue", value=failure_queue, expected_type=type_hints["failure_queue"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "topic": topic,
        }
        if account_name is not None:
            self._values["account_name"] = account_name
        if log_retention is not None:
            self._values["log_retention"] = log_retention
        if reserved_concurrency is not None:
            self._values["reserved_concurrency"] = reserved_concurrency
        if time_zone is not None:
            self._values["time_zone"] = time_zone
        if failure_queue is not None:
            self._values["failure_queue"] = failure_queue

    @builtins.property
    def account_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) A friendly name for the account, shown in alerts instead of its IAM account alias.

        :default: - the account alias from ``iam:ListAccountAliases``, else the account id

        :stability: experimental
        '''
        result = self._values.get("account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_retention(
        self,
    ) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"]:
        '''(experimental) How long the function's own logs are kept.

        :default: logs.RetentionDays.ONE_YEAR

        :stability: experimental
        '''
        result = self._values.get("log_retention")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"], result)

    @builtins.property
    def reserved_concurrency(self) -> typing.Optional[jsii.Number]:
        '''(experimental) Concurrency reserved for the notifier, so that other functions using up the account's concurrency cannot delay root alerts.

        At least 2: the alert
        queue invokes the function up to twice at once.

        Reserving fails on accounts whose Lambda concurrency quota is small (new
        accounts may have 10), which is why it is off by default.

        :default: - no reserved concurrency

        :see: https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
        :stability: experimental
        '''
        result = self._values.get("reserved_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time_zone(self) -> typing.Optional[builtins.str]:
        '''(experimental) The IANA time zone the alert shows the event time in, beside UTC.

        :default: 'UTC'

        :stability: experimental

        Example::

            "Europe/Berlin"
        '''
        result = self._values.get("time_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def topic(self) -> "_aws_cdk_aws_sns_ceddda9d.ITopic":
        '''(experimental) The topic the alerts are published to.

        :stability: experimental
        '''
        result = self._values.get("topic")
        assert result is not None, "Required property 'topic' is missing"
        return typing.cast("_aws_cdk_aws_sns_ceddda9d.ITopic", result)

    @builtins.property
    def failure_queue(self) -> typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"]:
        '''(experimental) Where events go whose alert could not be published: the alert queue's dead-letter queue, after SQS has handed each event to the notifier 30 times (about an hour and a half), and the failure destination of direct invocations after Lambda's two retries.

        :default: - failed events stay in the alert queue until its 14-day retention ends

        :see: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
        :stability: experimental
        '''
        result = self._values.get("failure_queue")
        return typing.cast(typing.Optional["_aws_cdk_aws_sqs_ceddda9d.IQueue"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityNotifierProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RootActivityRule(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="cdk-root-activity-monitor.RootActivityRule",
):
    '''(experimental) An EventBridge rule on the default event bus that matches root console sign-ins and root API calls, ignoring calls that a service makes on the root's behalf and AWS service events.

    A root call recorded with ``invokedBy``
    ``signin.amazonaws.com`` is the root user working in the console, and is
    matched (the CIS filter of ``RootUsageAlarm`` does not count it).

    EventBridge delivers an event in the region where CloudTrail records it:
    root console sign-ins and calls to global services such as IAM arrive in
    us-east-1, other API calls in the region they were made in. Deploy the rule
    in every region you use (see the README).

    :see: https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
    :stability: experimental
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        targets: typing.Optional[typing.Sequence["_aws_cdk_aws_events_ceddda9d.IRuleTarget"]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        include_read_only_api_calls: typing.Optional[builtins.bool] = None,
        rule_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param targets: (experimental) Targets that receive every matched root event. More can be added later with ``addTarget()``. Default: - no targets
        :param enabled: (experimental) Whether the rule is enabled. Default: true
        :param include_read_only_api_calls: (experimental) Also match read-only root API calls (``Get*``, ``List*``, ``Describe*``, ...). A rule in the plain ``ENABLED`` state does not receive read-only management events from CloudTrail; with this set the rule is created in the ``ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`` state, which does. Root reading data is root use, so this is on by default. Default: true
        :param rule_name: (experimental) The name of the rule. Default: - CloudFormation generates a name

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e26cf8cb3f53a5a6c1ae71f18df111b6cdfc8b67a20fabe8d17e89c5a5fe1c7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RootActivityRuleProps(
            targets=targets,
            enabled=enabled,
            include_read_only_api_calls=include_read_only_api_calls,
            rule_name=rule_name,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="addTarget")
    def add_target(
        self,
        target: "_aws_cdk_aws_events_ceddda9d.IRuleTarget",
    ) -> "RootActivityRule":
        '''(experimental) Adds a target that receives every matched root event.

        :param target: -

        :return: this rule, to chain calls

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b14527faf6cc491cf5d3a1ac02bdf662a61915aaf4942e01a0584cb57aa391ef)
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        return typing.cast("RootActivityRule", jsii.invoke(self, "addTarget", [target]))

    @builtins.property
    @jsii.member(jsii_name="rule")
    def rule(self) -> "_aws_cdk_aws_events_ceddda9d.Rule":
        '''(experimental) The rule.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_events_ceddda9d.Rule", jsii.get(self, "rule"))


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityRuleOptions",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "include_read_only_api_calls": "includeReadOnlyApiCalls",
        "rule_name": "ruleName",
    },
)
class RootActivityRuleOptions:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        include_read_only_api_calls: typing.Optional[builtins.bool] = None,
        rule_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''(experimental) Options for the EventBridge rule that matches root activity.

        Used on its own by ``RootActivityRule`` and as ``ruleOptions`` of
        ``RootActivityMonitor``.

        :param enabled: (experimental) Whether the rule is enabled. Default: true
        :param include_read_only_api_calls: (experimental) Also match read-only root API calls (``Get*``, ``List*``, ``Describe*``, ...). A rule in the plain ``ENABLED`` state does not receive read-only management events from CloudTrail; with this set the rule is created in the ``ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`` state, which does. Root reading data is root use, so this is on by default. Default: true
        :param rule_name: (experimental) The name of the rule. Default: - CloudFormation generates a name

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__678e7b064e6452a695aed20f53c7c32429cb12114b18419407f3b0ee65d2f97f)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument include_read_only_api_calls", value=include_read_only_api_calls, expected_type=type_hints["include_read_only_api_calls"])
            check_type(argname="argument rule_name", value=rule_name, expected_type=type_hints["rule_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if include_read_only_api_calls is not None:
            self._values["include_read_only_api_calls"] = include_read_only_api_calls
        if rule_name is not None:
            self._values["rule_name"] = rule_name

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Whether the rule is enabled.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def include_read_only_api_calls(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Also match read-only root API calls (``Get*``, ``List*``, ``Describe*``, ...).

        A rule in the plain ``ENABLED`` state does not receive read-only management
        events from CloudTrail; with this set the rule is created in the
        ``ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`` state, which does. Root
        reading data is root use, so this is on by default.

        :default: true

        :see: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail
        :stability: experimental
        '''
        result = self._values.get("include_read_only_api_calls")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rule_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the rule.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("rule_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityRuleOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityRuleProps",
    jsii_struct_bases=[RootActivityRuleOptions],
    name_mapping={
        "enabled": "enabled",
        "include_read_only_api_calls": "includeReadOnlyApiCalls",
        "rule_name": "ruleName",
        "targets": "targets",
    },
)
class RootActivityRuleProps(RootActivityRuleOptions):
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        include_read_only_api_calls: typing.Optional[builtins.bool] = None,
        rule_name: typing.Optional[builtins.str] = None,
        targets: typing.Optional[typing.Sequence["_aws_cdk_aws_events_ceddda9d.IRuleTarget"]] = None,
    ) -> None:
        '''(experimental) Properties of ``RootActivityRule``.

        :param enabled: (experimental) Whether the rule is enabled. Default: true
        :param include_read_only_api_calls: (experimental) Also match read-only root API calls (``Get*``, ``List*``, ``Describe*``, ...). A rule in the plain ``ENABLED`` state does not receive read-only management events from CloudTrail; with this set the rule is created in the ``ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`` state, which does. Root reading data is root use, so this is on by default. Default: true
        :param rule_name: (experimental) The name of the rule. Default: - CloudFormation generates a name
        :param targets: (experimental) Targets that receive every matched root event. More can be added later with ``addTarget()``. Default: - no targets

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aad14ad963d0fb64644c9021f486ec8519b198cf031e36927a88c9a2a218d527)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument include_read_only_api_calls", value=include_read_only_api_calls, expected_type=type_hints["include_read_only_api_calls"])
            check_type(argname="argument rule_name", value=rule_name, expected_type=type_hints["rule_name"])
            check_type(argname="argument targets", value=targets, expected_type=type_hints["targets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if include_read_only_api_calls is not None:
            self._values["include_read_only_api_calls"] = include_read_only_api_calls
        if rule_name is not None:
            self._values["rule_name"] = rule_name
        if targets is not None:
            self._values["targets"] = targets

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Whether the rule is enabled.

        :default: true

        :stability: experimental
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def include_read_only_api_calls(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Also match read-only root API calls (``Get*``, ``List*``, ``Describe*``, ...).

        A rule in the plain ``ENABLED`` state does not receive read-only management
        events from CloudTrail; with this set the rule is created in the
        ``ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`` state, which does. Root
        reading data is root use, so this is on by default.

        :default: true

        :see: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail
        :stability: experimental
        '''
        result = self._values.get("include_read_only_api_calls")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rule_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the rule.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("rule_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def targets(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_events_ceddda9d.IRuleTarget"]]:
        '''(experimental) Targets that receive every matched root event.

        More can be added later with ``addTarget()``.

        :default: - no targets

        :stability: experimental
        '''
        result = self._values.get("targets")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_events_ceddda9d.IRuleTarget"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityRuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RootActivityTrail(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="cdk-root-activity-monitor.RootActivityTrail",
):
    '''(experimental) A multi-region CloudTrail trail for management events (read and write), with log file validation and a hardened S3 bucket, optionally delivering to CloudWatch Logs.

    EventBridge receives CloudTrail management events only while the account
    has at least one trail, so an account without one needs this trail for
    ``RootActivityRule`` to see anything. It also keeps the durable, validated
    record an investigation needs, and feeds the metric-filter alarm through
    CloudWatch Logs.

    :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html
    :stability: experimental
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        bucket: typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"] = None,
        bucket_retention: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        cloud_watch_logs_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
        trail_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param bucket: (experimental) An existing bucket for the trail's log files. When set, no bucket is created and hardening the bucket is up to you. An imported bucket's policy must already let CloudTrail call ``s3:GetBucketAcl`` and ``s3:PutObject``, or creating the trail fails; AWS recommends an ``aws:SourceArn`` condition naming the trail on both. A bucket defined in the same app gets aws-cdk-lib's statements, which carry no such condition. Default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only
        :param bucket_retention: (experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted. Ignored when ``bucket`` is passed. Default: - kept until you delete them
        :param cloud_watch_logs_retention: (experimental) How long CloudWatch Logs keeps the trail's events. Ignored unless ``sendToCloudWatchLogs`` is true. Default: logs.RetentionDays.ONE_YEAR
        :param encryption_key: (experimental) A customer managed KMS key for the log files, the bucket and the log group. For a key defined in the same app, the statements CloudTrail and CloudWatch Logs need are added to its key policy; an imported key's policy must already allow them (see the README). Default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group
        :param removal_policy: (experimental) What happens to the bucket and log group when they leave the stack. Audit logs usually outlive the stack that made them. Default: RemovalPolicy.RETAIN
        :param send_to_cloud_watch_logs: (experimental) Also deliver the trail's events to a CloudWatch Logs log group. The metric-filter alarm needs this. Disabled for cost when the trail is used on its own: CloudWatch Logs charges for ingestion and storage. Default: false
        :param trail_name: (experimental) The name of the trail. With a name, the bucket the trail creates lets CloudTrail write on behalf of this one trail (its ARN in ``aws:SourceArn``); without one, on behalf of any trail of this account whose home region is the stack's. Default: - CloudFormation generates a name

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__590b1ae66040a7eae669f53d2c3b23ad77f37b9a666acf131e6602f8a60696ec)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RootActivityTrailProps(
            bucket=bucket,
            bucket_retention=bucket_retention,
            cloud_watch_logs_retention=cloud_watch_logs_retention,
            encryption_key=encryption_key,
            removal_policy=removal_policy,
            send_to_cloud_watch_logs=send_to_cloud_watch_logs,
            trail_name=trail_name,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="bucket")
    def bucket(self) -> "_aws_cdk_aws_s3_ceddda9d.IBucket":
        '''(experimental) The bucket the trail writes its log files to.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_s3_ceddda9d.IBucket", jsii.get(self, "bucket"))

    @builtins.property
    @jsii.member(jsii_name="trail")
    def trail(self) -> "_aws_cdk_aws_cloudtrail_ceddda9d.Trail":
        '''(experimental) The trail.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_cloudtrail_ceddda9d.Trail", jsii.get(self, "trail"))

    @builtins.property
    @jsii.member(jsii_name="accessLogsBucket")
    def access_logs_bucket(self) -> typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"]:
        '''(experimental) The bucket that receives the trail bucket's server access logs;

        ``undefined`` when ``bucket`` was passed.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"], jsii.get(self, "accessLogsBucket"))

    @builtins.property
    @jsii.member(jsii_name="logGroup")
    def log_group(self) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"]:
        '''(experimental) The log group the trail delivers to;

        ``undefined`` when ``sendToCloudWatchLogs`` is false.

        :stability: experimental
        '''
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"], jsii.get(self, "logGroup"))


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityTrailOptions",
    jsii_struct_bases=[],
    name_mapping={
        "bucket": "bucket",
        "bucket_retention": "bucketRetention",
        "cloud_watch_logs_retention": "cloudWatchLogsRetention",
        "encryption_key": "encryptionKey",
        "removal_policy": "removalPolicy",
        "send_to_cloud_watch_logs": "sendToCloudWatchLogs",
        "trail_name": "trailName",
    },
)
class RootActivityTrailOptions:
    def __init__(
        self,
        *,
        bucket: typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"] = None,
        bucket_retention: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        cloud_watch_logs_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
        trail_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''(experimental) Options for the trail that records root activity.

        Used on its own by ``RootActivityTrail`` and as ``trailOptions`` of
        ``RootActivityMonitor``.

        :param bucket: (experimental) An existing bucket for the trail's log files. When set, no bucket is created and hardening the bucket is up to you. An imported bucket's policy must already let CloudTrail call ``s3:GetBucketAcl`` and ``s3:PutObject``, or creating the trail fails; AWS recommends an ``aws:SourceArn`` condition naming the trail on both. A bucket defined in the same app gets aws-cdk-lib's statements, which carry no such condition. Default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only
        :param bucket_retention: (experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted. Ignored when ``bucket`` is passed. Default: - kept until you delete them
        :param cloud_watch_logs_retention: (experimental) How long CloudWatch Logs keeps the trail's events. Ignored unless ``sendToCloudWatchLogs`` is true. Default: logs.RetentionDays.ONE_YEAR
        :param encryption_key: (experimental) A customer managed KMS key for the log files, the bucket and the log group. For a key defined in the same app, the statements CloudTrail and CloudWatch Logs need are added to its key policy; an imported key's policy must already allow them (see the README). Default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group
        :param removal_policy: (experimental) What happens to the bucket and log group when they leave the stack. Audit logs usually outlive the stack that made them. Default: RemovalPolicy.RETAIN
        :param send_to_cloud_watch_logs: (experimental) Also deliver the trail's events to a CloudWatch Logs log group. The metric-filter alarm needs this. Disabled for cost when the trail is used on its own: CloudWatch Logs charges for ingestion and storage. Default: false
        :param trail_name: (experimental) The name of the trail. With a name, the bucket the trail creates lets CloudTrail write on behalf of this one trail (its ARN in ``aws:SourceArn``); without one, on behalf of any trail of this account whose home region is the stack's. Default: - CloudFormation generates a name

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f98edbfbc1521ec58383666f827e5cbe66c57eee68a158384285ed44c0bc560d)
            check_type(argname="argument bucket", value=bucket, expected_type=type_hints["bucket"])
            check_type(argname="argument bucket_retention", value=bucket_retention, expected_type=type_hints["bucket_retention"])
            check_type(argname="argument cloud_watch_logs_retention", value=cloud_watch_logs_retention, expected_type=type_hints["cloud_watch_logs_retention"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument send_to_cloud_watch_logs", value=send_to_cloud_watch_logs, expected_type=type_hints["send_to_cloud_watch_logs"])
            check_type(argname="argument trail_name", value=trail_name, expected_type=type_hints["trail_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bucket is not None:
            self._values["bucket"] = bucket
        if bucket_retention is not None:
            self._values["bucket_retention"] = bucket_retention
        if cloud_watch_logs_retention is not None:
            self._values["cloud_watch_logs_retention"] = cloud_watch_logs_retention
        if encryption_key is not None:
            self._values["encryption_key"] = encryption_key
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if send_to_cloud_watch_logs is not None:
            self._values["send_to_cloud_watch_logs"] = send_to_cloud_watch_logs
        if trail_name is not None:
            self._values["trail_name"] = trail_name

    @builtins.property
    def bucket(self) -> typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"]:
        '''(experimental) An existing bucket for the trail's log files.

        When set, no bucket is created and hardening the bucket is up to you. An
        imported bucket's policy must already let CloudTrail call
        ``s3:GetBucketAcl`` and ``s3:PutObject``, or creating the trail fails; AWS
        recommends an ``aws:SourceArn`` condition naming the trail on both. A
        bucket defined in the same app gets aws-cdk-lib's statements, which
        carry no such condition.

        :default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
        :stability: experimental
        '''
        result = self._values.get("bucket")
        return typing.cast(typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"], result)

    @builtins.property
    def bucket_retention(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''(experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted.

        Ignored when ``bucket`` is passed.

        :default: - kept until you delete them

        :stability: experimental
        '''
        result = self._values.get("bucket_retention")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def cloud_watch_logs_retention(
        self,
    ) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"]:
        '''(experimental) How long CloudWatch Logs keeps the trail's events.

        Ignored unless ``sendToCloudWatchLogs`` is true.

        :default: logs.RetentionDays.ONE_YEAR

        :stability: experimental
        '''
        result = self._values.get("cloud_watch_logs_retention")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"], result)

    @builtins.property
    def encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''(experimental) A customer managed KMS key for the log files, the bucket and the log group.

        For a key defined in the same app, the statements CloudTrail and
        CloudWatch Logs need are added to its key policy; an imported key's
        policy must already allow them (see the README).

        :default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
        :stability: experimental
        '''
        result = self._values.get("encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''(experimental) What happens to the bucket and log group when they leave the stack.

        Audit logs usually outlive the stack that made them.

        :default: RemovalPolicy.RETAIN

        :stability: experimental
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    @builtins.property
    def send_to_cloud_watch_logs(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Also deliver the trail's events to a CloudWatch Logs log group.

        The metric-filter alarm needs this. Disabled for cost when the trail is
        used on its own: CloudWatch Logs charges for ingestion and storage.

        :default: false

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
        :stability: experimental
        '''
        result = self._values.get("send_to_cloud_watch_logs")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def trail_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the trail.

        With a name, the bucket the trail creates lets CloudTrail write on behalf
        of this one trail (its ARN in ``aws:SourceArn``); without one, on behalf of
        any trail of this account whose home region is the stack's.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("trail_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityTrailOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootActivityTrailProps",
    jsii_struct_bases=[RootActivityTrailOptions],
    name_mapping={
        "bucket": "bucket",
        "bucket_retention": "bucketRetention",
        "cloud_watch_logs_retention": "cloudWatchLogsRetention",
        "encryption_key": "encryptionKey",
        "removal_policy": "removalPolicy",
        "send_to_cloud_watch_logs": "sendToCloudWatchLogs",
        "trail_name": "trailName",
    },
)
class RootActivityTrailProps(RootActivityTrailOptions):
    def __init__(
        self,
        *,
        bucket: typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"] = None,
        bucket_retention: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        cloud_watch_logs_retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
        trail_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''(experimental) Properties of ``RootActivityTrail``.

        :param bucket: (experimental) An existing bucket for the trail's log files. When set, no bucket is created and hardening the bucket is up to you. An imported bucket's policy must already let CloudTrail call ``s3:GetBucketAcl`` and ``s3:PutObject``, or creating the trail fails; AWS recommends an ``aws:SourceArn`` condition naming the trail on both. A bucket defined in the same app gets aws-cdk-lib's statements, which carry no such condition. Default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only
        :param bucket_retention: (experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted. Ignored when ``bucket`` is passed. Default: - kept until you delete them
        :param cloud_watch_logs_retention: (experimental) How long CloudWatch Logs keeps the trail's events. Ignored unless ``sendToCloudWatchLogs`` is true. Default: logs.RetentionDays.ONE_YEAR
        :param encryption_key: (experimental) A customer managed KMS key for the log files, the bucket and the log group. For a key defined in the same app, the statements CloudTrail and CloudWatch Logs need are added to its key policy; an imported key's policy must already allow them (see the README). Default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group
        :param removal_policy: (experimental) What happens to the bucket and log group when they leave the stack. Audit logs usually outlive the stack that made them. Default: RemovalPolicy.RETAIN
        :param send_to_cloud_watch_logs: (experimental) Also deliver the trail's events to a CloudWatch Logs log group. The metric-filter alarm needs this. Disabled for cost when the trail is used on its own: CloudWatch Logs charges for ingestion and storage. Default: false
        :param trail_name: (experimental) The name of the trail. With a name, the bucket the trail creates lets CloudTrail write on behalf of this one trail (its ARN in ``aws:SourceArn``); without one, on behalf of any trail of this account whose home region is the stack's. Default: - CloudFormation generates a name

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7901799a696e88fed7ec411c10cf16f3286f7c7ee6e6cecec2688f49fb1d5f58)
            check_type(argname="argument bucket", value=bucket, expected_type=type_hints["bucket"])
            check_type(argname="argument bucket_retention", value=bucket_retention, expected_type=type_hints["bucket_retention"])
            check_type(argname="argument cloud_watch_logs_retention", value=cloud_watch_logs_retention, expected_type=type_hints["cloud_watch_logs_retention"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument send_to_cloud_watch_logs", value=send_to_cloud_watch_logs, expected_type=type_hints["send_to_cloud_watch_logs"])
            check_type(argname="argument trail_name", value=trail_name, expected_type=type_hints["trail_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bucket is not None:
            self._values["bucket"] = bucket
        if bucket_retention is not None:
            self._values["bucket_retention"] = bucket_retention
        if cloud_watch_logs_retention is not None:
            self._values["cloud_watch_logs_retention"] = cloud_watch_logs_retention
        if encryption_key is not None:
            self._values["encryption_key"] = encryption_key
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if send_to_cloud_watch_logs is not None:
            self._values["send_to_cloud_watch_logs"] = send_to_cloud_watch_logs
        if trail_name is not None:
            self._values["trail_name"] = trail_name

    @builtins.property
    def bucket(self) -> typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"]:
        '''(experimental) An existing bucket for the trail's log files.

        When set, no bucket is created and hardening the bucket is up to you. An
        imported bucket's policy must already let CloudTrail call
        ``s3:GetBucketAcl`` and ``s3:PutObject``, or creating the trail fails; AWS
        recommends an ``aws:SourceArn`` condition naming the trail on both. A
        bucket defined in the same app gets aws-cdk-lib's statements, which
        carry no such condition.

        :default: - a new encrypted, versioned, TLS-only bucket with public access blocked, that lets CloudTrail write for this account's trails only

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
        :stability: experimental
        '''
        result = self._values.get("bucket")
        return typing.cast(typing.Optional["_aws_cdk_aws_s3_ceddda9d.IBucket"], result)

    @builtins.property
    def bucket_retention(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''(experimental) How long log files are kept in the bucket the trail creates; older files and non-current versions are deleted.

        Ignored when ``bucket`` is passed.

        :default: - kept until you delete them

        :stability: experimental
        '''
        result = self._values.get("bucket_retention")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def cloud_watch_logs_retention(
        self,
    ) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"]:
        '''(experimental) How long CloudWatch Logs keeps the trail's events.

        Ignored unless ``sendToCloudWatchLogs`` is true.

        :default: logs.RetentionDays.ONE_YEAR

        :stability: experimental
        '''
        result = self._values.get("cloud_watch_logs_retention")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"], result)

    @builtins.property
    def encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''(experimental) A customer managed KMS key for the log files, the bucket and the log group.

        For a key defined in the same app, the statements CloudTrail and
        CloudWatch Logs need are added to its key policy; an imported key's
        policy must already allow them (see the README).

        :default: - SSE-S3 for the bucket, CloudWatch Logs' own encryption for the log group

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
        :stability: experimental
        '''
        result = self._values.get("encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''(experimental) What happens to the bucket and log group when they leave the stack.

        Audit logs usually outlive the stack that made them.

        :default: RemovalPolicy.RETAIN

        :stability: experimental
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    @builtins.property
    def send_to_cloud_watch_logs(self) -> typing.Optional[builtins.bool]:
        '''(experimental) Also deliver the trail's events to a CloudWatch Logs log group.

        The metric-filter alarm needs this. Disabled for cost when the trail is
        used on its own: CloudWatch Logs charges for ingestion and storage.

        :default: false

        :see: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
        :stability: experimental
        '''
        result = self._values.get("send_to_cloud_watch_logs")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def trail_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the trail.

        With a name, the bucket the trail creates lets CloudTrail write on behalf
        of this one trail (its ARN in ``aws:SourceArn``); without one, on behalf of
        any trail of this account whose home region is the stack's.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("trail_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootActivityTrailProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RootUsageAlarm(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="cdk-root-activity-monitor.RootUsageAlarm",
):
    '''(experimental) The CIS root-usage metric filter on a CloudTrail log group, and an alarm that fires on any root use.

    This is the second line of defence beside the EventBridge rule: it works
    from the trail's delivered logs, so it also catches activity in regions
    where no rule is deployed, a few minutes later. The alarm fires when any
    period in the last 15 minutes reaches the threshold, so a data point
    delivered late still counts.

    It notifies once per episode of root use, not once per event. Alarm
    actions run only when the alarm changes state
    (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html),
    so the topic gets one message when root use first shows up (OK to ALARM)
    and nothing more while root use goes on: any root use within 15 minutes
    of the last keeps the alarm in ALARM. It sends no all-clear (there is no
    OK action; add one to ``alarm`` if you want it). Root use after the alarm
    has gone back to OK, that is after 15 minutes without any, starts a new
    episode and a new message. The EventBridge rule's notifier alerts on
    every event.

    :see: https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1
    :stability: experimental
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        log_group: "_aws_cdk_aws_logs_ceddda9d.ILogGroup",
        topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
        alarm_name: typing.Optional[builtins.str] = None,
        metric_name: typing.Optional[builtins.str] = None,
        metric_namespace: typing.Optional[builtins.str] = None,
        period: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        threshold: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param log_group: (experimental) The log group that receives CloudTrail events, e.g. the one your organization trail delivers to.
        :param topic: (experimental) The topic notified when the alarm fires. More actions can be added to ``alarm``. Default: - no alarm action
        :param alarm_name: (experimental) The name of the alarm. Default: - CloudFormation generates a name
        :param metric_name: (experimental) The name of the metric the filter publishes. Default: 'RootAccountUsageCount'
        :param metric_namespace: (experimental) The namespace of the metric the filter publishes. Default: 'CloudTrailMetrics'
        :param period: (experimental) The period over which root events are summed. Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric filter publishes standard-resolution data points, so periods under a minute only make the alarm cost more. Default: Duration.seconds(60)
        :param threshold: (experimental) How many root events within one period raise the alarm. Default: 1

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__010ee225503e216178872f2b84573b3bb06740ea5a2c674d572e3a0a39ce23bb)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RootUsageAlarmProps(
            log_group=log_group,
            topic=topic,
            alarm_name=alarm_name,
            metric_name=metric_name,
            metric_namespace=metric_namespace,
            period=period,
            threshold=threshold,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="alarm")
    def alarm(self) -> "_aws_cdk_aws_cloudwatch_ceddda9d.Alarm":
        '''(experimental) The alarm.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_cloudwatch_ceddda9d.Alarm", jsii.get(self, "alarm"))

    @builtins.property
    @jsii.member(jsii_name="metric")
    def metric(self) -> "_aws_cdk_aws_cloudwatch_ceddda9d.Metric":
        '''(experimental) The metric the filter publishes, summed over ``period``.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_cloudwatch_ceddda9d.Metric", jsii.get(self, "metric"))

    @builtins.property
    @jsii.member(jsii_name="metricFilter")
    def metric_filter(self) -> "_aws_cdk_aws_logs_ceddda9d.MetricFilter":
        '''(experimental) The metric filter.

        :stability: experimental
        '''
        return typing.cast("_aws_cdk_aws_logs_ceddda9d.MetricFilter", jsii.get(self, "metricFilter"))


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootUsageAlarmOptions",
    jsii_struct_bases=[],
    name_mapping={
        "alarm_name": "alarmName",
        "metric_name": "metricName",
        "metric_namespace": "metricNamespace",
        "period": "period",
        "threshold": "threshold",
    },
)
class RootUsageAlarmOptions:
    def __init__(
        self,
        *,
        alarm_name: typing.Optional[builtins.str] = None,
        metric_name: typing.Optional[builtins.str] = None,
        metric_namespace: typing.Optional[builtins.str] = None,
        period: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        threshold: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''(experimental) Options for the CIS root-usage metric filter and its alarm.

        Used by ``RootUsageAlarm`` and as ``usageAlarmOptions`` of ``RootActivityMonitor``.

        :param alarm_name: (experimental) The name of the alarm. Default: - CloudFormation generates a name
        :param metric_name: (experimental) The name of the metric the filter publishes. Default: 'RootAccountUsageCount'
        :param metric_namespace: (experimental) The namespace of the metric the filter publishes. Default: 'CloudTrailMetrics'
        :param period: (experimental) The period over which root events are summed. Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric filter publishes standard-resolution data points, so periods under a minute only make the alarm cost more. Default: Duration.seconds(60)
        :param threshold: (experimental) How many root events within one period raise the alarm. Default: 1

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb7d201c9e202061b80978bc6167a4e7fe6307952cc819db4955fd652fb8645a)
            check_type(argname="argument alarm_name", value=alarm_name, expected_type=type_hints["alarm_name"])
            check_type(argname="argument metric_name", value=metric_name, expected_type=type_hints["metric_name"])
            check_type(argname="argument metric_namespace", value=metric_namespace, expected_type=type_hints["metric_namespace"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alarm_name is not None:
            self._values["alarm_name"] = alarm_name
        if metric_name is not None:
            self._values["metric_name"] = metric_name
        if metric_namespace is not None:
            self._values["metric_namespace"] = metric_namespace
        if period is not None:
            self._values["period"] = period
        if threshold is not None:
            self._values["threshold"] = threshold

    @builtins.property
    def alarm_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the alarm.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("alarm_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the metric the filter publishes.

        :default: 'RootAccountUsageCount'

        :stability: experimental
        '''
        result = self._values.get("metric_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_namespace(self) -> typing.Optional[builtins.str]:
        '''(experimental) The namespace of the metric the filter publishes.

        :default: 'CloudTrailMetrics'

        :stability: experimental
        '''
        result = self._values.get("metric_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def period(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''(experimental) The period over which root events are summed.

        Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric
        filter publishes standard-resolution data points, so periods under a
        minute only make the alarm cost more.

        :default: Duration.seconds(60)

        :see: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
        :stability: experimental
        '''
        result = self._values.get("period")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def threshold(self) -> typing.Optional[jsii.Number]:
        '''(experimental) How many root events within one period raise the alarm.

        :default: 1

        :stability: experimental
        '''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootUsageAlarmOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cdk-root-activity-monitor.RootUsageAlarmProps",
    jsii_struct_bases=[RootUsageAlarmOptions],
    name_mapping={
        "alarm_name": "alarmName",
        "metric_name": "metricName",
        "metric_namespace": "metricNamespace",
        "period": "period",
        "threshold": "threshold",
        "log_group": "logGroup",
        "topic": "topic",
    },
)
class RootUsageAlarmProps(RootUsageAlarmOptions):
    def __init__(
        self,
        *,
        alarm_name: typing.Optional[builtins.str] = None,
        metric_name: typing.Optional[builtins.str] = None,
        metric_namespace: typing.Optional[builtins.str] = None,
        period: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        threshold: typing.Optional[jsii.Number] = None,
        log_group: "_aws_cdk_aws_logs_ceddda9d.ILogGroup",
        topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
    ) -> None:
        '''(experimental) Properties of ``RootUsageAlarm``.

        :param alarm_name: (experimental) The name of the alarm. Default: - CloudFormation generates a name
        :param metric_name: (experimental) The name of the metric the filter publishes. Default: 'RootAccountUsageCount'
        :param metric_namespace: (experimental) The namespace of the metric the filter publishes. Default: 'CloudTrailMetrics'
        :param period: (experimental) The period over which root events are summed. Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric filter publishes standard-resolution data points, so periods under a minute only make the alarm cost more. Default: Duration.seconds(60)
        :param threshold: (experimental) How many root events within one period raise the alarm. Default: 1
        :param log_group: (experimental) The log group that receives CloudTrail events, e.g. the one your organization trail delivers to.
        :param topic: (experimental) The topic notified when the alarm fires. More actions can be added to ``alarm``. Default: - no alarm action

        :stability: experimental
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de7740b37a38b1cea55c4fc73c59341ccddb1119fe635391f69dee8716b8fe46)
            check_type(argname="argument alarm_name", value=alarm_name, expected_type=type_hints["alarm_name"])
            check_type(argname="argument metric_name", value=metric_name, expected_type=type_hints["metric_name"])
            check_type(argname="argument metric_namespace", value=metric_namespace, expected_type=type_hints["metric_namespace"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument log_group", value=log_group, expected_type=type_hints["log_group"])
            check_type(argname="argument topic", value=topic, expected_type=type_hints["topic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "log_group": log_group,
        }
        if alarm_name is not None:
            self._values["alarm_name"] = alarm_name
        if metric_name is not None:
            self._values["metric_name"] = metric_name
        if metric_namespace is not None:
            self._values["metric_namespace"] = metric_namespace
        if period is not None:
            self._values["period"] = period
        if threshold is not None:
            self._values["threshold"] = threshold
        if topic is not None:
            self._values["topic"] = topic

    @builtins.property
    def alarm_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the alarm.

        :default: - CloudFormation generates a name

        :stability: experimental
        '''
        result = self._values.get("alarm_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_name(self) -> typing.Optional[builtins.str]:
        '''(experimental) The name of the metric the filter publishes.

        :default: 'RootAccountUsageCount'

        :stability: experimental
        '''
        result = self._values.get("metric_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_namespace(self) -> typing.Optional[builtins.str]:
        '''(experimental) The namespace of the metric the filter publishes.

        :default: 'CloudTrailMetrics'

        :stability: experimental
        '''
        result = self._values.get("metric_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def period(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''(experimental) The period over which root events are summed.

        Must be 10 seconds, 30 seconds or a multiple of 60 seconds. The metric
        filter publishes standard-resolution data points, so periods under a
        minute only make the alarm cost more.

        :default: Duration.seconds(60)

        :see: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
        :stability: experimental
        '''
        result = self._values.get("period")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def threshold(self) -> typing.Optional[jsii.Number]:
        '''(experimental) How many root events within one period raise the alarm.

        :default: 1

        :stability: experimental
        '''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def log_group(self) -> "_aws_cdk_aws_logs_ceddda9d.ILogGroup":
        '''(experimental) The log group that receives CloudTrail events, e.g. the one your organization trail delivers to.

        :stability: experimental
        '''
        result = self._values.get("log_group")
        assert result is not None, "Required property 'log_group' is missing"
        return typing.cast("_aws_cdk_aws_logs_ceddda9d.ILogGroup", result)

    @builtins.property
    def topic(self) -> typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"]:
        '''(experimental) The topic notified when the alarm fires.

        More actions can be added to ``alarm``.

        :default: - no alarm action

        :stability: experimental
        '''
        result = self._values.get("topic")
        return typing.cast(typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RootUsageAlarmProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "RootActivityMonitor",
    "RootActivityMonitorProps",
    "RootActivityNotifier",
    "RootActivityNotifierOptions",
    "RootActivityNotifierProps",
    "RootActivityRule",
    "RootActivityRuleOptions",
    "RootActivityRuleProps",
    "RootActivityTrail",
    "RootActivityTrailOptions",
    "RootActivityTrailProps",
    "RootUsageAlarm",
    "RootUsageAlarmOptions",
    "RootUsageAlarmProps",
]

publication.publish()

def _typecheckingstub__177bffa899c0c4bd1fbfd2a262ef42406821d04203ea1600c01a2f99f635e690(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    create_trail: typing.Optional[builtins.bool] = None,
    email_subscriptions: typing.Optional[typing.Sequence[builtins.str]] = None,
    enable_dead_letter_queue: typing.Optional[builtins.bool] = None,
    enable_event_rule: typing.Optional[builtins.bool] = None,
    enable_notifier: typing.Optional[builtins.bool] = None,
    enable_self_monitoring: typing.Optional[builtins.bool] = None,
    enable_usage_alarm: typing.Optional[builtins.bool] = None,
    encrypt_topic: typing.Optional[builtins.bool] = None,
    log_group: typing.Optional[_aws_cdk_aws_logs_ceddda9d.ILogGroup] = None,
    notifier_options: typing.Optional[typing.Union[RootActivityNotifierOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    rule_options: typing.Optional[typing.Union[RootActivityRuleOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
    topic_encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    topic_name: typing.Optional[builtins.str] = None,
    trail_options: typing.Optional[typing.Union[RootActivityTrailOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    usage_alarm_options: typing.Optional[typing.Union[RootUsageAlarmOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5f6a3b4052946eacedadb46f5d2c7b3046340a22208b2874a4611898c7d4056(
    *,
    create_trail: typing.Optional[builtins.bool] = None,
    email_subscriptions: typing.Optional[typing.Sequence[builtins.str]] = None,
    enable_dead_letter_queue: typing.Optional[builtins.bool] = None,
    enable_event_rule: typing.Optional[builtins.bool] = None,
    enable_notifier: typing.Optional[builtins.bool] = None,
    enable_self_monitoring: typing.Optional[builtins.bool] = None,
    enable_usage_alarm: typing.Optional[builtins.bool] = None,
    encrypt_topic: typing.Optional[builtins.bool] = None,
    log_group: typing.Optional[_aws_cdk_aws_logs_ceddda9d.ILogGroup] = None,
    notifier_options: typing.Optional[typing.Union[RootActivityNotifierOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    rule_options: typing.Optional[typing.Union[RootActivityRuleOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
    topic_encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    topic_name: typing.Optional[builtins.str] = None,
    trail_options: typing.Optional[typing.Union[RootActivityTrailOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    usage_alarm_options: typing.Optional[typing.Union[RootUsageAlarmOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02269c7c8d85d011d79f1750677b95e19942fc67b390e31f485477d990624410(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    topic: _aws_cdk_aws_sns_ceddda9d.ITopic,
    failure_queue: typing.Optional[_aws_cdk_aws_sqs_ceddda9d.IQueue] = None,
    account_name: typing.Optional[builtins.str] = None,
    log_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    reserved_concurrency: typing.Optional[jsii.Number] = None,
    time_zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fb9430b83ce3633d178d9913cfc4c00a454addf6802f1ca8df017a019ee2da6(
    *,
    account_name: typing.Optional[builtins.str] = None,
    log_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    reserved_concurrency: typing.Optional[jsii.Number] = None,
    time_zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad09771abb9d1343687b371b2ae1771a67bfaa3d97143045f8324779eb3b48c(
    *,
    account_name: typing.Optional[builtins.str] = None,
    log_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    reserved_concurrency: typing.Optional[jsii.Number] = None,
    time_zone: typing.Optional[builtins.str] = None,
    topic: _aws_cdk_aws_sns_ceddda9d.ITopic,
    failure_queue: typing.Optional[_aws_cdk_aws_sqs_ceddda9d.IQueue] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e26cf8cb3f53a5a6c1ae71f18df111b6cdfc8b67a20fabe8d17e89c5a5fe1c7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    targets: typing.Optional[typing.Sequence[_aws_cdk_aws_events_ceddda9d.IRuleTarget]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    include_read_only_api_calls: typing.Optional[builtins.bool] = None,
    rule_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b14527faf6cc491cf5d3a1ac02bdf662a61915aaf4942e01a0584cb57aa391ef(
    target: _aws_cdk_aws_events_ceddda9d.IRuleTarget,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__678e7b064e6452a695aed20f53c7c32429cb12114b18419407f3b0ee65d2f97f(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    include_read_only_api_calls: typing.Optional[builtins.bool] = None,
    rule_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aad14ad963d0fb64644c9021f486ec8519b198cf031e36927a88c9a2a218d527(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    include_read_only_api_calls: typing.Optional[builtins.bool] = None,
    rule_name: typing.Optional[builtins.str] = None,
    targets: typing.Optional[typing.Sequence[_aws_cdk_aws_events_ceddda9d.IRuleTarget]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__590b1ae66040a7eae669f53d2c3b23ad77f37b9a666acf131e6602f8a60696ec(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    bucket: typing.Optional[_aws_cdk_aws_s3_ceddda9d.IBucket] = None,
    bucket_retention: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    cloud_watch_logs_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
    trail_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f98edbfbc1521ec58383666f827e5cbe66c57eee68a158384285ed44c0bc560d(
    *,
    bucket: typing.Optional[_aws_cdk_aws_s3_ceddda9d.IBucket] = None,
    bucket_retention: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    cloud_watch_logs_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
    trail_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7901799a696e88fed7ec411c10cf16f3286f7c7ee6e6cecec2688f49fb1d5f58(
    *,
    bucket: typing.Optional[_aws_cdk_aws_s3_ceddda9d.IBucket] = None,
    bucket_retention: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    cloud_watch_logs_retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    send_to_cloud_watch_logs: typing.Optional[builtins.bool] = None,
    trail_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__010ee225503e216178872f2b84573b3bb06740ea5a2c674d572e3a0a39ce23bb(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    log_group: _aws_cdk_aws_logs_ceddda9d.ILogGroup,
    topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
    alarm_name: typing.Optional[builtins.str] = None,
    metric_name: typing.Optional[builtins.str] = None,
    metric_namespace: typing.Optional[builtins.str] = None,
    period: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    threshold: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb7d201c9e202061b80978bc6167a4e7fe6307952cc819db4955fd652fb8645a(
    *,
    alarm_name: typing.Optional[builtins.str] = None,
    metric_name: typing.Optional[builtins.str] = None,
    metric_namespace: typing.Optional[builtins.str] = None,
    period: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    threshold: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de7740b37a38b1cea55c4fc73c59341ccddb1119fe635391f69dee8716b8fe46(
    *,
    alarm_name: typing.Optional[builtins.str] = None,
    metric_name: typing.Optional[builtins.str] = None,
    metric_namespace: typing.Optional[builtins.str] = None,
    period: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    threshold: typing.Optional[jsii.Number] = None,
    log_group: _aws_cdk_aws_logs_ceddda9d.ILogGroup,
    topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
) -> None:
    """Type checking stubs"""
    pass
