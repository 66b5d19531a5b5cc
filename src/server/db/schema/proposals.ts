import type { Generated, Selectable } from 'kysely';
import type { AdminCheckStatus, ProposalStatus } from '../../../common/competitions.js';
import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';

/** Tables of the proposals module (migration 2026_11_22_0200_proposals). */
export interface ProposalTable {
  id: Generated<string>;
  number: string;
  competition_id: string;
  group_id: string;
  category_id: string;
  innovation_id: string | null;
  applicant_kind: 'agency' | 'citizen';
  agency_id: string | null;
  owner_id: string;
  participant_type: string;
  title: string;
  sdgs: Generated<number[]>;
  status: Generated<ProposalStatus>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  submission_key: string | null;
  late_seconds: number | null;
  content_hash: string | null;
  submitted_content: Json;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  /** Entered on another body's nomination (index award nominees): may name no innovation (migration 2026_12_04_0100). */
  nominated: Generated<boolean>;
}

export interface ProposalAnswerTable {
  proposal_id: string;
  question_id: string;
  value: Json;
  text_value: Generated<string>;
  word_count: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface ProposalAttachmentTable {
  id: Generated<string>;
  proposal_id: string;
  question_id: string | null;
  storage_key: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: GeneratedTimestamp;
}

export interface ProposalReturnTable {
  id: Generated<string>;
  proposal_id: string;
  comment: string;
  returned_by: string | null;
  returned_at: GeneratedTimestamp;
}

export interface ProposalAdminCheckTable {
  proposal_id: string;
  competition_id: string;
  status: Generated<AdminCheckStatus>;
  reason: string | null;
  checklist: Json;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

/** Own-content flags of a submitted proposal (migration 2026_11_22_0500_proposal_check_signals). */
export interface ProposalCheckSignalTable {
  proposal_id: string;
  own_flags: Json;
  own_flag_count: number;
  rules_key: string;
  computed_at: Timestamp;
}

/** Per call and proposing agency's province ('' = the nation): submitted proposals and those that passed the check (migration 2026_12_04_0200, kept by triggers on proposals and checks; the proposals module's read model for the dashboards). */
export interface DashboardProposalCountTable {
  competition_id: string;
  province_code: string;
  submitted: number;
  passed_check: number;
}

export interface ProposalTables {
  dashboard_proposal_counts: DashboardProposalCountTable;
  proposals: ProposalTable;
  proposal_answers: ProposalAnswerTable;
  proposal_attachments: ProposalAttachmentTable;
  proposal_returns: ProposalReturnTable;
  proposal_admin_checks: ProposalAdminCheckTable;
  proposal_check_signals: ProposalCheckSignalTable;
}

export type ProposalRow = Selectable<ProposalTable>;
