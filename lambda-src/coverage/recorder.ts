import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { writeLastSeen } from './coverage-table';
import { checkHeartbeat } from './heartbeat';
import type { Logger } from './log';
import type { Clock } from './time';

export interface RecorderDeps {
  readonly dynamodb: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
  readonly log: Logger;
}

/** Whether the heartbeat moved its account-region's last-seen time. */
export interface RecordOutcome {
  readonly recorded: boolean;
}

/**
 * Records one heartbeat, delivered by the hub's rule as the EventBridge
 * event itself, at the time it arrived here. An event that is not a
 * trustworthy heartbeat is logged and dropped, not thrown: a retry would
 * not make it one. A failed write throws, so Lambda retries it.
 */
export async function handleHeartbeat(deps: RecorderDeps, event: unknown): Promise<RecordOutcome> {
  const check = checkHeartbeat(event);
  if ('rejection' in check) {
    deps.log.warn(`Heartbeat not recorded: ${check.rejection.reason}`, check.rejection.fields);
    return { recorded: false };
  }

  const { account, region } = check.heartbeat;
  const receivedAt = deps.clock();
  const recorded = await writeLastSeen(deps.dynamodb, deps.tableName, account, region, receivedAt);
  if (!recorded) {
    // An async retry of an older delivery, arriving after a newer one.
    deps.log.info('Heartbeat not recorded: a later one already was', { account, region, receivedAt: receivedAt.toISOString() });
  }
  // A recorded heartbeat logs nothing: thousands an hour would say only "still here".
  return { recorded };
}
