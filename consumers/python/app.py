"""A Python CDK app as a user of the published wheel writes it.

One stack per documented configuration and one per organization stack, with
the same ids and construct ids as ../typescript/app.ts (see ../stacks.ts), so
compare.ts can check that the templates are the TypeScript app's. run.sh
installs the built wheel.
"""
import sys

from aws_cdk import App, Duration, Environment, Stack
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from cdk_root_activity_monitor import (
    AlertSeverity,
    AssumedRootTasks,
    ChatDeliveryOptions,
    PlannedRootUseOptions,
    PlannedRootUseSeverity,
    PostureCheckMethod,
    RootActivityForwarder,
    RootActivityForwarderStackSet,
    RootActivityGuardrailPolicy,
    RootActivityHub,
    RootActivityMonitor,
    RootActivityNotifierOptions,
    RootActivityTrailOptions,
    RootPostureCheckOptions,
    SlackChannelOptions,
    StackSetCaller,
    TeamsChannelOptions,
)

# The Slack workspace and channel of the chat configurations (ChatAndPaging, OrgHub).
SLACK_WORKSPACE_ID = "T07EA123LEP"
SLACK_CHANNEL_ID = "C07EZ1ABC23"


def existing_trail_and_topic(stack):
    return dict(
        create_trail=False,
        log_group=logs.LogGroup.from_log_group_name(stack, "OrgTrail", "aws-controltower/CloudTrailLogs"),
        topic=sns.Topic.from_topic_arn(stack, "Alerts", "arn:aws:sns:us-east-1:111122223333:security-alerts"),
    )


def secondary_region(stack):
    return dict(
        topic=sns.Topic.from_topic_arn(stack, "Alerts", "arn:aws:sns:us-east-1:111122223333:root-activity"),
        create_trail=False,
        enable_usage_alarm=False,
        enable_self_monitoring=False,
    )


def trail_key_and_retention(stack):
    return dict(
        trail_options=RootActivityTrailOptions(
            encryption_key=kms.Key(stack, "TrailKey", enable_key_rotation=True),
            bucket_retention=Duration.days(400),
        ),
    )


def topic_key_and_concurrency(stack):
    return dict(
        topic_encryption_key=kms.Key(stack, "TopicKey", enable_key_rotation=True),
        notifier_options=RootActivityNotifierOptions(reserved_concurrency=3),
    )


def chat_and_paging(stack):
    return dict(
        email_subscriptions=["security@example.com"],
        chat_delivery=ChatDeliveryOptions(
            slack=SlackChannelOptions(workspace_id=SLACK_WORKSPACE_ID, channel_id=SLACK_CHANNEL_ID),
            teams=TeamsChannelOptions(
                team_id="5d5ca8b5-1234-4c2b-9d3e-0123456789ab",
                tenant_id="8f2d1c3b-4a5e-4f6a-8b7c-9d0e1f2a3b4c",
                channel_id="19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2",
            ),
        ),
        paging_topic=sns.Topic.from_topic_arn(stack, "Paging", "arn:aws:sns:us-east-1:111122223333:pagerduty"),
        paging_minimum_severity=AlertSeverity.CRITICAL,
    )


def posture_and_planned_use(stack):
    return dict(
        enable_posture_check=True,
        posture_check_options=RootPostureCheckOptions(require_hardware_mfa=True),
        enable_planned_root_use=True,
        planned_root_use_options=PlannedRootUseOptions(
            maximum_window=Duration.hours(2),
            severity=PlannedRootUseSeverity.MEDIUM,
        ),
        email_subscriptions=["security@example.com"],
    )


def posture_from_config_rules(stack):
    return dict(
        enable_posture_check=True,
        posture_check_options=RootPostureCheckOptions(
            method=PostureCheckMethod.AWS_CONFIG_RULES,
            require_hardware_mfa=True,
        ),
    )


