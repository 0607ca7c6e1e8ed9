import { IAMClient } from '@aws-sdk/client-iam';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import { chatProblems } from './chat-support';
import { AccountAliasResolver } from '../../lambda-src/notifier/accounts/account-alias';
import { createBatchNotifier } from '../../lambda-src/notifier/delivery/batch-notifier';
import { buildChatPosture } from '../../lambda-src/notifier/messages/posture-chat';
import {
  buildPostureAlert, parsePostureConfigRules, POSTURE_REPORT_KIND, readPostureReport,
} from '../../lambda-src/notifier/messages/posture-report';
import { isValidSnsSubject } from '../../lambda-src/notifier/messages/subject';
import { assess } from '../../lambda-src/posture/assess';
import { buildPostureMessage } from '../../lambda-src/posture/message';
import { fixture } from '../helpers';
import { collectingLogger, copy, virtualTime } from './support';

const RULES = parsePostureConfigRules('root-activity-monitor-root-mfa=ROOT_ACCOUNT_MFA_ENABLED,'
  + 'root-activity-monitor-hardware-mfa=ROOT_ACCOUNT_HARDWARE_MFA_ENABLED,root-activity-monitor-keys=IAM_ROOT_ACCESS_KEY_CHECK');

function alertOf(raw: unknown) {
  const report = readPostureReport(raw, RULES);
  expect(report).toBeDefined();
  const alert = buildPostureAlert(report!);
  expect(isValidSnsSubject(alert.subject)).toBe(true);
  return { report: report!, alert };
}

describe('the posture check\'s message', () => {
  test('is HIGH while anything is bad, listing each finding with its state, what it was, its control and what to do', () => {
    const { report, alert } = alertOf(fixture('posture/posture-check-bad-at-deploy.json'));
    expect(report.oddities).toEqual([]);
    expect(alert.subject).toBe('HIGH: Root credential posture is bad in 111122223333 (checked at deployment)');
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.message).toContain([
      '[BAD] The root user has no access keys',
      '  Seen: 1 access key',
      '  Before: bad',
      '  Control: CIS 1.4 / Security Hub IAM.4',
      '  What to do: Sign in as the root user and delete its access keys; use IAM roles for programmatic access. '
        + 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    ].join('\n'));
    expect(alert.message).toContain('Control: CIS 1.6 / Security Hub IAM.6');
    expect(alert.message).toContain('[GOOD] The root user has MFA\n  Seen: a virtual MFA device\n  Before: good\n  Control: CIS 1.5 / Security Hub IAM.9\n\n');
    expect(alert.attributes).toMatchObject({ severity: 'HIGH', eventKind: POSTURE_REPORT_KIND, outcome: 'bad', accountId: '111122223333' });
  });

  test('is MEDIUM when everything is good again, with a subject that says it changed', () => {
    const event = copy(fixture('posture/posture-check-bad-at-deploy.json'));
    event.detail.reason = 'changed';
    event.detail.status = 'good';
    for (const finding of event.detail.findings) {
      finding.state = 'good';
    }
    const { alert } = alertOf(event);
    expect(alert.subject).toBe('MEDIUM: Root credential posture changed in 111122223333');
    expect(alert.message).not.toContain('What to do');
  });

  test('reads what the posture function builds, with nothing odd, whatever it observed', () => {
    for (const mfa of ['none', 'virtual', 'non-virtual'] as const) {
      for (const passwordPresent of [true, false]) {
        for (const organization of [undefined, { known: true as const, enabled: ['RootSessions'] }, { known: false as const, why: 'AccessDenied: no' }]) {
          const findings = assess({ accessKeys: 0, signingCertificates: 2, mfa, passwordPresent, organization }, true);
          const message = buildPostureMessage({
            findings,
            reason: 'first-check',
            trigger: 'schedule',
            requireHardwareMfa: true,
            account: '111122223333',
            region: 'eu-west-1',
            now: new Date('2026-12-06T06:00:00Z'),
            id: 'id-1',
            previous: new Map([['root-mfa', 'good']]),
          });
          const { report } = alertOf(JSON.parse(JSON.stringify(message)));
          expect(report.oddities).toEqual([]);
          expect(report.findings.map((finding) => [finding.id, finding.state])).toEqual(findings.map((finding) => [finding.id, finding.state]));
        }
      }
    }
  });

  test.each([
    ['no detail', (event: any) => { delete event.detail; }, /it has no detail object/],
    ['findings that are not a list', (event: any) => { event.detail.findings = 'all fine'; }, /its findings are not a list/],
    ['a finding with an odd state', (event: any) => { event.detail.findings[0].state = 'fine'; }, /finding root-access-keys has state "fine"/],
    ['an unknown finding', (event: any) => { event.detail.findings.push({ id: 'root-x', state: 'good', docUrl: 'https://evil.example/' }); },
      /finding root-x is not one this notifier knows/],
    ['another schema', (event: any) => { event.detail.schemaVersion = 2; }, /its schemaVersion is 2, not 1/],
  ])('that is malformed (%s) still alerts, at HIGH, saying so', (_name, spoil, oddity) => {
    const event = copy(fixture('posture/posture-check-bad-at-deploy.json'));
    event.detail.findings.forEach((finding: any) => { finding.state = 'good'; });
    event.detail.status = 'good';
    spoil(event);
    const { alert } = alertOf(event);
    expect(alert.subject).toBe('HIGH: Malformed root credential posture message for 111122223333');
    expect(alert.message).toMatch(oddity);
    expect(alert.message).not.toContain('evil.example');
    expect(alert.attributes.outcome).toBe('malformed');
  });

  test('is not taken for anything else', () => {
    expect(readPostureReport(fixture('root-console-login-no-mfa.json'), RULES)).toBeUndefined();
    expect(readPostureReport('text', RULES)).toBeUndefined();
    expect(readPostureReport(null, RULES)).toBeUndefined();
  });
});

