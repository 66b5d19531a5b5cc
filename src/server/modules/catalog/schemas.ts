import { GOVERNMENT_AFFAIRS, INITIATORS } from '../../../common/innovation-index.js';
import { z } from 'zod';
import { MATURITY_STAGES } from '../../../common/institutionalisation.js';
import { NARRATIVE_SECTIONS } from '../../../common/historical-import.js';
import {
  AWARD_LEVELS,
  BUDGET_SOURCES,
  INNOVATION_FORMS,
  INNOVATION_STATUSES,
  type Indicator,
  type InnovationProfile,
  SEARCH_SORTS,
  WORKFLOW_STATES,
} from '../../../common/catalog.js';
import { AGENCY_TYPES } from '../../../common/agency-types.js';
import type { Equals, Expect } from '../../../common/type-equality.js';
import { paginationQuery } from '../../http/pagination.js';

/** Kemendagri code of a province (`35`) or a regency/city (`35.78`). */
export const regionCode = z.string().regex(/^\d{2}(\.\d{2})?$/, 'kode wilayah Kemendagri, mis. 35 atau 35.78');
const longText = z.string().trim().max(10_000);
const httpUrl = z.url({ protocol: /^https?$/ }).max(500);
const isoDate = z.iso.date();

export const sdgList = z
  .array(z.number().int().min(1).max(17))
  .min(1)
  .max(17)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicate SDG' });

export const indicatorInput = z.strictObject({
  label: z.string().trim().min(2).max(120),
  unit: z.string().trim().max(40).default(''),
  before: z.number().finite().nullable().default(null),
  after: z.number().finite().nullable().default(null),
});
/** Fails `tsc` if the schema and the type the web client shares (common/catalog.ts) drift apart. */
export type IndicatorSchemaMatchesShared = Expect<Equals<z.output<typeof indicatorInput>, Indicator>>;

/** Every field an operator fills in; used for create (with the required ones) and, partial, for edits. */
const profileFields = {
  title: z.string().trim().min(5).max(200),
  summary: z.string().trim().min(20).max(2000),
  unitName: z.string().trim().max(200),
  regionCode,
  problem: longText,
  approach: longText,
  implementationSteps: longText,
  results: longText,
  stakeholders: longText,
  resources: longText,
  budgetSource: z.enum(BUDGET_SOURCES).nullable(),
  sustainability: longText,
  replicationPotential: longText,
  beneficiaries: z.number().int().min(0).max(1_000_000_000_000).nullable(),
  costSavedIdr: z.number().int().min(0).max(1_000_000_000_000_000).nullable(),
  timeSavedDays: z.number().min(0).max(99_999_999).nullable(),
  indicators: z.array(indicatorInput).max(10),
  websiteUrl: httpUrl.nullable(),
  videoUrl: httpUrl.nullable(),
  startDate: isoDate,
  digital: z.boolean(),
  governmentAffair: z.enum(GOVERNMENT_AFFAIRS).nullable().optional(),
  initiator: z.enum(INITIATORS).nullable().optional(),
  form: z.enum(INNOVATION_FORMS),
  categoryId: z.number().int().positive(),
  sdgs: sdgList,
  status: z.enum(INNOVATION_STATUSES),
  stoppedReason: z.string().trim().min(5).max(2000).nullable(),
};

/** Fails `tsc` if the profile schema and the shared `InnovationProfile` drift apart. */
export type ProfileSchemaMatchesShared = Expect<Equals<z.output<z.ZodObject<typeof profileFields>>, InnovationProfile>>;

const REQUIRED_ON_CREATE = ['title', 'summary', 'regionCode', 'startDate', 'categoryId', 'sdgs'] as const;

export const createInnovationBody = z.strictObject(
  Object.fromEntries(Object.entries(profileFields).map(([key, schema]) => [key, (REQUIRED_ON_CREATE as readonly string[]).includes(key) ? schema : schema.optional()])) as {
    [K in keyof typeof profileFields]: K extends (typeof REQUIRED_ON_CREATE)[number] ? (typeof profileFields)[K] : z.ZodOptional<(typeof profileFields)[K]>;
  },
);
export type CreateInnovationInput = z.infer<typeof createInnovationBody>;

