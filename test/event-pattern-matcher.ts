/**
 * A small, strict reading of EventBridge's documented pattern matching, just
 * for the operators our rules use: lists of exact values, `exists`,
 * `anything-but`, `prefix`, `wildcard` and `$or`; a pattern object applied to an array
 * of objects matches when any element does. Any other operator throws, so a
 * pattern change that this cannot judge fails the test instead of passing it.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-content-based-filtering.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
export function matchesPattern(pattern: Record<string, unknown>, event: unknown): boolean {
  if (Array.isArray(event)) {
    return event.some((element) => matchesPattern(pattern, element));
  }
  return Object.entries(pattern).every(([key, condition]) => {
    if (key === '$or') {
      return (condition as Array<Record<string, unknown>>).some((alternative) => matchesPattern(alternative, event));
    }
    const value = isObject(event) ? event[key] : undefined;
    if (Array.isArray(condition)) {
      return matchesAnyOf(condition, value, isObject(event) && key in event);
    }
    if (isObject(condition)) {
      return matchesPattern(condition, value);
    }
    throw new Error(`pattern field '${key}' must be an array or an object`);
  });
}

function matchesAnyOf(conditions: unknown[], value: unknown, present: boolean): boolean {
  return conditions.some((condition) => {
    if (!isObject(condition)) {
      // Exact match; an array value matches when any element does.
      return Array.isArray(value) ? value.includes(condition) : value === condition;
    }
    if ('exists' in condition) {
      return condition.exists === (present && value !== undefined);
    }
    if ('wildcard' in condition) {
      // '*' stands for any run of characters, everything else for itself;
      // an array value matches when any element does.
      const literal = String(condition.wildcard).split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const wildcard = new RegExp(`^${literal.join('.*')}$`, 's');
      return ([] as unknown[]).concat(value).some((element) => typeof element === 'string' && wildcard.test(element));
    }
    if ('prefix' in condition) {
      return typeof value === 'string' && value.startsWith(String(condition.prefix));
    }
    if ('anything-but' in condition) {
      const excluded = ([] as unknown[]).concat(condition['anything-but']);
      // anything-but matches only fields that are present.
      return present && !excluded.includes(value);
    }
    throw new Error(`unsupported operator ${JSON.stringify(condition)}`);
  });
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
