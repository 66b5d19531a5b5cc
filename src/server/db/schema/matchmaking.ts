import type { ColumnType, Generated } from 'kysely';
import type { MatchProposalState } from '../../../common/matchmaking.js';
import type { GeneratedTimestamp, Timestamp } from '../schema.js';

/** Migration 2026_12_02_0300_matchmaking documents every column. */
export interface MatchProposalTable {
  id: Generated<string>;
  adopter_agency_id: string;
  adopter_province_code: string | null;
  source_innovation_id: string;
  source_title: string;
  source_agency_id: string;
  source_province_code: string | null;
  mentor_id: string | null;
  problem: string;
  message: string;
  state: Generated<MatchProposalState>;
  adopter_answered_by: string | null;
  adopter_answered_at: Timestamp | null;
  source_answered_by: string | null;
  source_answered_at: Timestamp | null;
  declined_by_side: 'adopter' | 'source' | null;
  decline_reason: string | null;
  case_id: string | null;
  proposed_by: string | null;
  proposed_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
}

export interface MatchmakingTables extends EventTables {
  match_proposals: MatchProposalTable;
}

/** Migration 2026_12_02_0301_events documents every column. */
export interface EventTable {
  id: Generated<string>;
  title: string;
  kind: 'forum' | 'exhibition' | 'workshop' | 'study_visit' | 'peer_learning';
  mode: 'online' | 'onsite' | 'hybrid';
  location: string | null;
  online_url: string | null;
  description: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  capacity: number;
  registered_count: Generated<number>;
  agenda: ColumnType<{ time: string; title: string }[], string, string>;
  hub_id: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** Migration 2026_12_03_0300_event_organising. */
  cancelled_at: Timestamp | null;
}

export interface EventShowcaseTable {
  event_id: string;
  innovation_id: string;
  title: string;
}

export interface EventRegistrationTable {
  id: Generated<string>;
  event_id: string;
  user_id: string;
  status: 'registered' | 'waitlisted';
  attended: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface EventMaterialTable {
  id: Generated<string>;
  event_id: string;
  kind: 'video' | 'document';
  title: string;
  url: string | null;
  storage_key: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
  created_at: GeneratedTimestamp;
}

export interface EventInterestTable {
  id: Generated<string>;
  event_id: string;
  innovation_id: string;
  agency_id: string;
  user_id: string;
  case_id: string | null;
  created_at: GeneratedTimestamp;
}

export interface EventTables {
  events: EventTable;
  event_showcases: EventShowcaseTable;
  event_registrations: EventRegistrationTable;
  event_materials: EventMaterialTable;
  event_interests: EventInterestTable;
}