describe('AWS Config compliance changes', () => {
  test('of a posture rule alert as its finding, HIGH when NON_COMPLIANT', () => {
    const { report, alert } = alertOf(fixture('posture/config-root-mfa-noncompliant.json'));
    expect(report).toMatchObject({ origin: 'config-rule', account: '111122223333', region: 'us-east-1', status: 'bad', previousStatus: 'good', oddities: [] });
    expect(alert.subject).toBe('HIGH: Root credential posture changed in 111122223333');
    expect(alert.message).toContain('[BAD] The root user has MFA\n  Seen: AWS Config rule root-activity-monitor-root-mfa: NON_COMPLIANT\n  Before: good\n  Control: CIS 1.5 / Security Hub IAM.9');
    expect(alert.message).toContain('Reported by AWS Config.');
    expect(alert.attributes.eventName).toBe('config-compliance-change');
  });

  test.each([
    ['COMPLIANT', 'good', 'MEDIUM'],
    ['NOT_APPLICABLE', 'good', 'MEDIUM'],
    ['INSUFFICIENT_DATA', 'unknown', 'MEDIUM'],
  ])('%s is %s (%s)', (complianceType, state, severity) => {
    const event = copy(fixture('posture/config-root-mfa-noncompliant.json'));
    event.detail.newEvaluationResult.complianceType = complianceType;
    const { report, alert } = alertOf(event);
    expect(report.status).toBe(state);
    expect(alert.classification.severity).toBe(severity);
  });

  test('of a rule not in POSTURE_CONFIG_RULES still alert, at HIGH, naming the rule', () => {
    const event = copy(fixture('posture/config-root-mfa-noncompliant.json'));
    event.detail.configRuleName = 'someone-elses-rule';
    event.detail.newEvaluationResult.complianceType = 'COMPLIANT';
    const { alert } = alertOf(event);
    expect(alert.classification.severity).toBe('HIGH');
    expect(alert.message).toContain('Config rule someone-elses-rule is not one of POSTURE_CONFIG_RULES');
  });

  test('with no earlier evaluation show \'none\' before', () => {
    const event = copy(fixture('posture/config-root-mfa-noncompliant.json'));
    delete event.detail.oldEvaluationResult;
    expect(alertOf(event).report.findings[0].previous).toBe('none');
  });
});

