import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { DescribeAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  HUB, HUB_ALIAS, HUB_CONTEXT, hubBatchNotifier, hubNotifier, inAccount, line, publishedInputs, queued, SANDBOX, STAGING, UNNAMED,
} from './organization-support';
import { isValidSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture, fixtureNames } from '../../helpers';

const snsMock = mockClient(SNSClient);
const iamMock = mockClient(IAMClient);
const organizationsMock = mockClient(OrganizationsClient);

const MEMBER_CALL = 'org-member-root-api-call.json';
const HUB_NAME = 'Security Hub';

beforeEach(() => {
  snsMock.reset();
  iamMock.reset();
  organizationsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'msg' });
  iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: [HUB_ALIAS] });
  organizationsMock.on(DescribeAccountCommand).rejects(Object.assign(new Error('not in the organization'), { name: 'AccountNotFoundException' }));
  organizationsMock.on(DescribeAccountCommand, { AccountId: STAGING }).resolves({ Account: { Id: STAGING, Name: 'Staging' } });
  organizationsMock.on(DescribeAccountCommand, { AccountId: HUB }).resolves({ Account: { Id: HUB, Name: 'Organizations name of the hub' } });
  organizationsMock.on(DescribeAccountCommand, { AccountId: UNNAMED }).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
});

afterAll(() => {
  snsMock.restore();
  iamMock.restore();
  organizationsMock.restore();
});

function only() {
  const inputs = publishedInputs(snsMock);
  expect(inputs).toHaveLength(1);
  return inputs[0];
}

describe('the account a member event names, in the single-event path', () => {
  test('names a member by its ACCOUNT_NAMES entry, without asking IAM or Organizations', async () => {
    const { handler } = hubNotifier();

    await handler(fixture(MEMBER_CALL), HUB_CONTEXT);

    const input = only();
    expect(input.Subject).toBe(`MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Sandbox (${SANDBOX})`);
    expect(line(input.Message!, 'Account')).toBe(`Sandbox (${SANDBOX})`);
    expect(input.MessageAttributes?.account?.StringValue).toBe('Sandbox');
    expect(input.MessageAttributes?.accountId?.StringValue).toBe(SANDBOX);
    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 0);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });

  test('names a member not in ACCOUNT_NAMES by its name in AWS Organizations', async () => {
    const { handler } = hubNotifier();

    await handler(inAccount(MEMBER_CALL, STAGING), HUB_CONTEXT);

    const input = only();
    expect(input.Subject).toBe(`MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Staging (${STAGING})`);
    expect(input.MessageAttributes?.account?.StringValue).toBe('Staging');
    expect(organizationsMock).toHaveReceivedCommandWith(DescribeAccountCommand, { AccountId: STAGING });
  });

  test('shows the id when the look-up fails, warns once for that account, and does not ask again', async () => {
    const { handler, entries } = hubNotifier();

    await handler(inAccount(MEMBER_CALL, UNNAMED), HUB_CONTEXT);
    await handler(inAccount('org-assumed-root-delete-login-profile.json', UNNAMED), HUB_CONTEXT);

    for (const input of publishedInputs(snsMock)) {
      expect(input.Subject).toMatch(new RegExp(` \\| ${UNNAMED}$`));
      expect(input.MessageAttributes?.account?.StringValue).toBe(UNNAMED);
    }
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 1);
    expect(entries().filter((entry) => entry.level === 'WARN')).toEqual([
      expect.objectContaining({ accountId: UNNAMED, errorName: 'AccessDeniedException' }),
    ]);
  });

  test('shows the id, without asking Organizations, when LOOK_UP_ACCOUNT_NAMES is off', async () => {
    const { handler } = hubNotifier({ lookUp: false });

    await handler(inAccount(MEMBER_CALL, STAGING), HUB_CONTEXT);

    expect(only().MessageAttributes?.account?.StringValue).toBe(STAGING);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });

  test("keeps the hub's own alias for the hub's events, whatever ACCOUNT_NAMES or Organizations would call it", async () => {
    const { handler } = hubNotifier({ config: { accountNames: new Map([[HUB, 'Listed hub'], [SANDBOX, 'Sandbox']]) } });

    await handler(fixture('root-api-stop-logging.json'), HUB_CONTEXT);

    const input = only();
    expect(input.Subject).toBe(`CRITICAL: Root API call StopLogging succeeded | ${HUB_ALIAS} (${HUB})`);
    expect(input.Message).not.toContain('Listed hub');
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });

  test('asks Organizations about the other account only, never about the hub itself', async () => {
    const { handler } = hubNotifier({ config: { accountNames: new Map() } });

    await handler(fixture('root-api-stop-logging.json'), HUB_CONTEXT);
    await handler(fixture('root-api-cross-account-s3-get-object.json'), HUB_CONTEXT);

    expect(organizationsMock.commandCalls(DescribeAccountCommand).map((call) => call.args[0].input.AccountId)).toEqual([SANDBOX]);
  });

  // A forwarded event's envelope may carry the hub's account and region
  // (AWS does not say it keeps the source's); the CloudTrail record in
  // detail says where it happened.
  test('names the member and its region from the record, not from an envelope of another region', async () => {
    const raw = fixture(MEMBER_CALL);
    raw.region = 'eu-central-1';
    const { handler, entries } = hubNotifier({ config: { accountName: HUB_NAME } });

    await handler(raw, HUB_CONTEXT);

    const input = only();
    expect(input.Subject).toBe(`MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Sandbox (${SANDBOX})`);
    expect(line(input.Message!, 'Region')).toBe('eu-west-1');
    expect(line(input.Message!, 'Account')).toBe(`Sandbox (${SANDBOX})`);
    expect(line(input.Message!, 'CloudTrail')).toMatch(/^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/.*region=eu-west-1/);
    expect(input.MessageAttributes?.recipientAccountId?.StringValue).toBe(SANDBOX);
    expect(`${input.Subject}\n${input.Message}`).not.toContain(HUB_NAME);
    expect(entries()).toEqual([expect.objectContaining({ level: 'INFO', accountId: SANDBOX, recipientAccountId: SANDBOX })]);
  });
});

