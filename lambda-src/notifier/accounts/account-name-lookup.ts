import { DescribeAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { describeError, Logger } from '../log';
import { clip } from '../messages/text';

/** How long an alert may wait for one name before going out with the id. */
const LOOK_UP_TIMEOUT_MS = 2000;
/** Look-ups sent at once: Organizations throttles its API per account. */
const LOOK_UPS_AT_ONCE = 4;
/**
 * The most accounts one invocation asks about. A flood from many accounts
 * must not hold its alerts for ids × timeout: names beyond this are shown
 * by id this time and looked up by later invocations.
 */
export const MAX_LOOK_UPS_PER_INVOCATION = 16;
const ACCOUNT_ID = /^\d{12}$/;
/** Organizations allows 50 characters; a longer answer is cut, not trusted. */
const MAX_NAME_LENGTH = 128;

/**
 * The client for DescribeAccount. Organizations is a global service, served
 * in the aws partition from us-east-1 only; the SDK's endpoint rules send a
 * client of any aws region to organizations.us-east-1.amazonaws.com and sign
 * for us-east-1, and a GovCloud or China client to its own partition's
 * endpoint. So the client keeps the function's region (AWS_REGION) rather
 * than a fixed 'us-east-1', which would be wrong outside the aws partition.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/Welcome.html ("Endpoint to call")
 */
export function createOrganizationsClient(): OrganizationsClient {
  return new OrganizationsClient({});
}

/**
 * Looks up account names with `organizations:DescribeAccount` (AccountId to
 * Account.Name), each id once per execution environment. Every answer is
 * kept, a failure too (access denied, no such account, throttled, timed
 * out): that account is shown by id, and its warning is logged once rather
 * than with every alert.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
 */
export class AccountNameLookUp {
  private readonly names = new Map<string, Promise<string | undefined>>();

  constructor(private readonly organizations: OrganizationsClient, private readonly log: Logger) {}

  /**
   * The names found for `accountIds`. Ids already asked about cost nothing;
   * of the others, at most MAX_LOOK_UPS_PER_INVOCATION are asked about,
   * LOOK_UPS_AT_ONCE at a time. Only 12-digit ids are asked about: ids come
   * from events, which may be malformed. Never rejects.
   */
  public async namesOf(accountIds: Iterable<string>): Promise<Map<string, string>> {
    const ids = [...new Set(accountIds)].filter((id) => ACCOUNT_ID.test(id));
    const unasked = ids.filter((id) => !this.names.has(id));
    const toAsk = unasked.slice(0, MAX_LOOK_UPS_PER_INVOCATION);
    if (unasked.length > toAsk.length) {
      this.log.warn('Too many accounts to look up at once; the others are shown by id until a later alert', {
        lookedUp: toAsk.length, deferred: unasked.length - toAsk.length,
      });
    }
    // Each id is cached before its answer comes, so a concurrent caller
    // waits for that answer instead of asking again.
    const inTurn = turns(LOOK_UPS_AT_ONCE);
    for (const id of toAsk) {
      this.names.set(id, inTurn(() => this.lookUp(id)));
    }

    const found = new Map<string, string>();
    for (const id of ids) {
      const name = await this.names.get(id);
      if (name !== undefined) {
        found.set(id, name);
      }
    }
    return found;
  }

  private async lookUp(accountId: string): Promise<string | undefined> {
    try {
      const response = await this.organizations.send(
        new DescribeAccountCommand({ AccountId: accountId }),
        { abortSignal: AbortSignal.timeout(LOOK_UP_TIMEOUT_MS) },
      );
      const name = response.Account?.Name?.trim();
      return name ? clip(name, MAX_NAME_LENGTH) : undefined;
    } catch (error) {
      this.log.warn('Could not look up the account name in AWS Organizations; its alerts show the account id', {
        accountId, ...describeError(error),
      });
      return undefined;
    }
  }
}

/** Runs the tasks given to it at most `max` at a time, in the order given. */
function turns(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running < max) {
      running++;
    } else {
      // The finishing task hands its turn straight over.
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next !== undefined) {
        next();
      } else {
        running--;
      }
    }
  };
}
