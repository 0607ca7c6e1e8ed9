/**
 * One posture check: observe, assess, compare with the stored posture,
 * queue a message when one is due, then store the posture.
 *
 * Send first, then store: a message that failed to queue leaves the old
 * posture stored, so the next check finds the same change and tries again;
 * no change alert is ever lost. A crash (or a failed write) between the two
 * sends the message again at the next check, which is the lesser harm.
 */
import { randomUUID } from 'node:crypto';
import type { IAMClient } from '@aws-sdk/client-iam';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { assess } from './assess';
import type { PostureConfig } from './config';
import { decide } from './decide';
import type { PostureReason, Trigger } from './events';
import { FindingState, overallState } from './findings';
import { describeError, Logger } from './log';
import { summarizeMembers, MemberSummary } from './member-summary';
import { auditMembers, MemberAuditDeps } from './members';
import { buildPostureMessage } from './message';
import { observe, placeOf } from './observe';
import { readState, writeState } from './state';

export interface CheckDeps {
  readonly iam: IAMClient;
  readonly ssm: SSMClient;
  readonly sqs: SQSClient;
  readonly config: PostureConfig;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** What the member audit calls; it runs only with these and config.auditSessionTable. */
  readonly members?: MemberAuditDeps;
}

export interface CheckOutcome {
  readonly reason?: PostureReason;
  readonly status: FindingState;
  readonly changed: boolean;
}

export async function runPostureCheck(deps: CheckDeps, trigger: Trigger, functionArn: string | undefined): Promise<CheckOutcome> {
  const { config, log } = deps;
  const place = placeOf(functionArn);
  const now = (deps.now ?? (() => new Date()))();

  const findings = assess(await observe(deps.iam, place, config.checkOrganizationFeatures, log), config.requireHardwareMfa);
  const { previous, previousMembers, unreadable } = await readState(deps.ssm, config.stateParameterName, log);
  const members = deps.members !== undefined && config.auditSessionTable !== undefined
    ? summarizeMembers(await auditMembers(deps.members, place, config.requireHardwareMfa), previousMembers) : undefined;
  const decision = decide(findings, previous, trigger,
    members !== undefined ? { stored: members.stored, bad: members.stored.bad > 0 } : undefined, previousMembers);
  const states = Object.fromEntries(findings.map((finding) => [finding.id, finding.state]));
  const memberFields = membersLogged(members);

  const status = overallState([...findings.map((finding) => finding.state), ...members !== undefined ? [members.status] : []]);
  if (decision.reason !== undefined) {
    const message = buildPostureMessage({
      findings,
      previous,
      members,
      previousMembers,
      previousUnreadable: unreadable,
      reason: decision.reason,
      trigger,
      requireHardwareMfa: config.requireHardwareMfa,
      account: place.account,
      region: config.region,
      now,
      id: (deps.newId ?? randomUUID)(),
    });
    try {
      await deps.sqs.send(new SendMessageCommand({ QueueUrl: config.alertQueueUrl, MessageBody: JSON.stringify(message) }));
    } catch (error) {
      log.error('Could not queue the posture message; the old posture stays stored, so the next check tries again', {
        ...describeError(error), reason: decision.reason, findings: states, ...memberFields,
      });
      throw error;
    }
    log.info('Posture message queued', { reason: decision.reason, trigger, status, findings: states, ...memberFields, messageId: message.id });
  } else {
    log.info('Posture unchanged or not worth a message', { trigger, findings: states, ...memberFields, firstCheck: previous === undefined });
  }

  if (decision.changed) {
    try {
      await writeState(deps.ssm, config.stateParameterName, decision.next, decision.nextMembers);
    } catch (error) {
      // Not thrown: a retried invocation would queue the message again at once.
      // The next check compares with the old posture and may report this change again.
      log.error('Could not store the posture; the next check may report this change again', {
        ...describeError(error), parameter: config.stateParameterName,
      });
    }
  }
  return { reason: decision.reason, status, changed: decision.changed };
}

/** The members' part of a log line: how many were checked, and which are not all good (the first 100). */
function membersLogged(members: MemberSummary | undefined): Record<string, unknown> {
  if (members === undefined) {
    return {};
  }
  return {
    members: members.status,
    membersChecked: members.checked,
    membersNotGood: members.notGood.slice(0, 100).map((member) => member.account),
    ...members.unavailable !== undefined ? { membersUnavailable: members.unavailable } : {},
  };
}
