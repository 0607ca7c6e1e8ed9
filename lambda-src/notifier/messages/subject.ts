/**
 * SNS accepts a subject of printable ASCII, with no line breaks or control
 * characters, beginning with a letter, number or punctuation mark, and
 * shorter than 100 characters.
 * https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
export const MAX_SUBJECT_LENGTH = 99;
const FALLBACK_SUBJECT = 'Root activity alert';
const ELLIPSIS = '...';

function printableAscii(text: string): string {
  return text
    // Decompose accents so 'é' keeps its 'e' rather than becoming '?'.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, (char) => (/\s/.test(char) ? ' ' : '?'))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** True when `text` becomes a subject without being cut. */
export function fitsInSubject(text: string): boolean {
  return printableAscii(text).length <= MAX_SUBJECT_LENGTH;
}

/** Makes any text a valid SNS subject, keeping its start (the important part). */
export function toSnsSubject(text: string): string {
  const ascii = printableAscii(text);
  if (ascii.length === 0) {
    return FALLBACK_SUBJECT;
  }
  if (ascii.length <= MAX_SUBJECT_LENGTH) {
    return ascii;
  }
  return ascii.slice(0, MAX_SUBJECT_LENGTH - ELLIPSIS.length).trimEnd() + ELLIPSIS;
}

/** True when SNS would accept `subject`. Used by tests and the fuzzer. */
export function isValidSnsSubject(subject: string): boolean {
  return subject.length > 0
    && subject.length <= MAX_SUBJECT_LENGTH
    && /^[\x21-\x7e][\x20-\x7e]*$/.test(subject);
}
