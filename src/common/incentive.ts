import { z } from 'zod';

/**
 * The regional fiscal incentive (Dana Insentif Daerah, later "insentif fiskal"): shapes shared by
 * the server and the web app. The platform prepares the list and simulates allocations; the
 * Ministry of Finance decides.
 *
 * Money is exact rupiah. It travels as a decimal string of digits (JSON numbers lose precision
 * above 2^53, and a national pool is in the trillions), and is computed with BigInt.
 */

/** Facts about a regional government for one fiscal year, recorded by the ministry or the finance office. */
export const FACT_CODES = ['audit_opinion', 'budget_on_time', 'ptsp', 'e_government', 'fiscal_capacity'] as const;
export type FactCode = (typeof FACT_CODES)[number];

export const AUDIT_OPINIONS = ['WTP', 'WDP', 'TW', 'TMP'] as const;
export const FISCAL_CAPACITY_CLASSES = ['sangat_tinggi', 'tinggi', 'sedang', 'rendah', 'sangat_rendah'] as const;

/** What values each fact takes: a closed list, or yes/no. */
export const FACT_VALUES: Record<FactCode, readonly string[]> = {
  audit_opinion: AUDIT_OPINIONS,
  budget_on_time: ['ya', 'tidak'],
  ptsp: ['ya', 'tidak'],
  e_government: ['ya', 'tidak'],
  fiscal_capacity: FISCAL_CAPACITY_CLASSES,
};

export const FACT_LABELS: Record<FactCode, { id: string; en: string }> = {
  audit_opinion: { id: 'opini BPK', en: 'audit opinion (BPK)' },
  budget_on_time: { id: 'APBD tepat waktu', en: 'regional budget on time' },
  ptsp: { id: 'PTSP (pelayanan terpadu satu pintu)', en: 'one-stop licensing office (PTSP)' },
  e_government: { id: 'e-government (SPBE)', en: 'e-government (SPBE)' },
  fiscal_capacity: { id: 'kelas kapasitas fiskal', en: 'fiscal capacity class' },
};

/**
 * How a performance category measures a region, from the platform's own records:
 * awards of the regional government's innovations in a KIPP year (Top 5 / Top 45 / Top 99), or
 * the regional innovation index once its module publishes results.
 */
export const MEASURES = ['kipp_top5', 'kipp_top45', 'kipp_top99', 'iid_score'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, { id: string; en: string }> = {
  kipp_top5: { id: 'inovasi Top 5 KIPP', en: 'KIPP Top 5 innovations' },
  kipp_top45: { id: 'inovasi Top 45 KIPP', en: 'KIPP Top 45 innovations' },
  kipp_top99: { id: 'inovasi Top 99 KIPP', en: 'KIPP Top 99 innovations' },
  iid_score: { id: 'skor Indeks Inovasi Daerah', en: 'regional innovation index score' },
};

export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

const rupiah = z.string().regex(/^\d{1,16}$/, 'rupiah: whole digits');
const code = z.string().regex(/^[a-z0-9_]{1,40}$/, 'a-z, 0-9, _');
const name = z.string().trim().min(2).max(200);

export const conditionSchema = z.strictObject({
  code,
  fact: z.enum(FACT_CODES),
  /** The values that pass, e.g. `['WTP']` for the audit opinion or `['ya']` for yes/no facts. */
  passes: z.array(z.string().min(1).max(40)).min(1).max(10),
});
export type Condition = z.infer<typeof conditionSchema>;

export const categorySchema = z.strictObject({
  code,
  name,
  nameEn: name.optional(),
  measure: z.enum(MEASURES),
  /** Relative weight in the category index; the index is Σ weight × (value / best value) / Σ weight × 100. */
  weight: z.number().int().min(1).max(100),
});
export type Category = z.infer<typeof categorySchema>;

export const clusterSchema = z.strictObject({
  code,
  name,
  nameEn: name.optional(),
  /** Which regions belong: by kind of government, or by fiscal capacity class (a fact). */
  by: z.enum(['kind', 'fiscal_capacity']),
  values: z.array(z.string().min(1).max(40)).min(1).max(10),
  /** Share of the pool in basis points (1/100 of a percent); the shares sum to 10,000 (100%). */
  shareBasisPoints: z.number().int().min(1).max(10_000),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const ruleSetConfigSchema = z.strictObject({
  /** The KIPP year whose results count (usually the fiscal year minus one). */
  resultsYear: z.number().int().min(2014).max(2100),
  conditions: z.array(conditionSchema).max(20),
  categories: z.array(categorySchema).min(1).max(20),
  clusters: z.array(clusterSchema).min(1).max(20),
  pool: rupiah,
  minPerRegion: rupiah,
  /** Null: no maximum. */
  maxPerRegion: rupiah.nullable(),
});
export type RuleSetConfig = z.infer<typeof ruleSetConfigSchema>;

/** What a scenario may change on top of its (frozen) rule set. */
export const scenarioOverridesSchema = z.strictObject({
  pool: rupiah.optional(),
  minPerRegion: rupiah.optional(),
  maxPerRegion: rupiah.nullable().optional(),
  /** Category code → weight. */
  weights: z.record(code, z.number().int().min(1).max(100)).optional(),
  /** Cluster code → share in basis points. */
  shares: z.record(code, z.number().int().min(1).max(10_000)).optional(),
});
export type ScenarioOverrides = z.infer<typeof scenarioOverridesSchema>;

export const reasonSchema = z.object({ id: z.string(), en: z.string() });
export type Reason = z.infer<typeof reasonSchema>;

export const regionResultSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(REGION_KINDS),
  clusterCode: z.string().nullable(),
  eligible: z.boolean(),
  /** Every condition and category, passed or failed, in plain words. */
  reasons: z.array(z.object({ met: z.boolean(), text: reasonSchema })),
  categoryScores: z.record(z.string(), z.number()),
  /** 0..100, six decimals. */
  categoryIndex: z.number(),
  amount: rupiah,
});
export type RegionResult = z.infer<typeof regionResultSchema>;

export const clusterTotalSchema = z.object({ code: z.string(), name: z.string(), pool: rupiah, allocated: rupiah, regions: z.number() });

export const scenarioResultSchema = z.object({
  regions: z.array(regionResultSchema),
  clusters: z.array(clusterTotalSchema),
  pool: rupiah,
  allocated: rupiah,
  /** Money that could not be given because every eligible region of every cluster reached the maximum. */
  unallocated: rupiah,
  eligibleCount: z.number(),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

/*
 * Request bodies and answers of the incentive routes: the server validates and serialises with
 * these (modules/incentive/schemas.ts re-exports them); the web types its calls with
 * `z.input` of the bodies and `Serialised<z.output<…>>` of the answers (their Dates arrive as ISO strings).
 */

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

/** "Rp 7.500.000.000" — Indonesian thousands separators. */
export function formatRupiah(amount: string | bigint): string {
  const digits = typeof amount === 'bigint' ? amount.toString() : amount;
  return `Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
