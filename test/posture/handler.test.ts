import * as path from 'node:path';
import { customResourceEvent, ResponseServer, startResponseServer } from './response-server';
import { CONTEXT, goodAccount, harness } from './support';
import { handlePostureEvent, HandlerDeps } from '../../lambda-src/posture/handler';

let server: ResponseServer;

beforeEach(async () => {
  server = await startResponseServer();
});

afterEach(async () => {
  await server.close();
});

function handlerDeps(h: ReturnType<typeof harness>, config?: () => never): HandlerDeps {
  return { ...h.deps, config: config ?? (() => h.deps.config) };
}

describe('the posture handler', () => {
  test('runs the check on the schedule\'s event', async () => {
    const h = harness(goodAccount({ accessKeys: 1 }));
    await expect(handlePostureEvent(handlerDeps(h), { trigger: 'schedule' }, CONTEXT)).resolves.toMatchObject({ reason: 'first-check' });
    expect(h.sqs.sent).toHaveLength(1);
    expect(server.received).toHaveLength(0);
  });

  test.each(['Create', 'Update'] as const)('on %s checks with trigger deploy, then PUTs SUCCESS to the ResponseURL', async (requestType) => {
    const h = harness(goodAccount({ mfaEnabled: false }));
    const event = customResourceEvent(requestType, server.url);
    await handlePostureEvent(handlerDeps(h), event, CONTEXT);

    expect(h.sqs.sent.map((message) => message.detail.trigger)).toEqual(['deploy']);
    expect(server.received).toHaveLength(1);
    const [put] = server.received;
    expect(put.method).toBe('PUT');
    expect(put.url).toBe('/cloudformation-response?X-Amz-Signature=abc');
    // The presigned URL is signed without a content type.
    expect(put.headers['content-type'] ?? '').toBe('');
    expect(put.body).toEqual({
      Status: 'SUCCESS',
      Reason: 'Root credential posture: bad (message queued)',
      PhysicalResourceId: 'root-credential-posture-check',
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: 'PostureCheck',
    });
  });

  test('on Delete answers SUCCESS at once, calling nothing and reading no configuration', async () => {
    const h = harness(goodAccount());
    const config = jest.fn(() => { throw new Error('should not be read'); });
    await handlePostureEvent(handlerDeps(h, config), customResourceEvent('Delete', server.url), CONTEXT);
    expect(config).not.toHaveBeenCalled();
    expect(h.iam.calls).toEqual([]);
    expect(server.received.map((put) => [put.body.Status, put.body.Reason])).toEqual([['SUCCESS', 'Nothing to do on Delete']]);
  });

  test('a check whose message cannot be queued still answers SUCCESS', async () => {
    const h = harness(goodAccount({ accessKeys: 1 }));
    h.sqs.state.fails = true;
    await handlePostureEvent(handlerDeps(h), customResourceEvent('Update', server.url), CONTEXT);
    expect(server.received[0].body).toMatchObject({ Status: 'SUCCESS', Reason: 'The posture check failed; see the function\'s log' });
  });

  test('a check that fails still answers SUCCESS, and logs why', async () => {
    const h = harness(goodAccount());
    await handlePostureEvent(handlerDeps(h), customResourceEvent('Create', server.url), { invokedFunctionArn: 'not-an-arn' });
    expect(server.received[0].body).toMatchObject({ Status: 'SUCCESS', Reason: 'The posture check failed; see the function\'s log' });
    expect(h.entries().find((entry) => entry.level === 'ERROR')).toMatchObject({
      message: expect.stringMatching(/^The deploy-time posture check failed/), errorMessage: expect.stringMatching(/no function ARN/),
    });
  });

  test('a misconfigured function still answers SUCCESS on Create', async () => {
    const h = harness(goodAccount());
    await handlePostureEvent(handlerDeps(h, () => { throw new Error('ALERT_QUEUE_URL must be set (got nothing)'); }),
      customResourceEvent('Create', server.url), CONTEXT);
    expect(server.received[0].body.Status).toBe('SUCCESS');
  });

  test('only a failed PUT throws, so Lambda retries the answer', async () => {
    const h = harness(goodAccount());
    server.status = 403;
    await expect(handlePostureEvent(handlerDeps(h), customResourceEvent('Delete', server.url), CONTEXT)).rejects.toThrow(/answered 403/);
    await server.close();
    await expect(handlePostureEvent(handlerDeps(h), customResourceEvent('Delete', server.url), CONTEXT)).rejects.toThrow();
    server = await startResponseServer();
  });

  test('checks as scheduled, with a warning, when invoked with something else', async () => {
    const h = harness(goodAccount());
    await handlePostureEvent(handlerDeps(h), { hello: 'world' }, CONTEXT);
    expect(h.iam.calls[0]).toBe('GetAccountSummaryCommand');
    expect(h.entries()[0]).toMatchObject({ level: 'WARN', eventKeys: ['hello'] });
  });
});

describe('the bundle', () => {
  test('assets/posture/index.js exports index.handler, which answers a Delete with no AWS call', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(path.join(__dirname, '..', '..', 'assets', 'posture', 'index.js')) as { handler: (event: unknown, context: unknown) => Promise<unknown> };
    expect(typeof bundle.handler).toBe('function');
    await bundle.handler(customResourceEvent('Delete', server.url), CONTEXT);
    expect(server.received[0].body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'root-credential-posture-check' });
  });
});
