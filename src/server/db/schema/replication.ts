import type { ColumnType, Generated } from 'kysely';
import type { CaseOutcome, CaseState, HubActivityKind, HubMemberKind, HubStatus, LogMode, MilestoneKind } from '../../../common/replication.js';
import type { GeneratedTimestamp, Timestamp } from '../schema.js';
import type { DateColumn } from './catalog.js';

/** Kysely types of the replication network (migration `2026_12_01_0500_replication_network`). */

export interface HubTable {
  id: Generated<string>;
  province_code: string;
  name: string;
  year_designated: number;
  decree_number: string | null;
  decree_date: DateColumn | null;
  decree_document: string | null;
  period_start: DateColumn | null;
  period_end: DateColumn | null;
  status: Generated<HubStatus>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface HubCoordinatorTable {
  hub_id: string;
  user_id: string;
  appointed_at: GeneratedTimestamp;
}

export interface HubMemberTable {
  id: Generated<string>;
  hub_id: string;
  agency_id: string;
  kind: HubMemberKind;
  created_at: GeneratedTimestamp;
}

export interface HubActivityTable {
  id: Generated<string>;
  hub_id: string;
  year: number;
  kind: HubActivityKind;
  title: string;
  target_count: number;
  target_unit: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface HubActivityLogTable {
  id: Generated<string>;
  hub_id: string;
  activity_id: string | null;
  held_on: DateColumn;
  kind: HubActivityKind;
  participants: Generated<number>;
  notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface MentorTable {
  id: Generated<string>;
  user_id: string;
  university_agency_id: string;
  hub_id: string | null;
  expertise: Generated<number[]>;
  decree_number: string;
  decree_date: DateColumn;
  max_active_cases: Generated<number>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ReplicationCaseTable {
  id: Generated<string>;
  source_innovation_id: string;
  source_title: string;
  origin_agency_id: string;
  adopter_agency_id: string;
  origin_province_code: string | null;
  adopter_province_code: string | null;
  category_id: number;
  hub_id: string | null;
  problem: string;
  context: string;
  lead_name: string;
  state: Generated<CaseState>;
  mentor_id: string | null;
  decision_reason: string | null;
  agreement_number: string | null;
  agreement_date: DateColumn | null;
  agreement_document: string | null;
  outcome: CaseOutcome | null;
  stop_reason: string | null;
  adopter_innovation_id: string | null;
  requested_by: string | null;
  requested_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
  last_log_on: DateColumn | null;
  updated_at: GeneratedTimestamp;
}

export interface ReplicationCaseEventTable {
  id: Generated<string>;
  case_id: string;
  at: GeneratedTimestamp;
  action: string;
  from_state: string | null;
  to_state: string | null;
  actor_id: string | null;
  note: string | null;
}

export interface ReplicationMilestoneTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  kind: MilestoneKind;
  title: string;
  due_on: DateColumn;
  done_at: Timestamp | null;
  due_reminder_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  overdue_reminder_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ReplicationLogTable {
  id: Generated<string>;
  case_id: string;
  held_on: DateColumn;
  mode: LogMode;
  notes: string;
  author_id: string | null;
  created_at: GeneratedTimestamp;
}

export interface ReplicationIndicatorTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  name: string;
  unit: Generated<string>;
  baseline: number;
  follow_up: number | null;
}

/** Migration `2026_12_02_0600_replication_files`: agreement documents and log photos of a case. */
export interface ReplicationFileTable {
  id: string;
  case_id: string;
  log_id: string | null;
  kind: 'agreement' | 'log_photo';
  storage_key: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ReplicationTables {
  hubs: HubTable;
  hub_coordinators: HubCoordinatorTable;
  hub_members: HubMemberTable;
  hub_activities: HubActivityTable;
  hub_activity_log: HubActivityLogTable;
  mentors: MentorTable;
  replication_cases: ReplicationCaseTable;
  replication_case_events: ReplicationCaseEventTable;
  replication_milestones: ReplicationMilestoneTable;
  replication_logs: ReplicationLogTable;
  replication_indicators: ReplicationIndicatorTable;
  replication_files: ReplicationFileTable;
}
