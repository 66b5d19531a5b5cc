import type { z } from 'zod';

/**
 * A tolerant reader for figures stored as they were sent (the monthly report's copy of the national
 * view). The stored copy keeps the shape of its day; today's response schema may have gained fields
 * since, and checking an old copy against it would refuse every report sent before the addition.
 * So before the usual parse, every field the schema knows but the copy lacks is filled in: a list
 * or section added later reads as empty, a nullable value as null, an optional one stays absent,
 * a field with a `.default()` takes it — and a plain number, text or flag as 0, '' or false (give
 * a new field a `.default()` when that would mislead). Fields the copy has are kept as stored, then
 * parsed as usual, so a stored value of the wrong kind is still refused.
 */
export function readStored<S extends z.ZodType>(schema: S, stored: unknown): z.output<S> {
  return schema.parse(fillMissing(schema, stored));
}

/** The zod definition fields this reader walks (zod 4's `def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
}
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fillMissing(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = { ...value };
      for (const [key, field] of Object.entries(def.shape ?? {})) out[key] = key in value ? fillMissing(field, value[key]) : emptyOf(field);
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => fillMissing(def.element!, item)) : value;
    case 'nullable':
    case 'optional':
    case 'default':
      return value === null || value === undefined ? value : fillMissing(def.innerType!, value);
    default:
      return value;
  }
}

/** What a field absent from the stored copy reads as. Unknown kinds stay absent, so the parse names them. */
function emptyOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
      return typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    case 'nullable':
      return null;
    case 'optional':
      return undefined;
    case 'array':
      return [];
    case 'object':
      return fillMissing(schema, {});
    case 'number':
      return 0;
    case 'string':
      return '';
    case 'boolean':
      return false;
    default:
      return undefined;
  }
}