describe('POSTURE_CONFIG_RULES', () => {
  test('maps each rule to its finding, and logs and leaves out what it cannot read', () => {
    const { log, entries } = collectingLogger();
    const rules = parsePostureConfigRules(' a=ROOT_ACCOUNT_MFA_ENABLED , b=IAM_ROOT_ACCESS_KEY_CHECK,c=S3_BUCKET_LOGGING_ENABLED,d,=X,,', log);
    expect([...rules]).toEqual([['a', 'root-mfa'], ['b', 'root-access-keys']]);
    expect(entries().filter((entry) => entry.level === 'WARN').map((entry) => entry.entry)).toEqual(['c=S3_BUCKET_LOGGING_ENABLED', 'd', '=X']);
  });

  test('unset is empty', () => {
    expect(parsePostureConfigRules(undefined).size).toBe(0);
  });
});

describe('the batch notifier', () => {
  const snsMock = mockClient(SNSClient);
  const SAVED = process.env.POSTURE_CONFIG_RULES;

  beforeEach(() => {
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'message' });
    process.env.POSTURE_CONFIG_RULES = 'root-activity-monitor-root-mfa=ROOT_ACCOUNT_MFA_ENABLED';
  });

  afterAll(() => {
    snsMock.restore();
    process.env.POSTURE_CONFIG_RULES = SAVED;
  });

  test('publishes posture reports to the alert topic, never the health topic, each on its own, beside root events', async () => {
    const { log, entries } = collectingLogger();
    const handler = createBatchNotifier({
      sns: new SNSClient({ region: 'us-east-1' }),
      aliases: new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), log),
      config: {
        topicArn: 'arn:aws:sns:us-east-1:111122223333:root-activity',
        healthTopicArn: 'arn:aws:sns:us-east-1:111122223333:health',
        topicRegion: 'us-east-1',
        timeZone: 'UTC',
        accountName: 'acme',
      },
      log,
      ...virtualTime(),
    });
    const malformed = copy(fixture('posture/posture-check-bad-at-deploy.json'));
    delete malformed.detail;
    const result = await handler({
      Records: [
        { messageId: 'sqs-1', body: JSON.stringify(fixture('posture/posture-check-bad-at-deploy.json')) },
        { messageId: 'sqs-2', body: JSON.stringify(fixture('root-console-login-mfa-success.json')) },
        { messageId: 'sqs-3', body: JSON.stringify(fixture('posture/config-root-mfa-noncompliant.json')) },
        { messageId: 'sqs-4', body: JSON.stringify(malformed) },
      ],
    }, { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:notifier' });

    expect(result.batchItemFailures).toEqual([]);
    const inputs = snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
    const postures = inputs.filter((input) => input.MessageAttributes?.eventKind?.StringValue === POSTURE_REPORT_KIND);
    expect(postures.map((input) => [input.TopicArn, input.Subject])).toEqual([
      ['arn:aws:sns:us-east-1:111122223333:root-activity', 'HIGH: Root credential posture is bad in 111122223333 (checked at deployment)'],
      ['arn:aws:sns:us-east-1:111122223333:root-activity', 'HIGH: Root credential posture changed in 111122223333'],
      ['arn:aws:sns:us-east-1:111122223333:root-activity', 'HIGH: Malformed root credential posture message for 111122223333'],
    ]);
    expect(inputs).toHaveLength(4);
    expect(entries().filter((entry) => entry.message === 'Received root credential posture report')).toHaveLength(2);
    expect(entries().filter((entry) => entry.message.startsWith('The posture report was not shaped as expected'))).toHaveLength(1);
  });
});

describe('whatever arrives with the posture source', () => {
  test('is read, alerts with a valid subject and a chat message within limits, and never throws', () => {
    const base = fixture('posture/posture-check-bad-at-deploy.json');
    fc.assert(fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 5 }), fc.anything(), (detail, findings, status) => {
      for (const event of [
        { ...base, detail },
        { ...base, detail: { ...base.detail, findings, status } },
        { ...fixture('posture/config-root-mfa-noncompliant.json'), detail },
      ]) {
        const report = readPostureReport(event, RULES)!;
        const alert = buildPostureAlert(report);
        expect(isValidSnsSubject(alert.subject)).toBe(true);
        expect(chatProblems(buildChatPosture(report))).toEqual([]);
      }
    }), { numRuns: 300, seed: 16 });
  });
});
