import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile-strings.js';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document (which the zod route
 * schemas generate), in three flavours: `valid` values the schema accepts, `boundary` values at
 * the edges (exact and off-by-one lengths and bounds, blank strings), and `invalid` values that
 * break one rule (wrong type, missing or unknown field, over-long, pattern-breaking). New routes
 * are covered without any per-route code.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
}

export interface SchemaContext {
  /** Resolves `#/components/schemas/…` references of the OpenAPI document. */
  resolve(ref: string): JsonSchema;
  /** Strings that exist in the database (ids, codes, e-mails): valid values that reach deep code. */
  known(): readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MAX_FREE_TEXT = 60;

function deref(schema: JsonSchema, ctx: SchemaContext): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 20; depth++) current = { ...ctx.resolve(current.$ref), ...withoutRef(current) };
  if (current.allOf && current.allOf.length > 0) {
    const merged = current.allOf.map((part) => deref(part, ctx)).reduce<JsonSchema>((a, b) => mergeSchemas(a, b), {});
    const { allOf: _ignored, ...rest } = current;
    current = mergeSchemas(merged, rest);
  }
  return current;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema {
  return {
    ...a,
    ...b,
    properties: a.properties || b.properties ? { ...a.properties, ...b.properties } : undefined,
    required: a.required || b.required ? [...(a.required ?? []), ...(b.required ?? [])] : undefined,
  };
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function allowsNull(schema: JsonSchema): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

export function stringAccepts(schema: JsonSchema, value: string): boolean {
  if (schema.enum) return schema.enum.includes(value);
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return false;
  if (schema.format === 'uuid' && !UUID.test(value)) return false;
  if (schema.format === 'email' && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return false;
  return true;
}

function bounds(schema: JsonSchema): { min: number; max: number } {
  const integer = typeOf(schema) === 'integer';
  const step = integer ? 1 : 0.001;
  let min = schema.minimum ?? -1_000_000;
  let max = schema.maximum ?? 1_000_000;
  if (typeof schema.exclusiveMinimum === 'number') min = schema.exclusiveMinimum + step;
  else if (schema.exclusiveMinimum === true) min += step;
  if (typeof schema.exclusiveMaximum === 'number') max = schema.exclusiveMaximum - step;
  else if (schema.exclusiveMaximum === true) max -= step;
  return { min, max };
}

function validString(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, MAX_FREE_TEXT);
  const fitting = () => ctx.known().filter((k) => stringAccepts(schema, k));
  const fromKnown = fc.constant(null).chain(() => {
    const options = fitting();
    return options.length > 0 ? fc.constantFrom(...options) : fc.constant(undefined);
  });
  let fresh: fc.Arbitrary<string>;
  if (schema.format === 'uuid') fresh = fc.uuid();
  else if (schema.format === 'email')
    fresh = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/), fc.constantFrom('uji.test', 'contoh.go.id', 'example.org')).map(([local, domain]) => `fuzz.${local}@${domain}`);
  else if (schema.format === 'date-time') fresh = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  else if (schema.format === 'date') fresh = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  else if (schema.pattern) fresh = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => stringAccepts(schema, s));
  else {
    const cap = Math.min(maxLength, minLength + MAX_FREE_TEXT);
    fresh = fc.oneof(
      { weight: 3, arbitrary: fc.string({ minLength, maxLength: cap, unit: 'grapheme' }) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      { weight: 1, arbitrary: fc.string({ minLength, maxLength: cap, unit: 'binary' }) },
    );
  }
  const accepted = fresh.filter((s) => stringAccepts(schema, s));
  return fc.oneof(
    accepted,
    fromKnown.chain((k) => (k === undefined ? accepted : fc.constant(k))),
  );
}

