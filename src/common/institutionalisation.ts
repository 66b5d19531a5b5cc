import { z } from 'zod';

/**
 * Institutionalisation (pelembagaan), One Agency One Innovation and update campaigns: the enums
 * and shapes the server and the web share (issue #16).
 */
export const LEGAL_BASIS_KINDS = ['perda', 'perkada', 'keputusan_kepala', 'sop'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];
export const BUDGET_LINE_SOURCES = ['apbd', 'apbn', 'other'] as const;
export type BudgetLineSource = (typeof BUDGET_LINE_SOURCES)[number];
export const PLAN_KINDS = ['rpjmd', 'renstra', 'rkpd', 'renja'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const MATURITY_STAGES = ['initiative', 'trial', 'implemented', 'institutionalised'] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number];
export const CAMPAIGN_ANSWERS = ['continuing', 'developed', 'stopped'] as const;
export type CampaignAnswer = (typeof CAMPAIGN_ANSWERS)[number];
/** Agency types that One Agency One Innovation measures (governments: central and regional). */
export const OAOI_AGENCY_TYPES = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;
export type OaoiAgencyType = (typeof OAOI_AGENCY_TYPES)[number];

/** The largest budget line accepted: Rp 100 trillion (above any single regional budget). */
export const MAX_BUDGET_AMOUNT = 100_000_000_000_000;

export const localized = z.object({ id: z.string(), en: z.string() });
export type Localized = z.infer<typeof localized>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const year = z.number().int().min(2000).max(2100);

export const legalBasisInput = z.strictObject({
  kind: z.enum(LEGAL_BASIS_KINDS),
  number: z.string().trim().min(1).max(120),
  issuedOn: isoDate,
  title: z.string().trim().max(300).default(''),
});
export const budgetLineInput = z.strictObject({
  fiscalYear: year,
  source: z.enum(BUDGET_LINE_SOURCES),
  amount: z.number().int(),
  programme: z.string().trim().min(2).max(300),
});
export const planInclusionInput = z.strictObject({
  plan: z.enum(PLAN_KINDS),
  year,
  document: z.string().trim().min(2).max(300),
});
export const performanceTargetInput = z.strictObject({
  indicator: z.string().trim().min(2).max(300),
  unit: z.string().trim().max(40).default(''),
  baseline: z.number().nullable().default(null),
  year,
  target: z.number(),
  realisation: z.number().nullable().default(null),
});
export type LegalBasisInput = z.infer<typeof legalBasisInput>;
export type BudgetLineInput = z.infer<typeof budgetLineInput>;
export type PlanInclusionInput = z.infer<typeof planInclusionInput>;
export type PerformanceTargetInput = z.infer<typeof performanceTargetInput>;

export const maturityView = z.object({ stage: z.enum(MATURITY_STAGES), reason: localized });
export type MaturityView = z.infer<typeof maturityView>;

export const institutionalisationView = z.object({
  innovationId: z.string(),
  agencyId: z.string(),
  maturity: maturityView,
  legalBases: z.array(
    z.object({ id: z.string(), kind: z.enum(LEGAL_BASIS_KINDS), number: z.string(), issuedOn: z.string(), title: z.string(), document: z.object({ name: z.string(), size: z.number() }).nullable() }),
  ),
  budgetLines: z.array(z.object({ id: z.string(), fiscalYear: z.number(), source: z.enum(BUDGET_LINE_SOURCES), amount: z.number(), programme: z.string() })),
  plans: z.array(z.object({ id: z.string(), plan: z.enum(PLAN_KINDS), year: z.number(), document: z.string() })),
  targets: z.array(
    z.object({ id: z.string(), indicator: z.string(), unit: z.string(), baseline: z.number().nullable(), year: z.number(), target: z.number(), realisation: z.number().nullable() }),
  ),
  can: z.object({ edit: z.boolean() }),
});
export type InstitutionalisationView = z.infer<typeof institutionalisationView>;
export const INSTITUTIONALISATION_SECTIONS = ['legal-bases', 'budget-lines', 'plans', 'targets'] as const;
export type InstitutionalisationSection = (typeof INSTITUTIONALISATION_SECTIONS)[number];
