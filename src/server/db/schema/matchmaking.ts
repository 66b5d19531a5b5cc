import type { Generated } from 'kysely';
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

export interface MatchmakingTables {
  match_proposals: MatchProposalTable;
}
