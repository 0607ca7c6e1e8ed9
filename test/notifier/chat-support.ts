/**
 * Inputs for the chat tests: every event fixture, the messages the notifier
 * plans from them (lone events and burst summaries), and coverage reports,
 * each as the notifier would build its chat message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chatMessageSchema, validate } from './json-schema';
import { copy } from './support';
import { planMessages, ReceivedEvent } from '../../lambda-src/notifier/delivery/batch-plan';
import { classifyAsConfigured } from '../../lambda-src/notifier/events/assumed-root-tasks';
import { parseRootEvent } from '../../lambda-src/notifier/events/root-event';
import { sessionKey } from '../../lambda-src/notifier/events/session';
import type { AlertContext } from '../../lambda-src/notifier/messages/alert';
import { buildChatAlert, buildChatCoverage, buildChatMessage } from '../../lambda-src/notifier/messages/chat-content';
import type { ChatMessage } from '../../lambda-src/notifier/messages/chat-message';
import { COVERAGE_REPORT_DETAIL_TYPE, COVERAGE_REPORT_SOURCE, readCoverageReport } from '../../lambda-src/notifier/messages/coverage-report';
import { FIXTURE_DIR, fixture } from '../helpers';

/** Every event fixture, root, tamper and forged: 'root-console-login-no-mfa.json', 'tamper/…', 'forged/…'. */
export function allEventFixtureNames(): string[] {
  return ['', 'tamper', 'forged'].flatMap((dir) => fs.readdirSync(path.join(FIXTURE_DIR, dir))
    .filter((name) => name.endsWith('.json')).sort().map((name) => (dir === '' ? name : `${dir}/${name}`)));
}

/** The context the notifier would name accounts and times with, in the account that received the event. */
export function contextFor(raw: unknown, timeZone = 'Europe/Berlin'): AlertContext {
  const event = parseRootEvent(raw);
  return { account: { name: 'acme-production', id: event.recipientAccountId }, timeZone };
}

/** The chat message for one event, as the notifier builds it. */
export function chatOf(raw: unknown, timeZone = 'Europe/Berlin'): ChatMessage {
  const event = parseRootEvent(raw);
  return buildChatAlert(event, contextFor(raw, timeZone), sessionKey(event));
}

/** A queued event, read and graded as the batch notifier does. */
export function received(raw: unknown, n: number): ReceivedEvent {
  const event = parseRootEvent(raw);
  return { messageId: `sqs-${n}`, raw, event, classification: classifyAsConfigured(event), session: sessionKey(event) };
}

/** `count` copies of a fixture, each its own event, from `sessions` source IPs. */
export function burst(name: string, count: number, sessions = 1): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const event = copy(fixture(name));
    event.detail.eventID = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    event.detail.sourceIPAddress = `198.51.${Math.floor((i % sessions) / 250)}.${(i % sessions) % 250}`;
    return event;
  });
}

/** The chat messages the notifier plans for `events` arriving in one batch. */
export function chatsOfBatch(events: unknown[]): ChatMessage[] {
  const all = events.map((raw, n) => received(raw, n));
  return planMessages(all, 4000).map((planned) => buildChatMessage(planned, (one) => contextFor(one.raw)));
}

/** A coverage report as the hub's coverage function queues it. */
export function coverageReportBody(detail: Record<string, unknown> = {}) {
  return {
    'version': '0',
    'id': '6f1c2e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    'source': COVERAGE_REPORT_SOURCE,
    'detail-type': COVERAGE_REPORT_DETAIL_TYPE,
    'account': '999988887777',
    'region': 'us-east-1',
    'time': '2026-12-06T06:00:00Z',
    'resources': [],
    'detail': {
      schemaVersion: 1,
      reason: 'changed',
      checkedAt: '2026-12-06T06:00:00.000Z',
      intervalMinutes: 60,
      reportingAccountRegions: 33,
      silent: [{ account: '111122223333', region: 'eu-west-1', lastSeen: '2026-12-06T02:10:00.000Z' }],
      neverSeenRegions: [],
      neverSeenAccounts: [{ account: '444455556666', name: 'Sandbox' }],
      recovered: [],
      ...detail,
    },
  };
}

export function chatOfCoverageReport(detail: Record<string, unknown> = {}): ChatMessage {
  return buildChatCoverage(readCoverageReport(coverageReportBody(detail))!);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a chat message: how it breaks the schema, and any string with half a character. */
export function chatProblems(message: unknown): string[] {
  const problems = validate(chatMessageSchema(), message);
  const strings = (value: unknown): string[] => (typeof value === 'string' ? [value]
    : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []);
  for (const text of strings(message)) {
    if (LONE_SURROGATE.test(text)) {
      problems.push(`a string holds a lone surrogate: ${JSON.stringify(text.slice(0, 60))}`);
    }
  }
  return problems;
}
