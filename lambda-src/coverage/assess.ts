import type { LastSeen } from './coverage-table';
import type { AccountRegion, NeverSeenAccount, SilentAccountRegion } from './events';
import type { OrganizationAccount } from './organization-accounts';

/** What one check found, every list sorted by account, then region. */
export interface Coverage {
  /** Account-regions whose heartbeat arrived within the last two intervals. */
  readonly covered: number;
  readonly silent: SilentAccountRegion[];
  readonly neverSeenRegions: AccountRegion[];
  readonly neverSeenAccounts: NeverSeenAccount[];
  /** Accounts in the table that the organization no longer lists as active; their items are not judged. */
  readonly inactiveAccounts: number;
}

export interface CoverageInput {
  readonly items: readonly LastSeen[];
  /** EXPECTED_REGIONS: regions every account should report from, whether or not any has yet. */
  readonly expectedRegions: readonly string[];
  readonly intervalMinutes: number;
  readonly nowEpoch: number;
  /** The organization's active accounts; undefined when not listed (LIST_ACCOUNTS false, or the call failed). */
  readonly activeAccounts?: readonly OrganizationAccount[];
  /**
   * When the list failed: the never-seen accounts the last report named.
   * Not knowing is not recovering, so they stay named until a list says
   * otherwise (or a heartbeat comes).
   */
  readonly stillNeverSeen?: ReadonlyMap<string, string>;
}

/**
 * Judges the table against the clock and the organization.
 *
 * An account-region is silent once two intervals pass without a heartbeat:
 * one missed beat may be a late schedule, two are a pattern. The expected
 * regions are EXPECTED_REGIONS and every region any account reports from,
 * since StackSets deploy the same regions to every account. An account
 * that joined the organization less than two intervals ago is given time
 * for the StackSet to reach it. When the organization is listed, accounts
 * it does not list as active (suspended, closed, gone) are left out.
 */
export function assessCoverage(input: CoverageInput): Coverage {
  const silentBefore = input.nowEpoch - 2 * input.intervalMinutes * 60;
  const active = input.activeAccounts === undefined ? undefined : new Map(input.activeAccounts.map((account) => [account.id, account]));
  const inGrace = (accountId: string) => (active?.get(accountId)?.joinedEpoch ?? 0) > silentBefore;

  const regionsByAccount = new Map<string, Set<string>>();
  const expectedRegions = new Set(input.expectedRegions);
  const inactiveAccounts = new Set<string>();
  let covered = 0;
  const silent: SilentAccountRegion[] = [];
  for (const item of input.items) {
    expectedRegions.add(item.region);
    if (active !== undefined && !active.has(item.account)) {
      inactiveAccounts.add(item.account);
      continue;
    }
    regionsByAccount.set(item.account, (regionsByAccount.get(item.account) ?? new Set()).add(item.region));
    if (item.lastSeenEpoch < silentBefore) {
      silent.push({ account: item.account, region: item.region, lastSeen: item.lastSeen });
    } else {
      covered++;
    }
  }

  const neverSeenRegions: AccountRegion[] = [];
  for (const [account, regions] of regionsByAccount) {
    if (!inGrace(account)) {
      for (const region of expectedRegions) {
        if (!regions.has(region)) {
          neverSeenRegions.push({ account, region });
        }
      }
    }
  }

  const neverSeenAccounts: NeverSeenAccount[] = [];
  if (active !== undefined) {
    for (const account of active.values()) {
      if (!regionsByAccount.has(account.id) && !inGrace(account.id)) {
        neverSeenAccounts.push({ account: account.id, name: account.name });
      }
    }
  } else {
    for (const [account, name] of input.stillNeverSeen ?? []) {
      if (!regionsByAccount.has(account)) {
        neverSeenAccounts.push({ account, name });
      }
    }
  }

  return {
    covered,
    silent: silent.sort(byAccountThenRegion),
    neverSeenRegions: neverSeenRegions.sort(byAccountThenRegion),
    neverSeenAccounts: neverSeenAccounts.sort(byAccountThenRegion),
    inactiveAccounts: inactiveAccounts.size,
  };
}

/** The problems as keys, `<account>/<region>` or `<account>/*`: what reports are compared by. */
export function problemKeys(coverage: Coverage): Set<string> {
  return new Set([
    ...coverage.silent.map(keyOf),
    ...coverage.neverSeenRegions.map(keyOf),
    ...coverage.neverSeenAccounts.map(({ account }) => keyOf({ account, region: WHOLE_ACCOUNT })),
  ]);
}

/** The region of a key that stands for a whole account. */
export const WHOLE_ACCOUNT = '*';

export function keyOf({ account, region }: AccountRegion): string {
  return `${account}/${region}`;
}

export function fromKey(key: string): AccountRegion {
  const slash = key.indexOf('/');
  return { account: key.slice(0, slash), region: key.slice(slash + 1) };
}

/** Code-unit order, not locale order, so every runtime sorts alike. */
export function byAccountThenRegion(a: { account: string; region?: string }, b: { account: string; region?: string }): number {
  return compare(a.account, b.account) || compare(a.region ?? '', b.region ?? '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
