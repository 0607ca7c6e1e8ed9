import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { describeError, Logger } from '../log';

/** How long the alert may wait for IAM before going out without the alias. */
const ALIAS_TIMEOUT_MS = 2000;

/**
 * Looks up the IAM account alias once per execution environment. A failed
 * look-up is logged and answered with `undefined` (the alert shows the account
 * id); it is not cached, so the next invocation tries again.
 */
export class AccountAliasResolver {
  private cached?: Promise<string | undefined>;

  constructor(private readonly iam: IAMClient, private readonly log: Logger) {}

  public resolve(): Promise<string | undefined> {
    this.cached ??= this.lookUp();
    return this.cached;
  }

  private async lookUp(): Promise<string | undefined> {
    try {
      // Sent from then(), so a client that throws at once still fails
      // asynchronously: the catch below must run after resolve() has cached
      // this look-up, or clearing the cache would come too early.
      const response = await Promise.resolve().then(() => this.iam.send(new ListAccountAliasesCommand({}), {
        abortSignal: AbortSignal.timeout(ALIAS_TIMEOUT_MS),
      }));
      // An account has at most one alias.
      return response.AccountAliases?.[0] || undefined;
    } catch (error) {
      this.cached = undefined;
      this.log.warn('Could not read the account alias; the alert shows the account id', describeError(error));
      return undefined;
    }
  }
}