export const updateInnovationBody = z.strictObject({
  ...(Object.fromEntries(Object.entries(profileFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof profileFields]: z.ZodOptional<(typeof profileFields)[K]>;
  }),
  /** The version the editor started from; a newer saved version makes the edit a 409 conflict. */
  expectedVersion: z.number().int().positive().optional(),
});
export type UpdateInnovationInput = z.infer<typeof updateInnovationBody>;
export type ProfileInput = Omit<UpdateInnovationInput, 'expectedVersion'>;

export const idParams = z.strictObject({ id: z.uuid() });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

/** Bulk submit / approve / return: explicit records; `dryRun` only says what would move and why the rest would not. */
export const bulkBody = z.strictObject({
  action: z.enum(['submit', 'approve', 'return']),
  ids: z.array(z.uuid()).min(1).max(500),
  note: z.string().trim().max(2000).optional(),
  dryRun: z.boolean().default(false),
});
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

export const reviewBody = z.strictObject({ note: z.string().trim().min(5).max(2000) });
export const optionalNoteBody = z.strictObject({ note: z.string().trim().max(2000).optional() }).optional();

export const confirmStatusBody = z.strictObject({
  status: z.enum(INNOVATION_STATUSES),
  stoppedReason: z.string().trim().min(5).max(2000).optional(),
});

// ---------------------------------------------------------------- views

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

const csvOf = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .max(500)
    .transform((value) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(40) as unknown as z.ZodType<z.output<T>[], string[]>);

/** Catalog filters. Several values of one facet are OR-ed (`sdg=3,4`), different facets AND-ed. */
export const searchFilters = {
  q: z.string().trim().max(200).optional(),
  province: csvOf(z.string().regex(/^\d{2}$/)).optional(),
  regency: csvOf(z.string().regex(/^\d{2}\.\d{2}$/)).optional(),
  agencyType: csvOf(z.enum(AGENCY_TYPES)).optional(),
  category: csvOf(z.string().regex(/^[a-z0-9_]{2,40}$/)).optional(),
  sdg: csvOf(z.coerce.number().int().min(1).max(17)).optional(),
  year: csvOf(z.coerce.number().int().min(1945).max(2100)).optional(),
  status: csvOf(z.enum(INNOVATION_STATUSES)).optional(),
  award: csvOf(z.enum(AWARD_LEVELS)).optional(),
  maturity: csvOf(z.enum(MATURITY_STAGES)).optional(),
  agency: z.uuid().optional(),
};

export const searchQuery = z.strictObject({
  ...searchFilters,
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  ...paginationQuery,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;
export type SearchFilters = Omit<SearchQuery, 'sort' | 'page' | 'pageSize'>;

export const exportQuery = z.strictObject({
  ...searchFilters,
  sort: z.enum(SEARCH_SORTS).default('newest'),
  format: z.enum(['csv', 'xlsx']),
});

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
export const FACET_NAMES = ['province', 'regency', 'agencyType', 'category', 'sdg', 'year', 'status', 'award', 'maturity'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

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

export const workspaceQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  state: z.enum(WORKFLOW_STATES).optional(),
  agency: z.uuid().optional(),
  ...paginationQuery,
});

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

export const duplicatesBody = z.strictObject({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(2000).optional(),
  excludeId: z.uuid().optional(),
});

export const duplicateCandidate = z.object({
  id: z.string(),
  title: z.string(),
  agencyName: z.string(),
  workflowState: z.enum(WORKFLOW_STATES),
  titleSimilarity: z.number(),
  summarySimilarity: z.number().nullable(),
});

// ---------------------------------------------------------------- categories

export const createCategoryBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/, 'huruf kecil, angka, garis bawah'),
  nameId: z.string().trim().min(2).max(120),
  nameEn: z.string().trim().min(2).max(120),
  position: z.number().int().min(0).max(1000).optional(),
});
export const updateCategoryBody = z
  .strictObject({
    nameId: z.string().trim().min(2).max(120).optional(),
    nameEn: z.string().trim().min(2).max(120).optional(),
    position: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });
export const categoryParams = z.strictObject({ id: z.coerce.number().int().positive() });

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

export const synonymGroupBody = z.strictObject({
  terms: z.array(z.string().trim().min(1).max(60)).min(2).max(12),
  note: z.string().trim().max(300).optional(),
});

export const synonymGroupParams = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) });
