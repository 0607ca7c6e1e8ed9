import * as iamSdk from '@aws-sdk/client-iam';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import * as organizationsSdk from '@aws-sdk/client-organizations';
import { DescribeAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import * as snsSdk from '@aws-sdk/client-sns';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { fixture } from '../helpers';

type IndexModule = typeof import('../../lambda-src/notifier/index');

const snsMock = mockClient(SNSClient);
const iamMock = mockClient(IAMClient);
const organizationsMock = mockClient(OrganizationsClient);

const TOPIC_ARN = 'arn:aws:sns:eu-central-1:111122223333:root-activity';
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:x' };
const SAVED_ENV = { ...process.env };

/**
 * Loads a fresh copy of index.ts with the given environment, as a cold start
 * would. The SDK modules are shared with this file, so the mocks above (which
 * patch the client classes) and PublishCommand matching still apply.
 */
function loadIndex(env: Record<string, string>): IndexModule {
  process.env = { ...SAVED_ENV, ...env };
  let loaded: IndexModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('@aws-sdk/client-sns', () => snsSdk);
    jest.doMock('@aws-sdk/client-iam', () => iamSdk);
    jest.doMock('@aws-sdk/client-organizations', () => organizationsSdk);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('../../lambda-src/notifier/index') as IndexModule;
  });
  return loaded!;
}

let consoleLog: jest.SpyInstance;

beforeEach(() => {
  snsMock.reset();
  iamMock.reset();
  organizationsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'msg-index' });
  iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-alias'] });
  organizationsMock.on(DescribeAccountCommand).resolves({ Account: { Name: 'Looked-up name' } });
  consoleLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  consoleLog.mockRestore();
  process.env = { ...SAVED_ENV };
});

afterAll(() => {
  snsMock.restore();
  iamMock.restore();
  organizationsMock.restore();
});

describe('index', () => {
  test('exports a handler that publishes to the configured topic', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, TIME_ZONE: 'Europe/Berlin', ACCOUNT_NAME: 'Acme Production' });

    await expect(handler(fixture('root-console-login-no-mfa.json'), CONTEXT)).resolves.toEqual({ messageId: 'msg-index' });

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    const input = snsMock.commandCalls(PublishCommand)[0].args[0].input;
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(input.Subject).toMatch(/^CRITICAL: .*Acme Production/);
    expect(input.Message).toMatch(/Europe\/Berlin \(2024-11-04 22:03:17 UTC\)/);
  });

  test('publishes through an SNS client in the topic region, not the function region', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, AWS_REGION: 'us-east-1' });

    await handler(fixture('root-api-stop-logging.json'), CONTEXT);

    const client = snsMock.commandCalls(PublishCommand)[0].thisValue as SNSClient;
    await expect(client.config.region()).resolves.toBe('eu-central-1');
  });

  test('looks up the account alias through IAM when no account name is set', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, AWS_REGION: 'us-east-1' });

    await handler(fixture('root-api-stop-logging.json'), CONTEXT);

    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 1);
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Subject).toContain('acme-alias');
  });

  test('logs JSON lines to the console', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, TIME_ZONE: 'Not/AZone' });

    await handler(fixture('root-api-stop-logging.json'), CONTEXT);

    const entries = consoleLog.mock.calls.map(([line]) => JSON.parse(line as string));
    expect(entries).toEqual([
      expect.objectContaining({ level: 'WARN', message: expect.stringMatching(/TIME_ZONE/) }),
      expect.objectContaining({ level: 'INFO', messageId: 'msg-index' }),
    ]);
  });

  test('fails to load, naming TOPIC_ARN, when the topic is not configured', () => {
    expect(() => loadIndex({ TOPIC_ARN: '' })).toThrow(/TOPIC_ARN/);
  });

  test('names other accounts from ACCOUNT_NAMES, without looking names up unless told to', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, ACCOUNT_NAMES: '444455556666=Sandbox' });

    await handler(fixture('org-member-root-api-call.json'), CONTEXT);
    await handler(memberEvent('777788889999'), CONTEXT);

    const subjects = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input.Subject);
    expect(subjects[0]).toMatch(/\| Sandbox \(444455556666\)$/);
    expect(subjects[1]).toMatch(/\| 777788889999$/);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });

  test('looks names up in AWS Organizations when LOOK_UP_ACCOUNT_NAMES is true', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, LOOK_UP_ACCOUNT_NAMES: 'true' });

    await handler(memberEvent('777788889999'), CONTEXT);

    expect(organizationsMock).toHaveReceivedCommandWith(DescribeAccountCommand, { AccountId: '777788889999' });
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Subject).toMatch(/\| Looked-up name \(777788889999\)$/);
  });

  test('copies to CHAT_TOPIC_ARN and PAGING_TOPIC_ARN, each through a client in its own region', async () => {
    const chat = 'arn:aws:sns:eu-central-1:111122223333:root-activity-chat';
    const paging = 'arn:aws:sns:us-west-2:111122223333:pagerduty';
    const { handler } = loadIndex({ TOPIC_ARN, CHAT_TOPIC_ARN: chat, PAGING_TOPIC_ARN: paging, PAGING_MINIMUM_SEVERITY: 'CRITICAL' });

    await handler(fixture('root-console-login-no-mfa.json'), CONTEXT);

    const calls = snsMock.commandCalls(PublishCommand);
    expect(calls.map((call) => call.args[0].input.TopicArn)).toEqual([TOPIC_ARN, paging, chat]);
    const regions = await Promise.all(calls.map((call) => (call.thisValue as SNSClient).config.region()));
    expect(regions).toEqual(['eu-central-1', 'us-west-2', 'eu-central-1']);
    expect(JSON.parse(calls[2].args[0].input.Message!)).toMatchObject({ version: '1.0', source: 'custom' });
  });

  test('drops privileged root tasks when ASSUMED_ROOT_TASKS is drop', async () => {
    const { handler } = loadIndex({ TOPIC_ARN, ASSUMED_ROOT_TASKS: 'drop' });

    await expect(handler(fixture('org-assumed-root-delete-login-profile.json'), CONTEXT)).resolves.toEqual({ dropped: true });

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 0);
  });
});

/** The member fixture as if from `accountId`. */
function memberEvent(accountId: string) {
  return JSON.parse(JSON.stringify(fixture('org-member-root-api-call.json')).split('444455556666').join(accountId));
}
