import type { Generated, Selectable } from 'kysely';
import type { AnswerType, CompetitionKind, CompetitionStatus, StageKind } from '../../../common/competitions.js';
import type { GeneratedTimestamp, Timestamp } from '../schema.js';

/** Tables of the competitions module (migration 2026_11_22_0200_competitions). */
export interface CompetitionTable {
  id: Generated<string>;
  kind: CompetitionKind;
  name: string;
  year: number;
  theme: Generated<string>;
  description: Generated<string>;
  participant_types: string[];
  sdg_required: Generated<boolean>;
  grace_minutes: Generated<number>;
  status: Generated<CompetitionStatus>;
  cloned_from: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CompetitionGroupTable {
  id: Generated<string>;
  competition_id: string;
  code: string;
  name: string;
  /** Optional English name (null: show `name`). */
  name_en: string | null;
  description: Generated<string>;
  position: number;
  min_innovation_age_months: Generated<number>;
  excluded_award_levels: Generated<string[]>;
  excluded_award_since_year: number | null;
  max_proposals_per_agency: number | null;
  participant_types: Generated<string[]>;
  /** Migration 0610: entries must be confirmed replications of an award-winning innovation (the KIPP "replikasi" group). */
  requires_replication: Generated<boolean>;
}

export interface CompetitionCategoryTable {
  id: Generated<string>;
  competition_id: string;
  code: string;
  name: string;
  name_en: string | null;
  description: Generated<string>;
  position: number;
}

export interface CompetitionQuestionTable {
  id: Generated<string>;
  competition_id: string;
  position: number;
  title: string;
  title_en: string | null;
  help_text: Generated<string>;
  help_text_en: string | null;
  required: Generated<boolean>;
  word_limit: number | null;
  answer_type: AnswerType;
  options: Generated<string[]>;
}

export interface CompetitionStageTable {
  id: Generated<string>;
  competition_id: string;
  kind: StageKind;
  name: string;
  name_en: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  position: number;
}

export interface CompetitionTables {
  competitions: CompetitionTable;
  competition_groups: CompetitionGroupTable;
  competition_categories: CompetitionCategoryTable;
  competition_questions: CompetitionQuestionTable;
  competition_stages: CompetitionStageTable;
}

export type CompetitionRow = Selectable<CompetitionTable>;
export type CompetitionGroupRow = Selectable<CompetitionGroupTable>;
export type CompetitionQuestionRow = Selectable<CompetitionQuestionTable>;
export type CompetitionStageRow = Selectable<CompetitionStageTable>;
