/**
 * Root credential posture, from two places, told the same way:
 *
 * - the posture check (lambda-src/posture), which queues a message on the
 *   alert queue when the posture changes, or is bad at a deployment;
 * - AWS Config's managed rules ROOT_ACCOUNT_MFA_ENABLED,
 *   ROOT_ACCOUNT_HARDWARE_MFA_ENABLED and IAM_ROOT_ACCESS_KEY_CHECK, whose
 *   'Config Rules Compliance Change' events the construct routes to the
 *   queue when it uses Config instead; POSTURE_CONFIG_RULES names the
 *   rules, `<ruleName>=<IDENTIFIER>` pairs separated by commas.
 *
 * Both are read defensively: a message with the posture check's source and
 * detail type that is not shaped as expected still alerts, saying what was
 * wrong with it, at HIGH; nothing that arrives is dropped.
 */
import type { Alert } from './alert';
import { toSnsSubject } from './subject';
import { clip, wellFormed } from './text';
import { FindingId, FINDINGS, FindingState, isFindingId, isFindingState, overallState } from '../../posture/findings';
import { Severity } from '../events/severity';
import type { Logger } from '../log';

/** The check's `source` and `detail-type`; they match lambda-src/posture/events.ts. */
export const POSTURE_SOURCE = 'root-activity-monitor.posture';
export const POSTURE_DETAIL_TYPE = 'Root credential posture';

/**
 * The Config event's `source` and `detail-type`
 * (https://docs.aws.amazon.com/config/latest/developerguide/monitor-config-with-cloudwatchevents.html).
 */
export const CONFIG_SOURCE = 'aws.config';
export const CONFIG_COMPLIANCE_DETAIL_TYPE = 'Config Rules Compliance Change';

/** The message attribute subscribers can filter on. */
export const POSTURE_REPORT_KIND = 'root-credential-posture';

/** The Config managed rule identifiers the notifier knows, and the finding each checks. */
const CONFIG_IDENTIFIERS: Readonly<Record<string, FindingId>> = {
  ROOT_ACCOUNT_MFA_ENABLED: 'root-mfa',
  ROOT_ACCOUNT_HARDWARE_MFA_ENABLED: 'root-hardware-mfa',
  IAM_ROOT_ACCESS_KEY_CHECK: 'root-access-keys',
};

const MAX_FIELD_LENGTH = 300;
const MAX_FINDINGS = 20;

/** A state as shown: a finding's, or 'none' for no earlier one. */
export type ShownState = FindingState | 'none';

/** One finding as an alert shows it. */
export interface PostureFindingView {
  readonly id: string;
  readonly title: string;
  readonly state: FindingState;
  readonly previous: ShownState;
  readonly observed: string;
  /** 'CIS 1.4 / Security Hub IAM.4', or undefined when no control concerns it. */
  readonly control?: string;
  readonly remedy: string;
  readonly docUrl: string;
}

/** A member account that is not all good, as an alert shows it. */
export interface MemberView {
  readonly account: string;
  readonly status: FindingState;
  readonly findings: ReadonlyArray<{ readonly id: string; readonly title: string; readonly state: FindingState; readonly observed: string }>;
}

/** The member accounts' posture, as an alert shows it. */
export interface MembersView {
  readonly status: FindingState;
  readonly checked: number;
  readonly notGoodCount: number;
  readonly notGood: readonly MemberView[];
  readonly previousBadCount?: number;
  readonly unavailable?: string;
}

/** Members an alert lists; the check sends at most 25 (lambda-src/posture/events.ts). */
const MAX_MEMBERS = 25;

/** What the notifier reads of a posture message or a Config compliance change. */
export interface PostureReport {
  /** Where it came from: the posture check, or an AWS Config rule. */
  readonly origin: 'posture-check' | 'config-rule';
  /** The message's id (the check's) or the EventBridge event's id (Config's). */
  readonly id: string;
  readonly account: string;
  readonly region?: string;
  readonly checkedAt: string;
  /** 'changed', 'first-check', 'bad-at-deploy' (the check); 'compliance-change' (Config). */
  readonly reason: string;
  readonly trigger?: string;
  readonly status: FindingState;
  readonly previousStatus: ShownState;
  readonly previousUnreadable: boolean;
  readonly findings: PostureFindingView[];
  /** The member accounts' posture, when the check audits them. */
  readonly members?: MembersView;
  /** What was not shaped as expected; an alert with any is HIGH. */
  readonly oddities: string[];
}

