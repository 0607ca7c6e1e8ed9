import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SQSClient } from '@aws-sdk/client-sqs';
import { readRecorderConfig, readReportConfig, RecorderConfig, ReportConfig } from './config';
import { createLogger } from './log';
import { handleHeartbeat } from './recorder';
import { InvocationContext, runCoverageReport } from './report';
import { systemClock } from './time';

/*
 * One bundle, two functions: the construct points the recorder at
 * `index.recordHeartbeat` and the report at `index.reportCoverage`. Each
 * reads only its own variables, on its first invocation, so the recorder
 * needs none of the report's.
 */

// Created once per execution environment and reused by every invocation.
const log = createLogger();
const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
// Organizations is global; the SDK sends a client of any region to the
// partition's endpoint (us-east-1 in the aws partition). Only the report
// function calls it, and only with LIST_ACCOUNTS=true.
const organizations = new OrganizationsClient({});

let recorderConfig: RecorderConfig | undefined;
let reportConfig: ReportConfig | undefined;

/** A forwarder's heartbeat, delivered by the hub's rule as the EventBridge event itself. */
export const recordHeartbeat = async (event: unknown) => {
  recorderConfig ??= readRecorderConfig(process.env, log);
  return handleHeartbeat({ dynamodb, tableName: recorderConfig.tableName, clock: systemClock, log }, event);
};

/** The hub's scheduled coverage check; the scheduled event itself carries nothing it needs. */
export const reportCoverage = async (_event: unknown, context?: InvocationContext) => {
  reportConfig ??= readReportConfig(process.env, log);
  return runCoverageReport({
    dynamodb, sqs, organizations: reportConfig.listAccounts ? organizations : undefined, config: reportConfig, clock: systemClock, log,
  }, context);
};
