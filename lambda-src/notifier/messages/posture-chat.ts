/**
 * The chat message for a root credential posture report, from the same
 * facts as its e-mail (posture-report.ts): the findings that are not good
 * first, each with its control, and what to do as next steps. A message of
 * its own, never in a thread where it could go unseen.
 */
import { ChatMessage, chatMessage, code, digest, inert } from './chat-message';
import { MEMBER_REMEDY, memberLines, PostureReport, postureFacts } from './posture-report';

/** The chat message's metadata.eventType. */
export const POSTURE_CHAT_EVENT_TYPE = 'root-credential-posture';

export function buildChatPosture(report: PostureReport): ChatMessage {
  const facts = postureFacts(report);
  const order = { bad: 0, unknown: 1, good: 2 } as const;
  const findings = [...report.findings].sort((a, b) => order[a.state] - order[b.state]);
  const lines = [
    `Status: ${code(report.status)} (before: ${code(report.previousStatus)}), account ${code(report.account)}`
      + `${report.region !== undefined ? ` in ${code(report.region)}` : ''}, checked ${inert(report.checkedAt)}`,
    ...report.previousUnreadable ? ['The posture stored before could not be read, so this check counted as the first.'] : [],
    ...report.oddities.length > 0 ? ['', `Not shaped as expected: ${inert(report.oddities.join('; '))}`] : [],
    '',
    ...findings.map((finding) => `- ${finding.state.toUpperCase()}: ${inert(finding.title)}, seen ${code(finding.observed, 200)}`
      + `, before ${finding.previous}${finding.control !== undefined ? ` (${inert(finding.control)})` : ''}`),
    ...report.members !== undefined ? ['', ...memberLines(report.members).map((line) => inert(line))] : [],
    '',
    `Report id: ${code(report.id)}`,
  ];
  const steps = [
    ...facts.bad.map((finding) => `${finding.remedy} ${finding.docUrl}`),
    ...report.members?.status === 'bad' ? [MEMBER_REMEDY] : [],
  ];
  const title = `${facts.severity}: ${facts.headline}`;
  return chatMessage({
    id: `posture-${digest(report.id)}`,
    title,
    lines,
    nextSteps: steps.length > 0 ? steps : report.oddities.length > 0
      ? ['Read the posture check\'s log: its message could not be read as expected.']
      : ['Nothing to do: every root credential finding is good or could not be checked.'],
    keywords: [facts.severity, POSTURE_CHAT_EVENT_TYPE, ...facts.bad.map((finding) => finding.id)],
    summary: title,
    eventType: POSTURE_CHAT_EVENT_TYPE,
    relatedResources: [],
    additionalContext: {
      severity: facts.severity,
      accountId: report.account,
      status: report.status,
      badFindings: facts.bad.map((finding) => finding.id).join(',') || 'none',
      reportId: report.id,
    },
  });
}
