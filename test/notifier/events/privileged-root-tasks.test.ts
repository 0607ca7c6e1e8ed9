import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { DescribeAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AssumedRootTasks, DROPPED_MESSAGE } from '../../../lambda-src/notifier/events/assumed-root-tasks';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { sessionKey } from '../../../lambda-src/notifier/events/session';
import { isValidSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture } from '../../helpers';
import {
  HUB_ALIAS, HUB_CONTEXT, hubBatchNotifier, hubNotifier, line, publishedInputs, queued, SANDBOX,
} from '../accounts/organization-support';

/*
 * Actions of an sts:AssumeRoot session in a member account: a Root identity
 * whose sessionContext.assumedRoot is "true".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */

const snsMock = mockClient(SNSClient);
const iamMock = mockClient(IAMClient);
const organizationsMock = mockClient(OrganizationsClient);

const TASK = 'org-assumed-root-delete-login-profile.json';
const TASK_KEY = 'ASIA4EXAMPLEROOTTASK';
const MEMBER_CALL = 'org-member-root-api-call.json';

/** Another action of the same AssumeRoot session (same key, same source). */
function sameSession(eventName: string, eventId: string) {
  const raw = fixture(TASK);
  raw.detail.eventName = eventName;
  raw.detail.eventID = eventId;
  return raw;
}

beforeEach(() => {
  snsMock.reset();
  iamMock.reset();
  organizationsMock.reset();
  snsMock.on(PublishCommand).resolves({ MessageId: 'msg' });
  iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: [HUB_ALIAS] });
  organizationsMock.on(DescribeAccountCommand).resolves({});
});

afterAll(() => {
  snsMock.restore();
  iamMock.restore();
  organizationsMock.restore();
});

