import type { Generated } from 'kysely';
import type { ReportStatus, RowStatus } from '../../../common/innovation-index.js';
import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';

/** Tables of the regional innovation index (migration 2026_12_02_0100_innovation_index). */
export interface IndexModelTable {
  id: Generated<string>;
  year: number;
  status: Generated<'draft' | 'published'>;
  config: Json;
  window_opens_at: Timestamp | null;
  window_closes_at: Timestamp | null;
  results_published_at: Timestamp | null;
  copied_from: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  published_at: Timestamp | null;
  published_by: string | null;
}

export interface IndexRegionFlagTable {
  region_code: string;
  border: boolean;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface IndexReportTable {
  id: Generated<string>;
  model_id: string;
  region_code: string;
  agency_id: string;
  status: Generated<ReportStatus>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  approved_by: string | null;
  sent_at: Timestamp | null;
  verified_at: Timestamp | null;
}

export interface IndexReportInnovationTable {
  report_id: string;
  innovation_id: string;
  government_affair: string | null;
  added_at: GeneratedTimestamp;
}

export interface IndexRowTable {
  id: Generated<string>;
  report_id: string;
  indicator_code: string;
  innovation_id: string | null;
  claimed_level: number;
  /** Kept by the evidence writers in the same transaction, so scoring never scans index_evidence. */
  evidence_count: Generated<number>;
  basis: string | null;
  status: Generated<RowStatus>;
  verified_level: number | null;
  reject_reason: string | null;
  answer: string | null;
  answered_at: Timestamp | null;
  answer_due_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  updated_at: GeneratedTimestamp;
}

export interface IndexEvidenceTable {
  id: Generated<string>;
  row_id: string;
  evidence_type: string;
  kind: 'file' | 'link' | 'video_link';
  url: string | null;
  storage_key: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  platform_fact: Generated<boolean>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface IndexResultTable {
  model_id: string;
  region_code: string;
  claimed_iid: string;
  claimed_predicate: string;
  verified_iid: string;
  predicate: string;
  disclaimer: string | null;
  spd: string;
  sid: string;
  count_score: string;
  innovations: number;
  points: Json;
  computed_at: GeneratedTimestamp;
}

/** Window notices already sent: one per model, region and kind (migration 2026_12_03_0101). */
export interface IndexWindowNoticeTable {
  model_id: string;
  region_code: string;
  kind: 'opened' | 'closing_7' | 'closing_1';
  sent_at: GeneratedTimestamp;
}

/** Award nominees sent to a competition's panel round: one per model, cluster and region (migration 2026_12_04_0100). */
export interface IndexNominationTable {
  id: Generated<string>;
  model_id: string;
  cluster: 'provinsi' | 'kabupaten' | 'kota' | 'perbatasan' | 'tertinggal';
  region_code: string;
  agency_id: string;
  competition_id: string;
  proposal_id: string | null;
  proposal_number: string | null;
  rank: number;
  verified_iid: string;
  predicate: string;
  tied: boolean;
  nominated_by: string | null;
  nominated_at: Timestamp;
}

export interface IndexTables {
  index_models: IndexModelTable;
  index_region_flags: IndexRegionFlagTable;
  index_reports: IndexReportTable;
  index_report_innovations: IndexReportInnovationTable;
  index_rows: IndexRowTable;
  index_evidence: IndexEvidenceTable;
  index_results: IndexResultTable;
  index_window_notices: IndexWindowNoticeTable;
  index_nominations: IndexNominationTable;
}
