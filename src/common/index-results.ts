import { z } from 'zod';
import { CLUSTERS, PREDICATES } from './innovation-index.js';

/**
 * The index results, a region's report card and the recompute answer, shared by the server (its
 * routes validate and serialise with these; modules/innovation-index/schemas.ts re-exports them)
 * and the web client (`Serialised<z.output<…>>`: the Dates arrive as ISO strings).
 */

const text = z.object({ id: z.string(), en: z.string() });

export const resultsQuery = z.strictObject({
  cluster: z.enum(CLUSTERS).optional(),
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional(),
});

export const resultsView = z.object({
  year: z.number(),
  publishedAt: z.date().nullable(),
  items: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      provinceCode: z.string().nullable(),
      clusters: z.array(z.enum(CLUSTERS)),
      rank: z.number().nullable(),
      verifiedIid: z.number(),
      predicate: z.enum(PREDICATES),
      claimedIid: z.number(),
      gap: z.number(),
      disclaimer: z.string().nullable(),
      innovations: z.number(),
    }),
  ),
});

export const reportCardView = z.object({
  year: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  result: z.object({
    regionCode: z.string(),
    claimedIid: z.number(),
    claimedPredicate: z.string(),
    verifiedIid: z.number(),
    predicate: z.string(),
    disclaimer: z.string().nullable(),
    spd: z.number(),
    sid: z.number(),
    countScore: z.number(),
    innovations: z.number(),
    points: z.record(z.string(), z.number()),
  }),
  previous: z.object({ year: z.number(), verifiedIid: z.number(), predicate: z.string() }).nullable(),
  indicators: z.array(
    z.object({
      no: z.number(),
      code: z.string(),
      aspect: z.enum(['spd', 'sid']),
      name: text,
      points: z.number(),
      previousPoints: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});

export const recomputeView = z.object({ regions: z.number(), reported: z.number() });
