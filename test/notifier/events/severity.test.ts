import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { classify, Severity } from '../../../lambda-src/notifier/events/severity';
import { fixture, fixtureNames } from '../../helpers';

function classifyFixture(name: string, change?: (raw: Record<string, any>) => void) {
  const raw = fixture(name);
  change?.(raw);
  return classify(parseRootEvent(raw));
}

describe('classify', () => {
  test.each([
    ['root-console-login-no-mfa.json', /without MFA/],
    ['root-api-create-access-key.json', /access key created/],
    ['root-api-stop-logging.json', /logging stopped/],
    ['root-api-delete-trail.json', /trail deleted/],
    ['root-api-deactivate-mfa-device.json', /MFA device deactivated/],
  ])('%s is CRITICAL, and says why', (name, reason) => {
    const classification = classifyFixture(name);

    expect(classification.severity).toBe(Severity.CRITICAL);
    expect(classification.reason).toMatch(reason);
  });

  test.each([
    ['root-console-login-failure.json', /failed root sign-in/],
    ['root-console-login-mfa-success.json', /root sign-in/],
    ['root-password-updated.json', /password changed/],
    ['root-password-recovery-requested.json', /password recovery requested/],
  ])('%s is HIGH, and says why', (name, reason) => {
    const classification = classifyFixture(name);

    expect(classification.severity).toBe(Severity.HIGH);
    expect(classification.reason).toMatch(reason);
  });

  test.each([
    ['root-api-describe-instances-readonly.json', /read-only/],
    ['root-api-s3-put-bucket-policy.json', /^root API call$/],
    ['root-api-access-denied.json', /failed/],
  ])('%s is MEDIUM, and says why', (name, reason) => {
    const classification = classifyFixture(name);

    expect(classification.severity).toBe(Severity.MEDIUM);
    expect(classification.reason).toMatch(reason);
  });

  test('every fixture gets a severity and a non-empty reason', () => {
    for (const name of fixtureNames()) {
      const classification = classifyFixture(name);
      expect(Object.values(Severity)).toContain(classification.severity);
      expect(classification.reason.trim()).not.toBe('');
    }
  });

  test('a failed attempt at a critical call is still CRITICAL', () => {
    const classification = classifyFixture('root-api-stop-logging.json', (raw) => {
      raw.detail.errorCode = 'AccessDenied';
      raw.detail.errorMessage = 'explicit deny in a service control policy';
    });

    expect(classification.severity).toBe(Severity.CRITICAL);
  });

  test('a failed sign-in is HIGH even when MFA was not used', () => {
    // The failure fixture records MFAUsed "No": a wrong password is not a takeover.
    expect(classifyFixture('root-console-login-failure.json').severity).toBe(Severity.HIGH);
  });

  test('a critical call name from another service is not critical', () => {
    const classification = classifyFixture('root-api-stop-logging.json', (raw) => {
      raw.detail.eventSource = 'example.amazonaws.com';
    });

    expect(classification.severity).toBe(Severity.MEDIUM);
  });

  test('a change to a root access key is HIGH', () => {
    const classification = classifyFixture('root-api-create-access-key.json', (raw) => {
      raw.detail.eventName = 'DeleteAccessKey';
    });

    expect(classification.severity).toBe(Severity.HIGH);
    expect(classification.reason).toMatch(/access key deleted/);
  });

  test('an unfamiliar sign-in event is HIGH', () => {
    const classification = classifyFixture('root-password-updated.json', (raw) => {
      raw.detail.eventName = 'CredentialChallenge';
    });

    expect(classification.severity).toBe(Severity.HIGH);
  });

  test('an event that cannot be recognised is HIGH, so a human looks at it', () => {
    expect(classify(parseRootEvent({})).severity).toBe(Severity.HIGH);
    expect(classify(parseRootEvent(null)).reason).toMatch(/unrecognised/);
  });
});

describe('classify console actions', () => {
  test('a root console action that is not an API call is MEDIUM', () => {
    expect(classifyFixture('root-console-action.json')).toEqual({ severity: Severity.MEDIUM, reason: 'root console action' });
  });

  test('the listed spelling of the sign-in detail type is still a sign-in', () => {
    const result = classifyFixture('root-console-login-no-mfa.json', (raw) => { raw['detail-type'] = 'AWS Console Signin via CloudTrail'; });
    expect(result.severity).toBe(Severity.CRITICAL);
  });
});
