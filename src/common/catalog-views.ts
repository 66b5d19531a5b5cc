import { z } from 'zod';
import { AGENCY_TYPES } from './agency-types.js';
import { AWARD_LEVELS, BUDGET_SOURCES, FACET_NAMES, type FacetName, INNOVATION_FORMS, INNOVATION_STATUSES, WORKFLOW_STATES } from './catalog.js';
import { NARRATIVE_SECTIONS } from './historical-import.js';
import { MATURITY_STAGES } from './institutionalisation.js';

/**
 * The catalog API's answers, shared by the server (its routes serialise through these;
 * server/modules/catalog/schemas.ts re-exports them) and the web client (features/catalog types
 * its answers as `z.output<typeof …>` of these) — one source, no hand-made copies.
 */
const namedRef = z.object({ id: z.string(), name: z.string() });
export const categoryView = z.object({
  id: z.number(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  position: z.number(),
  active: z.boolean(),
});
export type CategoryView = z.infer<typeof categoryView>;

export const awardView = z.object({ id: z.string(), level: z.enum(AWARD_LEVELS), year: z.number(), label: z.string() });
export const replicationView = z.object({
  id: z.string(),
  adopterAgency: namedRef,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  startedOn: z.string().nullable(),
  replicaInnovationId: z.string().nullable(),
});
export const documentView = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  uploadedAt: z.string(),
});

export const innovationView = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  unitName: z.string(),
  agency: namedRef.extend({ type: z.enum(AGENCY_TYPES) }),
  region: z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), provinceName: z.string() }),
  problem: z.string(),
  approach: z.string(),
  implementationSteps: z.string(),
  results: z.string(),
  stakeholders: z.string(),
  resources: z.string(),
  budgetSource: z.enum(BUDGET_SOURCES).nullable(),
  sustainability: z.string(),
  replicationPotential: z.string(),
  beneficiaries: z.number().nullable(),
  costSavedIdr: z.number().nullable(),
  timeSavedDays: z.number().nullable(),
  indicators: z.array(z.object({ label: z.string(), unit: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
  websiteUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  startDate: z.string(),
  /** Whole years since the start date: the age that competition eligibility rules look at. */
  ageYears: z.number(),
  digital: z.boolean(),
  governmentAffair: z.string().nullable(),
  initiator: z.string().nullable(),
  form: z.enum(INNOVATION_FORMS),
  category: categoryView,
  sdgs: z.array(z.number()),
  status: z.enum(INNOVATION_STATUSES),
  stoppedReason: z.string().nullable(),
  statusConfirmedAt: z.string(),
  /** Running and not confirmed for 12 months. */
  statusStale: z.boolean(),
  workflowState: z.enum(WORKFLOW_STATES),
  /** Why a submission was sent back or a record unpublished; shown to the agency and the ministry only. */
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  awards: z.array(awardView),
  replications: z.array(replicationView),
  documents: z.array(documentView),
  /**
   * Records brought in by the ministry's historical import: when, where they were published, how
   * precise the start date is, and which narrative sections the source lacked (shown as missing).
   */
  historical: z
    .object({ importedAt: z.string(), sourceUrl: z.string().nullable(), startPrecision: z.enum(['day', 'month', 'year']), missingSections: z.array(z.enum(NARRATIVE_SECTIONS)) })
    .nullable(),
  /** What the caller may do with this record (the server enforces the same rules). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), unpublish: z.boolean(), delete: z.boolean(), viewHistory: z.boolean() }),
});
export type InnovationView = z.infer<typeof innovationView>;
// ---------------------------------------------------------------- search

export const searchItem = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  agencyName: z.string(),
  agencyType: z.string(),
  regionName: z.string(),
  provinceName: z.string(),
  categoryCode: z.string(),
  categoryName: z.object({ id: z.string(), en: z.string() }),
  sdgs: z.array(z.number()),
  yearStarted: z.number(),
  status: z.enum(INNOVATION_STATUSES),
  awards: z.array(z.object({ level: z.enum(AWARD_LEVELS), year: z.number() })),
  replicationCount: z.number(),
  /** The maturity stage (institutionalisation rules). */
  maturity: z.enum(MATURITY_STAGES),
  /** Set when an ended update campaign asked about the record and its agency never answered: since when. */
  unconfirmedSince: z.string().nullable(),
});
export type SearchItem = z.infer<typeof searchItem>;

const facetBucket = z.object({ value: z.string(), label: z.string(), labelEn: z.string().optional(), count: z.number() });
export type FacetBucket = z.infer<typeof facetBucket>;

export const searchResponse = z.object({
  items: z.array(searchItem),
  total: z.number(),
  /**
   * True when the query matched more rows than the exact-count cap: `total` and the facet counts
   * are then estimated from a sample of the catalog (see docs/ARCHITECTURE.md, Catalog).
   */
  approximate: z.boolean(),
  /** `fuzzy`: the words matched nothing, so titles similar to the query (typos) are shown instead. */
  matchMode: z.enum(['all', 'fulltext', 'fuzzy']),
  /** The query with misspelt words corrected from the catalog's vocabulary ("Mungkin maksud Anda …"), when the corrected words found records. */
  suggestion: z.string().nullable(),
  facets: z.object(Object.fromEntries(FACET_NAMES.map((name) => [name, z.array(facetBucket)])) as Record<FacetName, z.ZodArray<typeof facetBucket>>),
  page: z.number(),
  pageSize: z.number(),
});
export type SearchResponse = z.infer<typeof searchResponse>;
// ---------------------------------------------------------------- workspace, history, duplicates

export const workspaceItem = z.object({
  id: z.string(),
  title: z.string(),
  agencyName: z.string(),
  workflowState: z.enum(WORKFLOW_STATES),
  status: z.enum(INNOVATION_STATUSES),
  statusConfirmedAt: z.string(),
  statusStale: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});

export const versionView = z.object({
  version: z.number(),
  action: z.string(),
  changedAt: z.string(),
  changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const duplicateCandidate = z.object({
  id: z.string(),
  title: z.string(),
  agencyName: z.string(),
  workflowState: z.enum(WORKFLOW_STATES),
  titleSimilarity: z.number(),
  summarySimilarity: z.number().nullable(),
});

/** Creating a record answers with it and the similar titles already in the catalog (a warning, not a refusal). */
export const createdInnovation = z.object({ innovation: innovationView, duplicates: z.array(duplicateCandidate) });

// ---------------------------------------------------------------- bulk moves and file import

export const bulkOutcome = z.object({
  dryRun: z.boolean(),
  action: z.enum(['submit', 'approve', 'return']),
  moved: z.number(),
  skipped: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      moves: z.boolean(),
      reason: z.enum(['not_found', 'not_allowed', 'wrong_state', 'incomplete']).nullable(),
      message: z.string().nullable(),
    }),
  ),
});

/** A bulk import's row-level report; also the `details` of an IMPORT_INVALID refusal. */
export const importReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  rows: z.number(),
  created: z.number(),
  ids: z.array(z.string()),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  warnings: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

// ---------------------------------------------------------------- search synonym dictionary

export const synonymGroupView = z.object({
  id: z.number(),
  /** Equivalent terms (lower case, no accents); a term of several words matches as a phrase. */
  terms: z.array(z.string()),
  note: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type SynonymGroupView = z.infer<typeof synonymGroupView>;
