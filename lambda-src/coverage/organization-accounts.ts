import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';

/** An active account of the organization. */
export interface OrganizationAccount {
  readonly id: string;
  readonly name: string;
  /** When it joined the organization (created or invited), in epoch seconds. */
  readonly joinedEpoch: number;
}

/** ListAccounts' documented maximum page size. */
export const LIST_ACCOUNTS_PAGE_SIZE = 20;

/**
 * The organization's active accounts, from `organizations:ListAccounts`,
 * page by page. Only the management account or a delegated administrator
 * may call it; the caller handles the rejection.
 *
 * An account is active when its `State` is ACTIVE. `State` (ACTIVE,
 * PENDING_ACTIVATION, SUSPENDED, PENDING_CLOSURE, CLOSED) replaces
 * `Status`, which AWS retires on 9 September 2026; `Status` is read only
 * when `State` is absent, as from an older endpoint or emulator.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html
 */
export async function listActiveAccounts(organizations: OrganizationsClient): Promise<OrganizationAccount[]> {
  const accounts: OrganizationAccount[] = [];
  let nextToken: string | undefined;
  do {
    const page = await organizations.send(new ListAccountsCommand({ MaxResults: LIST_ACCOUNTS_PAGE_SIZE, NextToken: nextToken }));
    for (const account of page.Accounts ?? []) {
      const state = account.State ?? account.Status;
      if (state === 'ACTIVE' && account.Id) {
        accounts.push({
          id: account.Id,
          name: account.Name ?? '',
          // An account without a join time is treated as long joined: better named once too often than never.
          joinedEpoch: account.JoinedTimestamp ? Math.floor(account.JoinedTimestamp.getTime() / 1000) : 0,
        });
      }
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return accounts;
}
