import { AssumedRootTasks } from '../../../lambda-src/notifier/events/assumed-root-tasks';
import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { Severity } from '../../../lambda-src/notifier/events/severity';
import { findWindow } from '../../../lambda-src/notifier/planned/find-window';
import { PlannedUseSeverity } from '../../../lambda-src/notifier/planned/planned-severity';
import { classifyAsReported } from '../../../lambda-src/notifier/planned/planned-use';
import { parseWindow, PlannedWindow } from '../../../lambda-src/notifier/planned/window';
import { fixture } from '../../helpers';
import { copy } from '../support';
import { windowParameter, windowValue } from './fake-window-store';

// root-api-describe-instances-readonly.json: account 111122223333, 2024-11-06T01:05:30Z, MEDIUM.
// root-api-create-access-key.json: CRITICAL. root-console-login-mfa-success.json: HIGH.
function windowOf(overrides: Record<string, unknown> = {}, declared?: string): PlannedWindow {
  const result = parseWindow(windowParameter('chg-1234', windowValue(overrides), declared), 240);
  if (!('window' in result)) throw new Error(result.problem);
  return result.window;
}

function eventAt(name: string, time: string, account = '111122223333') {
  const raw = copy(fixture(name));
  raw.detail.eventTime = time;
  raw.time = time;
  raw.account = account;
  raw.detail.recipientAccountId = account;
  raw.detail.userIdentity.accountId = account;
  raw.detail.userIdentity.arn = `arn:aws:iam::${account}:root`;
  return parseRootEvent(raw);
}

const IN_WINDOW = '2024-11-06T01:05:30Z';

function reported(event: ReturnType<typeof parseRootEvent>, window: PlannedWindow, severity = PlannedUseSeverity.ONE_LOWER) {
  const { window: found } = findWindow(event, [window]);
  return classifyAsReported(event, { planned: { window: found, severity } });
}

describe('which window applies to a root event', () => {
  const window = windowOf({ accounts: ['111122223333', '444455556666'] });

  test('a window of the account that spans the event applies, from its first to its last instant', () => {
    for (const time of ['2024-11-06T00:00:00Z', IN_WINDOW, '2024-11-06T03:00:00Z']) {
      expect(findWindow(eventAt('root-api-describe-instances-readonly.json', time), [window]).window).toBe(window);
    }
  });

  test.each([
    ['before its start', '2024-11-05T23:59:59Z', '111122223333', 'it starts after the event'],
    ['after its end', '2024-11-06T03:00:01Z', '111122223333', 'it ended before the event'],
  ])('an event %s gets no window, and the miss says why', (_, time, account, why) => {
    expect(findWindow(eventAt('root-api-describe-instances-readonly.json', time, account), [window]))
      .toEqual({ window: undefined, misses: [{ window: window.name, why }] });
  });

  test('an event of an account the window does not name gets no window', () => {
    expect(findWindow(eventAt('root-api-describe-instances-readonly.json', IN_WINDOW, '777788889999'), [window]))
      .toEqual({ window: undefined, misses: [] });
  });

  test('a window declared after the event does not apply to it, even if its span covers it', () => {
    const late = windowOf({}, '2024-11-06T01:05:31Z');
    expect(findWindow(eventAt('root-api-describe-instances-readonly.json', IN_WINDOW), [late]))
      .toEqual({ window: undefined, misses: [{ window: late.name, why: 'it was declared after the event' }] });
    const onTime = windowOf({}, IN_WINDOW);
    expect(findWindow(eventAt('root-api-describe-instances-readonly.json', IN_WINDOW), [onTime]).window).toBe(onTime);
  });
});

describe('how a window changes an alert', () => {
  const window = windowOf();

  test.each([
    [PlannedUseSeverity.ONE_LOWER, 'root-api-create-access-key.json', Severity.HIGH],
    [PlannedUseSeverity.ONE_LOWER, 'root-console-login-mfa-success.json', Severity.MEDIUM],
    [PlannedUseSeverity.ONE_LOWER, 'root-api-describe-instances-readonly.json', Severity.MEDIUM],
    [PlannedUseSeverity.MEDIUM, 'root-api-create-access-key.json', Severity.MEDIUM],
    [PlannedUseSeverity.UNCHANGED, 'root-api-create-access-key.json', Severity.CRITICAL],
  ])('%s: %s is reported at %s, labelled', (severity, name, expected) => {
    const classification = reported(eventAt(name, IN_WINDOW), window, severity);
    expect(classification.severity).toBe(expected);
    expect(classification.reason).toMatch(/; planned: CHG-1234, by alice@example\.com$/);
    expect(classification.planned).toEqual(expect.objectContaining({ window: window.name, ticket: 'CHG-1234', plannedBy: 'alice@example.com' }));
  });

  test('the same event outside the window is unchanged and unlabelled', () => {
    const classification = reported(eventAt('root-api-create-access-key.json', '2024-11-06T05:00:00Z'), window);
    expect(classification).toEqual({ severity: Severity.CRITICAL, reason: 'root access key created' });
  });

  test('a root sign-in without MFA is never lowered nor labelled, whatever the setting', () => {
    for (const severity of Object.values(PlannedUseSeverity)) {
      const classification = reported(eventAt('root-console-login-no-mfa.json', IN_WINDOW), window, severity);
      expect(classification).toEqual({ severity: Severity.CRITICAL, reason: 'root sign-in without MFA' });
    }
  });

  test('an event with oddities is never lowered', () => {
    const raw = copy(fixture('root-api-create-access-key.json'));
    raw.detail.eventTime = IN_WINDOW;
    raw['detail-type'] = 'Something Else';
    const event = parseRootEvent(raw);
    expect(event.oddities.length).toBeGreaterThan(0);
    expect(classifyAsReported(event, { planned: { window, severity: PlannedUseSeverity.MEDIUM } })).toEqual({ severity: Severity.CRITICAL, reason: 'root access key created' });
  });

  test('a lowered privileged root task stays at MEDIUM and gets the label after its own', () => {
    const event = eventAt('org-assumed-root-delete-login-profile.json', IN_WINDOW);
    const found = findWindow(event, [windowOf({ accounts: [event.accountId] })]).window;
    const classification = classifyAsReported(event, {
      assumedRootTasks: AssumedRootTasks.LOWER, planned: { window: found, severity: PlannedUseSeverity.ONE_LOWER },
    });
    expect(classification.severity).toBe(Severity.MEDIUM);
    expect(classification.reason).toMatch(/reported at MEDIUM as configured.*; planned: CHG-1234/);
  });
});
