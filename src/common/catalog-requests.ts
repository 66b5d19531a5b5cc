import { z } from 'zod';
import { regionCodeSchema } from './agencies.js';
import { AGENCY_TYPES } from './agency-types.js';
import { AWARD_LEVELS, BUDGET_SOURCES, INNOVATION_FORMS, INNOVATION_STATUSES, type Indicator, type InnovationProfile, SEARCH_SORTS, WORKFLOW_STATES } from './catalog.js';
import { GOVERNMENT_AFFAIRS, INITIATORS } from './innovation-index.js';
import { MATURITY_STAGES } from './institutionalisation.js';
import { paginationQuery } from './pagination.js';
import type { Equals, Expect } from './type-equality.js';

/**
 * Request bodies and queries of the catalog API, shared by the server (its routes validate with
 * these; server/modules/catalog/schemas.ts re-exports them) and the web client (features/catalog
 * types its requests as `z.input<typeof …>` of these), so a changed rule breaks the web build.
 */
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
  regionCode: regionCodeSchema,
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
/** Bulk submit / approve / return: explicit records; `dryRun` only says what would move and why the rest would not. */
export const bulkBody = z.strictObject({
  action: z.enum(['submit', 'approve', 'return']),
  ids: z.array(z.uuid()).min(1).max(500),
  note: z.string().trim().max(2000).optional(),
  dryRun: z.boolean().default(false),
});
export const reviewBody = z.strictObject({ note: z.string().trim().min(5).max(2000) });
export const optionalNoteBody = z.strictObject({ note: z.string().trim().max(2000).optional() }).optional();

export const confirmStatusBody = z.strictObject({
  status: z.enum(INNOVATION_STATUSES),
  stoppedReason: z.string().trim().min(5).max(2000).optional(),
});
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
  pageSize: z.coerce.number<number | string>().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;
export type SearchFilters = Omit<SearchQuery, 'sort' | 'page' | 'pageSize'>;

export const exportQuery = z.strictObject({
  ...searchFilters,
  sort: z.enum(SEARCH_SORTS).default('newest'),
  format: z.enum(['csv', 'xlsx']),
});
// ---------------------------------------------------------------- workspace, duplicates

export const workspaceQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  state: z.enum(WORKFLOW_STATES).optional(),
  agency: z.uuid().optional(),
  ...paginationQuery,
});
export const duplicatesBody = z.strictObject({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(2000).optional(),
  excludeId: z.uuid().optional(),
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
// ---------------------------------------------------------------- search synonym dictionary

export const synonymGroupBody = z.strictObject({
  terms: z.array(z.string().trim().min(1).max(60)).min(2).max(12),
  note: z.string().trim().max(300).optional(),
});

// ---------------------------------------------------------------- files and category list

/** `GET /api/innovation-categories?all=true`: the inactive ones too (category administration). */
export const categoryListQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });
/** One record as an OPSI case study. */
export const caseQuery = z.strictObject({ format: z.enum(['md', 'pdf']).default('md') });
export const importTemplateQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
/** A bulk import: only check the file (`dryRun`), and publish the imported records at once. */
export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false'), publish: z.enum(['true', 'false']).default('false') });
