/**
 * Draws the chat message the notifier builds for a root sign-in without MFA
 * (test/fixtures/root-console-login-no-mfa.json) as an SVG card, roughly as
 * Slack shows an Amazon Q Developer custom notification: the app's name,
 * a bar in the severity's colour, the title, the description's lines (values
 * from the event in code font, links in link colour) and the next steps.
 * The picture is made from the real message, so docs/images/chat-alert.svg
 * shows what a channel gets; test/notifier/messages/chat-picture.test.ts
 * fails when the committed picture differs from what this draws now.
 *
 *   npx projen render:chat
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseRootEvent } from '../lambda-src/notifier/events/root-event';
import { sessionKey } from '../lambda-src/notifier/events/session';
import { buildChatAlert } from '../lambda-src/notifier/messages/chat-content';
import type { ChatMessage } from '../lambda-src/notifier/messages/chat-message';

const ROOT = path.join(__dirname, '..');
export const PICTURE = path.join(ROOT, 'docs', 'images', 'chat-alert.svg');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'root-console-login-no-mfa.json');

/** The message in the picture: the fixture, named as the README's examples name the account, in Berlin time. */
export function pictureMessage(): ChatMessage {
  const raw: unknown = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const event = parseRootEvent(raw);
  return buildChatAlert(event, { account: { name: 'acme-production', id: event.recipientAccountId }, timeZone: 'Europe/Berlin' }, sessionKey(event));
}

const WIDTH = 760;
const TEXT_X = 86;
const TEXT_WIDTH = WIDTH - TEXT_X - 24;
const FONT = 'Lato, \'Helvetica Neue\', Helvetica, Arial, sans-serif';
const MONO = 'Monaco, Menlo, Consolas, \'Courier New\', monospace';
/** Average advance of a character, to wrap lines without a font engine: close enough for a picture. */
const CHAR_WIDTH = { text: 7.3, code: 7.2, title: 8.6 };
const SEVERITY_COLOURS: Record<string, string> = { CRITICAL: '#d72c0d', HIGH: '#e8912d', MEDIUM: '#ecb22e' };

interface Segment { readonly text: string; readonly kind: 'text' | 'code' | 'link' }
interface Row { readonly segments: Segment[]; readonly y: number; readonly size: number; readonly bold?: boolean }

