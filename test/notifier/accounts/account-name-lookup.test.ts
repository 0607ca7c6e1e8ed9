import { DescribeAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountNameLookUp, MAX_LOOK_UPS_PER_INVOCATION } from '../../../lambda-src/notifier/accounts/account-name-lookup';
import { collectingLogger } from '../support';

const organizationsMock = mockClient(OrganizationsClient);

const SANDBOX = '444455556666';
const STAGING = '777788889999';

function newLookUp() {
  const logged = collectingLogger();
  const lookUp = new AccountNameLookUp(new OrganizationsClient({ region: 'us-east-1' }), logged.log);
  return { lookUp, ...logged };
}

function denied(): Error {
  return Object.assign(new Error('You don\'t have permissions to access this resource.'), { name: 'AccessDeniedException' });
}

/** `count` distinct 12-digit account ids. */
function accountIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(100000000000 + i));
}

beforeEach(() => {
  organizationsMock.reset();
  organizationsMock.on(DescribeAccountCommand, { AccountId: SANDBOX }).resolves({ Account: { Id: SANDBOX, Name: 'Sandbox' } });
  organizationsMock.on(DescribeAccountCommand, { AccountId: STAGING }).resolves({ Account: { Id: STAGING, Name: 'Staging' } });
});

afterAll(() => organizationsMock.restore());

describe('AccountNameLookUp', () => {
  test('answers Account.Name from DescribeAccount for each id', async () => {
    const { lookUp, lines } = newLookUp();

    const names = await lookUp.namesOf([SANDBOX, STAGING]);

    expect([...names]).toEqual([[SANDBOX, 'Sandbox'], [STAGING, 'Staging']]);
    expect(organizationsMock).toHaveReceivedCommandWith(DescribeAccountCommand, { AccountId: SANDBOX });
    expect(lines).toEqual([]);
  });

  test('asks about each account once per execution environment, however often and however many callers ask', async () => {
    const { lookUp } = newLookUp();

    await Promise.all([lookUp.namesOf([SANDBOX, SANDBOX]), lookUp.namesOf([SANDBOX])]);
    await lookUp.namesOf([SANDBOX, STAGING]);
    await lookUp.namesOf([STAGING, SANDBOX]);

    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 2);
  });

  test('gives each look-up a deadline, so a slow Organizations cannot hold the alert', async () => {
    const { lookUp } = newLookUp();

    await lookUp.namesOf([SANDBOX]);

    const options = (organizationsMock.call(0).args as unknown[])[1] as { abortSignal?: AbortSignal } | undefined;
    expect(options?.abortSignal).toBeInstanceOf(AbortSignal);
  });

  test.each([
    ['access is denied', denied()],
    ['the account is not in the organization', Object.assign(new Error('You specified an account that doesn\'t exist.'), { name: 'AccountNotFoundException' })],
    ['Organizations throttles', Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' })],
  ])('when %s: no name, one warning naming the account and error, and no second call', async (_label, error) => {
    organizationsMock.on(DescribeAccountCommand, { AccountId: SANDBOX }).rejects(error);
    const { lookUp, entries } = newLookUp();

    await expect(lookUp.namesOf([SANDBOX, STAGING])).resolves.toEqual(new Map([[STAGING, 'Staging']]));
    await expect(lookUp.namesOf([SANDBOX])).resolves.toEqual(new Map());

    expect(organizationsMock.commandCalls(DescribeAccountCommand, { AccountId: SANDBOX })).toHaveLength(1);
    expect(entries()).toEqual([expect.objectContaining({
      level: 'WARN', message: expect.stringMatching(/account name/), accountId: SANDBOX, errorName: error.name,
    })]);
  });

  test('never rejects, even when the client throws before it returns a promise', async () => {
    const { log, entries } = collectingLogger();
    const organizations = new OrganizationsClient({ region: 'us-east-1' });
    jest.spyOn(organizations, 'send').mockImplementation(() => {
      throw new Error('Region is missing');
    });

    await expect(new AccountNameLookUp(organizations, log).namesOf([SANDBOX])).resolves.toEqual(new Map());
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', errorMessage: 'Region is missing' })]);
  });

  test.each([
    ['no account', {}],
    ['no name', { Account: { Id: SANDBOX } }],
    ['a blank name', { Account: { Id: SANDBOX, Name: '  ' } }],
  ])('answers no name, and does not ask again, when Organizations returns %s', async (_label, response) => {
    organizationsMock.on(DescribeAccountCommand, { AccountId: SANDBOX }).resolves(response);
    const { lookUp, lines } = newLookUp();

    await expect(lookUp.namesOf([SANDBOX])).resolves.toEqual(new Map());
    await lookUp.namesOf([SANDBOX]);

    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 1);
    expect(lines).toEqual([]);
  });

  test('cuts an overlong name rather than carry it into every alert', async () => {
    organizationsMock.on(DescribeAccountCommand, { AccountId: SANDBOX }).resolves({ Account: { Name: 'S'.repeat(1000) } });
    const { lookUp } = newLookUp();

    const name = (await lookUp.namesOf([SANDBOX])).get(SANDBOX)!;

    expect(name.length).toBeLessThanOrEqual(128);
    expect(name.startsWith('SSS')).toBe(true);
  });

  test('does not ask about ids that are not 12-digit account ids', async () => {
    const { lookUp } = newLookUp();

    await lookUp.namesOf(['', 'unknown', '4444555566667', '__proto__', 'arn:aws:iam::444455556666:root']);

    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });

  test(`asks about at most ${MAX_LOOK_UPS_PER_INVOCATION} new accounts a call, says so, and asks about the rest on a later call`, async () => {
    organizationsMock.on(DescribeAccountCommand).callsFake(async ({ AccountId }) => ({ Account: { Name: `name of ${AccountId}` } }));
    const ids = accountIds(MAX_LOOK_UPS_PER_INVOCATION + 5);
    const { lookUp, entries } = newLookUp();

    const first = await lookUp.namesOf(ids);

    expect(first.size).toBe(MAX_LOOK_UPS_PER_INVOCATION);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, MAX_LOOK_UPS_PER_INVOCATION);
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', lookedUp: MAX_LOOK_UPS_PER_INVOCATION, deferred: 5 })]);

    const second = await lookUp.namesOf(ids);

    expect(second.size).toBe(ids.length);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, ids.length);
  });

  test('keeps at most 4 look-ups in flight, so a batch from many accounts is not throttled', async () => {
    let inFlight = 0;
    let most = 0;
    const pending: Array<() => void> = [];
    organizationsMock.on(DescribeAccountCommand).callsFake(async ({ AccountId }) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => pending.push(resolve));
      inFlight--;
      return { Account: { Name: `name of ${AccountId}` } };
    });
    const { lookUp } = newLookUp();

    const answer = lookUp.namesOf(accountIds(10));
    // Release the look-ups one at a time, as they queue up.
    while (!(await hasSettled(answer))) {
      pending.shift()?.();
    }

    expect((await answer).size).toBe(10);
    expect(most).toBe(4);
  });
});

/** Whether `promise` has settled, once every callback already queued has run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => { settled = true; });
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}
