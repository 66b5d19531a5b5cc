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
