/**
 * A small JSON Schema (draft-07) validator for the keywords
 * test/fixtures/chat/custom-notification.schema.json uses: type, required,
 * enum, const, minLength, maxLength, pattern, maxItems, items, properties,
 * additionalProperties, maxProperties and propertyNames. A keyword it does
 * not know throws, so the schema can never lean on a rule nobody checks.
 * Lengths count characters (code points), as JSON Schema does.
 */
import * as fs from 'fs';
import * as path from 'path';

export type Schema = { readonly [keyword: string]: unknown };

/** Keywords that describe and do not constrain. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description']);
const KEYWORDS = new Set(['type', 'required', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'maxItems', 'items',
  'properties', 'additionalProperties', 'maxProperties', 'propertyNames']);

/** The schema every chat message must meet. */
export function chatMessageSchema(): Schema {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'chat', 'custom-notification.schema.json'), 'utf8'));
}

/** Each way `value` breaks `schema`, as '<JSON pointer>: <what>'; empty when it meets it. */
export function validate(schema: Schema, value: unknown, at = ''): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${at || '/'}: ${what}`);
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) {
      throw new Error(`json-schema.ts does not know the keyword '${keyword}' (at ${at || '/'})`);
    }
  }
  if (schema.type !== undefined && !hasType(value, schema.type as string)) {
    fail(`must be of type ${schema.type as string} (got ${typeName(value)})`);
    return problems;
  }
  if (schema.const !== undefined && value !== schema.const) {
    fail(`must be ${JSON.stringify(schema.const)} (got ${JSON.stringify(value)})`);
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) {
    fail(`must be one of ${JSON.stringify(schema.enum)} (got ${JSON.stringify(value)})`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < (schema.minLength as number)) {
      fail(`must be at least ${schema.minLength as number} characters (got ${length})`);
    }
    if (schema.maxLength !== undefined && length > (schema.maxLength as number)) {
      fail(`must be at most ${schema.maxLength as number} characters (got ${length})`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) {
      fail(`must match ${schema.pattern as string} (got ${JSON.stringify(value)})`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number)) {
      fail(`must have at most ${schema.maxItems as number} items (got ${value.length})`);
    }
    if (schema.items !== undefined) {
      value.forEach((item, index) => problems.push(...validate(schema.items as Schema, item, `${at}/${index}`)));
    }
  }
  if (isObject(value)) {
    problems.push(...validateObject(schema, value, at, fail));
  }
  return problems;
}

function validateObject(schema: Schema, value: Record<string, unknown>, at: string, fail: (what: string) => void): string[] {
  const problems: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in value)) {
      fail(`must have '${name}'`);
    }
  }
  const names = Object.keys(value);
  if (schema.maxProperties !== undefined && names.length > (schema.maxProperties as number)) {
    fail(`must have at most ${schema.maxProperties as number} properties (got ${names.length})`);
  }
  for (const name of names) {
    const where = `${at}/${name}`;
    if (schema.propertyNames !== undefined) {
      problems.push(...validate(schema.propertyNames as Schema, name, `${where} (name)`));
    }
    if (name in properties) {
      problems.push(...validate(properties[name], value[name], where));
    } else if (schema.additionalProperties === false) {
      fail(`must not have '${name}'`);
    } else if (isObject(schema.additionalProperties)) {
      problems.push(...validate(schema.additionalProperties as Schema, value[name], where));
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number';
    case 'integer': return Number.isInteger(value);
    case 'null': return value === null;
    default: throw new Error(`json-schema.ts does not know the type '${type}'`);
  }
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