# Each function returns the monitor's keyword arguments for a new stack.
CONFIGURATIONS = {
    "Defaults": lambda stack: {},
    "EmailAndTimeZone": lambda stack: dict(
        email_subscriptions=["security@example.com"],
        notifier_options=RootActivityNotifierOptions(time_zone="Europe/Berlin", account_name="acme-production"),
    ),
    "ExistingTrailAndTopic": existing_trail_and_topic,
    "SecondaryRegion": secondary_region,
    "TrailKeyAndRetention": trail_key_and_retention,
    "TopicKeyAndConcurrency": topic_key_and_concurrency,
    "RawEventsNoNotifier": lambda stack: dict(enable_notifier=False),
    "UsageAlarmOnly": lambda stack: dict(enable_event_rule=False),
    "MemberBesideOrgTrail": lambda stack: dict(
        create_trail=False,
        enable_usage_alarm=False,
        email_subscriptions=["security@example.com"],
    ),
    "OrgTrailLogOwner": lambda stack: dict(
        create_trail=False,
        log_group=logs.LogGroup.from_log_group_name(stack, "OrgTrailLogs", "aws-controltower/CloudTrailLogs"),
        email_subscriptions=["security@example.com"],
    ),
    "ChatAndPaging": chat_and_paging,
    "SafetyNetsOff": lambda stack: dict(
        enable_dead_letter_queue=False,
        enable_self_monitoring=False,
        encrypt_topic=False,
    ),
    "PostureAndPlannedUse": posture_and_planned_use,
    "PostureFromConfigRules": posture_from_config_rules,
}


# The hub's bus, by ARN, as stacks in other accounts name it.
HUB_BUS_ARN = "arn:aws:events:us-east-1:111122223333:event-bus/root-activity-hub"


def org_hub(stack):
    RootActivityHub(
        stack,
        "Hub",
        organization_id="o-a1b2c3d4e5",
        email_subscriptions=["security@example.com"],
        look_up_account_names=True,
        notifier_options=RootActivityNotifierOptions(
            account_names={"444455556666": "Production"},
            assumed_root_tasks=AssumedRootTasks.LOWER_SEVERITY,
        ),
        chat_delivery=ChatDeliveryOptions(
            slack=SlackChannelOptions(workspace_id=SLACK_WORKSPACE_ID, channel_id=SLACK_CHANNEL_ID),
        ),
        enable_posture_check=True,
        enable_planned_root_use=True,
    )


def org_forwarder(stack):
    RootActivityForwarder(
        stack,
        "Forwarder",
        event_bus_arn=HUB_BUS_ARN,
        rule_name=RootActivityForwarder.DEFAULT_RULE_NAME,
    )


def org_forwarder_stack_set(stack):
    # Synthesizes the member template in an App of its own, inside the construct.
    RootActivityForwarderStackSet(
        stack,
        "Forwarders",
        event_bus_arn=HUB_BUS_ARN,
        organizational_unit_ids=["ou-ab12-11111111"],
        regions=["us-east-1", "eu-west-1"],
        call_as=StackSetCaller.DELEGATED_ADMINISTRATOR,
    )


def org_guardrail(stack):
    RootActivityGuardrailPolicy(stack, "Guardrail", target_ids=["r-ab12"])


# The organization constructs, each in the account and region the README puts
# it in: (account, region, function that builds it in a new stack).
ORGANIZATION_STACKS = {
    "OrgHub": ("111122223333", "us-east-1", org_hub),
    "OrgForwarder": ("444455556666", "eu-west-1", org_forwarder),
    "OrgForwarderStackSet": ("999988887777", "us-east-1", org_forwarder_stack_set),
    "OrgGuardrail": ("999988887777", "us-east-1", org_guardrail),
}


def main(outdir):
    app = App(outdir=outdir)

    # A fixed account and region for every stack: nothing is looked up, no credentials needed.
    def new_stack(stack_id, account, region):
        return Stack(
            app,
            stack_id,
            env=Environment(account=account, region=region),
            stack_name=f"RootActivityMonitor-{stack_id}",
        )

    for stack_id, configure in CONFIGURATIONS.items():
        stack = new_stack(stack_id, "111122223333", "us-east-1")
        RootActivityMonitor(stack, "RootActivity", **configure(stack))
    for stack_id, (account, region, build) in ORGANIZATION_STACKS.items():
        build(new_stack(stack_id, account, region))
    app.synth()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python app.py <output directory>")
    main(sys.argv[1])
