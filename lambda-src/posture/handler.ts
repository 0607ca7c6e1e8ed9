/**
 * The function's two callers: the daily schedule ({"trigger":"schedule"})
 * and the deploy-time custom resource. Anything else is logged and
 * checked as a scheduled run would be, so an odd invocation still checks.
 */
import { CheckDeps, CheckOutcome, runPostureCheck } from './check';
import type { PostureConfig } from './config';
import { CustomResourceEvent, Fetch, isCustomResourceEvent, respond } from './custom-resource';
import { describeError } from './log';

/** The part of Lambda's context the check reads: its account and partition. */
export interface InvocationContext {
  readonly invokedFunctionArn?: string;
  /** Lambda's; the member audit stops starting accounts as the timeout nears. */
  getRemainingTimeInMillis?(): number;
}

export interface HandlerDeps extends Omit<CheckDeps, 'config'> {
  /**
   * Reads the environment, throwing when it is bad. Called inside the
   * custom resource's error handling, so a misconfigured function still
   * answers CloudFormation.
   */
  readonly config: () => PostureConfig;
  readonly fetch?: Fetch;
}

function checkDeps(deps: HandlerDeps, context?: InvocationContext): CheckDeps {
  const remaining = context?.getRemainingTimeInMillis?.bind(context);
  const members = deps.members !== undefined && remaining !== undefined ? { ...deps.members, remainingMs: remaining } : deps.members;
  return { ...deps, members, config: deps.config() };
}

export async function handlePostureEvent(deps: HandlerDeps, event: unknown, context?: InvocationContext): Promise<CheckOutcome | undefined> {
  if (isCustomResourceEvent(event)) {
    await handleCustomResource(deps, event, context);
    return undefined;
  }
  if ((event as { trigger?: unknown } | null)?.trigger !== 'schedule') {
    deps.log.warn('Invoked with an event that is neither the schedule\'s nor a custom resource request; checking as scheduled', {
      eventKeys: typeof event === 'object' && event !== null ? Object.keys(event).slice(0, 20) : typeof event,
    });
  }
  return runPostureCheck(checkDeps(deps, context), 'schedule', context?.invokedFunctionArn);
}

/** Create and Update check with trigger 'deploy'; Delete answers at once. Every answer is SUCCESS. */
async function handleCustomResource(deps: HandlerDeps, event: CustomResourceEvent, context?: InvocationContext): Promise<void> {
  let reason = 'Nothing to do on Delete';
  if (event.RequestType !== 'Delete') {
    try {
      const outcome = await runPostureCheck(checkDeps(deps, context), 'deploy', context?.invokedFunctionArn);
      reason = `Root credential posture: ${outcome.status}${outcome.reason !== undefined ? ' (message queued)' : ''}`;
    } catch (error) {
      deps.log.error('The deploy-time posture check failed; answering SUCCESS so the deployment goes on', {
        ...describeError(error), requestType: event.RequestType,
      });
      reason = 'The posture check failed; see the function\'s log';
    }
  }
  try {
    await respond(event, reason, deps.fetch);
  } catch (error) {
    deps.log.error('Could not send the custom resource response to CloudFormation', { ...describeError(error), requestType: event.RequestType });
    throw error;
  }
  deps.log.info('Answered CloudFormation', { requestType: event.RequestType, reason });
}
