import { Account, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { listActiveAccounts } from '../../lambda-src/coverage/organization-accounts';

/*
 * Stubbed with aws-sdk-client-mock rather than moto: moto always sets State
 * and Status alike, so it cannot show which of the two is read. The pages
 * hold 20 accounts, as AWS's do at MaxResults 20.
 */

const organizations = new OrganizationsClient({ region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
const stub = mockClient(organizations);

afterEach(() => stub.reset());

function account(index: number, fields: Partial<Account>): Account {
  const id = String(100000000000 + index);
  return { Id: id, Name: `account-${index}`, JoinedTimestamp: new Date('2030-01-01T00:00:00Z'), ...fields };
}

test('keeps the accounts whose State is ACTIVE, or whose Status is when State is absent, over every page', async () => {
  const first = Array.from({ length: 20 }, (_, index) => account(index, { State: 'ACTIVE', Status: 'ACTIVE' }));
  const second = [
    ...Array.from({ length: 16 }, (_, index) => account(20 + index, { Status: 'ACTIVE' })),
    account(36, { State: 'PENDING_ACTIVATION', Status: 'ACTIVE' }),
    account(37, { State: 'PENDING_CLOSURE', Status: 'PENDING_CLOSURE' }),
    account(38, { State: 'SUSPENDED', Status: 'SUSPENDED' }),
    account(39, { Status: 'SUSPENDED' }),
  ];
  const third = [account(40, { State: 'CLOSED', Status: 'SUSPENDED' }), account(41, { State: 'ACTIVE' })];
  stub.on(ListAccountsCommand, { NextToken: undefined }).resolves({ Accounts: first, NextToken: 'page-2' })
    .on(ListAccountsCommand, { NextToken: 'page-2' }).resolves({ Accounts: second, NextToken: 'page-3' })
    .on(ListAccountsCommand, { NextToken: 'page-3' }).resolves({ Accounts: third });

  const active = await listActiveAccounts(organizations);

  expect(active.map(({ id }) => Number(id) - 100000000000)).toEqual([...Array.from({ length: 36 }, (_, index) => index), 41]);
  expect(active[0]).toEqual({ id: '100000000000', name: 'account-0', joinedEpoch: Date.parse('2030-01-01T00:00:00Z') / 1000 });
  expect(stub.commandCalls(ListAccountsCommand).map((call) => call.args[0].input.MaxResults)).toEqual([20, 20, 20]);
});