/**
 * POSTURE_CONFIG_RULES as a map from rule name to the finding its rule
 * checks. An entry that is not `<ruleName>=<known IDENTIFIER>` is logged
 * and left out; its rule's events are still reported, as an unknown rule.
 */
export function parsePostureConfigRules(value: string | undefined, log?: Logger): ReadonlyMap<string, FindingId> {
  const rules = new Map<string, FindingId>();
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const match = /^([^=\s]+)=([A-Z_]+)$/.exec(entry);
    const finding = match ? CONFIG_IDENTIFIERS[match[2]] : undefined;
    if (!match || finding === undefined) {
      log?.warn('POSTURE_CONFIG_RULES has an entry that is not <ruleName>=<IDENTIFIER> with a known identifier; leaving it out', {
        entry: entry.slice(0, 200), knownIdentifiers: Object.keys(CONFIG_IDENTIFIERS),
      });
      continue;
    }
    rules.set(match[1], finding);
  }
  return rules;
}

/**
 * The posture report in `raw` (a queued body, parsed), or undefined when
 * `raw` is neither the posture check's message nor a Config compliance
 * change. `rules` is parsePostureConfigRules(POSTURE_CONFIG_RULES).
 */
export function readPostureReport(raw: unknown, rules: ReadonlyMap<string, FindingId>): PostureReport | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return undefined;
  }
  const event = raw as Record<string, unknown>;
  if (event.source === POSTURE_SOURCE && event['detail-type'] === POSTURE_DETAIL_TYPE) {
    return fromPostureCheck(event);
  }
  if (event.source === CONFIG_SOURCE && event['detail-type'] === CONFIG_COMPLIANCE_DETAIL_TYPE) {
    return fromConfigRule(event, rules);
  }
  return undefined;
}

function fromPostureCheck(event: Record<string, unknown>): PostureReport {
  const oddities: string[] = [];
  const detail = objectOf(event.detail);
  if (detail === undefined) {
    oddities.push('it has no detail object');
  } else if (detail.schemaVersion !== 1) {
    oddities.push(`its schemaVersion is ${shown(detail.schemaVersion)}, not 1`);
  }
  const d = detail ?? {};
  const rawFindings = Array.isArray(d.findings) ? d.findings : [];
  if (detail !== undefined && !Array.isArray(d.findings)) {
    oddities.push('its findings are not a list');
  } else if (detail !== undefined && rawFindings.length === 0) {
    oddities.push('it lists no findings');
  }
  if (rawFindings.length > MAX_FINDINGS) {
    oddities.push(`it lists ${rawFindings.length} findings; the first ${MAX_FINDINGS} are shown`);
  }
  const findings = rawFindings.slice(0, MAX_FINDINGS).map((item, n) => checkFinding(item, n, oddities));
  const statuses = findings.map((finding) => finding.state);
  const status = isFindingState(d.status) ? d.status : overallState(statuses);
  if (detail !== undefined && !isFindingState(d.status)) {
    oddities.push(`its status is ${shown(d.status)}`);
  }
  const account = accountOf(d.account) ?? accountOf(event.account);
  if (account === undefined) {
    oddities.push('it names no 12-digit account');
  }
  const members = d.members === undefined ? undefined : checkMembers(d.members, oddities);
  return {
    origin: 'posture-check',
    id: text(event.id) ?? 'unknown',
    account: account ?? text(d.account) ?? 'unknown account',
    region: text(event.region),
    checkedAt: text(d.checkedAt) ?? text(event.time) ?? 'unknown',
    reason: text(d.reason) ?? 'unknown',
    trigger: text(d.trigger),
    // A finding that says bad outweighs a status that says otherwise.
    status: statuses.includes('bad') || members?.status === 'bad' ? 'bad' : status,
    previousStatus: isShownState(d.previousStatus) ? d.previousStatus : 'none',
    previousUnreadable: d.previousUnreadable === true,
    findings,
    ...members !== undefined ? { members } : {},
    oddities,
  };
}