describe('a privileged root task, alerted (the default)', () => {
  test('is labelled as a privileged root task in the subject, summary and body, at the severity of its action', async () => {
    const { handler } = hubNotifier();

    await handler(fixture(TASK), HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toBe(`HIGH: Privileged root task DeleteLoginProfile succeeded | Sandbox (${SANDBOX})`);
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
    expect(input.Message!.split('\n')[0]).toBe(
      `Privileged root task DeleteLoginProfile succeeded in account Sandbox (${SANDBOX}): root password deleted.`);
    expect(line(input.Message!, 'Root task')).toBe(
      'Privileged root task: short-term root access that the management account or the IAM delegated administrator took with'
      + ` sts:AssumeRoot. To see who, find the AssumeRoot call that returned access key ${TASK_KEY} in that account's CloudTrail.`);
    expect(line(input.Message!, 'Who')).toBe(`Root arn:aws:iam::${SANDBOX}:root, access key ${TASK_KEY}`);
    expect(input.MessageAttributes?.severity?.StringValue).toBe('HIGH');
  });

  test('other root use is not labelled so', async () => {
    const { handler } = hubNotifier();

    await handler(fixture(MEMBER_CALL), HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toMatch(/^MEDIUM: Root API call /);
    expect(input.Message).not.toMatch(/privileged root task/i);
    expect(line(input.Message!, 'Root task')).toBeUndefined();
  });

  test.each([
    ['a failed task', (raw: Record<string, any>) => { raw.detail.errorCode = 'AccessDenied'; }, /^HIGH: Privileged root task DeleteLoginProfile FAILED \(AccessDenied\) \| /],
    ['a console sign-in', (raw: Record<string, any>) => {
      raw['detail-type'] = 'AWS Console Sign In via CloudTrail';
      raw.detail.eventName = 'ConsoleLogin';
      raw.detail.eventSource = 'signin.amazonaws.com';
      raw.detail.responseElements = { ConsoleLogin: 'Success' };
    }, /^HIGH: Privileged root task sign-in ConsoleLogin succeeded \| /],
    ['a console action', (raw: Record<string, any>) => {
      raw['detail-type'] = 'AWS Console Action via CloudTrail';
      raw.detail.eventType = 'AwsConsoleAction';
    }, /^MEDIUM: Privileged root task console action DeleteLoginProfile succeeded \| /],
  ])('labels %s too, with a valid subject', async (_label, change, subject) => {
    const raw = fixture(TASK);
    change(raw);
    const { handler } = hubNotifier();

    await handler(raw, HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toMatch(subject);
    expect(isValidSnsSubject(input.Subject!)).toBe(true);
  });
});

describe("ASSUMED_ROOT_TASKS 'lower'", () => {
  test('reports a privileged root task at MEDIUM, labelled, saying why', async () => {
    const { handler } = hubNotifier({ config: { assumedRootTasks: AssumedRootTasks.LOWER } });

    await handler(fixture(TASK), HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toBe(`MEDIUM: Privileged root task DeleteLoginProfile succeeded | Sandbox (${SANDBOX})`);
    expect(line(input.Message!, 'Severity')).toBe(
      'MEDIUM (root password deleted; a privileged root task, reported at MEDIUM as configured (else HIGH))');
    expect(input.MessageAttributes?.severity?.StringValue).toBe('MEDIUM');
  });

  test('leaves other root use at its severity', async () => {
    const { handler } = hubNotifier({ config: { assumedRootTasks: AssumedRootTasks.LOWER } });

    await handler(fixture('root-api-stop-logging.json'), HUB_CONTEXT);

    expect(publishedInputs(snsMock)[0].Subject).toMatch(/^CRITICAL: /);
  });

  test('lowers in the batch path too, a summary included', async () => {
    const { handler } = hubBatchNotifier({ config: { assumedRootTasks: AssumedRootTasks.LOWER } });

    await handler({ Records: queued([fixture(TASK), sameSession('DeactivateMFADevice', 'task-2')]) }, HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toMatch(/^MEDIUM: 2 privileged root tasks in 1 session /);
    expect(input.MessageAttributes?.severity?.StringValue).toBe('MEDIUM');
    expect(input.Message).toContain('MEDIUM DeactivateMFADevice (root MFA device deactivated; a privileged root task, reported at MEDIUM as configured (else CRITICAL))');
  });
});

describe("ASSUMED_ROOT_TASKS 'drop'", () => {
  test('publishes nothing for a privileged root task, and logs that it dropped it', async () => {
    const raw = fixture(TASK);
    const { handler, entries } = hubNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    await expect(handler(raw, HUB_CONTEXT)).resolves.toEqual({ dropped: true });

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 0);
    expect(entries()).toEqual([expect.objectContaining({
      level: 'INFO', message: DROPPED_MESSAGE, eventId: raw.detail.eventID, eventName: 'DeleteLoginProfile', accountId: SANDBOX, severity: 'HIGH',
    })]);
    expect(DROPPED_MESSAGE).toMatch(/dropped .* as configured/i);
  });

  test('still alerts on other root use', async () => {
    const { handler } = hubNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    await handler(fixture(MEMBER_CALL), HUB_CONTEXT);

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
  });

  test('still alerts on a privileged root task that is not shaped as expected', async () => {
    const raw = fixture(TASK);
    raw['detail-type'] = 'Something new';
    const { handler } = hubNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    await handler(raw, HUB_CONTEXT);

    expect(publishedInputs(snsMock)[0].Message).toContain('This event was not shaped as expected');
  });

  test('leaves dropped events out of the batch\'s messages, logs each, and counts them as handled', async () => {
    const member = fixture(MEMBER_CALL);
    const { handler, entries, pauses } = hubBatchNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    const result = await handler({ Records: queued([fixture(TASK), member, sameSession('CreateLoginProfile', 'task-2')]) }, HUB_CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    const inputs = publishedInputs(snsMock);
    expect(inputs).toHaveLength(1);
    expect(inputs[0].Subject).toBe(`MEDIUM: Root API call AuthorizeSecurityGroupIngress succeeded | Sandbox (${SANDBOX})`);
    expect(inputs[0].Message).not.toContain(fixture(TASK).detail.eventID);
    expect(inputs[0].Message).not.toContain('task-2');
    expect(pauses).toHaveLength(1);
    expect(entries().filter((entry) => entry.message === DROPPED_MESSAGE).map((entry) => entry.sqsMessageId)).toEqual(['sqs-0', 'sqs-2']);
    expect(entries().filter((entry) => entry.message === 'Received root event').map((entry) => entry.sqsMessageId)).toEqual(['sqs-1']);
  });

  test('does not return dropped events as failures when the other events\' publish fails', async () => {
    snsMock.on(PublishCommand).rejects(new Error('KMS key disabled'));
    const { handler } = hubBatchNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    const result = await handler({ Records: queued([fixture(TASK), fixture(MEMBER_CALL)]) }, HUB_CONTEXT);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'sqs-1' }]);
  });

  test('a batch of dropped events publishes nothing, waits for nothing, and fails nothing', async () => {
    const { handler, pauses } = hubBatchNotifier({ config: { assumedRootTasks: AssumedRootTasks.DROP } });

    const result = await handler({ Records: queued([fixture(TASK), sameSession('GetLoginProfile', 'task-2')]) }, HUB_CONTEXT);

    expect(result.batchItemFailures).toEqual([]);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 0);
    expect(pauses).toEqual([]);
    expect(organizationsMock).toHaveReceivedCommandTimes(DescribeAccountCommand, 0);
  });
});

describe('the sessions of privileged root tasks', () => {
  test('group by the AssumeRoot session\'s access key, as other root sessions do', () => {
    const first = parseRootEvent(fixture(TASK));
    const second = parseRootEvent(sameSession('DeactivateMFADevice', 'task-2'));
    const another = fixture(TASK);
    another.detail.userIdentity.accessKeyId = 'ASIA4EXAMPLEOTHERKEY';

    expect(sessionKey(first)).toBe(`account ${SANDBOX}, access key ${TASK_KEY}, source 198.51.100.142`);
    expect(sessionKey(second)).toBe(sessionKey(first));
    expect(sessionKey(parseRootEvent(another))).not.toBe(sessionKey(first));
  });

  test('one session\'s tasks in a batch share one summary, labelled as privileged root tasks', async () => {
    const { handler } = hubBatchNotifier();

    await handler({ Records: queued([fixture(TASK), sameSession('DeactivateMFADevice', 'task-2')]) }, HUB_CONTEXT);

    const inputs = publishedInputs(snsMock);
    expect(inputs).toHaveLength(1);
    expect(isValidSnsSubject(inputs[0].Subject!)).toBe(true);
    expect(inputs[0].Subject).toMatch(/^CRITICAL: 2 privileged root tasks in 1 session \(/);
    expect(inputs[0].Message).toContain(`Session: account ${SANDBOX}, access key ${TASK_KEY}`);
    expect(inputs[0].Message).toMatch(/^ {2}Root task: +Privileged root tasks: short-term root access .*sts:AssumeRoot$/m);
  });

  test('a summary that mixes tasks and other root use says how many are tasks', async () => {
    const member = fixture(TASK);
    member.detail.userIdentity.sessionContext.assumedRoot = '';
    member.detail.eventID = 'not-a-task';
    const { handler } = hubBatchNotifier();

    await handler({ Records: queued([fixture(TASK), member]) }, HUB_CONTEXT);

    const [input] = publishedInputs(snsMock);
    expect(input.Subject).toMatch(/^HIGH: 2 root events in 1 session /);
    expect(input.Message).toMatch(/^ {2}Root task: +1 of 2 events are privileged root tasks: /m);
  });
});
