/**
 * The shipped bundle, end to end: assets/notifier/index.js runs in a fresh
 * Node process with its real AWS SDK clients, pointed by AWS_ENDPOINT_URL_*
 * at a local server that answers in SNS's, IAM's and Organizations' own wire format. This
 * catches what stubbed clients cannot: request encoding, endpoint and region
 * resolution, and the bundle itself.
 */
import { spawn } from 'child_process';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { chatProblems } from './chat-support';
import { MAX_FIELD_LENGTH } from '../../lambda-src/notifier/events/root-event';
import { fixture } from '../helpers';

const BUNDLE = path.join(__dirname, '..', '..', 'assets', 'notifier', 'index.js');
const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:root-activity';

interface Captured {
  readonly host: string;
  readonly params: URLSearchParams;
  /** The operation of a JSON-protocol request (Organizations), from X-Amz-Target. */
  readonly target?: string;
  readonly body: string;
}

const IAM_ALIASES = `<ListAccountAliasesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
<ListAccountAliasesResult><IsTruncated>false</IsTruncated><AccountAliases><member>acme-production</member></AccountAliases></ListAccountAliasesResult>
<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></ListAccountAliasesResponse>`;

const SNS_PUBLISHED = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
<PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></PublishResult>
<ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata></PublishResponse>`;

/** What Organizations answers to DescribeAccount (awsJson1_1). */
const ORGANIZATIONS_ACCOUNT = JSON.stringify({
  Account: { Id: '444455556666', Arn: 'arn:aws:organizations::111122223333:account/o-exampleorgid/444455556666', Name: 'Sandbox', Status: 'ACTIVE' },
});

/** A local stand-in for IAM, SNS and Organizations that records each request. */
async function startFakeAws(): Promise<{ url: string; requests: Captured[]; close: () => Promise<void> }> {
  const requests: Captured[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const params = new URLSearchParams(body);
      const target = req.headers['x-amz-target'] as string | undefined;
      requests.push({ host: req.headers.host ?? '', params, target, body });
      if (target !== undefined) {
        res.setHeader('content-type', 'application/x-amz-json-1.1');
        res.end(ORGANIZATIONS_ACCOUNT);
        return;
      }
      res.setHeader('content-type', 'text/xml');
      res.end(params.get('Action') === 'ListAccountAliases' ? IAM_ALIASES : SNS_PUBLISHED);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Loads the bundle in a fresh process and invokes its handler once per event. */
function runBundle(endpoint: string, events: unknown[], env: Record<string, string> = {}):
Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `
    const { handler } = require(${JSON.stringify(BUNDLE)});
    const events = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const context = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' };
    (async () => { for (const event of events) await handler(event, context); })()
      .catch((error) => { console.error('HANDLER FAILED', error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      TOPIC_ARN,
      TIME_ZONE: 'Europe/Berlin',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_ENDPOINT_URL_SNS: endpoint,
      AWS_ENDPOINT_URL_IAM: endpoint,
      AWS_ENDPOINT_URL_ORGANIZATIONS: endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.end(JSON.stringify(events));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the bundled notifier against local IAM and SNS endpoints', () => {
  let fake: Awaited<ReturnType<typeof startFakeAws>>;
  beforeEach(async () => { fake = await startFakeAws(); });
  afterEach(async () => { await fake.close(); });

  test('looks up the alias once and publishes one readable alert per event', async () => {
    const events = [fixture('root-console-login-no-mfa.json'), fixture('root-api-stop-logging.json')];
    const result = await runBundle(fake.url, events);

    expect(result.stderr).not.toContain('HANDLER FAILED');
    expect(result.code).toBe(0);
    const actions = fake.requests.map((request) => request.params.get('Action'));
    expect(actions).toEqual(['ListAccountAliases', 'Publish', 'Publish']);

    const publish = fake.requests[1].params;
    expect(publish.get('TopicArn')).toBe(TOPIC_ARN);
    expect(publish.get('Subject')).toBe('CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)');
    expect(publish.get('Message')).toContain('MFA used:    No');
    const attributes = new Map<string, string>();
    for (let i = 1; publish.has(`MessageAttributes.entry.${i}.Name`); i++) {
      expect(publish.get(`MessageAttributes.entry.${i}.Value.DataType`)).toBe('String');
      attributes.set(publish.get(`MessageAttributes.entry.${i}.Name`)!, publish.get(`MessageAttributes.entry.${i}.Value.StringValue`)!);
    }
    expect(attributes.get('severity')).toBe('CRITICAL');
    expect(attributes.get('account')).toBe('acme-production');
  });

  test('logs one JSON line per alert, naming the published message', async () => {
    const result = await runBundle(fake.url, [fixture('root-console-login-failure.json')]);

    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toContainEqual(expect.objectContaining({
      level: 'INFO',
      message: 'Published root activity alert',
      messageId: '567910cd-659e-55d4-8ccb-5aaf14679dc0',
      eventName: 'ConsoleLogin',
    }));
  });

  test('turns a batch from the alert queue into one summary naming every event, with the real SDK', async () => {
    const records = Array.from({ length: 5 }, (_, i) => {
      const event = fixture('root-api-describe-instances-readonly.json');
      event.detail.eventID = `queued-event-${i}`;
      return { messageId: `sqs-${i}`, eventSource: 'aws:sqs', body: JSON.stringify(event) };
    });
    const result = await runBundle(fake.url, [{ Records: records }]);

    expect(result.stderr).not.toContain('HANDLER FAILED');
    const publishes = fake.requests.filter((request) => request.params.get('Action') === 'Publish');
    expect(publishes).toHaveLength(1);
    expect(publishes[0].params.get('Subject')).toMatch(/^MEDIUM: 5 root events in 1 session/);
    for (let i = 0; i < 5; i++) {
      expect(publishes[0].params.get('Message')).toContain(`queued-event-${i}`);
    }
  }, 30_000);

  test('names a member account by its name in AWS Organizations, asked once, with the real SDK', async () => {
    const events = [fixture('org-member-root-api-call.json'), fixture('org-member-root-api-call.json')];
    const result = await runBundle(fake.url, events, { LOOK_UP_ACCOUNT_NAMES: 'true' });

    expect(result.stderr).not.toContain('HANDLER FAILED');
    const lookUps = fake.requests.filter((request) => request.target !== undefined);
    expect(lookUps.map((request) => request.target)).toEqual(['AWSOrganizationsV20161128.DescribeAccount']);
    expect(JSON.parse(lookUps[0].body)).toEqual({ AccountId: '444455556666' });
    const publishes = fake.requests.filter((request) => request.params.get('Action') === 'Publish');
    expect(publishes.map((request) => request.params.get('Subject'))).toEqual(Array(2).fill(
      'MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Sandbox (444455556666)'));
    // The event is another account's: the hub's alias is not asked for.
    expect(fake.requests.some((request) => request.params.get('Action') === 'ListAccountAliases')).toBe(false);
  });

  test('publishes through the real SDK even when a field is cut next to an emoji', async () => {
    const event = fixture('root-api-s3-put-bucket-policy.json');
    // The cap keeps MAX_FIELD_LENGTH - 3 units and adds '...': put the
    // emoji's first half exactly at the last unit kept.
    event.detail.userAgent = `${'a'.repeat(MAX_FIELD_LENGTH - 4)}😀 and more`;
    const result = await runBundle(fake.url, [event]);

    expect(result.code).toBe(0);
    expect(fake.requests.filter((request) => request.params.get('Action') === 'Publish')).toHaveLength(1);
  });

  test('publishes the chat message as the whole body, with the real SDK, whatever text the event holds', async () => {
    const chat = 'arn:aws:sns:eu-west-1:111122223333:root-activity-chat';
    const event = fixture('root-console-login-no-mfa.json');
    event.detail.userAgent = `${'a'.repeat(150)}😀 <!channel> \`x\` ${'é'.repeat(3000)}`;
    const result = await runBundle(fake.url, [event], { CHAT_TOPIC_ARN: chat });

    expect(result.stderr).not.toContain('HANDLER FAILED');
    const publishes = fake.requests.filter((request) => request.params.get('Action') === 'Publish');
    expect(publishes.map((request) => request.params.get('TopicArn'))).toEqual([TOPIC_ARN, chat]);
    expect(publishes[1].params.has('Subject')).toBe(false);
    const body = JSON.parse(publishes[1].params.get('Message')!);
    expect(chatProblems(body)).toEqual([]);
    expect(body.content.title).toBe('CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)');
  });
});
