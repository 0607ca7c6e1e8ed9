import { Token } from 'aws-cdk-lib';
import { checkAccountId } from './organization-validation';
import { propLabel } from './validation';

/**
 * Lambda allows 4 KB of environment variables in all; the other variables
 * take a few hundred bytes, and the rest is left for account names.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
 */
const MAX_ENCODED_BYTES = 3 * 1024;

/** Characters the encoding uses between entries and between id and name. */
const SEPARATORS = /[;=]/;

/**
 * Checks `accountNames`: 12-digit ids, names that are not blank, at most 128
 * characters (what AWS Organizations allows an account name) and free of the
 * encoding's separators, and all of them small enough for the function's
 * environment.
 */
export function checkAccountNames(where: string, prop: string, names: { [accountId: string]: string } | undefined): void {
  if (names === undefined || Token.isUnresolved(names)) {
    return;
  }
  for (const [accountId, name] of Object.entries(names)) {
    checkAccountId(where, `${prop}`, accountId);
    if (Token.isUnresolved(name)) {
      throw new Error(`${where}: ${propLabel(prop)} must hold names known at synth (got a token for ${accountId})`);
    }
    if (name.trim().length === 0 || name.length > 128 || SEPARATORS.test(name)) {
      throw new Error(`${where}: ${propLabel(prop)} must map each account id to a name of 1 to 128 characters without ';' or '=' (got '${name}' for ${accountId})`);
    }
  }
  const bytes = Buffer.byteLength(encodeAccountNames(names), 'utf8');
  if (bytes > MAX_ENCODED_BYTES) {
    throw new Error(`${where}: ${propLabel(prop)} takes ${bytes} bytes of the function's environment, which Lambda limits to 4 KB in all (at most ${MAX_ENCODED_BYTES} here): name fewer accounts, and look the others up with organizations:DescribeAccount`);
  }
}

/** The names as the notifier reads them from ACCOUNT_NAMES: `111122223333=Production;444455556666=Sandbox`. */
export function encodeAccountNames(names: { [accountId: string]: string }): string {
  return Object.entries(names).map(([accountId, name]) => `${accountId}=${name.trim()}`).join(';');
}
