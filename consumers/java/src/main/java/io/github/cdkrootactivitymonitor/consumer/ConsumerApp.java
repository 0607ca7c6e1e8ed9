package io.github.cdkrootactivitymonitor.consumer;

import io.github.cdkrootactivitymonitor.AlertSeverity;
import io.github.cdkrootactivitymonitor.AssumedRootTasks;
import io.github.cdkrootactivitymonitor.ChatDeliveryOptions;
import io.github.cdkrootactivitymonitor.PlannedRootUseOptions;
import io.github.cdkrootactivitymonitor.PlannedRootUseSeverity;
import io.github.cdkrootactivitymonitor.PostureCheckMethod;
import io.github.cdkrootactivitymonitor.RootActivityForwarder;
import io.github.cdkrootactivitymonitor.RootActivityForwarderProps;
import io.github.cdkrootactivitymonitor.RootActivityForwarderStackSet;
import io.github.cdkrootactivitymonitor.RootActivityForwarderStackSetProps;
import io.github.cdkrootactivitymonitor.RootActivityGuardrailPolicy;
import io.github.cdkrootactivitymonitor.RootActivityGuardrailPolicyProps;
import io.github.cdkrootactivitymonitor.RootActivityHub;
import io.github.cdkrootactivitymonitor.RootActivityHubProps;
import io.github.cdkrootactivitymonitor.RootActivityMonitor;
import io.github.cdkrootactivitymonitor.RootActivityMonitorProps;
import io.github.cdkrootactivitymonitor.RootActivityNotifierOptions;
import io.github.cdkrootactivitymonitor.RootActivityTrailOptions;
import io.github.cdkrootactivitymonitor.RootPostureCheckOptions;
import io.github.cdkrootactivitymonitor.SlackChannelOptions;
import io.github.cdkrootactivitymonitor.StackSetCaller;
import io.github.cdkrootactivitymonitor.TeamsChannelOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeyProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.Topic;

/**
 * One stack per documented configuration and one per organization stack, with
 * the same ids and construct ids as ../typescript/app.ts (see ../stacks.ts),
 * so compare.ts can check that the templates are the TypeScript app's.
 */
public final class ConsumerApp {
    private static final Environment ENV = env("111122223333", "us-east-1");

    /** The hub's bus, by ARN, as stacks in other accounts name it. */
    private static final String HUB_BUS_ARN = "arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub";

    /** The Slack channel of the chat configurations (ChatAndPaging, OrgHub). */
    private static SlackChannelOptions slackChannel() {
        return SlackChannelOptions.builder()
                .workspaceId("T07EA123LEP")
                .channelId("C07EZ1ABC23")
                .build();
    }

    /** An organization construct, built in a new stack in the account and region given. */
    private record OrganizationStack(Environment env, Consumer<Stack> build) {
    }

    private static Environment env(final String account, final String region) {
        return Environment.builder().account(account).region(region).build();
    }

    private static Map<String, Function<Stack, RootActivityMonitorProps>> configurations() {
        Map<String, Function<Stack, RootActivityMonitorProps>> configurations = new LinkedHashMap<>();
        configurations.put("Defaults", stack -> RootActivityMonitorProps.builder().build());
        configurations.put("EmailAndTimeZone", stack -> RootActivityMonitorProps.builder()
                .emailSubscriptions(List.of("security@example.com"))
                .notifierOptions(RootActivityNotifierOptions.builder()
                        .timeZone("Europe/Berlin")
                        .accountName("acme-production")
                        .build())
                .build());
        configurations.put("ExistingTrailAndTopic", stack -> RootActivityMonitorProps.builder()
                .createTrail(false)
                .logGroup(LogGroup.fromLogGroupName(stack, "OrgTrail", "aws-controltower/CloudTrailLogs"))
                .topic(Topic.fromTopicArn(stack, "Alerts", "arn:aws:sns:us-east-1:111122223333:security-alerts"))
                .build());
        configurations.put("SecondaryRegion", stack -> RootActivityMonitorProps.builder()
                .topic(Topic.fromTopicArn(stack, "Alerts", "arn:aws:sns:us-east-1:111122223333:root-activity"))
                .createTrail(false)
                .enableUsageAlarm(false)
                .enableSelfMonitoring(false)
                .build());
        configurations.put("TrailKeyAndRetention", stack -> RootActivityMonitorProps.builder()
                .trailOptions(RootActivityTrailOptions.builder()
                        .encryptionKey(new Key(stack, "TrailKey", KeyProps.builder().enableKeyRotation(true).build()))
                        .bucketRetention(Duration.days(400))
                        .build())
                .build());
        configurations.put("TopicKeyAndConcurrency", stack -> RootActivityMonitorProps.builder()
                .topicEncryptionKey(new Key(stack, "TopicKey", KeyProps.builder().enableKeyRotation(true).build()))
                .notifierOptions(RootActivityNotifierOptions.builder().reservedConcurrency(3).build())
                .build());
        configurations.put("RawEventsNoNotifier", stack -> RootActivityMonitorProps.builder()
                .enableNotifier(false)
                .build());
        configurations.put("UsageAlarmOnly", stack -> RootActivityMonitorProps.builder()
                .enableEventRule(false)
                .build());
        configurations.put("MemberBesideOrgTrail", stack -> RootActivityMonitorProps.builder()
                .createTrail(false)
                .enableUsageAlarm(false)
                .emailSubscriptions(List.of("security@example.com"))
                .build());
        configurations.put("OrgTrailLogOwner", stack -> RootActivityMonitorProps.builder()
                .createTrail(false)
                .logGroup(LogGroup.fromLogGroupName(stack, "OrgTrailLogs", "aws-controltower/CloudTrailLogs"))
                .emailSubscriptions(List.of("security@example.com"))
                .build());
        configurations.put("ChatAndPaging", stack -> RootActivityMonitorProps.builder()
                .emailSubscriptions(List.of("security@example.com"))
                .chatDelivery(ChatDeliveryOptions.builder()
                        .slack(slackChannel())
                        .teams(TeamsChannelOptions.builder()
                                .teamId("5d5ca8b5-1234-4c2b-9d3e-0123456789ab")
                                .tenantId("8f2d1c3b-4a5e-4f6a-8b7c-9d0e1f2a3b4c")
                                .channelId("19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2")
                                .build())
                        .build())
                .pagingTopic(Topic.fromTopicArn(stack, "Paging", "arn:aws:sns:us-east-1:111122223333:pagerduty"))
                .pagingMinimumSeverity(AlertSeverity.CRITICAL)
                .build());
        configurations.put("SafetyNetsOff", stack -> RootActivityMonitorProps.builder()
                .enableDeadLetterQueue(false)
                .enableSelfMonitoring(false)
                .encryptTopic(false)
                .build());
        configurations.put("PostureAndPlannedUse", stack -> RootActivityMonitorProps.builder()
                .enablePostureCheck(true)
                .postureCheckOptions(RootPostureCheckOptions.builder()
                        .requireHardwareMfa(true)
                        .build())
                .enablePlannedRootUse(true)
                .plannedRootUseOptions(PlannedRootUseOptions.builder()
                        .maximumWindow(Duration.hours(2))
                        .severity(PlannedRootUseSeverity.MEDIUM)
                        .build())
                .emailSubscriptions(List.of("security@example.com"))
                .build());
        configurations.put("PostureFromConfigRules", stack -> RootActivityMonitorProps.builder()
                .enablePostureCheck(true)
                .postureCheckOptions(RootPostureCheckOptions.builder()
                        .method(PostureCheckMethod.AWS_CONFIG_RULES)
                        .requireHardwareMfa(true)
                        .build())
                .build());
        return configurations;
    }

