import { EventKind, RootEvent } from './root-event';

/**
 * Which root session an event belongs to: the same account, the same
 * credentials (access key, or a console sign-in) and the same source IP.
 * Events of one session in one batch share a message.
 */
export function sessionKey(event: RootEvent): string {
  const credentials = event.accessKeyId
    ?? (event.kind === EventKind.SIGN_IN ? 'console sign-in' : 'no access key');
  return [
    `account ${event.accountId ?? 'unknown'}`,
    credentials.startsWith('A') ? `access key ${credentials}` : credentials,
    `source ${event.sourceIp ?? 'unknown'}`,
  ].join(', ');
}
