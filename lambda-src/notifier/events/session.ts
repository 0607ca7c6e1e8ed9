import { EventKind, RootEvent } from './root-event';

/**
 * Which root session an event belongs to: the same account, the same
 * credentials (access key, or a console sign-in) and the same source IP.
 * Events of one session in one batch share a message.
 */
export function sessionKey(event: RootEvent): string {
  const credentials = event.accessKeyId
    ?? (event.kind === EventKind.SIGN_IN ? 'console sign-in' : 'no access key');
  // Changes to the monitor come from any identity (monitor-change.ts): who
  // made them is part of the session, so one principal's flood of denied
  // calls reads as one session.
  const who = event.identityType !== undefined && event.identityType !== 'Root' ? [`${event.identityType} ${event.principalArn ?? 'unknown'}`] : [];
  // An event sent by another account than it names is never merged into a
  // real session of the account it names.
  const sender = event.unverifiedSender !== undefined ? [`sent by account ${event.unverifiedSender}`] : [];
  return [
    ...who,
    ...sender,
    `account ${event.accountId ?? 'unknown'}`,
    credentials.startsWith('A') ? `access key ${credentials}` : credentials,
    `source ${event.sourceIp ?? 'unknown'}`,
  ].join(', ');
}
