import { IAMClient } from '@aws-sdk/client-iam';
import { SNSClient } from '@aws-sdk/client-sns';
import { AccountAliasResolver } from './account-alias';
import { readConfig } from './config';
import { createLogger } from './log';
import { createNotifier } from './notifier';

// Created once per execution environment and reused by every invocation.
const log = createLogger();
const config = readConfig(process.env, log);
// The topic may live in another region (one topic for all regions), and an
// SNS client can only publish to topics in its own region.
const sns = new SNSClient({ region: config.topicRegion });
const iam = new IAMClient({});

export const handler = createNotifier({ sns, aliases: new AccountAliasResolver(iam, log), config, log });
