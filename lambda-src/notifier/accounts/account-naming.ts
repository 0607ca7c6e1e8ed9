import type { AccountAliasResolver } from './account-alias';
import type { AccountNameLookUp } from './account-name-lookup';
import type { NotifierConfig } from '../config';
import type { RootEvent } from '../events/root-event';
import type { AccountLabel, AccountNaming } from '../messages/alert';

export interface AccountNamingDependencies {
  readonly aliases: AccountAliasResolver;
  /** Present when LOOK_UP_ACCOUNT_NAMES is on (see index.ts). */
  readonly nameLookUp?: AccountNameLookUp;
  readonly config: NotifierConfig;
}

/** The part of the Lambda context the naming reads. */
export interface FunctionContext {
  readonly invokedFunctionArn?: string;
}

/**
 * How the alerts for `events` name their accounts, the same for one event
 * as for a batch. This account (the one the function runs in) keeps
 * ACCOUNT_NAME or its IAM alias; another account, such as an organization
 * member whose events a hub receives, gets its ACCOUNT_NAMES entry, else
 * its name in AWS Organizations, else its id. Both accounts of a
 * cross-account event are named. IAM is asked for the alias only when an
 * event concerns this account, and Organizations once per other account.
 */
export async function nameAccounts(events: RootEvent[], deps: AccountNamingDependencies, context?: FunctionContext):
Promise<(event: RootEvent) => AccountNaming> {
  const thisAccountLabels = new Map<string, AccountLabel>();
  const others = new Set<string>();
  for (const event of events) {
    const key = keyOf(event);
    if (!thisAccountLabels.has(key)) {
      thisAccountLabels.set(key, await thisAccount(event, deps, context));
    }
    const own = thisAccountLabels.get(key)!.id;
    for (const id of [event.accountId, event.recipientAccountId]) {
      if (id !== undefined && id !== own) {
        others.add(id);
      }
    }
  }

  const otherAccountNames = await namesOf(others, deps);
  return (event) => ({ account: thisAccountLabels.get(keyOf(event)) ?? {}, otherAccountNames });
}

function keyOf(event: RootEvent): string {
  return `${event.accountId ?? ''}/${event.recipientAccountId ?? ''}`;
}

/**
 * The account the function runs in, with its alias or friendly name when the
 * event concerns it. Its id comes from the function's ARN; without one, the
 * account that received the event is taken to be this one.
 */
async function thisAccount(event: RootEvent, deps: AccountNamingDependencies, context?: FunctionContext): Promise<AccountLabel> {
  const id = context?.invokedFunctionArn?.split(':')[4] ?? event.recipientAccountId ?? event.accountId;
  const concernsThisAccount = id === undefined || id === event.accountId || id === event.recipientAccountId
    || (event.accountId === undefined && event.recipientAccountId === undefined);
  if (!concernsThisAccount) {
    return { id };
  }
  const name = deps.config.accountName ?? await deps.aliases.resolve();
  return { name, id };
}

/** Configured names first; Organizations is asked only about the rest. */
async function namesOf(ids: Set<string>, deps: AccountNamingDependencies): Promise<ReadonlyMap<string, string>> {
  const configured = deps.config.accountNames ?? new Map<string, string>();
  const names = new Map<string, string>();
  const unnamed: string[] = [];
  for (const id of ids) {
    const name = configured.get(id);
    if (name !== undefined) {
      names.set(id, name);
    } else {
      unnamed.push(id);
    }
  }
  if (deps.nameLookUp !== undefined && unnamed.length > 0) {
    for (const [id, name] of await deps.nameLookUp.namesOf(unnamed)) {
      names.set(id, name);
    }
  }
  return names;
}
