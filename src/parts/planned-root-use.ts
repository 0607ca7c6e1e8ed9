import { Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { nagParameterArn, PLANNED_ROOT_USE_PATH, plannedWindowMinutes, windowChangePattern } from './planned-root-use-pattern';
import type { RootActivityNotifier } from './root-activity-notifier';
import { acknowledgeNagRule, NAG_REASONS } from '../compliance/nag-acknowledgements';

/** How root events inside a planned window are reported. */
export enum PlannedRootUseSeverity {
  /**
   * One step lower: CRITICAL becomes HIGH, HIGH becomes MEDIUM, MEDIUM stays.
   * A root sign-in without MFA is never lowered.
   */
  ONE_LOWER = 'one-lower',
  /** MEDIUM, whatever the event. A root sign-in without MFA is never lowered. */
  MEDIUM = 'medium',
  /** The severity the event has anyway; the alert is only labelled as planned. */
  UNCHANGED = 'unchanged',
}

/**
 * Options for planned root use windows.
 */
export interface PlannedRootUseOptions {
  /**
   * The longest window the notifier honours; a longer one is ignored, with a
   * log line, as if it were not there. Whole minutes, from 15 minutes to
   * 7 days.
   *
   * @default Duration.hours(4)
   */
  readonly maximumWindow?: Duration;

  /**
   * How root events in a window are reported. They are always labelled
   * "planned: <ticket>, by <who>".
   *
   * @default PlannedRootUseSeverity.ONE_LOWER
   */
  readonly severity?: PlannedRootUseSeverity;
}

/**
 * Properties of `PlannedRootUse`.
 */
export interface PlannedRootUseProps extends PlannedRootUseOptions {
  /** The notifier that reads the windows and labels the alerts. */
  readonly notifier: RootActivityNotifier;

  /**
   * The bus CloudTrail delivers the account's own API calls to, where the
   * rule that reports window changes is created.
   *
   * @default - the account's default bus
   */
  readonly eventBus?: events.IEventBus;

  /**
   * Where events that the window-change rule cannot deliver are kept.
   *
   * @default - no dead-letter queue
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * Planned root use: some root tasks are legitimate (closing an account,
 * changing the support plan, restoring a bucket policy that locks everyone
 * out). A window declared beforehand, an SSM parameter under
 * `/root-activity-monitor/planned-root-use/`, makes the notifier label the
 * alerts of its accounts and span "planned: <ticket>, by <who>" and lower
 * their severity as configured. They still alert: a window only says the
 * use was announced.
 *
 * Why SSM Parameter Store: the notifier reads every window in one cheap
 * call (standard parameters cost nothing), IAM can grant declaring windows
 * on the path alone, and every change is a CloudTrail record. Declaring,
 * changing or deleting a window, or trying to and being denied, is itself
 * alerted by a rule this construct creates.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-retrieval-authorization.html
 *
 * @example
 * declare const notifier: RootActivityNotifier;
 * new PlannedRootUse(this, 'PlannedRootUse', {
 *   notifier,
 *   maximumWindow: Duration.hours(2),
 * });
 */
export class PlannedRootUse extends Construct {
  /**
   * The path windows are declared under, one SSM String parameter each:
   * `/root-activity-monitor/planned-root-use/<window>`. Fixed rather than a
   * prop, so the `declare-root-use` command, the policies that guard it and
   * every monitor of an account agree on it without being told.
   */
  public static readonly PARAMETER_PATH = PLANNED_ROOT_USE_PATH;

  /**
   * The ARN pattern of the window parameters, for policies that let people
   * declare windows (or deny it to everyone else).
   */
  public readonly parameterArnPattern: string;

  /** The rule that reports every change to a window, and every denied attempt. */
  public readonly changeRule: events.Rule;

  constructor(scope: Construct, id: string, props: PlannedRootUseProps) {
    const maxMinutes = plannedWindowMinutes('PlannedRootUse', 'maximumWindow', props.maximumWindow);
    super(scope, id);
    const stack = Stack.of(this);
    const pathArn = stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: PLANNED_ROOT_USE_PATH.slice(1, -1) });
    this.parameterArnPattern = `${pathArn}/*`;

    const handler = props.notifier.handler;
    handler.addEnvironment('PLANNED_USE_PATH', PLANNED_ROOT_USE_PATH);
    handler.addEnvironment('PLANNED_USE_MAX_MINUTES', String(maxMinutes));
    handler.addEnvironment('PLANNED_USE_SEVERITY', props.severity ?? PlannedRootUseSeverity.ONE_LOWER);
    handler.addToRolePolicy(new iam.PolicyStatement({
      // GetParametersByPath is authorized against the path asked for, not
      // against the parameters it returns.
      // https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-retrieval-authorization.html
      actions: ['ssm:GetParametersByPath'],
      resources: [pathArn],
    }));
    handler.addToRolePolicy(new iam.PolicyStatement({
      // One window, read afresh when a change to it is reported.
      actions: ['ssm:GetParameter'],
      resources: [this.parameterArnPattern],
    }));
    acknowledgeNagRule(handler.role ?? handler, `AwsSolutions-IAM5[Resource::${nagParameterArn(stack, PLANNED_ROOT_USE_PATH)}*]`, NAG_REASONS.plannedRootUseWindows);

    this.changeRule = new events.Rule(this, 'ChangeRule', {
      description: 'Changes to planned root use windows, and attempts to change them, by anyone',
      eventBus: props.eventBus,
      eventPattern: windowChangePattern(),
    });
    this.changeRule.addTarget(new targets.SqsQueue(props.notifier.queue, {
      retryAttempts: 185,
      maxEventAge: Duration.hours(24),
      deadLetterQueue: props.deadLetterQueue,
    }));
    if (props.deadLetterQueue === undefined) {
      acknowledgeNagRule(this.changeRule, 'Serverless-EventBusDLQ', NAG_REASONS.noDeadLetterQueue);
    }
  }

  /**
   * Lets a principal declare, change and end windows: put and delete
   * parameters under the path, and read them. Nothing else in Parameter
   * Store.
   */
  public grantDeclare(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['ssm:PutParameter', 'ssm:DeleteParameter', 'ssm:DeleteParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'],
      resourceArns: [this.parameterArnPattern, this.parameterArnPattern.slice(0, -2)],
    });
  }
}
