import { chatProblems } from './chat-support';
import { buildChatPosture, POSTURE_CHAT_EVENT_TYPE } from '../../lambda-src/notifier/messages/posture-chat';
import { parsePostureConfigRules, readPostureReport } from '../../lambda-src/notifier/messages/posture-report';
import { fixture } from '../helpers';
import { copy } from './support';

const RULES = parsePostureConfigRules('root-activity-monitor-root-mfa=ROOT_ACCOUNT_MFA_ENABLED');

function chatOf(raw: unknown) {
  return buildChatPosture(readPostureReport(raw, RULES)!);
}

describe('the posture chat message', () => {
  test('puts the bad findings first and what to do as next steps, within the custom notification\'s limits', () => {
    const chat = chatOf(fixture('posture/posture-check-bad-at-deploy.json'));
    expect(chatProblems(chat)).toEqual([]);
    expect(chat.content.title).toBe('HIGH: Root credential posture is bad in 111122223333 (checked at deployment)');
    const findingLines = chat.content.description.split('\n').filter((line) => line.startsWith('- '));
    expect(findingLines.map((line) => line.split(':')[0])).toEqual(['- BAD', '- BAD', '- GOOD', '- GOOD']);
    expect(findingLines[0]).toContain('(CIS 1.4 / Security Hub IAM.4)');
    expect(chat.content.nextSteps).toEqual([
      'Sign in as the root user and delete its access keys; use IAM roles for programmatic access. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
      'Assign the root user a hardware MFA device or FIDO2 security key, then remove its virtual MFA device. https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    ]);
    expect(chat.metadata).toMatchObject({ eventType: POSTURE_CHAT_EVENT_TYPE, additionalContext: { badFindings: 'root-access-keys,root-hardware-mfa' } });
    expect(chat.metadata.threadId).toBeUndefined();
  });

  test('of a Config compliance change, and of a malformed message, stays within the limits', () => {
    expect(chatProblems(chatOf(fixture('posture/config-root-mfa-noncompliant.json')))).toEqual([]);
    const malformed = copy(fixture('posture/posture-check-bad-at-deploy.json'));
    malformed.detail.findings = Array.from({ length: 50 }, (_, i) => ({ id: `<@here>${i}`.repeat(30), state: 'bad', observed: '`x`'.repeat(200) }));
    const chat = chatOf(malformed);
    expect(chatProblems(chat)).toEqual([]);
    expect(chat.content.description).not.toMatch(/<|@here/);
  });
});