export function validArb(raw: JsonSchema, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw, ctx);
  const base = validNonNull(schema, ctx, depth);
  return allowsNull(schema) ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function validNonNull(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) return fc.oneof(...options.map((o) => validArb(o, ctx, depth + 1)));
  switch (typeOf(schema)) {
    case 'string':
      return validString(schema, ctx);
    case 'integer': {
      const { min, max } = bounds(schema);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'number': {
      const { min, max } = bounds(schema);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = schema.items ? validArb(schema.items, ctx, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const minLength = schema.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.min(schema.maxItems ?? minLength + 4, minLength + 4) });
    }
    case 'object':
      return validObject(schema, ctx, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validObject(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(properties)) record[key] = validArb(sub, ctx, depth + 1);
  const requiredKeys = Object.keys(properties).filter((k) => required.has(k));
  return fc.record(record, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Values at the edges: exact limits, one past them, blank or padded strings. */
export function boundaryArb(raw: JsonSchema, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw, ctx);
  switch (typeOf(schema)) {
    case 'string': {
      if (schema.enum) return fc.constantFrom(...(schema.enum as string[]).flatMap((e) => [e, e.toUpperCase(), ` ${e}`, `${e}\u0000`]));
      const min = schema.minLength ?? 0;
      const max = schema.maxLength;
      const lengths = [min, Math.max(0, min - 1), ...(max !== undefined ? [max, max + 1] : [5000])];
      return fc.oneof(
        fc.constantFrom(...lengths).chain((n) => fc.constantFrom('a'.repeat(n), ' '.repeat(n), 'é'.repeat(n), '😀'.repeat(Math.ceil(n / 2)))),
        validString(schema, ctx).map((s) => ` ${s} `),
        validString(schema, ctx).map((s) => s.toUpperCase()),
      );
    }
    case 'integer':
    case 'number': {
      const { min, max } = bounds(schema);
      return fc.constantFrom(min, max, min - 1, max + 1, 0, -1, 0.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308);
    }
    case 'array': {
      const item = schema.items ? validArb(schema.items, ctx, depth + 1) : fc.constant(null);
      const min = schema.minItems ?? 0;
      const max = schema.maxItems ?? 50;
      return fc.constantFrom(min, Math.max(0, min - 1), max, max + 1).chain((n) => fc.array(item, { minLength: n, maxLength: n }));
    }
    case 'object': {
      const keys = Object.keys(schema.properties ?? {});
      if (keys.length === 0 || depth > 3) return validArb(schema, ctx, depth);
      return fc
        .tuple(validObject(schema, ctx, depth), fc.constantFrom(...keys))
        .chain(([base, key]) => boundaryArb(schema.properties![key]!, ctx, depth + 1).map((edge) => ({ ...base, [key]: edge })));
    }
    default:
      return validArb(schema, ctx, depth);
  }
}

const WRONG_TYPES: readonly unknown[] = [null, true, 0, -1, 3.14, '', 'teks', [], [1, 2], {}, { nested: { deeper: true } }];

/** Values that break exactly one rule of the schema (or its type). */
export function invalidArb(raw: JsonSchema, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw, ctx);
  const type = typeOf(schema);
  const wrongTypes = WRONG_TYPES.filter((v) => !sameType(v, type) && !(v === null && allowsNull(schema)));
  const wrongType = wrongTypes.length > 0 ? fc.constantFrom(...wrongTypes) : fc.constantFrom(...HOSTILE_STRINGS);
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  switch (type) {
    case 'string': {
      const tooLong = fc.constant('x'.repeat((schema.maxLength ?? 10_000) + 1));
      // Filters only over finite candidate lists: a filter that can never pass would spin forever.
      const breaking = [...HOSTILE_STRINGS, 'a', 'abc', '0', 'ZZ'].filter((s) => !stringAccepts(schema, s));
      const tooShort = schema.minLength ? [fc.constant('a'.repeat(schema.minLength - 1))] : [];
      return fc.oneof(wrongType, tooLong, ...tooShort, ...(breaking.length > 0 ? [fc.constantFrom(...breaking)] : []));
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const keys = Object.keys(properties);
      const base = validObject(schema, ctx, depth);
      const variants: fc.Arbitrary<unknown>[] = [
        wrongType,
        base.map((b) => ({ ...b, ['fuzzExtra']: 'x', isAdmin: true })),
        base.map((b) => JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(b).slice(1)}`.replace(', }', '}'))),
      ];
      if ((schema.required ?? []).length > 0) {
        variants.push(
          fc.tuple(base, fc.constantFrom(...schema.required!)).map(([b, key]) => {
            const copy = { ...b };
            delete copy[key];
            return copy;
          }),
        );
      }
      if (keys.length > 0 && depth < 4) {
        variants.push(fc.tuple(base, fc.constantFrom(...keys)).chain(([b, key]) => invalidArb(properties[key]!, ctx, depth + 1).map((bad) => ({ ...b, [key]: bad }))));
      }
      return fc.oneof(...variants);
    }
    case 'array': {
      const item = schema.items;
      return fc.oneof(wrongType, ...(item ? [fc.array(invalidArb(item, ctx, depth + 1), { minLength: 1, maxLength: 3 })] : []));
    }
    case 'integer':
    case 'number': {
      const { min, max } = bounds(schema);
      return fc.oneof(wrongType, fc.constantFrom(min - 1, max + 1, type === 'integer' ? 1.5 : Number.MAX_VALUE, '12abc', '1e3'), hostile);
    }
    case 'boolean':
      return fc.oneof(wrongType, fc.constantFrom('true', 'yes', 1, 0));
    default:
      if (schema.enum) return fc.oneof(wrongType, hostile);
      return fc.oneof(wrongType, hostile);
  }
}

function sameType(value: unknown, type: string | undefined): boolean {
  if (type === undefined) return true;
  if (value === null) return false;
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
  return typeof value === type;
}