    /**
     * The organization constructs, each in the account and region the README
     * puts it in: the hub in the security account, a forwarder in a member
     * account's second region, the StackSet in a delegated administrator, the
     * guardrail policy in the management account.
     */
    private static Map<String, OrganizationStack> organizationStacks() {
        Map<String, OrganizationStack> stacks = new LinkedHashMap<>();
        stacks.put("OrgHub", new OrganizationStack(env("111122223333", "us-east-1"), stack ->
                new RootActivityHub(stack, "Hub", RootActivityHubProps.builder()
                        .organizationId("o-a1b2c3d4e5")
                        .emailSubscriptions(List.of("security@example.com"))
                        .lookUpAccountNames(true)
                        .notifierOptions(RootActivityNotifierOptions.builder()
                                .accountNames(Map.of("444455556666", "Production"))
                                .assumedRootTasks(AssumedRootTasks.LOWER_SEVERITY)
                                .build())
                        .chatDelivery(ChatDeliveryOptions.builder()
                                .slack(slackChannel())
                                .build())
                        .enablePostureCheck(true)
                        .enablePlannedRootUse(true)
                        .build())));
        stacks.put("OrgForwarder", new OrganizationStack(env("444455556666", "eu-west-1"), stack ->
                new RootActivityForwarder(stack, "Forwarder", RootActivityForwarderProps.builder()
                        .eventBusArn(HUB_BUS_ARN)
                        .ruleName(RootActivityForwarder.DEFAULT_RULE_NAME)
                        .build())));
        // Synthesizes the member template in an App of its own, inside the construct.
        stacks.put("OrgForwarderStackSet", new OrganizationStack(env("999988887777", "us-east-1"), stack ->
                new RootActivityForwarderStackSet(stack, "Forwarders", RootActivityForwarderStackSetProps.builder()
                        .eventBusArn(HUB_BUS_ARN)
                        .organizationalUnitIds(List.of("ou-ab12-11111111"))
                        .regions(List.of("us-east-1", "eu-west-1"))
                        .callAs(StackSetCaller.DELEGATED_ADMINISTRATOR)
                        .build())));
        stacks.put("OrgGuardrail", new OrganizationStack(env("999988887777", "us-east-1"), stack ->
                new RootActivityGuardrailPolicy(stack, "Guardrail", RootActivityGuardrailPolicyProps.builder()
                        .targetIds(List.of("r-ab12"))
                        .build())));
        return stacks;
    }

    public static void main(final String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConsumerApp <output directory>");
        }
        App app = new App(AppProps.builder().outdir(args[0]).build());
        configurations().forEach((id, configure) -> {
            Stack stack = newStack(app, id, ENV);
            new RootActivityMonitor(stack, "RootActivity", configure.apply(stack));
        });
        organizationStacks().forEach((id, organizationStack) ->
                organizationStack.build().accept(newStack(app, id, organizationStack.env())));
        app.synth();
    }

    /** A fixed account and region for every stack: nothing is looked up, no credentials needed. */
    private static Stack newStack(final App app, final String id, final Environment env) {
        return new Stack(app, id, StackProps.builder()
                .env(env)
                .stackName("RootActivityMonitor-" + id)
                .build());
    }

    private ConsumerApp() {
    }
}
