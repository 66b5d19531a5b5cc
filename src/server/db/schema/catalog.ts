import type { GovernmentAffair } from '../../../common/innovation-index.js';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AwardLevel, BudgetSource, DocumentType, InnovationForm, InnovationStatus, WorkflowState } from '../../../common/catalog.js';
import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';

/**
 * Kysely types of the innovation registry (migration `2026_11_22_0100_catalog`, which documents
 * every column). Generated columns are typed `never` on insert/update so they cannot be written.
 */
type GeneratedAlways<T> = ColumnType<T, never, never>;
/**
 * A `date` column. `pg` parses dates into a JS Date at local midnight; the catalog repository
 * selects them as `YYYY-MM-DD` text (`to_char`) to stay time-zone safe.
 */
export type DateColumn = ColumnType<Date, string | Date, string | Date>;

export {
  AWARD_LEVELS,
  type AwardLevel,
  BUDGET_SOURCES,
  type BudgetSource,
  DOCUMENT_TYPES,
  type DocumentType,
  INNOVATION_FORMS,
  INNOVATION_STATUSES,
  type InnovationForm,
  type InnovationStatus,
  WORKFLOW_STATES,
  type WorkflowState,
} from '../../../common/catalog.js';

export interface InnovationCategoryTable {
  id: Generated<number>;
  code: string;
  name_id: string;
  name_en: string;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface InnovationTable {
  id: Generated<string>;
  agency_id: string;
  /** Filled by a trigger from the agency. */
  agency_type: ColumnType<string, never, never>;
  unit_name: Generated<string>;
  region_code: string;
  province_code: GeneratedAlways<string>;
  regency_code: GeneratedAlways<string | null>;
  title: string;
  summary: string;
  problem: Generated<string>;
  approach: Generated<string>;
  implementation_steps: Generated<string>;
  results: Generated<string>;
  stakeholders: Generated<string>;
  resources: Generated<string>;
  budget_source: BudgetSource | null;
  sustainability: Generated<string>;
  replication_potential: Generated<string>;
  /** bigint: read as a string by `pg`. */
  beneficiaries: ColumnType<string | null, number | null, number | null>;
  cost_saved_idr: ColumnType<string | null, number | null, number | null>;
  time_saved_days: number | null;
  indicators: ColumnType<unknown, string | undefined, string>;
  website_url: string | null;
  video_url: string | null;
  start_date: DateColumn;
  year_started: GeneratedAlways<number>;
  digital: Generated<boolean>;
  /** Government affair (urusan) the index counts (modules/innovation-index). */
  government_affair: GovernmentAffair | null;
  /** Who started the innovation (inisiator). */
  initiator: 'kepala_daerah' | 'anggota_dprd' | 'opd' | 'asn' | 'masyarakat' | null;
  form: Generated<InnovationForm>;
  category_id: number;
  sdgs: number[];
  status: Generated<InnovationStatus>;
  stopped_reason: string | null;
  status_confirmed_at: GeneratedTimestamp;
  workflow_state: Generated<WorkflowState>;
  published: GeneratedAlways<boolean>;
  review_note: string | null;
  submitted_at: Timestamp | null;
  published_at: Timestamp | null;
  published_by: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  version: Generated<number>;
  search_vector: GeneratedAlways<string>;
  /** The title's words alone (migration 2026_11_22_0100_catalog_search_tuning). */
  title_vector: GeneratedAlways<string>;
  /** Historical import (migration 2026_12_02_0400): when it came in, the file's key, where it was published, start date precision. */
  imported_at: Timestamp | null;
  external_key: string | null;
  source_url: string | null;
  start_precision: Generated<'day' | 'month' | 'year'>;
}

export interface HistoricalImportFileTable {
  id: Generated<string>;
  uploaded_by: string;
  filename: string;
  storage_key: string;
  rows: number;
  created_at: GeneratedTimestamp;
}

export interface HistoricalImportJobTable {
  id: Generated<string>;
  file_id: string;
  created_by: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  report: Json | null;
  error: Json | null;
  created_at: GeneratedTimestamp;
  finished_at: Timestamp | null;
}

export interface HistoricalImportMappingTable {
  id: Generated<string>;
  user_id: string | null;
  name: string;
  mapping: ColumnType<Record<string, string>, string, string>;
  updated_at: GeneratedTimestamp;
}

export interface InnovationAwardTable {
  id: Generated<string>;
  innovation_id: string;
  level: AwardLevel;
  year: number;
  label: string;
  competition_id: string | null;
  created_at: GeneratedTimestamp;
}

export interface InnovationReplicationTable {
  id: Generated<string>;
  innovation_id: string;
  adopter_agency_id: string;
  replica_innovation_id: string | null;
  region_code: string | null;
  started_on: DateColumn | null;
  created_at: GeneratedTimestamp;
}

export interface InnovationVersionTable {
  id: Generated<string>;
  innovation_id: string;
  version: number;
  action: string;
  changed_by: string | null;
  changed_at: GeneratedTimestamp;
  changes: Json;
  snapshot: Json;
}

export interface InnovationDocumentTable {
  id: Generated<string>;
  innovation_id: string;
  storage_key: string;
  filename: string;
  content_type: DocumentType;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: GeneratedTimestamp;
}

/** Words of published titles and summaries (migration 0500, kept by triggers). */
export interface SearchVocabularyTable {
  word: string;
  lexeme: string;
  n: Generated<number>;
}

/** Equivalent search terms maintained by the ministry (migration 0500). */
export interface SearchSynonymTable {
  id: Generated<number>;
  terms: string[];
  note: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  updated_by: string | null;
}

/** Confirmed replications per year (0 = all years), source province → adopter province (migration 2026_12_04_0200, kept by triggers on the register; the catalog's read model for the dashboards). */
export interface DashboardReplicationFlowTable {
  year: number;
  from_province: string;
  to_province: string;
  n: number;
}

/** Per province and regency/city: replications adopted there and of its innovations elsewhere (migration 2026_12_04_0200). */
export interface DashboardReplicationRegionCountTable {
  region_code: string;
  replicated_in: number;
  replicated_out: number;
}

export interface CatalogTables {
  dashboard_replication_flows: DashboardReplicationFlowTable;
  dashboard_replication_region_counts: DashboardReplicationRegionCountTable;
  innovation_match: InnovationMatchTable;
  innovation_search: InnovationSearchTable;
  search_vocabulary: SearchVocabularyTable;
  search_synonyms: SearchSynonymTable;
  innovation_categories: InnovationCategoryTable;
  innovations: InnovationTable;
  innovation_awards: InnovationAwardTable;
  innovation_replications: InnovationReplicationTable;
  innovation_versions: InnovationVersionTable;
  innovation_documents: InnovationDocumentTable;
  historical_import_files: HistoricalImportFileTable;
  historical_import_jobs: HistoricalImportJobTable;
  historical_import_mappings: HistoricalImportMappingTable;
}

export type InnovationRow = Selectable<InnovationTable>;

/** Migration 2026_12_05_0001_innovation_search: what catalog search reads, one inline row per published innovation, kept by triggers (never written by the app). */
export interface InnovationSearchTable {
  id: string;
  agency_id: string;
  agency_type: string;
  province_code: string;
  regency_code: string | null;
  category_id: number;
  start_date: Date;
  year_started: number;
  status: string;
  sdgs: number[];
  title: string;
  title_vector: string;
  search_vector: string;
}

/** Migration 2026_12_04_0400_innovation_match: one row per published innovation, kept by triggers (never written by the app). */
export interface InnovationMatchTable {
  innovation_id: string;
  agency_id: string;
  category_id: number;
  status: string;
  sdgs: number[];
  /** strip(innovations.match_vector): lexemes only. */
  terms: string;
}
