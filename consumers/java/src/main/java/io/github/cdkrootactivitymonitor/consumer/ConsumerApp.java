package io.github.cdkrootactivitymonitor.consumer;

import io.github.cdkrootactivitymonitor.RootActivityMonitor;
import io.github.cdkrootactivitymonitor.RootActivityMonitorProps;
import io.github.cdkrootactivitymonitor.RootActivityNotifierOptions;
import io.github.cdkrootactivitymonitor.RootActivityTrailOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * One stack per documented configuration, with the same ids and construct ids
 * as ../typescript/app.ts (see ../stacks.ts), so compare.ts can check that the
 * templates are the TypeScript app's.
 */
public final class ConsumerApp {
    private static final Environment ENV = Environment.builder()
            .account("111122223333")
            .region("us-east-1")
            .build();

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
                .notifierOptions(RootActivityNotifierOptions.builder().reservedConcurrency(2).build())
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
        configurations.put("SafetyNetsOff", stack -> RootActivityMonitorProps.builder()
                .enableDeadLetterQueue(false)
                .enableSelfMonitoring(false)
                .encryptTopic(false)
                .build());
        return configurations;
    }

    public static void main(final String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConsumerApp <output directory>");
        }
        App app = new App(AppProps.builder().outdir(args[0]).build());
        configurations().forEach((id, configure) -> {
            // A fixed account and region: nothing is looked up, no credentials needed.
            Stack stack = new Stack(app, id, StackProps.builder()
                    .env(ENV)
                    .stackName("RootActivityMonitor-" + id)
                    .build());
            new RootActivityMonitor(stack, "RootActivity", configure.apply(stack));
        });
        app.synth();
    }

    private ConsumerApp() {
    }
}
