/**
 * Where two JSON values differ, one line per difference, each naming the
 * path (`Resources.Topic.Properties.KmsMasterKeyId`) and both values. Empty
 * when they are equal. Object key order is ignored; array order is not.
 */
export function jsonDifferences(expected: unknown, actual: unknown, where = '$'): string[] {
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => {
      const at = `${where}.${key}`;
      if (!(key in actual)) {
        return [`${at}: missing (expected ${show(expected[key])})`];
      }
      if (!(key in expected)) {
        return [`${at}: unexpected ${show(actual[key])}`];
      }
      return jsonDifferences(expected[key], actual[key], at);
    });
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    return Array.from({ length }, (_, i) => {
      const at = `${where}[${i}]`;
      if (i >= actual.length) {
        return [`${at}: missing (expected ${show(expected[i])})`];
      }
      if (i >= expected.length) {
        return [`${at}: unexpected ${show(actual[i])}`];
      }
      return jsonDifferences(expected[i], actual[i], at);
    }).flat();
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${where}: expected ${show(expected)}, got ${show(actual)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value in one line, cut short: a whole resource can be long. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * What one collection lacks or adds compared with another, order ignored:
 * "missing <noun>: x" and "unexpected <noun>: y" lines.
 */
export function setDifferences(expected: Iterable<string>, actual: Iterable<string>, noun: string): string[] {
  const wanted = new Set(expected);
  const found = new Set(actual);
  return [
    ...[...wanted].filter((item) => !found.has(item)).map((item) => `missing ${noun}: ${item}`),
    ...[...found].filter((item) => !wanted.has(item)).map((item) => `unexpected ${noun}: ${item}`),
  ];
}
