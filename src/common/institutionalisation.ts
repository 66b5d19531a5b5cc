import { z } from 'zod';
import { isOneOf } from './one-of.js';
import { paginationQuery } from './pagination.js';

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
export const isOaoiAgencyType = (type: string): type is OaoiAgencyType => isOneOf(OAOI_AGENCY_TYPES, type);

/** The largest budget line accepted: Rp 100 trillion (above any single regional budget). */
export const MAX_BUDGET_AMOUNT = 100_000_000_000_000;

export const localized = z.object({ id: z.string(), en: z.string() });
export type Localized = z.infer<typeof localized>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && v >= '1945-01-01', 'a real date (YYYY-MM-DD) from 1945');
/** Indicator values: the column holds up to 16 integer digits. */
const measure = z.number().min(-1e15).max(1e15);
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
  amount: z.number().int().min(-1e18).max(1e18),
  programme: z.string().trim().min(2).max(300),
});
export const planInclusionInput = z.strictObject({
  plan: z.enum(PLAN_KINDS),
  year,
  /** A text reference (title, number); optional — the document itself is uploaded separately. */
  document: z.string().trim().min(2).max(300).nullable().default(null),
});
export const performanceTargetInput = z.strictObject({
  indicator: z.string().trim().min(2).max(300),
  unit: z.string().trim().max(40).default(''),
  baseline: measure.nullable().default(null),
  year,
  target: measure,
  realisation: measure.nullable().default(null),
});
export type LegalBasisInput = z.infer<typeof legalBasisInput>;
export type BudgetLineInput = z.infer<typeof budgetLineInput>;
export type PlanInclusionInput = z.infer<typeof planInclusionInput>;
export type PerformanceTargetInput = z.infer<typeof performanceTargetInput>;

export const maturityView = z.object({ stage: z.enum(MATURITY_STAGES), reason: localized });
export type MaturityView = z.infer<typeof maturityView>;
/** The public innovation page: the stage, and since when the record is unconfirmed (an ended update campaign went unanswered). */
export const publicMaturityView = maturityView.extend({ unconfirmedSince: z.string().nullable() });
export type PublicMaturityView = z.infer<typeof publicMaturityView>;

/** An uploaded document of a legal basis or plan inclusion (download: GET …/institutionalisation/:section/:itemId/document). */
export const documentFile = z.object({ name: z.string(), size: z.number(), type: z.string() });
export const INSTITUTIONALISATION_DOCUMENT_SECTIONS = ['legal-bases', 'plans'] as const;
export type InstitutionalisationDocumentSection = (typeof INSTITUTIONALISATION_DOCUMENT_SECTIONS)[number];

export const institutionalisationView = z.object({
  innovationId: z.string(),
  agencyId: z.string(),
  maturity: maturityView,
  legalBases: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(LEGAL_BASIS_KINDS),
      number: z.string(),
      issuedOn: z.string(),
      title: z.string(),
      document: documentFile.nullable(),
    }),
  ),
  budgetLines: z.array(z.object({ id: z.string(), fiscalYear: z.number(), source: z.enum(BUDGET_LINE_SOURCES), amount: z.number(), programme: z.string() })),
  plans: z.array(z.object({ id: z.string(), plan: z.enum(PLAN_KINDS), year: z.number(), document: z.string().nullable(), file: documentFile.nullable() })),
  targets: z.array(
    z.object({
      id: z.string(),
      indicator: z.string(),
      unit: z.string(),
      baseline: z.number().nullable(),
      year: z.number(),
      target: z.number(),
      realisation: z.number().nullable(),
    }),
  ),
  can: z.object({ edit: z.boolean() }),
});
export type InstitutionalisationView = z.infer<typeof institutionalisationView>;
export const INSTITUTIONALISATION_SECTIONS = ['legal-bases', 'budget-lines', 'plans', 'targets'] as const;
export type InstitutionalisationSection = (typeof INSTITUTIONALISATION_SECTIONS)[number];

// ---------------------------------------------------------------- One Agency One Innovation

export const oaoiYearQuery = z.strictObject({ year: z.coerce.number<number | string>().int().min(2013).max(2100).optional() });
const nameSearch = z.string().trim().max(100).optional();
/** Which agencies: none running, running but below target, meeting, or not meeting (none + below). */
export const OAOI_STATUSES = ['none', 'below', 'met', 'unmet'] as const;
export type OaoiStatus = (typeof OAOI_STATUSES)[number];
export const OAOI_SORTS = ['name', 'realisation', 'province'] as const;
export const oaoiCoverageQuery = oaoiYearQuery.extend({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  type: z.enum(OAOI_AGENCY_TYPES).optional(),
  status: z.enum(OAOI_STATUSES).optional(),
  q: nameSearch,
  sort: z.enum(OAOI_SORTS).default('name'),
  ...paginationQuery,
});
export type OaoiCoverageQuery = z.input<typeof oaoiCoverageQuery>;
export const CAMPAIGN_AGENCY_STATUSES = ['silent', 'done'] as const;
export const CAMPAIGN_AGENCY_SORTS = ['silent', 'name', 'asked'] as const;
export const campaignProgressQuery = z.strictObject({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  q: nameSearch,
  /** silent: agencies with records still unanswered; done: every record answered. */
  status: z.enum(CAMPAIGN_AGENCY_STATUSES).optional(),
  sort: z.enum(CAMPAIGN_AGENCY_SORTS).default('silent'),
  ...paginationQuery,
});
export type CampaignProgressQuery = z.input<typeof campaignProgressQuery>;
export const defaultTargetInput = z.strictObject({ agencyType: z.enum(OAOI_AGENCY_TYPES), year: z.number().int().min(2013).max(2100), target: z.number().int().min(1).max(1000) });
export const agencyTargetInput = z.strictObject({ year: z.number().int().min(2013).max(2100), target: z.number().int().min(1).max(1000) });
export type DefaultTargetInput = z.infer<typeof defaultTargetInput>;

