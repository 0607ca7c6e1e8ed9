import { IAMClient } from '@aws-sdk/client-iam';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { PostureConfig, readPostureConfig } from './config';
import { handlePostureEvent, InvocationContext } from './handler';
import { createLogger } from './log';

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

export const handler = async (event: unknown, context?: InvocationContext) =>
  handlePostureEvent({ iam, ssm, sqs, config: readConfig, log }, event, context);
