/**
 * Text taken from events ends up in SNS requests, and the SDK URI-encodes
 * every string it sends: a lone UTF-16 surrogate (half an emoji) makes it
 * throw before the request leaves, and the alert would be lost. Every string
 * from an event goes through these helpers.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with any lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

const ELLIPSIS = '...';

/** At most `max` UTF-16 units of `text`, ending in '...' when cut, never in half a character. */
export function clip(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    end -= 1;
  }
  return text.slice(0, end) + ELLIPSIS;
}