const coverageCell = z.object({ agencies: z.number(), meeting: z.number(), share: z.number() });
export const oaoiAgencyRow = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(OAOI_AGENCY_TYPES),
  provinceCode: z.string().nullable(),
  target: z.number(),
  realisation: z.number(),
  met: z.boolean(),
});
export type OaoiAgencyRow = z.infer<typeof oaoiAgencyRow>;
export const oaoiCoverageView = z.object({
  year: z.number(),
  national: coverageCell,
  byProvince: z.array(coverageCell.extend({ code: z.string(), name: z.string() })),
  byType: z.array(coverageCell.extend({ type: z.enum(OAOI_AGENCY_TYPES) })),
  byYear: z.array(coverageCell.extend({ year: z.number() })),
  /** How many agencies run no innovation in the year, and how many run some but fewer than their target. */
  counts: z.object({ withoutRunning: z.number(), belowTarget: z.number() }),
  /** One page of the agencies, filtered and sorted as asked (the XLSX export has them all). */
  agencies: z.object({ items: z.array(oaoiAgencyRow), total: z.number(), page: z.number(), pageSize: z.number() }),
  defaults: z.array(z.object({ agencyType: z.enum(OAOI_AGENCY_TYPES), year: z.number(), target: z.number() })),
});
export type OaoiCoverageView = z.infer<typeof oaoiCoverageView>;
export const oaoiAgencyView = z.object({
  agency: z.object({ id: z.string(), name: z.string(), type: z.string() }),
  years: z.array(z.object({ year: z.number(), target: z.number(), defaultTarget: z.number(), realisation: z.number(), met: z.boolean() })),
  can: z.object({ raise: z.boolean() }),
});
export type OaoiAgencyView = z.infer<typeof oaoiAgencyView>;

// ---------------------------------------------------------------- update campaigns

export const campaignInput = z.strictObject({
  year: z.number().int().min(2013).max(2100),
  title: z.string().trim().min(5).max(200),
  message: z.string().trim().max(4000).default(''),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  recordScope: z.enum(['running', 'all']).default('running'),
});
export type CampaignInput = z.infer<typeof campaignInput>;
export const confirmInput = z.strictObject({ answer: z.enum(CAMPAIGN_ANSWERS), note: z.string().trim().max(2000).optional() });
export type ConfirmInput = z.infer<typeof confirmInput>;

const tallyShape = { asked: z.number(), continuing: z.number(), developed: z.number(), stopped: z.number(), silent: z.number() };
export const campaignTally = z.object(tallyShape);
export type CampaignTally = z.infer<typeof campaignTally>;
export const campaignView = z.object({
  id: z.string(),
  year: z.number(),
  title: z.string(),
  message: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  recordScope: z.enum(['running', 'all']),
  phase: z.enum(['upcoming', 'open', 'closed']),
  /** The result as the real campaign reports it: updated = continuing + developed + stopped. */
  result: campaignTally.extend({ updated: z.number() }),
});
export type CampaignView = z.infer<typeof campaignView>;
export const campaignAgencyTally = campaignTally.extend({ id: z.string(), name: z.string() });
export type CampaignAgencyTally = z.infer<typeof campaignAgencyTally>;
export const campaignProgressView = z.object({
  campaign: campaignView,
  byProvince: z.array(campaignTally.extend({ code: z.string(), name: z.string() })),
  /** One page of the agencies with records in the campaign (in the province, if one is asked), filtered and sorted as asked. */
  byAgency: z.array(campaignAgencyTally),
  /** Agencies matching the filters (the pages), and all agencies with records in the scope. */
  total: z.number(),
  agencyTotal: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type CampaignProgressView = z.infer<typeof campaignProgressView>;
export const campaignRecordsView = z.object({
  campaign: campaignView,
  tally: campaignTally,
  items: z.array(
    z.object({ innovationId: z.string(), title: z.string(), answer: z.enum(CAMPAIGN_ANSWERS).nullable(), note: z.string().nullable(), confirmedAt: z.string().nullable() }),
  ),
});
export type CampaignRecordsView = z.infer<typeof campaignRecordsView>;
