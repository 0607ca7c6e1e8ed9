/**
 * The posture last seen, kept in an SSM String parameter that the construct
 * creates with the value 'none'. The value is small JSON whatever the
 * organization's size (the members' posture is kept as a digest), far
 * below the standard tier's 4 KB
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html).
 */
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { FindingId, FindingState, isFindingId, isFindingState } from './findings';
import { describeError, Logger } from './log';

/** Each finding's state at the last check. */
export type StoredPosture = ReadonlyMap<FindingId, FindingState>;

/**
 * The member accounts' posture at the last check, small whatever the
 * organization's size: a digest of the bad members and their bad findings
 * (member-summary.ts), and how many members were bad.
 */
export interface StoredMembers {
  readonly digest: string;
  readonly bad: number;
}

/**
 * What was read: the stored posture; undefined for none stored yet; and
 * `unreadable` when it could not be read or understood, which counts as
 * none stored. Never throws: a check that failed on its own state every
 * day would never report anything.
 */
export interface ReadState {
  readonly previous?: StoredPosture;
  /** The members' posture stored with it; absent when the check read none. */
  readonly previousMembers?: StoredMembers;
  readonly unreadable?: boolean;
}

export async function readState(ssm: SSMClient, name: string, log: Logger): Promise<ReadState> {
  let value: string | undefined;
  try {
    value = (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter?.Value;
  } catch (error) {
    log.error('Could not read the stored posture; counting this check as the first', { ...describeError(error), parameter: name });
    return { unreadable: true };
  }
  if (value === undefined || value.trim() === 'none') {
    return {};
  }
  const decoded = decodeStoredState(value);
  if (decoded === undefined) {
    log.error('The stored posture is not what this function writes; counting this check as the first', { parameter: name, value: value.slice(0, 200) });
    return { unreadable: true };
  }
  return { previous: decoded.posture, ...decoded.members !== undefined ? { previousMembers: decoded.members } : {} };
}

export async function writeState(ssm: SSMClient, name: string, posture: StoredPosture, members?: StoredMembers): Promise<void> {
  await ssm.send(new PutParameterCommand({ Name: name, Value: encodeState(posture, members), Type: 'String', Overwrite: true }));
}

/** {"v":1,"findings":{"root-mfa":"good",...},"members":{"digest":"…","bad":2}}, members only when checked. */
export function encodeState(posture: StoredPosture, members?: StoredMembers): string {
  return JSON.stringify({ v: 1, findings: Object.fromEntries(posture), ...members !== undefined ? { members } : {} });
}

/** The posture and members in `value`, or undefined when it is not what this function writes. */
export function decodeStoredState(value: string): { posture: StoredPosture; members?: StoredMembers } | undefined {
  const posture = decodeState(value);
  if (posture === undefined) {
    return undefined;
  }
  const { members } = JSON.parse(value) as { members?: unknown };
  if (members === undefined) {
    return { posture };
  }
  const { digest, bad } = (typeof members === 'object' && members !== null ? members : {}) as { digest?: unknown; bad?: unknown };
  if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest) || !Number.isInteger(bad) || (bad as number) < 0) {
    return undefined;
  }
  return { posture, members: { digest, bad: bad as number } };
}

/** The posture in `value`, or undefined when it is not one this function wrote. */
export function decodeState(value: string): StoredPosture | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const { v, findings } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { v?: unknown; findings?: unknown };
  if (v !== 1 || typeof findings !== 'object' || findings === null || Array.isArray(findings)) {
    return undefined;
  }
  const entries = Object.entries(findings);
  if (!entries.every(([id, state]) => isFindingId(id) && isFindingState(state))) {
    return undefined;
  }
  return new Map(entries as Array<[FindingId, FindingState]>);
}
