import { z } from 'zod';
import { FACT_CODES, REGION_KINDS, reasonSchema, regionResultSchema, ruleSetConfigSchema, scenarioOverridesSchema, scenarioResultSchema } from '../../../common/incentive.js';

/** Request and response shapes of the incentive routes (shared shapes live in src/common/incentive.ts). */

export const idParams = z.strictObject({ id: z.uuid() });
export const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100) });

export const ruleSetBody = z.strictObject({
  fiscalYear: z.number().int().min(2017).max(2100),
  name: z.string().trim().min(2).max(200),
  config: ruleSetConfigSchema,
});
export const ruleSetUpdateBody = ruleSetBody.omit({ fiscalYear: true });

export const ruleSetView = z.object({
  id: z.string(),
  fiscalYear: z.number(),
  name: z.string(),
  status: z.enum(['draft', 'published']),
  config: ruleSetConfigSchema,
  createdAt: z.date(),
  updatedAt: z.date(),
  publishedAt: z.date().nullable(),
});

const factEntry = z.object({ value: z.string(), source: z.string(), sourceDate: z.string().nullable() });
export const regionFactsView = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(REGION_KINDS),
  facts: z.partialRecord(z.enum(FACT_CODES), factEntry),
});
export const factsQuery = z.strictObject({
  year: z.coerce.number().int().min(2017).max(2100),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  missing: z.enum(['true', 'false']).optional(),
});
export const factsParams = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100), code: z.string().regex(/^\d{2}(\.\d{2})?$/) });
export const factsBody = z.strictObject({
  facts: z
    .array(
      z.strictObject({
        fact: z.enum(FACT_CODES),
        value: z.string().trim().min(1).max(40),
        source: z.string().trim().min(1).max(200),
        sourceDate: z.iso.date().nullable(),
      }),
    )
    .min(1)
    .max(FACT_CODES.length),
});
export const importQuery = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100), dryRun: z.enum(['true', 'false']).default('false') });
export const importReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  rows: z.number(),
  facts: z.number(),
  warnings: z.array(z.object({ column: z.string(), message: reasonSchema })),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: reasonSchema })),
});

export const scenarioBody = z.strictObject({ name: z.string().trim().min(2).max(200), overrides: scenarioOverridesSchema.default({}) });
export const scenarioSummary = z.object({
  id: z.string(),
  ruleSetId: z.string(),
  name: z.string(),
  overrides: scenarioOverridesSchema,
  inputsHash: z.string(),
  pool: z.string(),
  allocated: z.string(),
  eligibleCount: z.number(),
  createdAt: z.date(),
  recommendedAt: z.date().nullable(),
});
export const scenarioView = scenarioSummary.extend({
  effectiveConfig: ruleSetConfigSchema,
  result: scenarioResultSchema,
  ruleSet: z.object({ id: z.string(), fiscalYear: z.number(), name: z.string() }),
});
export const compareQuery = z.strictObject({ a: z.uuid(), b: z.uuid() });
const side = z.object({ eligible: z.boolean(), amount: z.string() });
export const comparisonView = z.object({
  a: scenarioSummary,
  b: scenarioSummary,
  gainers: z.number(),
  losers: z.number(),
  unchanged: z.number(),
  rows: z.array(z.object({ regionCode: z.string(), regionName: z.string(), a: side, b: side, delta: z.string() })),
});
export const precheckView = z.object({
  fiscalYear: z.number(),
  ruleSet: z.object({ id: z.string(), name: z.string() }),
  region: regionResultSchema.omit({ amount: true }),
  facts: z.array(z.object({ fact: z.enum(FACT_CODES), value: z.string(), source: z.string(), sourceDate: z.string().nullable() })),
});
