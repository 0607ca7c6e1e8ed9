import type { Logger } from '../log';

const ACCOUNT_ID = /^\d{12}$/;

/**
 * Reads ACCOUNT_NAMES, the friendly names of other accounts:
 * `111122223333=Production;444455556666=Sandbox`. The construct writes it
 * (src/validation/account-names.ts) and keeps ';' and '=' out of names. An entry that is
 * not `<12-digit id>=<name>` costs only a name, never the alert, so it is
 * skipped with a warning rather than failing every invocation.
 */
export function decodeAccountNames(encoded: string | undefined, log: Logger): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const entry of (encoded ?? '').split(';')) {
    if (entry.trim() === '') {
      continue;
    }
    const parts = entry.split('=');
    const accountId = parts[0].trim();
    const name = parts.length === 2 ? parts[1].trim() : '';
    if (!ACCOUNT_ID.test(accountId) || name === '') {
      log.warn("Skipping an ACCOUNT_NAMES entry that is not '<12-digit account id>=<name>'", { entry });
    } else if (names.has(accountId)) {
      log.warn('Skipping an ACCOUNT_NAMES entry for an account named before', { accountId });
    } else {
      names.set(accountId, name);
    }
  }
  return names;
}
