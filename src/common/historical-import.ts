/**
 * The ministry's historical import (issue #13): the profile fields a file's columns can be mapped
 * to, shared by the server (validation, suggestions) and the web wizard (mapping step).
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

/** Answers of the import routes (the server's zod schemas in catalog/historical-schemas.ts match these). */
export interface SavedMapping {
  id: string;
  name: string;
  global: boolean;
  mapping: Record<string, string>;
  updatedAt: string;
}

export interface HistoricalUpload {
  fileId: string;
  filename: string;
  rows: number;
  headers: string[];
  suggested: Record<string, string>;
  saved: SavedMapping[];
}

export interface HistoricalNote {
  row: number;
  column: string;
  message: string;
}

export interface HistoricalAgencyDecision {
  key: string;
  name: string;
  type: string | null;
  regionCode: string | null;
  rows: number[];
  status: 'exact' | 'chosen' | 'create' | 'confirm';
  agency: { id: string; name: string } | null;
  candidates: { agencyId: string; name: string; score: number }[];
}

export interface HistoricalMatch {
  row: number;
  title: string;
  kind: 'key' | 'same' | 'uncertain';
  innovationId: string;
  existingTitle: string;
  decision: 'update' | 'new' | null;
}

export interface HistoricalImportReport {
  ok: boolean;
  dryRun: boolean;
  fileId: string;
  filename: string;
  rows: number;
  ready: number;
  created: number;
  updated: number;
  awards: number;
  pending: number;
  ignoredColumns: string[];
  problems: HistoricalNote[];
  warnings: HistoricalNote[];
  agencies: HistoricalAgencyDecision[];
  matches: HistoricalMatch[];
  ids: string[];
}

export type HistoricalAgencyChoice = { agencyId: string } | { create: true; type?: string };

export interface HistoricalImportBody {
  mapping: ColumnMapping;
  agencies: Record<string, HistoricalAgencyChoice>;
  matches: Record<string, 'update' | 'new'>;
  saveMapping?: { name: string; global: boolean };
}

/** A commit running in the background (`GET /api/historical-imports/jobs/:id`). */
export interface HistoricalImportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  /** Rows written so far while running; null when another server instance runs it. */
  done: number | null;
  report: HistoricalImportReport | null;
  error: { code: string; message: string } | null;
}
