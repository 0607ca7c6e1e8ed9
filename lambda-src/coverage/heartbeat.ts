import { HEARTBEAT_DETAIL_TYPE, HEARTBEAT_SOURCE } from './events';
import { isAccountId, isRegionName } from './ids';

/** A heartbeat worth recording: the account-region EventBridge says it came from. */
export interface Heartbeat {
  readonly account: string;
  readonly region: string;
}

/** Why an event was not recorded, and the facts that show it, for the log. */
export interface Rejection {
  readonly reason: string;
  readonly fields: Record<string, unknown>;
}

export type HeartbeatCheck = { readonly heartbeat: Heartbeat } | { readonly rejection: Rejection };

/**
 * Checks an EventBridge event that should be a forwarder's heartbeat.
 *
 * Only the envelope's `account` and `region` are trusted: EventBridge sets
 * them to the account and region of the bus the event was first put on, and
 * a sender cannot choose them. The detail is the sender's to write, so a
 * detail that names another account or region means the event did not come
 * from that account's own schedule through its forwarder: it is refused
 * rather than recorded for either side. The event's `time` is ignored for
 * the same reason; the recorder uses its own clock.
 * https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 */
export function checkHeartbeat(event: unknown): HeartbeatCheck {
  const envelope = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const source = envelope.source;
  const detailType = envelope['detail-type'];
  if (source !== HEARTBEAT_SOURCE || detailType !== HEARTBEAT_DETAIL_TYPE) {
    return reject('The event is not a forwarder heartbeat', { source: clip(source), detailType: clip(detailType) });
  }

  const { account, region } = envelope;
  if (!isAccountId(account) || !isRegionName(region)) {
    return reject('The heartbeat\'s envelope has no valid account or region', { account: clip(account), region: clip(region) });
  }

  const detail = (typeof envelope.detail === 'object' && envelope.detail !== null ? envelope.detail : {}) as Record<string, unknown>;
  const detailAccount = detail.account;
  const detailRegion = detail.region;
  if ((detailAccount !== undefined && detailAccount !== account) || (detailRegion !== undefined && detailRegion !== region)) {
    return reject('The heartbeat\'s detail names another account or region than its envelope, so it did not come through that account\'s forwarder', {
      account, region, detailAccount: clip(detailAccount), detailRegion: clip(detailRegion),
    });
  }

  return { heartbeat: { account, region } };
}

function reject(reason: string, fields: Record<string, unknown>): HeartbeatCheck {
  return { rejection: { reason, fields } };
}

/** A sender-controlled value, cut short so a hostile event cannot flood the log. */
function clip(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > 64 ? `${value.slice(0, 64)}…` : value;
  }
  return value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean' ? value : `(${typeof value})`;
}
