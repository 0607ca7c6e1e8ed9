/**
 * The shape Amazon Q Developer in chat applications (formerly AWS Chatbot)
 * renders in Slack and Microsoft Teams: its custom notification. A chat
 * topic's subscriber drops anything else, so the notifier publishes this
 * JSON, as the whole SNS message body, to the chat topic.
 * https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html
 *
 * This file holds the shape, its limits and the text rules every field
 * follows; chat-content.ts says what each kind of message contains.
 * test/fixtures/chat/custom-notification.schema.json states the same limits
 * as a JSON Schema, and the tests hold every message to it.
 */
import { createHash } from 'crypto';
import { clip, wellFormed } from './text';

/**
 * The custom notification. From the guide's "Event schema" and "Parameter
 * details": `version` must be "1.0" and `source` must be "custom" (both
 * required); `id` is an optional unique event identifier; `textType`
 * accepts only "client-markdown", which renders the text in the chat
 * platform's own markdown.
 */
export interface ChatMessage {
  readonly version: '1.0';
  readonly source: 'custom';
  readonly id?: string;
  readonly content: ChatContent;
  readonly metadata: ChatMetadata;
}

export interface ChatContent {
  readonly textType: 'client-markdown';
  readonly title: string;
  readonly description: string;
  /** Shown as a list under the description. */
  readonly nextSteps: string[];
  readonly keywords: string[];
}

export interface ChatMetadata {
  /** Messages with one threadId share a thread, where the channel allows updates in threads. */
  readonly threadId?: string;
  /** The message in one line. */
  readonly summary: string;
  /** What kind of message this is; custom actions can be attached by it. */
  readonly eventType: string;
  readonly relatedResources: string[];
  /** Facts a custom action can read, as variables. */
  readonly additionalContext: Record<string, string>;
}

/**
 * The limits every field is kept within. The guide's parameter table gives
 * no lengths in the copy we could read, so these are the strictest known
 * limits of what the message turns into, each with its source:
 *
 * - Slack shows a message in Block Kit blocks: a header's text is at most
 *   150 characters, a section's at most 3,000
 *   (https://api.slack.com/reference/block-kit/blocks). The title keeps to
 *   the first; the description and the next steps together keep to the
 *   second, so they fit one section however they are laid out.
 * - Custom actions read a notification's values as variables: at most 5,
 *   names of 1 to 100 of [A-Za-z0-9-_], values of at most 1,024 printable
 *   ASCII characters; the notification type they attach to is 1 to 100 of
 *   [a-zA-Z0-9-] (https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CustomActionAttachment.html).
 *   additionalContext and eventType keep to these.
 * - A Teams message may be about 28 KB and SNS takes 256 KB: far above what
 *   these limits allow.
 *
 * Lengths are counted in UTF-16 units, never fewer than the characters a
 * chat platform counts.
 */
export const CHAT_LIMITS = {
  title: 150,
  description: 2000,
  nextSteps: 4,
  nextStep: 250,
  keywords: 5,
  keyword: 40,
  id: 128,
  threadId: 64,
  summary: 150,
  eventType: 100,
  relatedResources: 5,
  relatedResource: 1024,
  additionalContext: 5,
  contextKey: 100,
  contextValue: 1024,
} as const;

/** The parts of a message that its kind decides; `chatMessage` fits each within CHAT_LIMITS. */
export interface ChatParts {
  readonly id?: string;
  readonly title: string;
  /** Lines of client-markdown; the last ones are left out, with a note, when they do not fit. */
  readonly lines: string[];
  readonly nextSteps: string[];
  readonly keywords: string[];
  readonly threadId?: string;
  readonly summary: string;
  readonly eventType: string;
  readonly relatedResources: string[];
  readonly additionalContext: Record<string, string>;
}

/** A custom notification holding `parts`, each field within CHAT_LIMITS and well-formed. */
export function chatMessage(parts: ChatParts): ChatMessage {
  const id = parts.id === undefined ? undefined : printable(parts.id, CHAT_LIMITS.id);
  return {
    version: '1.0',
    source: 'custom',
    ...id !== undefined ? { id } : {},
    content: {
      textType: 'client-markdown',
      title: plain(parts.title, CHAT_LIMITS.title),
      description: fitLines(parts.lines, CHAT_LIMITS.description),
      nextSteps: parts.nextSteps.slice(0, CHAT_LIMITS.nextSteps).map((step) => plain(step, CHAT_LIMITS.nextStep)),
      keywords: unique(parts.keywords.map(keyword).filter((word) => word.length > 0)).slice(0, CHAT_LIMITS.keywords),
    },
    metadata: {
      ...parts.threadId !== undefined ? { threadId: printable(parts.threadId, CHAT_LIMITS.threadId) } : {},
      summary: plain(parts.summary, CHAT_LIMITS.summary),
      eventType: parts.eventType.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, CHAT_LIMITS.eventType),
      relatedResources: unique(parts.relatedResources.map((resource) => printable(resource, CHAT_LIMITS.relatedResource))
        .filter((resource) => resource.length > 0)).slice(0, CHAT_LIMITS.relatedResources),
      additionalContext: Object.fromEntries(Object.entries(parts.additionalContext)
        .map(([name, value]) => [name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, CHAT_LIMITS.contextKey), printable(value, CHAT_LIMITS.contextValue)])
        .filter(([name, value]) => name.length > 0 && value.length > 0)
        .slice(0, CHAT_LIMITS.additionalContext)),
    },
  };
}

/**
 * Text from an event, made inert: a forged or odd event must not post a
 * mention, a link or formatting to the channel. Slack acts on `<...>`
 * (links, `<!channel>`) and Teams on `[text](url)`; both on backticks,
 * which would end a code span early. Line breaks and control characters
 * become spaces, so a value stays on its line.
 * https://api.slack.com/reference/surfaces/formatting#escaping
 */
export function inert(text: string): string {
  return wellFormed(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .replace(/`/g, '\'')
    .replace(/\]\(/g, '] (')
    .replace(/@(here|channel|everyone)\b/gi, '(at) $1');
}

/** A value from an event as inline code, which neither platform formats: at most `max` characters of it. */
export function code(text: string, max = 256): string {
  return `\`${clip(inert(text), max)}\``;
}

/** `text` made inert and cut to `max` characters. */
export function plain(text: string, max: number): string {
  return wellFormed(clip(inert(text), max));
}

/** A stable identifier of `text` that shows nothing of it: for thread and message ids. */
export function digest(text: string, length = 32): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

const CUT_NOTE = '... (cut to fit the chat message; the e-mail alert has everything)';

/**
 * The lines joined, at most `max` characters: whole lines are kept while
 * they fit, then a note says the rest is in the e-mail. A line is never cut
 * in half, so no code span or link is left open.
 */
export function fitLines(lines: string[], max: number): string {
  const all = wellFormed(lines.join('\n'));
  if (all.length <= max) {
    return all;
  }
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + added + 1 + CUT_NOTE.length > max) {
      break;
    }
    kept.push(line);
    length += added;
  }
  return wellFormed([...kept, CUT_NOTE].join('\n'));
}

/** Printable ASCII without spaces, as custom-action variables take it; other characters become '?'. */
function printable(text: string, max: number): string {
  return text.replace(/[^\x21-\x7e]/g, '?').slice(0, max);
}

/** A keyword: letters, digits and . _ : / - only (a tag, never markup), at most CHAT_LIMITS.keyword. */
function keyword(text: string): string {
  return text.replace(/[^A-Za-z0-9._:/-]/g, '').slice(0, CHAT_LIMITS.keyword);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