/** The message's members part, read defensively like the rest. */
function checkMembers(value: unknown, oddities: string[]): MembersView {
  const members = objectOf(value);
  if (members === undefined) {
    oddities.push('its members part is not an object');
    return { status: 'unknown', checked: 0, notGoodCount: 0, notGood: [] };
  }
  const rawList = Array.isArray(members.notGood) ? members.notGood : [];
  if (!Array.isArray(members.notGood)) {
    oddities.push('its members\' notGood is not a list');
  }
  const notGood = rawList.slice(0, MAX_MEMBERS).map((item, n): MemberView => {
    const member = objectOf(item) ?? {};
    const accountId = accountOf(member.account);
    if (accountId === undefined) {
      oddities.push(`member ${n + 1} names no 12-digit account`);
    }
    const findings = (Array.isArray(member.findings) ? member.findings : []).slice(0, MAX_FINDINGS).map((raw, m) => {
      const finding = objectOf(raw) ?? {};
      const id = text(finding.id) ?? `finding ${m + 1}`;
      const state: FindingState = isFindingState(finding.state) ? finding.state : 'unknown';
      return { id, title: isFindingId(finding.id) ? FINDINGS[finding.id].title : id, state, observed: text(finding.observed) ?? 'not stated' };
    });
    const statuses = findings.map((finding) => finding.state);
    return { account: accountId ?? text(member.account) ?? 'unknown account', status: overallState(statuses.length > 0 ? statuses : ['unknown']), findings };
  });
  const count = (field: unknown) => (Number.isInteger(field) && (field as number) >= 0 ? field as number : undefined);
  const listed = notGood.flatMap((member) => member.findings.map((finding) => finding.state));
  const stated = isFindingState(members.status) ? members.status : 'unknown';
  return {
    // A member finding that says bad outweighs a status that says otherwise.
    status: listed.includes('bad') ? 'bad' : stated,
    checked: count(members.checked) ?? 0,
    notGoodCount: Math.max(count(members.notGoodCount) ?? 0, notGood.length),
    notGood,
    ...count(members.previousBadCount) !== undefined ? { previousBadCount: count(members.previousBadCount) } : {},
    ...text(members.unavailable) !== undefined ? { unavailable: text(members.unavailable) } : {},
  };
}

/** One finding of the check's message; the catalogue's words for a known id, the message's (clipped) for another. */
function checkFinding(item: unknown, n: number, oddities: string[]): PostureFindingView {
  const finding = objectOf(item) ?? {};
  const id = text(finding.id) ?? `finding ${n + 1}`;
  let state: FindingState = 'unknown';
  if (isFindingState(finding.state)) {
    state = finding.state;
  } else {
    oddities.push(`finding ${id} has state ${shown(finding.state)}`);
  }
  const observed = text(finding.observed) ?? 'not stated';
  const previous = isShownState(finding.previous) ? finding.previous : 'none';
  if (isFindingId(finding.id)) {
    return { ...catalogued(finding.id), state, previous, observed };
  }
  oddities.push(`finding ${id} is not one this notifier knows`);
  return {
    id,
    title: id,
    state,
    previous,
    observed,
    control: controlText(text(finding.cis), text(finding.securityHub)),
    remedy: text(finding.remedy) ?? 'See the posture check\'s log.',
    docUrl: awsDocUrl(finding.docUrl) ?? 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
  };
}

/**
 * A Config rule's compliance change. Its detail carries configRuleName,
 * awsAccountId, awsRegion, and newEvaluationResult / oldEvaluationResult
 * with complianceType
 * (https://docs.aws.amazon.com/config/latest/developerguide/example-config-rule-compliance-notification.html).
 * NOT_APPLICABLE is what the root rules report when the account has no
 * root user credentials (root-account-mfa-enabled.html), which is good.
 */
function fromConfigRule(event: Record<string, unknown>, rules: ReadonlyMap<string, FindingId>): PostureReport {
  const oddities: string[] = [];
  const detail = objectOf(event.detail) ?? {};
  const ruleName = text(detail.configRuleName);
  const newResult = objectOf(detail.newEvaluationResult);
  const oldResult = objectOf(detail.oldEvaluationResult);
  const newType = text(newResult?.complianceType);
  const oldType = text(oldResult?.complianceType);
  const findingId = ruleName === undefined ? undefined : rules.get(ruleName);
  if (ruleName === undefined) {
    oddities.push('it names no Config rule');
  } else if (findingId === undefined) {
    oddities.push(`Config rule ${ruleName} is not one of POSTURE_CONFIG_RULES`);
  }
  if (newType === undefined) {
    oddities.push('it has no new compliance type');
  }
  const state = complianceState(newType);
  const view: PostureFindingView = findingId !== undefined
    ? { ...catalogued(findingId), state, previous: oldType === undefined ? 'none' : complianceState(oldType), observed: `AWS Config rule ${ruleName}: ${newType ?? 'not stated'}` }
    : {
      id: ruleName ?? 'unknown-rule',
      title: `AWS Config rule ${ruleName ?? '(unnamed)'}`,
      state,
      previous: oldType === undefined ? 'none' : complianceState(oldType),
      observed: `${newType ?? 'not stated'}`,
      remedy: 'Open the rule in the AWS Config console and follow its remediation.',
      docUrl: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config.html',
    };
  const account = accountOf(detail.awsAccountId) ?? accountOf(event.account);
  return {
    origin: 'config-rule',
    id: text(event.id) ?? 'unknown',
    account: account ?? 'unknown account',
    region: text(detail.awsRegion) ?? text(event.region),
    checkedAt: text(newResult?.resultRecordedTime) ?? text(event.time) ?? 'unknown',
    reason: 'compliance-change',
    status: state,
    previousStatus: view.previous,
    previousUnreadable: false,
    findings: [view],
    oddities,
  };
}