describe('a cross-account event seen by the hub', () => {
  // A member's root acting on a resource of another member: the resource
  // owner's copy names the caller in userIdentity and the owner in
  // recipientAccountId.
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
  function between(acting: string, owner: string) {
    return JSON.parse(JSON.stringify(fixture('root-api-cross-account-s3-get-object.json'))
      .split(HUB).join('OWNER').split(SANDBOX).join(acting).split('OWNER').join(owner)) as Record<string, any>;
  }

  test('names both members, the acting one first', async () => {
    const { handler } = hubNotifier();

    await handler(between(SANDBOX, STAGING), HUB_CONTEXT);

    const input = only();
    // Both names do not fit in a subject; the acting account comes first.
    expect(input.Subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of Sandbox (${SANDBOX})`);
    expect(input.Message!.split('\n')[0]).toBe(
      `Root API call GetObject succeeded by the root user of account Sandbox (${SANDBOX}) on account Staging (${STAGING}): root read-only API call.`);
    expect(line(input.Message!, 'Account')).toBe(`Sandbox (${SANDBOX}) (its root user acted, cross-account)`);
    expect(line(input.Message!, 'On account')).toBe(`Staging (${STAGING}) (resource owner; received this event)`);
    expect(input.MessageAttributes?.account?.StringValue).toBe('Sandbox');
    expect(input.MessageAttributes?.recipientAccountId?.StringValue).toBe(STAGING);
  });

  test("names a member acting on the hub's resource, and the hub by its alias", async () => {
    const { handler } = hubNotifier();

    await handler(fixture('root-api-cross-account-s3-get-object.json'), HUB_CONTEXT);

    const input = only();
    expect(input.Subject).toBe(`MEDIUM: Root API call GetObject succeeded | root of Sandbox (${SANDBOX})`);
    expect(line(input.Message!, 'Account')).toBe(`Sandbox (${SANDBOX}) (its root user acted, cross-account)`);
    expect(line(input.Message!, 'On account')).toBe(`${HUB_ALIAS} (${HUB}) (resource owner; received this event)`);
  });
});

describe("the hub's own name", () => {
  // Every fixture, as if from each kind of member: named in ACCOUNT_NAMES,
  // in Organizations, or nowhere. The hub's ACCOUNT_NAME and alias may only
  // ever stand beside the hub's id.
  const members = [SANDBOX, STAGING, UNNAMED];
  const cases = fixtureNames().flatMap((name) => members.map((member) => [name, member] as const));

  test.each(cases)('never stands beside another account: %s from %s', async (name, member) => {
    const raw = JSON.parse(JSON.stringify(fixture(name)).split(HUB).join(SANDBOX).split(SANDBOX).join(member)) as Record<string, any>;
    const { handler } = hubNotifier({ config: { accountName: HUB_NAME } });

    await handler(raw, HUB_CONTEXT);

    const input = only();
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
    for (const text of [input.Subject!, input.Message!.slice(0, input.Message!.indexOf('\nFull event:'))]) {
      expect(text).not.toContain(HUB_NAME);
      expect(text).not.toContain(HUB_ALIAS);
    }
    expect(input.MessageAttributes?.account?.StringValue).not.toBe(HUB_NAME);
  });
});

describe('the batch path', () => {
  test('names every account as the single-event path does', async () => {
    const events = [
      fixture(MEMBER_CALL),
      inAccount(MEMBER_CALL, STAGING),
      inAccount(MEMBER_CALL, UNNAMED),
      fixture('root-api-stop-logging.json'),
      fixture('root-api-cross-account-s3-get-object.json'),
    ];
    const single = hubNotifier();
    for (const event of events) {
      await single.handler(event, HUB_CONTEXT);
    }
    const headOf = (message: string) => message.slice(0, message.indexOf('\nFull event:'));
    const expected = publishedInputs(snsMock).map((input) => input.Subject);
    const expectedHeads = publishedInputs(snsMock).map((input) => headOf(input.Message!));
    snsMock.resetHistory();

    for (const event of events) {
      const { handler } = hubBatchNotifier();
      await handler({ Records: queued([event]) }, HUB_CONTEXT);
    }

    expect(publishedInputs(snsMock).map((input) => input.Subject)).toEqual(expected);
    expect(publishedInputs(snsMock).map((input) => headOf(input.Message!))).toEqual(expectedHeads);
    expect(expected).toEqual([
      `MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Sandbox (${SANDBOX})`,
      `MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Staging (${STAGING})`,
      `MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | ${UNNAMED}`,
      `CRITICAL: Root API call StopLogging succeeded | ${HUB_ALIAS} (${HUB})`,
      `MEDIUM: Root API call GetObject succeeded | root of Sandbox (${SANDBOX})`,
    ]);
  });

  test('looks up each account once per batch, however many of its events the batch holds', async () => {
    const events = [STAGING, UNNAMED, STAGING, UNNAMED, STAGING].map((member, i) => {
      const event = inAccount(MEMBER_CALL, member);
      event.detail.sourceIPAddress = `203.0.113.${i}`;
      return event;
    });
    const { handler } = hubBatchNotifier();

    await handler({ Records: queued(events) }, HUB_CONTEXT);

    expect(organizationsMock.commandCalls(DescribeAccountCommand).map((call) => call.args[0].input.AccountId).sort()).toEqual([STAGING, UNNAMED]);
  });

  test('a summary names the member accounts it covers, never with the hub\'s name', async () => {
    // Four sessions from four accounts: one summary.
    const events = [SANDBOX, STAGING, UNNAMED, '123456789012'].flatMap((member) => [0, 1].map((n) => {
      const event = inAccount(MEMBER_CALL, member);
      event.detail.eventID = `${member}-${n}`;
      return event;
    }));
    const { handler } = hubBatchNotifier({ config: { accountName: HUB_NAME } });

    const result = await handler({ Records: queued(events) }, HUB_CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    const inputs = publishedInputs(snsMock);
    expect(inputs).toHaveLength(1);
    const all = inputs.map((input) => `${input.Subject}\n${input.Message}`).join('\n');
    expect(all).toContain(`Sandbox (${SANDBOX})`);
    expect(all).toContain(`Staging (${STAGING})`);
    expect(all).not.toContain(HUB_NAME);
    const summary = inputs[0];
    expect(summary.Subject).toMatch(/^MEDIUM: 8 root events in 4 sessions \(AuthorizeSecurityGroupIngress\) \| 4 accounts$/);
    expect(summary.Message!.split('\n')[0]).toMatch(/^8 root events in 4 sessions, in .*\.$/);
    for (const id of [SANDBOX, STAGING, UNNAMED, '123456789012']) {
      expect(summary.Message!.split('\n')[0]).toContain(id);
    }
  });
});
