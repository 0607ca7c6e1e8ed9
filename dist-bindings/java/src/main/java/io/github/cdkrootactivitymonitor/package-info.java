/**
 * <h1>cdk-root-activity-monitor</h1>
 * <p>
 * Know within seconds when someone uses an AWS account's <strong>root user</strong>.
 * <p>
 * The root user bypasses every IAM policy and service control policy. Every serious guide says the
 * same: lock it down, and be told at once whenever it is used. This library ships that as one
 * <a href="https://aws.amazon.com/cdk/">AWS CDK</a> construct, <code>RootActivityMonitor</code>, for TypeScript, Python
 * and Java, instead of a CloudFormation template copied out of a blog post.
 * <p>
 * <blockquote><pre>
 * RootActivityMonitor.Builder.create(this, "RootActivity")
 *         .emailSubscriptions(List.of("security&#64;example.com"))
 *         .notifierOptions(RootActivityNotifierOptions.builder().timeZone("Europe/Berlin").build())
 *         .build();
 * </pre></blockquote>
 * <p>
 * <h2>Try it on a fresh clone</h2>
 * <p>
 * Two commands, no AWS account or credentials needed, with Node.js 22 (the version in <code>.nvmrc</code>;
 * <code>nvm use</code> or <code>fnm use</code> picks it up):
 * <p>
 * <blockquote><pre>
 * npm ci &amp;&amp; npx projen demo   # install, synthesize a demo stack offline, print each part and what to do next
 * npx projen build            # compile, lint, run all tests, compile the examples, package for npm, PyPI and Maven
 * </pre></blockquote>
 * <p>
 * <code>npx projen build</code> is the test command. CI (<code>.ci/run</code>) runs it on a fresh clone, then the checks
 * that take longer (see "What is checked, and how"); <code>.ci/run</code> fetches Node.js 22 from the npm
 * registry when the machine has another version. On another Node.js version <code>npm</code> warns
 * (<code>EBADDEVENGINES</code>) but carries on.
 * <p>
 * <h2>What it builds</h2>
 * <p>
 * <code>RootActivityMonitor</code> wires up four parts. Each is optional, and each is also a public construct
 * you can use on its own.
 * <p>
 * | Part | Construct | What it does |
 * | --- | --- | --- |
 * | Trail | <code>RootActivityTrail</code> | Multi-region CloudTrail trail of all management events (read and write), global service events, log file validation, a hardened S3 bucket, optional delivery to CloudWatch Logs. |
 * | Rule | <code>RootActivityRule</code> | EventBridge rule for root console sign-ins, root API calls and root console actions, ignoring calls a service made on the root's behalf (<code>userIdentity.invokedBy</code>, except the console's <code>signin.amazonaws.com</code>) and <code>AwsServiceEvent</code>s. Read-only calls included. |
 * | Notifier | <code>RootActivityNotifier</code> | Lambda (Node.js 22, arm64) that turns each event into a readable alert: severity, what happened, outcome, MFA, who, from where, when (in your time zone and UTC), the account alias, a CloudTrail console link, then the full event. Publishes to SNS. |
 * | Alarm | <code>RootUsageAlarm</code> | The CIS root-usage metric filter on a CloudTrail log group (the trail's, or one you pass in, such as your organization trail's) and an alarm on any use. |
 * <p>
 * <blockquote><pre>
 * flowchart LR
 *   root([Root user]) --&gt;|signs in / calls APIs| ct[CloudTrail]
 *   ct --&gt;|management events| eb[EventBridge default bus]
 *   eb --&gt; rule[RootActivityRule]
 *   rule --&gt; q[(Alert queue: SQS, batches)]
 *   q --&gt; fn[RootActivityNotifier Lambda]
 *   fn --&gt;|iam:ListAccountAliases| iam[(IAM)]
 *   fn --&gt;|readable alert + message attributes| topic[SNS topic]
 *   ct --&gt; trail[RootActivityTrail]
 *   trail --&gt; bucket[(S3 bucket: encrypted, versioned, TLS-only)]
 *   trail --&gt; lg[(CloudWatch Logs)]
 *   lg --&gt; mf[CIS metric filter] --&gt; alarm[RootUsageAlarm] --&gt; topic
 *   topic --&gt; people([E-mail, chat, paging])
 * </pre></blockquote>
 * <p>
 * The rule reacts within seconds; the alarm is a second, independent line of defence that works from
 * the delivered trail logs a few minutes later.
 * <p>
 * <strong>What the alarm sends on repeated root use.</strong> The rule's notifier sends one alert per root event;
 * the alarm sends one message per <em>episode</em>. CloudWatch runs an alarm's actions only when the alarm
 * changes state, "not performed again if the condition persists"
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html">CloudWatch: alarm actions</a>),
 * and the alarm is in ALARM while any one of the periods in the last 15 minutes has root use
 * (1 of 15 one-minute periods by default, missing data counted as fine;
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation">alarm evaluation</a>).
 * So on repeated root use you get: one alarm message when the first use shows up; nothing more while
 * the root user keeps working, as long as no 15 minutes pass without root use; no all-clear when it
 * stops (the alarm has no OK action; add one with <code>monitor.usageAlarm?.alarm.addOkAction(...)</code> if you
 * want it); and a new alarm message for root use after the alarm has gone back to OK, that is after
 * 15 quiet minutes. <code>test/root-usage-alarm.test.ts</code> asserts the settings that make it so
 * (<code>EvaluationPeriods</code> × <code>Period</code> covering 15 minutes, <code>DatapointsToAlarm</code> 1, <code>TreatMissingData</code>
 * <code>notBreaching</code>, no OK or insufficient-data actions; with a <code>period</code> that does not divide 15
 * minutes, the window is the next whole number of periods).
 * <p>
 * <h2>Install</h2>
 * <p>
 * <blockquote><pre>
 * npm install cdk-root-activity-monitor           # TypeScript / JavaScript
 * pip install cdk-root-activity-monitor           # Python
 * </pre></blockquote>
 * <p>
 * Java (Maven): <code>io.github.cdk-root-activity-monitor:cdk-root-activity-monitor</code>, package
 * <code>io.github.cdkrootactivitymonitor</code>.
 * <p>
 * Peer dependencies: <code>aws-cdk-lib</code> ^2.276.0 and <code>constructs</code> ^10.8.1. The notifier's code is bundled
 * into the package: you need neither esbuild nor Docker to synthesize it.
 * <p>
 * <h2>Usage</h2>
 * <p>
 * Examples here are TypeScript; the READMEs on PyPI and Maven Central and the API docs of the
 * Python and Java packages show them in Python and Java, translated by jsii-rosetta.
 * <p>
 * A stack with the whole monitor, alerts to a new topic with e-mail subscribers:
 * <p>
 * <blockquote><pre>
 * import software.amazon.awscdk.Stack;
 * import software.constructs.Construct;
 * import io.github.cdkrootactivitymonitor.RootActivityMonitor;
 * 
 * public class SecurityStack extends Stack {
 *     public SecurityStack(Construct scope, String id) {
 *         super(scope, id);
 * 
 *         RootActivityMonitor.Builder.create(this, "RootActivity")
 *                 .emailSubscriptions(List.of("security&#64;example.com"))
 *                 .notifierOptions(RootActivityNotifierOptions.builder().timeZone("Europe/Berlin").accountName("acme-production").build())
 *                 .build();
 *     }
 * }
 * </pre></blockquote>
 * <p>
 * The account already has a trail: no new trail, the alarm on the log group that trail delivers to
 * (it must exist in this stack's account and region; an organization trail's log group lives in the
 * account that owns the trail), alerts to an existing topic:
 * <p>
 * <blockquote><pre>
 * RootActivityMonitor.Builder.create(this, "RootActivity")
 *         .createTrail(false)
 *         .logGroup(LogGroup.fromLogGroupName(this, "TrailLogs", "my-trail-log-group"))
 *         .topic(Topic.fromTopicArn(this, "Alerts", "arn:aws:sns:us-east-1:111122223333:security-alerts"))
 *         .build();
 * </pre></blockquote>
 * <p>
 * <h3>Parts on their own</h3>
 * <p>
 * Wired by hand, the parts get only the safety nets you give them. This keeps the monitor's
 * delivery guarantees: the rule delivers to the notifier's alert queue (which paces bursts, see
 * "Bursts"), retrying for 24 hours before it parks the event in a dead-letter queue, where events
 * the notifier could not publish land too.
 * <p>
 * <blockquote><pre>
 * Topic topic = Topic.Builder.create(this, "Alerts").enforceSSL(true).build();
 * Queue deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
 *         .encryption(QueueEncryption.SQS_MANAGED)
 *         .enforceSSL(true)
 *         .retentionPeriod(Duration.days(14))
 *         .build();
 * 
 * RootActivityNotifier notifier = RootActivityNotifier.Builder.create(this, "Notifier")
 *         .topic(topic)
 *         .timeZone("America/New_York")
 *         .failureQueue(deadLetterQueue)
 *         .build();
 * new RootActivityRule(this, "Rule").addTarget(SqsQueue.Builder.create(notifier.getQueue())
 *         .deadLetterQueue(deadLetterQueue)
 *         .retryAttempts(185)
 *         .maxEventAge(Duration.hours(24))
 *         .build());
 * RootUsageAlarm.Builder.create(this, "UsageAlarm")
 *         .logGroup(LogGroup.fromLogGroupName(this, "TrailLogs", "my-trail-log-group"))
 *         .topic(topic)
 *         .build();
 * </pre></blockquote>
 * <p>
 * What this gives up against <code>RootActivityMonitor</code>: the topic has no KMS key (an encrypted topic
 * needs a key policy that lets CloudWatch publish, see Security), and nothing alarms on the
 * dead-letter queue or on the notifier's errors. cdk-nag reports the topic
 * (<code>NIST.800.53.R5-SNSEncryptedKMS</code>) and that the dead-letter queue has none of its own
 * (<code>AwsSolutions-SQS3</code>, <code>Serverless-SQSRedrivePolicy</code>; the monitor acknowledges these for its queue).
 * <p>
 * <h2>Props that matter</h2>
 * <p>
 * <code>RootActivityMonitorProps</code> (see <a href="API.md">API.md</a> for every prop of every construct):
 * <p>
 * | Prop | Default | Meaning |
 * | --- | --- | --- |
 * | <code>topic</code> | a new topic | Existing SNS topic for alerts. With <code>enableNotifier: false</code>, in the monitor's region, and in its stack or imported by ARN (see Security). |
 * | <code>topicName</code>, <code>emailSubscriptions</code> | none | Name of, and e-mail subscribers to, the topic the monitor creates. Not allowed with <code>topic</code>. |
 * | <code>createTrail</code> | <code>true</code> | Create the multi-region trail. Set <code>false</code> when a trail (e.g. an organization trail) already covers the account: a second trail is a paid copy of every management event (see Cost). |
 * | <code>trailOptions</code> | | <code>trailName</code>, <code>bucket</code> (existing), <code>sendToCloudWatchLogs</code>, <code>cloudWatchLogsRetention</code> (1 year), <code>removalPolicy</code> (retain). |
 * | <code>enableEventRule</code> | <code>true</code> | The EventBridge rule. |
 * | <code>ruleOptions</code> | | <code>ruleName</code>, <code>includeReadOnlyApiCalls</code> (<code>true</code>), <code>enabled</code>. |
 * | <code>enableNotifier</code> | <code>true</code> | Route matches through the notifier Lambda; <code>false</code> sends the raw event JSON to the topic. |
 * | <code>notifierOptions</code> | | <code>timeZone</code> (IANA name, <code>UTC</code>), <code>accountName</code> (overrides the alias), <code>logRetention</code> (1 year). |
 * | <code>enableUsageAlarm</code> | <code>true</code> | The CIS metric filter and alarm. Costs CloudWatch Logs ingestion when the monitor's trail feeds it. |
 * | <code>usageAlarmOptions</code> | | <code>metricNamespace</code> (<code>CloudTrailMetrics</code>), <code>metricName</code> (<code>RootAccountUsageCount</code>), <code>period</code> (60 s; 10 s, 30 s or a multiple of 60 s), <code>threshold</code> (1), <code>alarmName</code>. The alarm fires when any period in the last 15 minutes reaches the threshold, so a data point CloudTrail delivers late still counts; it notifies once per episode (see "What the alarm sends on repeated root use"). |
 * | <code>logGroup</code> | the trail's | Existing CloudTrail log group for the alarm. |
 * | <code>encryptTopic</code>, <code>topicEncryptionKey</code> | <code>true</code>, a new key | Encrypt the created topic with a customer managed KMS key (rotation on) whose policy lets EventBridge and CloudWatch publish. |
 * | <code>enableDeadLetterQueue</code> | <code>true</code> | SSE-SQS queue for alerts that could not be delivered. |
 * | <code>enableSelfMonitoring</code> | <code>true</code> | Alarms on the monitor's own failures, sent to the same topic. |
 * <p>
 * <code>trailOptions</code> also takes <code>encryptionKey</code> (a KMS key for log files, bucket and log group) and
 * <code>bucketRetention</code> (delete log files after this long; kept by default). <code>notifierOptions</code> also takes
 * <code>reservedConcurrency</code>.
 * <p>
 * Props that contradict each other, or a value AWS would reject, fail at synth time, before the
 * construct creates anything (a caught error leaves nothing behind in the stack). The message names
 * the prop as TypeScript and Java spell it, then as Python does where that differs, with the path
 * through option structs, e.g. <code>RootActivityMonitor: 'usageAlarmOptions.period' (Python: 'usage_alarm_options.period') must be 10 s, 30 s or a multiple of 60 s (got 45 s)</code>.
 * <p>
 * <h2>The alert</h2>
 * <p>
 * Each root event becomes one SNS message. Render one yourself, offline, from any event file:
 * <p>
 * <blockquote><pre>
 * npx projen preview test/fixtures/root-console-login-no-mfa.json --time-zone Europe/Berlin --account-name acme-production
 * </pre></blockquote>
 * <p>
 * <blockquote><pre>
 * Subject: CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)
 * Message attributes:
 *   severity = CRITICAL
 *   eventName = ConsoleLogin
 *   eventKind = sign-in
 *   outcome = success
 *   account = acme-production
 *   accountId = 111122223333
 *   recipientAccountId = 111122223333
 * 
 * Root sign-in ConsoleLogin succeeded without MFA in account acme-production (111122223333): root sign-in without MFA.
 * 
 * Severity:    CRITICAL (root sign-in without MFA)
 * Event:       ConsoleLogin (signin.amazonaws.com), console sign-in
 * Outcome:     Success
 * MFA used:    No
 * When:        2024-11-04 23:03:17 GMT+1 Europe/Berlin (2024-11-04 22:03:17 UTC)
 * Who:         Root arn:aws:iam::111122223333:root
 * Source IP:   198.51.100.77
 * User agent:  Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0
 * Region:      us-east-1
 * Account:     acme-production (111122223333)
 * Event id:    c81f2a4e-3d5b-4e7f-8a9c-0b1d2e3f4a53
 * CloudTrail:  https://us-east-1.console.aws.amazon.com/cloudtrailv2/home?region=us-east-1#/events/c81f2a4e-3d5b-4e7f-8a9c-0b1d2e3f4a53
 * 
 * Full event:
 * { ... the event exactly as EventBridge delivered it ... }
 * </pre></blockquote>
 * <p>
 * <ul>
 * <li><strong>Subject</strong>: severity first, then what happened, the outcome and the account; at most 99
 * printable ASCII characters with no line breaks, as SNS requires
 * (<a href="https://docs.aws.amazon.com/sns/latest/api/API_Publish.html">Publish</a>).</li>
 * <li><strong>Severity</strong>: <code>CRITICAL</code> for a sign-in without MFA, root access key creation, MFA device
 * removal, and tampering with CloudTrail, Config, GuardDuty, Security Hub or organization
 * membership (attempts count even when they fail); <code>HIGH</code> for other sign-ins, failed sign-ins,
 * password changes and recovery, other credential changes, and events the notifier cannot read;
 * <code>MEDIUM</code> for other root API calls and root console actions.</li>
 * <li><strong>Message attributes</strong> <code>severity</code>, <code>eventName</code>, <code>eventKind</code>, <code>outcome</code>, <code>account</code>, <code>accountId</code>
 * (the account whose root user acted), <code>recipientAccountId</code> (the account that received the
 * event), for <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html">SNS subscription filter policies</a>,
 * e.g. page only on <code>{"severity": ["CRITICAL"]}</code>.</li>
 * <li><strong>Account</strong>: the account whose root user acted, shown with the IAM account alias (one
 * <code>iam:ListAccountAliases</code> call per Lambda execution environment; on failure the account id), or
 * <code>accountName</code> if you set one. That name is only ever put beside the notifier's own account id;
 * any other account is shown by its id.</li>
 * <li><strong>Another account's root</strong>: when the root user of another account acts on a resource here
 * (say, reads an object of a bucket shared with that account), CloudTrail delivers a copy of the
 * event to the resource's owner too, in which <code>userIdentity.accountId</code> (the caller) differs from
 * <code>recipientAccountId</code> (the owner)
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html">CloudTrail record contents</a>,
 * <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html#cloudtrail-object-level-crossaccount">S3: cross-account object-level events</a>).
 * The alert is about the acting account, not this account's root: the subject reads
 * <code>MEDIUM: Root API call GetObject succeeded | root of 444455556666 on acme-production (111122223333)</code>
 * (the second account is left out when both do not fit in 99 characters), and the body has an
 * <code>Account:</code> line for the acting account and an <code>On account:</code> line for the one that received the
 * event (<code>test/fixtures/root-api-cross-account-s3-get-object.json</code>).</li>
 * <li><strong>Never lost</strong>: an event the notifier does not recognise still alerts, with what it could read,
 * a list of what was odd, and a warning in the logs. A failed publish fails the invocation, so
 * Lambda retries it and then sends it to the dead-letter queue. The message stays under SNS's
 * 256 KiB limit by cutting the event JSON, never the summary.</li>
 * <li><strong>Logs</strong>: one JSON object a line (<code>level</code>, <code>message</code>, event id and name, severity, message id).</li>
 * </ul>
 * <p>
 * <h2>Bursts: never silenced by a flood</h2>
 * <p>
 * SNS suspends an e-mail subscription that receives more than 10 messages a second: it goes back to
 * <em>PendingConfirmation</em> and is deleted after 48 hours unless someone confirms it again
 * (<a href="https://docs.aws.amazon.com/general/latest/gr/sns.html">SNS quotas</a>,
 * <a href="https://repost.aws/knowledge-center/sns-email-subscription-disabled">AWS Knowledge Center</a>).
 * A root session that opens a few console pages, or a script using root keys, makes that many events
 * easily, so the notifier never sends one message per event as they come:
 * <p>
 * <ul>
 * <li>The rule delivers to an SQS <strong>alert queue</strong>; Lambda reads it in batches gathered over up to
 * 10 s (up to 1,000 events), at most <strong>2 batches at a time</strong> (the event source's maximum
 * concurrency, the least SQS allows).</li>
 * <li>Each batch becomes <strong>at most 3 messages</strong>: one per root session (same account, same
 * credentials or console sign-in, same source IP), most severe first; further sessions share the
 * last message. A batch with one event sends the usual single-event alert; otherwise a <strong>summary</strong>:
 * counts by severity, event name, region and outcome, first and last time, the most severe events
 * in full, and <strong>every event id</strong>.</li>
 * <li>After each publish the function <strong>waits 2.5 s</strong> before it publishes again or returns.</li>
 * </ul>
 * <p>
 * What follows, whatever arrives (the constants are in <code>lambda-src/notifier/delivery-limits.ts</code>):
 * <p>
 * | Bound | Why |
 * | --- | --- |
 * | At most 2 messages in any second (SNS e-mail allows 10) | 2 invocations at once, each 2.5 s between publishes |
 * | At most 50 messages in any minute (we promise 60) | 2 × (60 s / 2.5 s + 1) |
 * | Every event id in some message, every event in the logs | a batch's events are split among its messages, never dropped; each is logged on arrival |
 * | A message SNS refuses is retried | its events are reported back as batch item failures; SQS delivers them again (30 times, about 90 minutes), then to the dead-letter queue |
 * <p>
 * And while the queue keeps up (below roughly 200 events a second sustained; above that the queue
 * grows, the rate bounds still hold, and the queue-age self-alarm fires after 5 minutes):
 * <p>
 * | Bound | Worst case |
 * | --- | --- |
 * | The first message about a session within 30 s of its first event reaching the queue | 10 s batching + up to 9 s waiting for a free invocation + 1 s start + 5 s for its place in the batch ≈ 25 s |
 * | A CRITICAL event reported within 60 s | the same ≈ 25 s: it sorts first in its batch, and shares a message with its session, so it cannot be used to flood |
 * | While a session stays active, a message about it at least every 5 minutes | every batch holding its events reports them |
 * <p>
 * <code>npx projen simulate --events &lt;dir&gt; --repeat &lt;N&gt; --rate &lt;events per second&gt;</code> proves these on the
 * real handler: it sends the EventBridge events in the directory, in file-name order, <code>N</code> times at
 * the given rate (each copy with its own event id) through a model of the SQS event source on a
 * virtual clock, and prints as its last line <code>events</code>, <code>messages</code>, <code>maxMessagesInAnySecond</code>,
 * <code>maxMessagesInAnyMinute</code>, <code>firstMessageDelaySeconds</code>, <code>maxCriticalDelaySeconds</code>,
 * <code>maxSilenceWhileActiveSeconds</code>, <code>missingEventIds</code> and <code>unloggedEventIds</code>. The tests
 * (<code>test/simulator/</code>) run a 1,000-event burst of one session (at most 10 messages; in practice 1 or
 * 2), ten sessions at once, CRITICAL events inside a burst, 200 sessions of CRITICAL events, one
 * event a minute for an hour, and a 70,000-event flood. The model deals arrivals out between the two
 * pollers in turn, which splits bursts into more batches than AWS's pollers may: the bounds hold for
 * the less favourable case. Idle, the queue costs the event source's long polling (a few SQS
 * requests a minute, inside SQS's free tier for one queue).
 * <p>
 * <h2>Regions and accounts</h2>
 * <p>
 * Where an event arrives decides where the rule must be:
 * <p>
 * <ul>
 * <li>EventBridge delivers a CloudTrail event only on the default bus <strong>in the region where CloudTrail
 * records it</strong> (<a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html">EventBridge: events from AWS services</a>).</li>
 * <li><strong>Root console sign-ins</strong> are recorded in <strong>us-east-1</strong>
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html">CloudTrail: console sign-in events</a>).
 * Older AWS pages say a sign-in through a regional endpoint can be recorded in that region; we
 * have not been able to confirm which holds today, so cover every region you use.</li>
 * <li>Calls to <strong>global services</strong> (IAM, STS through its global endpoint, CloudFront) are recorded in
 * <strong>us-east-1</strong>; every other API call in the region it was made in
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events">CloudTrail: global service events</a>).</li>
 * <li>EventBridge receives CloudTrail management events only while the account has <strong>at least one
 * trail</strong> (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html">CloudTrail concepts</a>).
 * That is one more reason the monitor creates a trail unless you say one exists.</li>
 * <li>A rule in the plain <code>ENABLED</code> state does not receive <strong>read-only</strong> management events; the rule
 * uses the <code>ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS</code> state so root reading data alerts too
 * (<a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html">EventBridge: read-only management events</a>).</li>
 * </ul>
 * <p>
 * What the rule leaves out, on purpose, as the CIS benchmark's filter does: events with
 * <code>userIdentity.invokedBy</code> (a service acting for the root user, e.g. CloudFormation) and
 * <code>AwsServiceEvent</code>s, with one exception: a root event with <code>invokedBy: signin.amazonaws.com</code>
 * <strong>is</strong> matched. CloudTrail defines <code>invokedBy</code> as "the name of the AWS service that made the
 * request"
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html">userIdentity element</a>),
 * and AWS's example records show the console setting it to <code>signin.amazonaws.com</code> on the API calls
 * of a person working in the console: an IAM user starting a trail
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html">CloudTrail log event reference</a>),
 * an IAM user creating a container
 * (<a href="https://docs.aws.amazon.com/mediastore/latest/ug/monitoring-example-log-file-entries.html">MediaStore example log entries</a>),
 * and more of the same in other services' guides. We found no AWS record
 * of the root user either with or without it, so we cannot say whether root console actions carry
 * it today. Matching it costs nothing if they do not and closes a gap if they do: with a <code>Root</code>
 * identity, <code>signin.amazonaws.com</code> is the root user at work in the console, not a service acting
 * for it, so no alert it causes is a false one. Any other <code>invokedBy</code> value is still left out.
 * (<code>test/root-activity-rule.test.ts</code> runs the pattern against
 * <code>test/fixtures/root-api-console-invoked-by-signin.json</code>, AWS's StartLogging example with a root
 * identity.) The CIS metric filter of the usage alarm stays as published
 * (<code>$.userIdentity.invokedBy NOT EXISTS</code>), so such an action, if recorded that way, reaches you
 * through the rule, not the alarm.
 * <p>
 * So deploy the full monitor once per account in us-east-1, and the rule and notifier in every other
 * region you use, all publishing to the one topic (the notifier publishes to a topic in another
 * region, and is granted its key):
 * <p>
 * <blockquote><pre>
 * Stack home = Stack.Builder.create(app, "RootActivity-us-east-1").env(Environment.builder().account(account).region("us-east-1").build()).crossRegionReferences(true).build();
 * RootActivityMonitor central = RootActivityMonitor.Builder.create(home, "RootActivity").emailSubscriptions(List.of("security&#64;example.com")).build();
 * 
 * for (Object region : List.of("eu-west-1", "ap-southeast-2")) {
 *     Stack stack = Stack.Builder.create(app, String.format("RootActivity-%s", region)).env(Environment.builder().account(account).region(region).build()).crossRegionReferences(true).build();
 *     RootActivityMonitor.Builder.create(stack, "RootActivity")
 *             .topic(central.getTopic())
 *             .createTrail(false) // the home trail is multi-region
 *             .enableUsageAlarm(false) // the home alarm sees every region's trail logs
 *             .enableSelfMonitoring(false)
 *             .build();
 * }
 * </pre></blockquote>
 * <p>
 * Self-monitoring is off in the other regions because a CloudWatch alarm can only notify a topic
 * in its own region: AWS's documentation gives only the ARN format, but deployments report
 * CloudWatch rejecting such an alarm when it is created (<code>Invalid region … Only &lt;region&gt; is supported</code>), so the monitor refuses it at synth, naming the props to switch off. The recipe sets
 * <code>&#64;aws-cdk/core:defaultCrossStackReferences</code> to <code>strong</code>, the behaviour aws-cdk-lib has always had
 * for the cross-region reference to the home topic; without it, newer aws-cdk-lib releases warn and
 * <code>cdk synth --strict</code> fails. Failed alerts there still
 * land in that region's dead-letter queue, but nothing tells you: watch those queues from your own
 * regional monitoring, or give each region a topic of its own. (<code>test/regions.test.ts</code>
 * synthesizes this layout.)
 * <p>
 * For many accounts, deploy the same stacks with CDK pipelines or CloudFormation StackSets (the
 * synthesized template has no lookups). The notifier puts the account alias only beside its own
 * account's id; events forwarded from other accounts, and other accounts' root users acting on
 * resources here, are labelled with their account id.
 * <p>
 * <h2>Cost</h2>
 * <p>
 * What each part costs, idle and per root event, at us-east-1 list prices. <strong>Confirmed</strong> figures
 * were read on AWS's own pages (stored copies, checked 2026-11-23); <strong>not confirmed</strong> figures come
 * from third-party write-ups only (AWS's pricing tables load with JavaScript and were not in the
 * copies we could read) and are what those pages state. Check the AWS pages, or the
 * <a href="https://calculator.aws/">AWS Pricing Calculator</a>, before you budget on them.
 * <p>
 * | Part | Idle, per month | Per root event | Source |
 * | --- | --- | --- | --- |
 * | Trail (<code>createTrail</code>) | $0 when it is the account's <strong>first</strong> copy of management events in each region; <strong>$2.00 per 100,000 management events</strong> when another trail (an organization trail, or a multi-region trail of your own) already delivers them: the monitor's trail is then a paid second copy, of every management event, read-only ones included | — | Confirmed: <a href="https://aws.amazon.com/cloudtrail/pricing/">CloudTrail pricing</a> ("The first copy of management events is delivered free of charge. Additional copies of management events are charged at $2.00 per 100,000 events"); <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html">Managing CloudTrail costs</a> ("an individual member account that creates an additional trail to collect the same management events as the Organizations trail is collecting a second copy of events. The account is charged for the second copy") |
 * | Trail bucket and access-log bucket (S3) | Storage of the gzipped log files and digests, and CloudTrail's PUT requests (log files every few minutes per active region, a digest file an hour per region): cents for most accounts | — | Not confirmed |
 * | Trail delivery to CloudWatch Logs (only when the monitor's trail feeds the usage alarm) | Ingestion <strong>$0.50 per GB</strong> of events; archive storage about $0.03 per GB-month, kept one year by default (<code>cloudWatchLogsRetention</code>). The CloudWatch free tier includes 5 GB of Logs data a month per account | — | Free tier confirmed: <a href="https://aws.amazon.com/cloudwatch/pricing/">CloudWatch pricing</a> ("5 GB Data (ingestion, archive storage, and data scanned by Logs Insights queries)"); $0.50 and $0.03 per GB not confirmed |
 * | Usage alarm metric (metric filter) | A custom metric, billed only for hours it receives data: with no root use, none | — | Not confirmed |
 * | Alarms: the usage alarm and up to four self-monitoring alarms | <strong>$0.10 per alarm</strong>, standard resolution: up to $0.50. The free tier covers 10 alarm metrics per account | — | Free tier confirmed (same page: "10 Alarm metrics"); $0.10 not confirmed |
 * | Topic key (<code>encryptTopic</code>, on by default) | <strong>$1 per month</strong> (prorated hourly); each automatic yearly rotation (on) adds a charge for the retained key material, which AWS reduced in April 2024 | A few KMS requests (SNS and the notifier), $0.03 per 10,000 beyond 20,000 free a month | $1/month and the 20,000 free requests confirmed: <a href="https://aws.amazon.com/kms/pricing/">KMS pricing</a>; the rotation charge and $0.03 not confirmed |
 * | EventBridge rule | $0: CloudTrail's events on the default bus are AWS service events | $0. Events an account sends to another account's bus are charged to the sender as custom events | Confirmed as far as the <a href="https://aws.amazon.com/cloudwatch/pricing/">CloudWatch pricing</a> free tier goes ("Events: All events except custom events are included"; EventBridge's own pricing page was not readable); <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html">EventBridge cross-account</a> ("charged to the sending account as custom events") |
 * | Notifier (Lambda, arm64, 256 MB) and its log group | $0: invoked by the rule, nothing polls | One invocation of well under a second, and a few hundred bytes of logs: $0.20 per million requests plus GB-seconds, inside the free tier of 1 million requests and 400,000 GB-seconds a month | Not confirmed |
 * | Topic (SNS) | $0 | One publish ($0.50 per million beyond 1 million free); e-mail deliveries $2.00 per 100,000 beyond 1,000 free | Not confirmed |
 * | Dead-letter queue (SQS) | $0: nothing polls it; its alarm reads an SQS metric | Only on failed deliveries: $0.40 per million requests beyond 1 million free | Not confirmed |
 * <p>
 * <strong>Worked example</strong>: an account with 1 million management events a month, about 1 KB each, and
 * the default monitor:
 * <p>
 * <ul>
 * <li>the monitor's trail is the account's only trail: CloudTrail $0; about 1 GB into CloudWatch Logs
 * for the usage alarm, $0.50 (inside the 5 GB free tier if nothing else uses it); 5 alarms $0.50
 * (inside the free tier of 10); topic key $1; S3 a few cents: <strong>about $2 a month</strong>, about $1
 * within the free tiers;</li>
 * <li>the same account already recorded by an <strong>organization trail</strong>: add the second copy,
 * 1,000,000 / 100,000 × $2.00 = <strong>$20 a month</strong>, for events the organization trail already keeps.</li>
 * </ul>
 * <p>
 * Per root event the rule, notifier, topic and key together cost a fraction of a cent.
 * <p>
 * <strong>The cheapest correct set-up</strong> for an account that an organization trail already records:
 * create no trail of your own, and put the usage alarm where the organization trail's log group is
 * (the account that owns the trail) or leave it out. The rule still sees the account's events: the
 * organization trail is a trail in every member account
 * (<a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-manage-costs.html">Managing CloudTrail costs</a>).
 * In each member account, that leaves the topic key and the self-monitoring alarms, about
 * $1.40 a month:
 * <p>
 * <blockquote><pre>
 * RootActivityMonitor.Builder.create(this, "RootActivity")
 *         .createTrail(false) // the organization trail already delivers this account's events
 *         .enableUsageAlarm(false) // no CloudWatch Logs ingestion here
 *         .emailSubscriptions(List.of("security&#64;example.com"))
 *         .build();
 * </pre></blockquote>
 * <p>
 * In the account that owns the organization trail's log group, one alarm then covers every member
 * account, with no ingestion beyond what the organization trail already pays:
 * <p>
 * <blockquote><pre>
 * RootActivityMonitor.Builder.create(this, "RootActivity")
 *         .createTrail(false)
 *         .logGroup(LogGroup.fromLogGroupName(this, "OrgTrailLogs", "aws-controltower/CloudTrailLogs"))
 *         .emailSubscriptions(List.of("security&#64;example.com"))
 *         .build();
 * </pre></blockquote>
 * <p>
 * <h2>What is checked, and how</h2>
 * <p>
 * Nothing here is deployed by the tests. Correctness is shown by what can be checked offline:
 * <p>
 * <ul>
 * <li>Synthesized templates asserted with <code>aws-cdk-lib/assertions</code>, one test per option combination
 * (<code>test/*.test.ts</code>).</li>
 * <li>The rule's event pattern evaluated against realistic CloudTrail events in <code>test/fixtures/</code>
 * (EventBridge envelopes shaped like AWS's documented records), and against variants it must
 * ignore (<code>invokedBy</code>, <code>AwsServiceEvent</code>, IAM users, other detail types). EventBridge's own
 * <code>TestEventPattern</code> needs an AWS account, so this uses a small matcher of ours
 * (<code>test/event-pattern-matcher.ts</code>) that implements the documented semantics of the operators
 * the pattern uses and refuses any other.</li>
 * <li>The notifier handler run against every fixture and against malformed events, with the AWS SDK
 * stubbed by <code>aws-sdk-client-mock</code> (<code>test/notifier/</code>), and under property-based fuzzing with
 * fast-check (<code>test/notifier/fuzz.test.ts</code>): it never fails before publishing and every subject
 * it produces is valid.</li>
 * <li>The shipped bundle run end to end in a fresh Node process, its real SDK clients pointed at a
 * local server that answers as IAM and SNS do (<code>test/notifier/bundle-e2e.test.ts</code>).</li>
 * <li>Least privilege and cdk-nag over every documented configuration (see Security).</li>
 * <li>The multi-region layout below, synthesized (<code>test/regions.test.ts</code>).</li>
 * <li>Every example in this README and in the API docs, compiled by jsii-rosetta in strict mode; the
 * generated Python and Java docs checked to show the examples in Python and Java.</li>
 * </ul>
 * <p>
 * <h2>Speed and size</h2>
 * <p>
 * <code>npx projen bench</code> bundles the notifier and reports (never asserts) its size, cold start and
 * per-event cost; <code>--variants</code> also breaks the cold start down by module. Figures from one run on
 * the build machine (AMD EPYC, 2 cores, 24 GiB, Node 20.20; Lambda runs Node 22 on arm64, so read
 * the ratios, not the milliseconds):
 * <p>
 * | Measure | Result | Target |
 * | --- | --- | --- |
 * | Bundle <code>assets/notifier/index.js</code> (SDK and luxon bundled, minified) | 410 KiB, 123 KiB gzipped | |
 * | Cold initialisation: a fresh Node process loading the bundle and creating its clients, against a bundle that only creates an <code>SNSClient</code> | <strong>1.10x</strong> (61 ms vs 55 ms, medians of 20) | ≤ 1.3x |
 * | Handling one event, SDK stubbed, time zone Europe/Berlin | mean 166 µs, p99 269 µs | well under 1 ms |
 * | SDK calls | 1 <code>ListAccountAliases</code> per execution environment, 1 <code>Publish</code> per event | same |
 * <p>
 * Where the difference comes from: the IAM client adds about 3%; the first <code>Intl</code> call of a process
 * loads the runtime's time-zone data, about 20% of the baseline on its own. The notifier therefore
 * never touches <code>Intl</code> (nor luxon, which calls it) when the time zone is UTC, the default; with
 * another zone that cost is paid once per execution environment, at start-up.
 * <p>
 * <h2>Security</h2>
 * <p>
 * On by default:
 * <p>
 * <ul>
 * <li><strong>Trail bucket</strong>: SSE-S3 (or SSE-KMS with <code>trailOptions.encryptionKey</code>), versioned, public
 * access blocked, ACLs disabled, a bucket policy that denies requests without TLS or below
 * TLS 1.2 and lets CloudTrail write only on behalf of the trail (<code>aws:SourceArn</code>: the trail's
 * ARN when you set <code>trailName</code>, otherwise any trail of this account whose home region is the
 * stack's, since CloudFormation names the trail only at deploy time;
 * <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html">CloudTrail: S3 bucket policy</a>),
 * server access logs to a second bucket hardened the same way, retained on stack
 * deletion. Log file validation on the trail.</li>
 * <li><strong>Topic</strong>: encrypted with a customer managed KMS key with rotation; the key policy lets
 * <code>cloudwatch.amazonaws.com</code> use it, and <code>events.amazonaws.com</code> only when the notifier is off and
 * the rule publishes itself (the AWS managed key <code>alias/aws/sns</code> cannot allow either); the topic
 * policy denies publishing without TLS, allows this account's CloudWatch alarms
 * (<code>aws:SourceAccount</code>) and, with the notifier off, EventBridge on behalf of this one rule
 * (<code>aws:SourceArn</code>). <code>test/least-privilege.test.ts</code> checks that every service grant in a topic or
 * queue policy carries such a condition.</li>
 * <li><strong>Notifier</strong>: its own role, allowed to write to its own log group, <code>sns:Publish</code> on the topic
 * (plus <code>kms:GenerateDataKey</code> and <code>kms:Decrypt</code> on the topic's key), <code>sqs:SendMessage</code> on the
 * dead-letter queue (for its failed invocations), and <code>iam:ListAccountAliases</code>, the one action on
 * <code>*</code>, because AWS offers no resource for it.
 * No AWS managed policy. <code>test/least-privilege.test.ts</code> checks every documented configuration for
 * <code>*</code> actions and <code>*</code> resources.</li>
 * <li><strong>Delivery</strong>: the rule's target retries for 24 hours (185 attempts) and then writes to an SQS
 * dead-letter queue (SSE-SQS, TLS only, 14 days); the notifier's failed asynchronous invocations
 * (after Lambda's two retries) go to the same queue, and so do messages SNS cannot deliver to an
 * e-mail subscription under its redrive policy (a mailbox that bounces later, after SNS handed the
 * mail on, is not something SNS sees).</li>
 * </ul>
 * <p>
 * The monitor alerts on itself, to the same topic: any message in the dead-letter queue, any
 * notifier error or throttle, any failed invocation of the rule's target.
 * <p>
 * <strong>Using your own encrypted topic?</strong> Its key policy must allow <code>events.amazonaws.com</code> and
 * <code>cloudwatch.amazonaws.com</code> <code>kms:GenerateDataKey*</code> and <code>kms:Decrypt</code>
 * (<a href="https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services">SNS: compatibility with AWS services</a>),
 * and, if the topic has a policy of its own, it must allow <code>cloudwatch.amazonaws.com</code> to publish,
 * and, with <code>enableNotifier: false</code>, <code>events.amazonaws.com</code> too (best with an <code>aws:SourceArn</code>
 * condition naming the rule), since the monitor cannot change an imported topic's policy.
 * With <code>enableNotifier: false</code>, a topic defined in <strong>another stack</strong> of your app is refused at
 * synth: the grant would live in the topic's stack and name the rule in the monitor's, while the
 * rule names the topic, so each stack would depend on the other. Keep the notifier on (its grants
 * are IAM policies in its own stack), create the monitor in the topic's stack (or a stack nested
 * in it), or import the topic with <code>Topic.fromTopicArn</code> and add the grant in the topic's stack;
 * give the rule a name (<code>ruleOptions.ruleName</code>) so that stack can write its ARN,
 * <code>arn:aws:events:&lt;region&gt;:&lt;account&gt;:rule/&lt;ruleName&gt;</code>, without a reference.
 * Import it with <code>Topic.fromTopicAttributes(scope, id, { topicArn, keyArn })</code> so the notifier is
 * granted the key too. <strong>Passing an imported KMS key</strong> for the trail: its policy must allow what
 * <code>AllowCloudTrailToEncryptLogs</code>, <code>AllowCloudTrailToDescribeKey</code> and
 * <code>AllowCloudWatchLogsToEncryptTrailLogs</code> grant in <code>src/root-activity-trail.ts</code>.
 * <p>
 * <strong>cdk-nag</strong>: <code>test/nag.test.ts</code> runs the AwsSolutions, NIST 800-53 rev 5 and Serverless packs
 * (cdk-nag 3) over every documented configuration: no unacknowledged findings. The findings
 * accepted on purpose are acknowledged on the resource concerned, with aws-cdk-lib's
 * <code>Validations.of(...).acknowledge()</code>, so cdk-nag 3 in your app shows the reason rather than a
 * finding. The reasons are in <code>src/nag-acknowledgements.ts</code>; among them: Node.js 22 rather than the
 * newest runtime, no VPC and no X-Ray for the notifier, <code>iam:ListAccountAliases</code> on <code>*</code>, SSE-S3 on
 * the access-log bucket (the only encryption S3 server access logging delivers to), no cross-region
 * replication, and, while you pass no key, AWS-managed encryption for trail files and logs.
 * <p>
 * Bad input fails at synth with the prop named: e-mail addresses, the alarm period (10 s, 30 s or
 * a multiple of 60 s), the threshold (a whole number ≥ 1), the time zone (an IANA name), empty
 * names, reserved concurrency, bucket retention in whole days, and conflicting props such as an
 * existing topic together with a key for a new one.
 * <p>
 * <h2>Bindings</h2>
 * <p>
 * <code>jsii-pacmak</code> generates the Python and Java bindings. The build machines reach only the npm
 * registry, not PyPI or Maven Central, so the build (<code>npx projen bindings</code>, part of
 * <code>npx projen build</code>) generates the binding code, byte-compiles the Python module and checks the
 * Java sources exist; the packaged wheel and jar are built by the release workflow
 * (<code>package:python</code>, <code>package:java</code>; <code>npx projen package-all</code> where PyPI and Maven Central can be
 * reached). <code>npx projen build</code> packages the npm tarball only, so it passes here with or without
 * <code>CI</code> set.
 * <p>
 * <h2>Development</h2>
 * <p>
 * <ul>
 * <li><code>.projenrc.ts</code> is the only place project configuration is edited; run <code>npx projen</code> after
 * changing it. <code>API.md</code> is generated from the docstrings.</li>
 * <li>The notifier's TypeScript source is in <code>lambda-src/notifier/</code>; <code>npx projen bundle:notifier</code>
 * type-checks it and bundles it with esbuild (<code>build-tools/bundle-notifier.ts</code>) into
 * <code>assets/notifier/index.js</code>, with the licences of the bundled packages in
 * <code>assets/notifier/THIRD-PARTY-LICENSES.txt</code>; both ship in the npm package. The AWS SDK is bundled
 * (pinned) rather than taken from the Lambda runtime, so the function runs exactly the code the
 * tests ran.</li>
 * <li><code>npx projen preview &lt;event.json&gt;</code> renders an alert offline; <code>npx projen bench</code> measures the
 * notifier.</li>
 * <li>Examples are compiled, in strict mode: after compile, <code>npx projen rosetta:extract</code> compiles
 * every TypeScript block of this README and every <code>&#64;example</code> with jsii-rosetta and writes the
 * translations to <code>.jsii.tabl.json</code>, where jsii-pacmak finds them. A fragment runs in a stack's
 * constructor (<code>rosetta/default.ts-fixture</code>: <code>this</code> is the stack; aws-cdk-lib's modules and this
 * library are imported). Pick another fixture with <code>ts fixture=app` (or `&#64;exampleMetadata fixture=app` in a docstring), or mark a complete file </code>ts nofixture`.</li>
 * </ul>
 * <p>
 * <h2>License</h2>
 * <p>
 * Apache-2.0
 */
@software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
package io.github.cdkrootactivitymonitor;
