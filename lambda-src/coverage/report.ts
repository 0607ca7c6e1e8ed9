import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { assessCoverage, problemKeys } from './assess';
import type { ReportConfig } from './config';
import { scanLastSeen } from './coverage-table';
import { decideReport } from './decide';
import type { CoverageReportReason } from './events';
import { isAccountId } from './ids';
import { describeError, Logger } from './log';
import { writeCoverageMetrics } from './metrics';
import { listActiveAccounts, OrganizationAccount } from './organization-accounts';
import { buildReportMessage } from './report-message';
import { readReportState, writeReportState } from './report-state';
import { Clock, epochSeconds } from './time';

export interface ReportDeps {
  readonly dynamodb: DynamoDBClient;
  readonly sqs: SQSClient;
  /** Needed when `config.listAccounts` is true. */
  readonly organizations?: OrganizationsClient;
  readonly config: ReportConfig;
  readonly clock: Clock;
  readonly log: Logger;
  /** Items per Scan call; DynamoDB's 1 MB page when unset. */
  readonly scanPageSize?: number;
  /** The report's `id`. */
  readonly newId?: () => string;
}

/** The part of Lambda's context object the report reads. */
export interface InvocationContext {
  /** arn:aws:lambda:<region>:<account>:function:<name>; its account is the hub's. */
  readonly invokedFunctionArn?: string;
}

export interface ReportOutcome {
  /** Why a report was queued; undefined when none was. */
  readonly reason?: CoverageReportReason;
  readonly covered: number;
  readonly problems: number;
}

/**
 * One scheduled check: reads the table and, if asked, the organization's
 * accounts; writes the metrics; queues a report when one is due; and only
 * then remembers what was reported, so a report that failed to queue is
 * tried again by Lambda's retry or the next run.
 */
export async function runCoverageReport(deps: ReportDeps, context?: InvocationContext): Promise<ReportOutcome> {
  const { config, log } = deps;
  const now = deps.clock();
  const nowEpoch = epochSeconds(now);

  const items = await scanLastSeen(deps.dynamodb, config.tableName, deps.scanPageSize);
  const previous = await readReportState(deps.dynamodb, config.tableName);
  const accounts = config.listAccounts ? await listAccounts(deps) : {};

  const coverage = assessCoverage({
    items,
    expectedRegions: config.expectedRegions,
    intervalMinutes: config.intervalMinutes,
    nowEpoch,
    activeAccounts: accounts.active,
    stillNeverSeen: accounts.error === undefined ? undefined : previous.accountNames,
  });
  const problems = problemKeys(coverage);
  writeCoverageMetrics(log, config.functionName, coverage.covered, problems.size, now);

  const decision = decideReport({
    problems,
    accountNames: new Map(coverage.neverSeenAccounts.map(({ account, name }) => [account, name])),
    accountListError: accounts.error,
    previous,
    now,
    nowEpoch,
  });
  const counts = {
    reportingAccountRegions: coverage.covered,
    silent: coverage.silent.length,
    neverSeenRegions: coverage.neverSeenRegions.length,
    neverSeenAccounts: coverage.neverSeenAccounts.length,
    inactiveAccountsIgnored: coverage.inactiveAccounts,
  };

  if (decision.report) {
    const message = buildReportMessage({
      coverage,
      reason: decision.report.reason,
      recovered: decision.report.recovered,
      accountListError: accounts.error,
      intervalMinutes: config.intervalMinutes,
      now,
      account: hubAccount(context),
      region: config.region,
      id: (deps.newId ?? randomUUID)(),
    });
    const body = JSON.stringify(message);
    try {
      await deps.sqs.send(new SendMessageCommand({ QueueUrl: config.alertQueueUrl, MessageBody: body }));
    } catch (error) {
      log.error('Could not queue the coverage report; what was last reported is kept, so it is tried again', { ...describeError(error), ...counts });
      throw error;
    }
    log.info('Coverage report queued', {
      reason: decision.report.reason,
      ...counts,
      recovered: decision.report.recovered.length,
      bytes: Buffer.byteLength(body),
      truncated: message.detail.truncated,
    });
  } else if (decision.allClear) {
    log.info('Coverage all clear', { ...counts, accounts: new Set(items.map(({ account }) => account)).size });
  } else {
    log.info('Coverage unchanged since the last report', { ...counts, accountListError: accounts.error });
  }

  // After the report is queued: should this write fail, the next run reports again rather than never.
  if (decision.stateChanged) {
    await writeReportState(deps.dynamodb, config.tableName, decision.next);
  }
  return { reason: decision.report?.reason, covered: coverage.covered, problems: problems.size };
}

/**
 * The organization's active accounts, or why they could not be listed.
 * A hub outside the management account and not a delegated administrator
 * is refused; the report says so rather than failing every run.
 */
async function listAccounts(deps: ReportDeps): Promise<{ active?: OrganizationAccount[]; error?: string }> {
  try {
    if (!deps.organizations) {
      throw new Error('no Organizations client was given');
    }
    return { active: await listActiveAccounts(deps.organizations) };
  } catch (error) {
    const { errorName, errorMessage } = describeError(error);
    deps.log.error('Could not list the organization\'s accounts; reporting without them', { errorName, errorMessage });
    return { error: `${errorName}: ${errorMessage}` };
  }
}

/** The hub's account id, from the function's own ARN: a report says where it comes from. */
function hubAccount(context: InvocationContext | undefined): string {
  const account = context?.invokedFunctionArn?.split(':')[4];
  if (!isAccountId(account)) {
    throw new Error(`The Lambda context has no function ARN with an account id (got '${context?.invokedFunctionArn}')`);
  }
  return account;
}
