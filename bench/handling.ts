/**
 * Per-event handling time of the notifier's own code: parse, classify,
 * format and hand a PublishCommand to the SNS client. The SDK clients are
 * stubs that answer at once, so neither the network nor the SDK's middleware
 * is timed, and every call they receive is counted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { PROJECT_ROOT } from './bundle';
import { mean, percentile } from './stats';
import { AccountAliasResolver } from '../lambda-src/notifier/accounts/account-alias';
import { readConfig } from '../lambda-src/notifier/config';
import { createNotifier } from '../lambda-src/notifier/delivery/notifier';
import { createLogger } from '../lambda-src/notifier/log';

const FIXTURE_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:alerts';
/** The fixtures' own account, so the alias is looked up and shown. */
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:root-activity-notifier' };

export interface HandlingOptions {
  /** Passes over every fixture before timing starts (JIT warm-up). */
  readonly warmupPasses: number;
  /** Timed passes over every fixture. */
  readonly passes: number;
  /** The TIME_ZONE setting; a zone other than UTC costs a conversion per alert. */
  readonly timeZone: string;
}

export interface FixtureTiming {
  readonly name: string;
  readonly meanUs: number;
  readonly p99Us: number;
}

export interface HandlingResult {
  readonly fixtures: number;
  /** Every handler call, warm-up included. */
  readonly handled: number;
  readonly timedEvents: number;
  readonly meanUs: number;
  readonly p99Us: number;
  readonly perFixture: FixtureTiming[];
  readonly publishes: number;
  readonly aliasLookUps: number;
  /** Calls the stubs did not expect, e.g. a Publish to another topic or without a message. */
  readonly unexpectedCalls: string[];
}

export async function measureHandling(options: HandlingOptions): Promise<HandlingResult> {
  const counts = { publishes: 0, aliasLookUps: 0 };
  const unexpectedCalls: string[] = [];

  // Plain objects rather than aws-sdk-client-mock, whose sinon stubs would
  // add their own overhead to every timed event. A call they do not expect is
  // recorded and answered anyway, so the run finishes and reports it.
  const sns = {
    send: async (command: unknown) => {
      if (command instanceof PublishCommand && command.input.TopicArn === TOPIC_ARN && command.input.Message) {
        counts.publishes++;
      } else {
        unexpectedCalls.push(`SNS ${describe(command)}`);
      }
      return { MessageId: `bench-${counts.publishes}` };
    },
  };
  const iam = {
    send: async (command: unknown) => {
      if (command instanceof ListAccountAliasesCommand) {
        counts.aliasLookUps++;
      } else {
        unexpectedCalls.push(`IAM ${describe(command)}`);
      }
      return { AccountAliases: ['bench-alias'] };
    },
  };

  // The real logger with a sink that drops lines: building each JSON line is
  // timed, writing it to stdout is not.
  const log = createLogger(() => undefined);
  const config = readConfig({ TOPIC_ARN, TIME_ZONE: options.timeZone }, log);
  if (config.timeZone !== options.timeZone) {
    throw new Error(`TIME_ZONE ${options.timeZone} was not accepted`);
  }
  // One resolver for the whole run, as one execution environment has.
  const aliases = new AccountAliasResolver(iam as unknown as IAMClient, log);
  const handler = createNotifier({ sns: sns as unknown as SNSClient, aliases, config, log });

  const fixtures = fs.readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')).sort()
    .map((name) => ({ name, event: JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8')) as unknown, samples: [] as number[] }));
  if (fixtures.length === 0) {
    throw new Error(`no fixtures in ${FIXTURE_DIR}`);
  }

  let handled = 0;
  for (let pass = 0; pass < options.warmupPasses + options.passes; pass++) {
    for (const fixture of fixtures) {
      const start = process.hrtime.bigint();
      await handler(fixture.event, CONTEXT);
      const micros = Number(process.hrtime.bigint() - start) / 1000;
      handled++;
      if (pass >= options.warmupPasses) {
        fixture.samples.push(micros);
      }
    }
  }

  const all = fixtures.flatMap((fixture) => fixture.samples);
  return {
    fixtures: fixtures.length,
    handled,
    timedEvents: all.length,
    meanUs: mean(all),
    p99Us: percentile(all, 99),
    perFixture: fixtures.map((fixture) => ({ name: fixture.name, meanUs: mean(fixture.samples), p99Us: percentile(fixture.samples, 99) })),
    publishes: counts.publishes,
    aliasLookUps: counts.aliasLookUps,
    unexpectedCalls,
  };
}

function describe(command: unknown): string {
  return typeof command === 'object' && command !== null ? command.constructor.name : typeof command;
}
