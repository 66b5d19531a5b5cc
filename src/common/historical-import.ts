import { z } from 'zod';
import { AGENCY_TYPES } from './agency-types.js';
import type { Equals, Expect } from './type-equality.js';

/**
 * The ministry's historical import (issue #13): the profile fields a file's columns can be mapped
 * to, and the import routes' request body and answers — shared by the server (validation,
 * suggestions; catalog/historical-schemas.ts re-exports the schemas) and the web wizard, which
 * types its calls as `z.input`/`z.output` of these.
 */
export const HISTORICAL_FIELDS = [
  'externalKey',
  'title',
  'agencyName',
  'agencyType',
  'province',
  'regency',
  'year',
  'startDate',
  'awardLabel',
  'competition',
  'awardLevel',
  'cluster',
  'summary',
  'sourceUrl',
  'unitName',
  'problem',
  'approach',
  'implementationSteps',
  'results',
  'websiteUrl',
] as const;
export type HistoricalField = (typeof HISTORICAL_FIELDS)[number];

/** A mapping: the file's column header → the field it fills; columns left out are ignored. */
export type ColumnMapping = Record<string, HistoricalField>;

/** Every record needs these; the region needs a province or a regency/city column; the date a year or a start date. */
export const HISTORICAL_REQUIRED: readonly HistoricalField[] = ['title', 'agencyName'];

/** Narrative sections an imported record may lack (shown as missing, never filled in). */
export const NARRATIVE_SECTIONS = ['problem', 'approach', 'implementationSteps', 'results'] as const;

// ---------------------------------------------------------------- request body

const mapping = z.record(z.string().max(200), z.enum(HISTORICAL_FIELDS)).refine((m) => Object.keys(m).length <= 60, { message: 'at most 60 columns' });
/** Fails `tsc` if the body's mapping and the `ColumnMapping` the server's readers take drift apart. */
export type MappingSchemaMatchesShared = Expect<Equals<z.output<typeof mapping>, ColumnMapping>>;
const agencyChoice = z.union([z.strictObject({ agencyId: z.uuid() }), z.strictObject({ create: z.literal(true), type: z.enum(AGENCY_TYPES).optional() })]);

export type HistoricalAgencyChoice = z.input<typeof agencyChoice>;

export const historicalBody = z.strictObject({
  mapping,
  /** Per organisation as the file writes it (the report's `agencies[].key`): a directory agency, or create it. */
  agencies: z.record(z.string().max(600), agencyChoice).default({}),
  /** Per row number with an uncertain match: update that record, or import as a new one. */
  matches: z.record(z.string().regex(/^\d{1,6}$/), z.enum(['update', 'new'])).default({}),
  /** Category for rows whose cluster is empty or not a catalog category. */
  defaultCategory: z
    .string()
    .regex(/^[a-z0-9_]{2,40}$/)
    .default('tata_kelola'),
  /** On commit: keep the mapping for reuse, for the caller or for every ministry account. */
  saveMapping: z.strictObject({ name: z.string().trim().min(1).max(100), global: z.boolean().default(false) }).optional(),
});
export type HistoricalImportBody = z.input<typeof historicalBody>;

// ---------------------------------------------------------------- answers

const note = z.object({ row: z.number(), column: z.string(), message: z.string() });
const savedMapping = z.object({ id: z.string(), name: z.string(), global: z.boolean(), mapping: z.record(z.string(), z.string()), updatedAt: z.string() });
export type HistoricalNote = z.output<typeof note>;
export type SavedMapping = z.output<typeof savedMapping>;

export const uploadAnswer = z.object({
  fileId: z.string(),
  filename: z.string(),
  rows: z.number(),
  headers: z.array(z.string()),
  suggested: z.record(z.string(), z.string()),
  saved: z.array(savedMapping),
});
export type HistoricalUpload = z.output<typeof uploadAnswer>;
export const mappingList = z.object({ items: z.array(savedMapping) });

export const historicalReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  fileId: z.string(),
  filename: z.string(),
  rows: z.number(),
  ready: z.number(),
  created: z.number(),
  updated: z.number(),
  awards: z.number(),
  pending: z.number(),
  ignoredColumns: z.array(z.string()),
  problems: z.array(note),
  warnings: z.array(note),
  agencies: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      type: z.enum(AGENCY_TYPES).nullable(),
      regionCode: z.string().nullable(),
      rows: z.array(z.number()),
      status: z.enum(['exact', 'chosen', 'create', 'confirm']),
      agency: z.object({ id: z.string(), name: z.string() }).nullable(),
      candidates: z.array(z.object({ agencyId: z.string(), name: z.string(), score: z.number() })),
    }),
  ),
  matches: z.array(
    z.object({
      row: z.number(),
      title: z.string(),
      kind: z.enum(['key', 'same', 'uncertain']),
      innovationId: z.string(),
      existingTitle: z.string(),
      decision: z.enum(['update', 'new']).nullable(),
    }),
  ),
  ids: z.array(z.string()),
});
export type HistoricalImportReport = z.output<typeof historicalReport>;
export type HistoricalAgencyDecision = HistoricalImportReport['agencies'][number];
export type HistoricalMatch = HistoricalImportReport['matches'][number];

/** A commit running in the background: poll until `status` is done (the report) or failed (why; nothing written). */
export const historicalJob = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number(),
  /** Rows written so far while running (null when another server instance runs it). */
  done: z.number().nullable(),
  report: historicalReport.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
/** A commit running in the background (`GET /api/historical-imports/jobs/:id`). */
export type HistoricalImportJob = z.output<typeof historicalJob>;
