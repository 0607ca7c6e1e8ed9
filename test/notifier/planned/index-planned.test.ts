import * as iamSdk from '@aws-sdk/client-iam';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import * as snsSdk from '@aws-sdk/client-sns';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import * as ssmSdk from '@aws-sdk/client-ssm';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { PATH, windowParameter, windowValue } from './fake-window-store';
import { fixture } from '../../helpers';

type IndexModule = typeof import('../../../lambda-src/notifier/index');

// index.ts is the one file that imports the SSM SDK: these tests check its
// wiring of the SDK client to the planned-use code, on a mocked client.
const snsMock = mockClient(SNSClient);
const iamMock = mockClient(IAMClient);
const ssmMock = mockClient(SSMClient);
const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';
const CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:x' };
const SAVED_ENV = { ...process.env };

function loadIndex(env: Record<string, string>): IndexModule {
  process.env = { ...SAVED_ENV, AWS_REGION: 'us-east-1', TOPIC_ARN, ...env };
  let loaded: IndexModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('@aws-sdk/client-sns', () => snsSdk);
    jest.doMock('@aws-sdk/client-iam', () => iamSdk);
    jest.doMock('@aws-sdk/client-ssm', () => ssmSdk);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('../../../lambda-src/notifier/index') as IndexModule;
  });
  return loaded!;
}

let consoleLog: jest.SpyInstance;

beforeEach(() => {
  snsMock.reset();
  iamMock.reset();
  ssmMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'm' });
  iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: [] });
  consoleLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  consoleLog.mockRestore();
  process.env = { ...SAVED_ENV };
});

afterAll(() => {
  snsMock.restore();
  iamMock.restore();
  ssmMock.restore();
});

// root-api-create-access-key.json: CRITICAL, 2024-11-04T09:21:08Z, account 111122223333.
const WINDOW = windowParameter('chg-1234', windowValue({ start: '2024-11-04T09:00:00Z', end: '2024-11-04T10:00:00Z' }), '2024-11-04T08:00:00Z');
const RECORD = { messageId: 'sqs-1', eventSource: 'aws:sqs', body: JSON.stringify(fixture('root-api-create-access-key.json')) };

describe('the handler with planned root use', () => {
  test('reads windows with GetParametersByPath on the path and lowers the event in one', async () => {
    ssmMock.on(GetParametersByPathCommand).resolves({ Parameters: [WINDOW as ssmSdk.Parameter] });
    const { handler } = loadIndex({ PLANNED_USE_PATH: PATH });
    await handler({ Records: [RECORD] }, CONTEXT);
    expect(ssmMock).toHaveReceivedCommandWith(GetParametersByPathCommand, { Path: PATH, Recursive: false, MaxResults: 10 });
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Subject).toMatch(/^HIGH: /);
  });

  test('makes no SSM call without PLANNED_USE_PATH', async () => {
    ssmMock.on(GetParametersByPathCommand).resolves({ Parameters: [WINDOW as ssmSdk.Parameter] });
    const { handler } = loadIndex({});
    await handler({ Records: [RECORD] }, CONTEXT);
    expect(ssmMock).toHaveReceivedCommandTimes(GetParametersByPathCommand, 0);
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Subject).toMatch(/^CRITICAL: /);
  });

  test('an SSM failure leaves the alert at its usual severity', async () => {
    ssmMock.on(GetParametersByPathCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $retryable: {} }));
    const { handler } = loadIndex({ PLANNED_USE_PATH: PATH });
    const result = await handler({ Records: [RECORD] }, CONTEXT);
    expect(result).toEqual({ batchItemFailures: [] });
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Subject).toMatch(/^CRITICAL: /);
  });
});
