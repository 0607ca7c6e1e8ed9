/**
 * Stand-ins for the three services the posture check calls, each keeping
 * the state a test sets and modelling the documented behaviour that is
 * hardest on the code:
 *
 * - IAM ListVirtualMFADevices pages with IsTruncated/Marker and returns
 *   FEWER than MaxItems on a page that is not the last ("IAM might return
 *   fewer results, even when there are more results available",
 *   https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html);
 *   by default each page holds one device, and the root user's comes last.
 * - IAM GetAccountSummary leaves out keys it has nothing to say about.
 * - ListOrganizationsFeatures fails as documented for an account outside
 *   the management account (AccountNotManagementOrDelegatedAdministrator)
 *   or without permission (AccessDenied).
 * - SSM GetParameter fails while `readFails` is set; PutParameter without
 *   Overwrite on an existing name fails, as SSM's ParameterAlreadyExists.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { CheckDeps } from '../../lambda-src/posture/check';
import type { PostureConfig } from '../../lambda-src/posture/config';
import type { PostureEvent } from '../../lambda-src/posture/events';
import { createLogger, Logger } from '../../lambda-src/posture/log';

export const ACCOUNT = '111122223333';
export const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:posture`;
export const CONTEXT = { invokedFunctionArn: FUNCTION_ARN };
export const STATE_PARAMETER = '/root-activity-monitor/posture-state';
export const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/111122223333/alerts';

/** An AWS error as the SDK throws it: its name is the error code. */
export function awsError(name: string, message = name): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

interface Command {
  readonly constructor: { readonly name: string };
  readonly input: Record<string, unknown>;
}

/** What a test sets about the account. */
export interface Account {
  accessKeys: number;
  signingCertificates: number;
  mfaEnabled: boolean;
  /** AccountPasswordPresent: 1, 0, or left out of the summary (undefined). */
  passwordPresent?: 0 | 1;
  /** Whether one of the assigned virtual devices is the root user's. */
  rootVirtualDevice: boolean;
  /** Other users' assigned virtual devices, listed before the root user's. */
  otherVirtualDevices: number;
  /** Devices per page, fewer than the default MaxItems of 100. */
  pageSize: number;
  /** Enabled features, or the name of the error ListOrganizationsFeatures throws. */
  organization: string[] | { error: string };
}

export function fakeIam(account: Account) {
  const calls: string[] = [];
  const client = {
    send: async (command: Command) => {
      calls.push(command.constructor.name);
      switch (command.constructor.name) {
        case 'GetAccountSummaryCommand':
          return {
            SummaryMap: {
              Users: 3,
              AccountMFAEnabled: account.mfaEnabled ? 1 : 0,
              ...account.accessKeys > 0 ? { AccountAccessKeysPresent: account.accessKeys } : {},
              AccountSigningCertificatesPresent: account.signingCertificates,
              ...account.passwordPresent !== undefined ? { AccountPasswordPresent: account.passwordPresent } : {},
            },
          };
        case 'ListVirtualMFADevicesCommand': {
          expect(command.input.AssignmentStatus).toBe('Assigned');
          const devices = [
            ...Array.from({ length: account.otherVirtualDevices }, (_, i) => ({
              SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/user-${i}`,
              User: { Arn: `arn:aws:iam::${ACCOUNT}:user/user-${i}`, UserName: `user-${i}` },
            })),
            ...account.rootVirtualDevice ? [{
              SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`,
              User: { Arn: `arn:aws:iam::${ACCOUNT}:root`, UserName: '' },
            }] : [],
          ];
          const start = command.input.Marker === undefined ? 0 : Number(command.input.Marker);
          const end = start + account.pageSize;
          return {
            VirtualMFADevices: devices.slice(start, end),
            IsTruncated: end < devices.length,
            ...end < devices.length ? { Marker: String(end) } : {},
          };
        }
        case 'ListOrganizationsFeaturesCommand':
          if (!Array.isArray(account.organization)) {
            throw awsError(account.organization.error);
          }
          return { OrganizationId: 'o-abcdefghij', EnabledFeatures: account.organization };
        default:
          throw new Error(`unexpected IAM command ${command.constructor.name}`);
      }
    },
  };
  return { client: client as unknown as IAMClient, calls };
}

/** The construct creates the parameter with the value 'none'. */
export function fakeSsm(initial = 'none') {
  const store = new Map<string, string>([[STATE_PARAMETER, initial]]);
  const state = { readFails: false, writeFails: false, writes: 0 };
  const client = {
    send: async (command: Command) => {
      const name = command.input.Name as string;
      switch (command.constructor.name) {
        case 'GetParameterCommand':
          if (state.readFails) throw awsError('AccessDeniedException');
          if (!store.has(name)) throw awsError('ParameterNotFound');
          return { Parameter: { Name: name, Type: 'String', Value: store.get(name) } };
        case 'PutParameterCommand':
          if (state.writeFails) throw awsError('ThrottlingException');
          if (store.has(name) && command.input.Overwrite !== true) throw awsError('ParameterAlreadyExists');
          expect(command.input.Type).toBe('String');
          store.set(name, command.input.Value as string);
          state.writes++;
          return { Version: state.writes, Tier: 'Standard' };
        default:
          throw new Error(`unexpected SSM command ${command.constructor.name}`);
      }
    },
  };
  return { client: client as unknown as SSMClient, store, state };
}

export function fakeSqs() {
  const sent: PostureEvent[] = [];
  const state = { fails: false };
  const client = {
    send: async (command: Command) => {
      expect(command.constructor.name).toBe('SendMessageCommand');
      expect(command.input.QueueUrl).toBe(QUEUE_URL);
      if (state.fails) throw awsError('AWS.SimpleQueueService.NonExistentQueue');
      sent.push(JSON.parse(command.input.MessageBody as string));
      return { MessageId: `m-${sent.length}` };
    },
  };
  return { client: client as unknown as SQSClient, sent, state };
}

/** A well-kept account: no keys, no certificates, MFA on a hardware key. */
export function goodAccount(changes: Partial<Account> = {}): Account {
  return {
    accessKeys: 0,
    signingCertificates: 0,
    mfaEnabled: true,
    rootVirtualDevice: false,
    otherVirtualDevices: 3,
    pageSize: 1,
    organization: ['RootCredentialsManagement', 'RootSessions'],
    ...changes,
  };
}

export function postureConfig(changes: Partial<PostureConfig> = {}): PostureConfig {
  return {
    alertQueueUrl: QUEUE_URL,
    stateParameterName: STATE_PARAMETER,
    checkOrganizationFeatures: false,
    requireHardwareMfa: false,
    region: 'eu-west-1',
    ...changes,
  };
}

/** Everything a check needs, each service faked, the log kept. */
export function harness(account: Account, config: Partial<PostureConfig> = {}, stored?: string) {
  const iam = fakeIam(account);
  const ssm = fakeSsm(stored);
  const sqs = fakeSqs();
  const lines: string[] = [];
  const log: Logger = createLogger((line) => lines.push(line));
  let n = 0;
  const deps: CheckDeps = {
    iam: iam.client,
    ssm: ssm.client,
    sqs: sqs.client,
    config: postureConfig(config),
    log,
    now: () => new Date('2026-12-06T06:00:00.000Z'),
    newId: () => `posture-${++n}`,
  };
  const entries = () => lines.map((line) => JSON.parse(line) as { level: string; message: string; [key: string]: unknown });
  return { deps, iam, ssm, sqs, entries };
}
