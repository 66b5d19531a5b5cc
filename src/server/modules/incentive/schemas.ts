import { z } from 'zod';

/** Params and queries of the incentive routes; bodies and answers are shared with the web in src/common/incentive.ts. */
export {
  comparisonView,
  factsBody,
  importReport,
  precheckView,
  regionFactsView,
  ruleSetBody,
  ruleSetUpdateBody,
  ruleSetView,
  scenarioBody,
  scenarioSummary,
  scenarioView,
} from '../../../common/incentive.js';

export const idParams = z.strictObject({ id: z.uuid() });
export const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100) });

export const factsQuery = z.strictObject({
  year: z.coerce.number().int().min(2017).max(2100),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  missing: z.enum(['true', 'false']).optional(),
});
export const factsParams = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100), code: z.string().regex(/^\d{2}(\.\d{2})?$/) });
export const importQuery = z.strictObject({ year: z.coerce.number().int().min(2017).max(2100), dryRun: z.enum(['true', 'false']).default('false') });
export const compareQuery = z.strictObject({ a: z.uuid(), b: z.uuid() });
