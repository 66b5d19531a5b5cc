import type { ColumnType, Generated } from 'kysely';

import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';
import type { DateColumn } from './catalog.js';

/** Tables of the institutionalisation module (migration 2026_12_02_0200_institutionalisation). */
/** numeric columns: the driver parses them to numbers (db/client.ts); amounts stay below 2^53. */
type Numeric = ColumnType<number, string | number, string | number>;

export interface InstLegalBasisTable {
  id: Generated<string>;
  innovation_id: string;
  kind: 'perda' | 'perkada' | 'keputusan_kepala' | 'sop';
  number: string;
  issued_on: DateColumn;
  title: Generated<string>;
  document_key: string | null;
  document_name: string | null;
  document_type: string | null;
  document_size: number | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface InstBudgetLineTable {
  id: Generated<string>;
  innovation_id: string;
  fiscal_year: number;
  source: 'apbd' | 'apbn' | 'other';
  amount: Numeric;
  programme: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface InstPlanInclusionTable {
  id: Generated<string>;
  innovation_id: string;
  plan: 'rpjmd' | 'renstra' | 'rkpd' | 'renja';
  year: number;
  /** The text reference (optional since migration 2026_12_03_0201). */
  document: string | null;
  document_key: Generated<string | null>;
  document_name: Generated<string | null>;
  document_type: Generated<string | null>;
  document_size: Generated<number | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface InstPerformanceTargetTable {
  id: Generated<string>;
  innovation_id: string;
  indicator: string;
  unit: Generated<string>;
  baseline: Numeric | null;
  year: number;
  target: Numeric;
  realisation: Numeric | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface InnovationMaturityTable {
  innovation_id: string;
  fact_stage: 'implemented' | 'institutionalised' | null;
  reason: Json;
  refreshed_at: GeneratedTimestamp;
}

export interface OaoiDefaultTargetTable {
  agency_type: string;
  year: number;
  target: number;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface OaoiAgencyTargetTable {
  agency_id: string;
  year: number;
  target: number;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface UpdateCampaignTable {
  id: Generated<string>;
  year: number;
  title: string;
  message: Generated<string>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  record_scope: 'running' | 'all';
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface UpdateCampaignRecordTable {
  campaign_id: string;
  innovation_id: string;
  agency_id: string;
  province_code: string | null;
  title: string;
  answer: 'continuing' | 'developed' | 'stopped' | null;
  note: string | null;
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
}

export interface UpdateCampaignReminderTable {
  campaign_id: string;
  kind: 'before' | 'after';
  sent_at: GeneratedTimestamp;
  recipients: Generated<number>;
}

/** Migration 2026_12_03_0200: kept by triggers, read only. */
export interface OaoiRunningSpanTable {
  agency_id: string;
  from_year: number;
  /** 9999 while running. */
  to_year: number;
  n: number;
}

export interface UpdateCampaignTallyTable {
  campaign_id: string;
  agency_id: string;
  /** '' when the records have no province. */
  province_code: string;
  asked: number;
  continuing: number;
  developed: number;
  stopped: number;
}

export interface InstitutionalisationTables {
  inst_legal_bases: InstLegalBasisTable;
  inst_budget_lines: InstBudgetLineTable;
  inst_plan_inclusions: InstPlanInclusionTable;
  inst_performance_targets: InstPerformanceTargetTable;
  innovation_maturity: InnovationMaturityTable;
  oaoi_default_targets: OaoiDefaultTargetTable;
  oaoi_agency_targets: OaoiAgencyTargetTable;
  update_campaigns: UpdateCampaignTable;
  update_campaign_records: UpdateCampaignRecordTable;
  update_campaign_reminders: UpdateCampaignReminderTable;
  oaoi_running_spans: OaoiRunningSpanTable;
  update_campaign_tally: UpdateCampaignTallyTable;
}
