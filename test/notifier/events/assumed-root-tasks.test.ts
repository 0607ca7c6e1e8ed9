import {
  AssumedRootTasks, classifyAsConfigured, isDropped, isPrivilegedRootTask, readAssumedRootTasks,
} from '../../../lambda-src/notifier/events/assumed-root-tasks';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { classify, Severity } from '../../../lambda-src/notifier/events/severity';
import { fixture, fixtureNames } from '../../helpers';
import { collectingLogger } from '../support';

const TASK = 'org-assumed-root-delete-login-profile.json';
/** Sessions of sts:AssumeRoot: a task, and a read of the posture check's member audit. */
const TASKS = [TASK, 'org-assumed-root-audit-list-access-keys.json'];

/** The AssumeRoot fixture, changed by `change`. */
function task(change: (raw: Record<string, any>) => void = () => undefined) {
  const raw = fixture(TASK);
  change(raw);
  return parseRootEvent(raw);
}

describe('readAssumedRootTasks', () => {
  test.each([
    ['alert', AssumedRootTasks.ALERT],
    ['lower', AssumedRootTasks.LOWER],
    ['drop', AssumedRootTasks.DROP],
    [' Drop ', AssumedRootTasks.DROP],
  ])('reads %p', (value, expected) => {
    const { log, lines } = collectingLogger();

    expect(readAssumedRootTasks(value, log)).toBe(expected);
    expect(lines).toEqual([]);
  });

  test.each([undefined, '', '  '])('alerts, quietly, when unset (%p)', (value) => {
    const { log, lines } = collectingLogger();

    expect(readAssumedRootTasks(value, log)).toBe(AssumedRootTasks.ALERT);
    expect(lines).toEqual([]);
  });

  test.each(['ignore', 'dropped', 'LOWER_SEVERITY', 'true'])('alerts, with a warning naming the value, on an unknown value %p', (value) => {
    const { log, entries } = collectingLogger();

    expect(readAssumedRootTasks(value, log)).toBe(AssumedRootTasks.ALERT);
    expect(entries()).toEqual([expect.objectContaining({
      level: 'WARN', message: expect.stringMatching(/ASSUMED_ROOT_TASKS/), assumedRootTasks: value,
    })]);
  });
});

describe('isPrivilegedRootTask', () => {
  test('is true for the sts:AssumeRoot session fixtures only', () => {
    const tasks = fixtureNames().filter((name) => isPrivilegedRootTask(parseRootEvent(fixture(name))));

    expect(tasks).toEqual([...TASKS].sort());
  });

  test('takes a boolean true as well as CloudTrail\'s "true"', () => {
    expect(isPrivilegedRootTask(task((raw) => { raw.detail.userIdentity.sessionContext.assumedRoot = true; }))).toBe(true);
  });

  test.each([
    ['empty', ''],
    ['"false"', 'false'],
    ['"TRUE"', 'TRUE'],
    ['"yes"', 'yes'],
    ['1', 1],
    ['null', null],
    ['an object', { value: 'true' }],
  ])('is false when assumedRoot is %s', (_label, value) => {
    expect(task((raw) => { raw.detail.userIdentity.sessionContext.assumedRoot = value; }).assumedRoot).toBe(false);
  });

  test('is false without a session context, and for assumedRoot outside it', () => {
    expect(task((raw) => { delete raw.detail.userIdentity.sessionContext; }).assumedRoot).toBe(false);
    expect(task((raw) => {
      delete raw.detail.userIdentity.sessionContext;
      raw.detail.userIdentity.assumedRoot = 'true';
    }).assumedRoot).toBe(false);
  });

  // The AssumeRoot call itself, in the management account, carries
  // assumedRoot too, but its identity is the calling role.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html
  test('is false for an identity other than Root, though assumedRoot is "true"', () => {
    const event = task((raw) => { raw.detail.userIdentity.type = 'AssumedRole'; });

    expect(event.assumedRoot).toBe(true);
    expect(isPrivilegedRootTask(event)).toBe(false);
  });
});

describe('isDropped', () => {
  test('drops a privileged root task only when ASSUMED_ROOT_TASKS is drop', () => {
    expect(isDropped(task(), AssumedRootTasks.DROP)).toBe(true);
    expect(isDropped(task(), AssumedRootTasks.LOWER)).toBe(false);
    expect(isDropped(task(), AssumedRootTasks.ALERT)).toBe(false);
    expect(isDropped(task())).toBe(false);
  });

  test('never drops other root use', () => {
    for (const name of fixtureNames().filter((each) => !TASKS.includes(each))) {
      expect(isDropped(parseRootEvent(fixture(name)), AssumedRootTasks.DROP)).toBe(false);
    }
  });

  test('never drops a privileged root task that is not shaped as expected', () => {
    const odd = task((raw) => { raw['detail-type'] = 'Something else'; });

    expect(odd.oddities).not.toEqual([]);
    expect(isDropped(odd, AssumedRootTasks.DROP)).toBe(false);
  });
});

describe('classifyAsConfigured', () => {
  test('leaves the severity and reason as classified when alerting', () => {
    expect(classifyAsConfigured(task(), AssumedRootTasks.ALERT)).toEqual(classify(task()));
    expect(classifyAsConfigured(task())).toEqual({ severity: Severity.HIGH, reason: 'root password deleted' });
  });

  test('lowers a privileged root task to MEDIUM, saying why and what it would have been', () => {
    expect(classifyAsConfigured(task(), AssumedRootTasks.LOWER)).toEqual({
      severity: Severity.MEDIUM,
      reason: 'root password deleted; a privileged root task, reported at MEDIUM as configured (else HIGH)',
    });
  });

  test('lowers a CRITICAL task too', () => {
    const deactivate = task((raw) => { raw.detail.eventName = 'DeactivateMFADevice'; });

    expect(classifyAsConfigured(deactivate, AssumedRootTasks.LOWER)).toEqual({
      severity: Severity.MEDIUM,
      reason: 'root MFA device deactivated; a privileged root task, reported at MEDIUM as configured (else CRITICAL)',
    });
  });

  test('does not lower other root use', () => {
    for (const name of fixtureNames().filter((each) => !TASKS.includes(each))) {
      const event = parseRootEvent(fixture(name));
      expect(classifyAsConfigured(event, AssumedRootTasks.LOWER)).toEqual(classify(event));
    }
  });
});
