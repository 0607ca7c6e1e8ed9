import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { dynamoAuditSessions } from './audit-sessions';
import { PostureConfig, readPostureConfig } from './config';
import { handlePostureEvent, InvocationContext } from './handler';
import { createLogger } from './log';
import type { MemberAuditDeps } from './members';

/*
 * The root credential posture check: run daily by a schedule and at each
 * deployment by a custom resource (handler.ts). The construct loads this
 * bundle from assets/posture/index.js with handler 'index.handler'.
 */

// Created once per execution environment and reused by every invocation.
// IAM is global; the SDK sends a client of any region to the partition's endpoint.
const log = createLogger();
const iam = new IAMClient({});
const ssm = new SSMClient({});
const sqs = new SQSClient({});

let config: PostureConfig | undefined;

/** The environment, read on first use: a bad one throws inside the custom resource's error handling. */
const readConfig = (): PostureConfig => (config ??= readPostureConfig(process.env, log));

/**
 * The member audit's clients, made on first use by a function that audits
 * members. STS in the function's region: AssumeRoot is not served by the
 * global endpoint, and the SDK uses the regional one
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html).
 * Organizations is global; the SDK sends a client of any region to it.
 */
let members: MemberAuditDeps | undefined;
function memberDeps({ auditSessionTable }: PostureConfig): MemberAuditDeps | undefined {
  if (auditSessionTable === undefined) {
    return undefined;
  }
  // Bounded calls: a call that hangs must not keep the deploy-time check
  // from answering CloudFormation (members.ts keeps a reserve for these).
  const bounded = { maxAttempts: 3, requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 } };
  return members ??= {
    organizations: new OrganizationsClient(bounded),
    sts: new STSClient(bounded),
    memberIam: (credentials) => new IAMClient({ ...bounded, credentials }),
    sessions: dynamoAuditSessions(new DynamoDBClient(bounded), auditSessionTable),
    log,
  };
}

export const handler = async (event: unknown, context?: InvocationContext) =>
  handlePostureEvent({ iam, ssm, sqs, config: readConfig, log, members: optionalMembers() }, event, context);

/** Never throws: a bad environment is reported by readConfig inside the handler's error handling. */
function optionalMembers(): MemberAuditDeps | undefined {
  try {
    return memberDeps(readConfig());
  } catch {
    return undefined;
  }
}