function complianceState(type: string | undefined): FindingState {
  if (type === 'NON_COMPLIANT') return 'bad';
  if (type === 'COMPLIANT' || type === 'NOT_APPLICABLE') return 'good';
  return 'unknown';
}

function catalogued(id: FindingId): Omit<PostureFindingView, 'state' | 'previous' | 'observed'> {
  const info = FINDINGS[id];
  return { id, title: info.title, control: controlText(info.cis, info.securityHub), remedy: info.remedy, docUrl: info.docUrl };
}

function controlText(cis: string | undefined, securityHub: string | undefined): string | undefined {
  const parts = [cis !== undefined ? `CIS ${cis}` : undefined, securityHub !== undefined ? `Security Hub ${securityHub}` : undefined]
    .filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' / ') : undefined;
}

/** What a posture report states; the e-mail (below) and the chat message (posture-chat.ts) render it. */
export interface PostureFacts {
  readonly severity: Severity;
  readonly headline: string;
  readonly bad: PostureFindingView[];
  readonly lines: string[];
}

/**
 * HIGH while anything is bad, or when the message itself was not shaped
 * as expected (the posture is then not known to be good); MEDIUM when
 * everything is good (or unknown) again.
 */
export function postureFacts(report: PostureReport): PostureFacts {
  const bad = report.findings.filter((finding) => finding.state === 'bad');
  const membersBad = report.members?.status === 'bad';
  const severity = bad.length > 0 || membersBad || report.oddities.length > 0 ? Severity.HIGH : Severity.MEDIUM;
  const where = report.members !== undefined ? `${report.account} or its member accounts` : report.account;
  let headline: string;
  if (report.oddities.length > 0 && report.origin === 'posture-check') {
    headline = `Malformed root credential posture message for ${where}`;
  } else if (report.reason === 'bad-at-deploy') {
    headline = `Root credential posture is bad in ${where} (checked at deployment)`;
  } else if (report.reason === 'first-check') {
    headline = `Root credential posture is bad in ${where}`;
  } else {
    headline = `Root credential posture changed in ${where}`;
  }
  const lines = report.findings.map((finding) => `[${finding.state.toUpperCase()}] ${finding.title}: ${finding.observed}`
    + ` (before: ${finding.previous})${finding.control !== undefined ? ` - ${finding.control}` : ''}`);
  return { severity, headline, bad, lines };
}

/** The members part of a message, in lines; empty when the check does not audit members. */
export function memberLines(members: MembersView | undefined): string[] {
  if (members === undefined) {
    return [];
  }
  if (members.unavailable !== undefined) {
    return [`Member accounts: not known, as they could not be listed (${members.unavailable}).`];
  }
  const before = members.previousBadCount !== undefined ? ` (bad before: ${members.previousBadCount})` : '';
  const lines = [`Member accounts: ${members.checked} audited through centralized root access, ${members.notGoodCount} not all good${before}.`];
  for (const member of members.notGood) {
    lines.push(`- ${member.account} [${member.status.toUpperCase()}]: ${member.findings.map((finding) => `${finding.title}: ${finding.observed}`).join('; ')}`);
  }
  const more = members.notGoodCount - members.notGood.length;
  if (more > 0) {
    lines.push(`- and ${more} more; the posture check's log lists them.`);
  }
  return lines;
}

/**
 * What to do about member accounts that are not all good: their root
 * credentials can be removed from the management account (or the IAM
 * delegated administrator) without signing in as each root user.
 */
export const MEMBER_REMEDY = 'For a member account, delete its root credentials centrally: IAM console, Root access management, or sts:AssumeRoot with the IAMDeleteRootUserCredentials task policy. '
  + 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html';

