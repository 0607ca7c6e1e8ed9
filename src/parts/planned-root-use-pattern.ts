import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { propLabel } from '../validation/validation';

/**
 * The path under which planned root use windows are declared, one SSM
 * String parameter each. Fixed rather than a prop: the `declare-root-use`
 * command, IAM policies that guard it and every monitor of an account agree
 * on it without being told.
 */
export const PLANNED_ROOT_USE_PATH = '/root-activity-monitor/planned-root-use/';

const MIN_MINUTES = 15;
const MAX_MINUTES = 7 * 24 * 60;

/**
 * The CloudTrail records of calls that change a window, by any identity,
 * denied ones included (an attempt to declare a window someone is not
 * allowed to is news). PutParameter and DeleteParameter name the parameter
 * in `requestParameters.name`, DeleteParameters in `requestParameters.names`,
 * as a name or an ARN: the wildcard matches both.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-wildcard-matching
 */
export function windowChangePattern(): events.EventPattern {
  const onPath = [{ wildcard: `*${PLANNED_ROOT_USE_PATH.slice(1)}*` }];
  return {
    source: ['aws.ssm'],
    detailType: ['AWS API Call via CloudTrail'],
    detail: {
      eventSource: ['ssm.amazonaws.com'],
      eventName: ['PutParameter', 'DeleteParameter', 'DeleteParameters', 'LabelParameterVersion'],
      $or: [
        { requestParameters: { name: onPath } },
        { requestParameters: { names: onPath } },
      ],
    },
  } as unknown as events.EventPattern;
}

/** The maximum window in whole minutes, checked: 15 minutes to 7 days. */
export function plannedWindowMinutes(where: string, prop: string, maximum: Duration | undefined): number {
  if (maximum === undefined) {
    return 240;
  }
  if (Token.isUnresolved(maximum.toString())) {
    throw new Error(`${where}: ${propLabel(prop)} must be a concrete duration, not a token`);
  }
  const minutes = maximum.toMinutes({ integral: false });
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
    throw new Error(`${where}: ${propLabel(prop)} must be whole minutes from ${MIN_MINUTES} minutes to 7 days (got ${maximum.toHumanString()})`);
  }
  return minutes;
}

/**
 * How cdk-nag writes the path's ARN in a finding: a stack's concrete region
 * and account as they are, unresolved ones as their pseudo parameters.
 */
export function nagParameterArn(stack: Stack, path: string): string {
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  return `arn:<AWS::Partition>:ssm:${region}:${account}:parameter${path}`;
}