/** The SVG for `message`. */
export function renderChatCard(message: ChatMessage): string {
  const { title, description, nextSteps, keywords } = message.content;
  const rows: Row[] = [];
  let y = 74;
  const add = (lines: Segment[][], size: number, step: number, bold = false) => {
    for (const segments of lines) {
      rows.push({ segments, y, size, bold });
      y += step;
    }
  };
  add(wrap([{ text: title, kind: 'text' }], TEXT_WIDTH - 14, CHAR_WIDTH.title), 15, 22, true);
  y += 6;
  for (const line of description.split('\n')) {
    if (line.trim() === '') {
      y += 8;
      continue;
    }
    add(wrap(segmentsOf(line), TEXT_WIDTH - 14, CHAR_WIDTH.text), 13.5, 19);
  }
  if (nextSteps.length > 0) {
    y += 10;
    add([[{ text: 'Next Steps', kind: 'text' }]], 13.5, 20, true);
    nextSteps.forEach((step, index) => add(wrap(segmentsOf(`${index + 1}. ${step}`), TEXT_WIDTH - 28, CHAR_WIDTH.text), 13.5, 19));
  }
  const keywordsY = y + 10;
  const height = keywordsY + (keywords.length > 0 ? 40 : 10);
  const severity = title.split(':')[0];
  const colour = SEVERITY_COLOURS[severity] ?? '#868686';

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escape(title)}">`,
    `<title>${escape(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" rx="8" fill="#ffffff" stroke="#dddddd"/>`,
    // The app: Amazon Q Developer in chat applications posts as "Amazon Q".
    '<rect x="20" y="18" width="40" height="40" rx="6" fill="#232f3e"/>',
    `<text x="40" y="45" font-family="${FONT}" font-size="20" font-weight="700" fill="#ffffff" text-anchor="middle">Q</text>`,
    `<text x="${TEXT_X - 14}" y="32" font-family="${FONT}" font-size="15" font-weight="900" fill="#1d1c1d">Amazon Q</text>`,
    `<rect x="${TEXT_X + 82}" y="20" width="30" height="16" rx="3" fill="#e8e8e8"/>`,
    `<text x="${TEXT_X + 97}" y="32" font-family="${FONT}" font-size="10" font-weight="700" fill="#616061" text-anchor="middle">APP</text>`,
    // The attachment's bar, in the severity's colour.
    `<rect x="${TEXT_X - 14}" y="52" width="4" height="${keywordsY - 52 - 6}" rx="2" fill="${colour}"/>`,
    ...rows.map(rowSvg),
  ];
  let x = TEXT_X;
  for (const word of keywords) {
    const width = word.length * 6.6 + 16;
    out.push(`<rect x="${x}" y="${keywordsY}" width="${width.toFixed(1)}" height="22" rx="11" fill="#f4ede4" stroke="#e0d5c7"/>`,
      `<text x="${(x + width / 2).toFixed(1)}" y="${keywordsY + 15}" font-family="${FONT}" font-size="11.5" fill="#5e4b36" text-anchor="middle">${escape(word)}</text>`);
    x += width + 8;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The picture as it should be committed. */
export function chatAlertPicture(): string {
  return renderChatCard(pictureMessage());
}

function rowSvg(row: Row): string {
  const spans = row.segments.map((segment) => {
    const text = escape(segment.text);
    switch (segment.kind) {
      case 'code': return `<tspan font-family="${MONO}" font-size="${(row.size - 1.5).toFixed(1)}" fill="#c01343">${text}</tspan>`;
      case 'link': return `<tspan fill="#1264a3">${text}</tspan>`;
      default: return `<tspan>${text}</tspan>`;
    }
  });
  return `<text x="${TEXT_X}" y="${row.y}" font-family="${FONT}" font-size="${row.size}"${row.bold ? ' font-weight="700"' : ''} fill="#1d1c1d" xml:space="preserve">${spans.join('')}</text>`;
}

/** A line of client-markdown as plain text, `code` and links. */
function segmentsOf(line: string): Segment[] {
  const segments: Segment[] = [];
  line.split('`').forEach((part, index) => {
    if (index % 2 === 1) {
      segments.push({ text: part, kind: 'code' });
      return;
    }
    for (const piece of part.split(/(https?:\/\/\S+)/)) {
      if (piece !== '') {
        segments.push({ text: piece, kind: /^https?:\/\//.test(piece) ? 'link' : 'text' });
      }
    }
  });
  return segments;
}

/** The segments in lines of at most `width` pixels, broken at spaces, or anywhere in a word longer than a line (a link). */
function wrap(segments: Segment[], width: number, charWidth: number): Segment[][] {
  const perLine = Math.floor(width / charWidth);
  const lines: Segment[][] = [[]];
  let used = 0;
  for (const segment of segments) {
    for (const token of segment.text.split(/(?<= )/)) {
      let rest = token;
      while (rest.length > 0) {
        const room = perLine - used;
        if (rest.length <= room) {
          push(lines, { ...segment, text: rest });
          used += rest.length;
          rest = '';
        } else if (used > 0 && rest.length <= perLine) {
          lines.push([]);
          used = 0;
        } else {
          push(lines, { ...segment, text: rest.slice(0, room) });
          rest = rest.slice(room);
          lines.push([]);
          used = 0;
        }
      }
    }
  }
  return lines.filter((line) => line.length > 0);
}

/** Adds to the last line, joining a piece to the one before it when they are of a kind. */
function push(lines: Segment[][], segment: Segment): void {
  const line = lines[lines.length - 1];
  const last = line[line.length - 1];
  if (last !== undefined && last.kind === segment.kind) {
    line[line.length - 1] = { ...last, text: last.text + segment.text };
  } else {
    line.push(segment);
  }
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(PICTURE), { recursive: true });
  fs.writeFileSync(PICTURE, chatAlertPicture());
  console.log(`Wrote ${path.relative(process.cwd(), PICTURE)}`);
}