/** The report as one message to the alert topic. */
export function buildPostureAlert(report: PostureReport): Alert {
  const facts = postureFacts(report);
  const { severity } = facts;
  const source = report.origin === 'config-rule' ? 'AWS Config' : 'the root credential posture check';
  const lines = [
    `${severity}: ${facts.headline}.`,
    '',
    `Status: ${report.status} (before: ${report.previousStatus}). Reported by ${source}${report.trigger !== undefined ? `, run by ${report.trigger}` : ''}.`,
    `Account: ${report.account}${report.region !== undefined ? `, region ${report.region}` : ''}. Checked: ${report.checkedAt}.`,
  ];
  if (report.previousUnreadable) {
    lines.push('The posture stored by the check before could not be read, so this check counted as the first.');
  }
  if (report.oddities.length > 0) {
    lines.push('', 'This message was not shaped as expected, so the posture is not known to be good:',
      ...report.oddities.map((oddity) => `- ${oddity}`));
  }
  lines.push('', 'Findings:');
  for (const finding of report.findings) {
    lines.push(
      '',
      `[${finding.state.toUpperCase()}] ${finding.title}`,
      `  Seen: ${finding.observed}`,
      `  Before: ${finding.previous}`,
      ...finding.control !== undefined ? [`  Control: ${finding.control}`] : [],
      ...finding.state !== 'good' ? [`  What to do: ${finding.remedy} ${finding.docUrl}`] : [],
    );
  }
  if (report.members !== undefined) {
    lines.push('', ...memberLines(report.members));
    if (report.members.status === 'bad') {
      lines.push(`  What to do: ${MEMBER_REMEDY}`);
    }
  }
  lines.push('', `Report id: ${report.id}`);
  return {
    subject: toSnsSubject(`${severity}: ${facts.headline}`),
    message: wellFormed(lines.join('\n')),
    attributes: {
      severity,
      eventKind: POSTURE_REPORT_KIND,
      eventName: report.origin === 'config-rule' ? 'config-compliance-change' : POSTURE_REPORT_KIND,
      outcome: report.oddities.length > 0 ? 'malformed' : report.status,
      account: clip(report.account, 256),
      accountId: /^\d{12}$/.test(report.account) ? report.account : 'unknown',
    },
    classification: { severity, reason: report.oddities.length > 0 ? 'malformed posture message' : `root credential posture ${report.status}` },
  };
}

/** A queued record, as the batch notifier holds it. */
export interface PostureRecord {
  readonly messageId: string;
  readonly body: string;
}

/**
 * The posture reports of a batch, taken out of it: they are not root
 * events, and each is a message of its own. `env` gives
 * POSTURE_CONFIG_RULES.
 */
export function withPostureReportsApart<R extends PostureRecord>(records: R[], env: Record<string, string | undefined>, log: Logger) {
  const rules = rulesFor(env.POSTURE_CONFIG_RULES, log);
  const postures: Array<{ record: R; report: PostureReport }> = [];
  const others: R[] = [];
  for (const record of records) {
    const report = readPostureReport(parseJson(record.body), rules);
    if (report === undefined) {
      others.push(record);
      continue;
    }
    const fields = { eventId: report.id, sqsMessageId: record.messageId, origin: report.origin, status: report.status };
    if (report.oddities.length > 0) {
      log.warn('The posture report was not shaped as expected; alerting with what is known', { ...fields, oddities: report.oddities });
    } else {
      log.info('Received root credential posture report', fields);
    }
    postures.push({ record, report });
  }
  return { postures, records: others };
}

/** POSTURE_CONFIG_RULES, parsed (and its problems logged) once per value, not once per batch. */
let parsedRules: { value: string | undefined; rules: ReadonlyMap<string, FindingId> } | undefined;
function rulesFor(value: string | undefined, log: Logger): ReadonlyMap<string, FindingId> {
  if (parsedRules === undefined || parsedRules.value !== value) {
    parsedRules = { value, rules: parsePostureConfigRules(value, log) };
  }
  return parsedRules.rules;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? clip(value, MAX_FIELD_LENGTH) : undefined;
}

function accountOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{12}$/.test(value) ? value : undefined;
}

function isShownState(value: unknown): value is ShownState {
  return value === 'none' || isFindingState(value);
}

/** Only AWS's own documentation is linked from an alert. */
function awsDocUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https:\/\/docs\.aws\.amazon\.com\/[\x21-\x7e]{0,300}$/.test(value) ? value : undefined;
}

function shown(value: unknown): string {
  return value === undefined ? 'missing' : clip(JSON.stringify(value) ?? String(value), 60);
}
