import type { ColumnType, Generated, Selectable } from 'kysely';
import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';

/** Tables of the evaluation module (migration 2026_11_22_0300_evaluation). */
type Numeric = ColumnType<string, number | string, number | string>;
type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
type DateOnly = ColumnType<Date, string, string>;

export type RoundStatus = 'setup' | 'open' | 'closed';
export type AggregationBasis = 'mean' | 'median' | 'normalised';
export type SelectionStatus = 'draft' | 'published' | 'final';
export type SelectionAwardLevel = 'top_99' | 'top_45' | 'top_5' | 'special';
export type ComputedReason = 'plain_cut' | 'rule' | 'province_cap' | 'displaced_by_quota' | 'below_cut';

export interface EvaluationRoundTable {
  id: Generated<string>;
  competition_id: string;
  stage_id: string | null;
  name: string;
  reviewer_role: 'evaluator' | 'panelist';
  reviewers_per_proposal: number;
  default_max_per_evaluator: number;
  source_selection_id: string | null;
  blind: Generated<boolean>;
  show_others_after_submit: Generated<boolean>;
  scores_editable_after_submit: Generated<boolean>;
  aggregation: Generated<AggregationBasis>;
  disagreement_threshold: NullableNumeric;
  carry_over_weight: ColumnType<string, number | string | undefined, number | string>;
  status: Generated<RoundStatus>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface EvaluationCriterionTable {
  id: Generated<string>;
  round_id: string;
  position: number;
  name: string;
  name_en: string | null;
  description: Generated<string>;
  weight: Numeric;
  scale_kind: 'numeric' | 'levels';
  scale_min: NullableNumeric;
  scale_max: NullableNumeric;
  levels: Generated<string[]>;
  required: Generated<boolean>;
  included_in_total: Generated<boolean>;
}

export interface EvaluationPoolTable {
  round_id: string;
  user_id: string;
  max_proposals: number;
  expertise_category_ids: Generated<string[]>;
}

export interface EvaluationDeclaredConflictTable {
  id: Generated<string>;
  evaluator_id: string;
  kind: 'agency' | 'region' | 'person';
  agency_id: string | null;
  region_code: string | null;
  person_email: string | null;
  reason: string;
  created_at: GeneratedTimestamp;
}

export interface EvaluationBulkActionTable {
  id: Generated<string>;
  round_id: string;
  kind: 'auto_assign' | 'import' | 'reassign';
  previous: Json;
  summary: Json;
  actor_id: string | null;
  created_at: GeneratedTimestamp;
  undone_at: Timestamp | null;
}

export type AssignmentSource = 'auto' | 'manual' | 'import' | 'reassign';

export interface EvaluationAssignmentTable {
  round_id: string;
  proposal_id: string;
  evaluator_id: string;
  source: AssignmentSource;
  published: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface EvaluationScoreTable {
  round_id: string;
  proposal_id: string;
  evaluator_id: string;
  criterion_values: Json;
  criterion_comments: Json;
  overall_comment: Generated<string>;
  total: NullableNumeric;
  status: Generated<'draft' | 'submitted'>;
  submitted_at: Timestamp | null;
  updated_at: GeneratedTimestamp;
}

export interface EvaluationSelectionTable {
  id: Generated<string>;
  round_id: string;
  name: string;
  award_level: SelectionAwardLevel | null;
  size: number;
  rules: Json;
  basis: AggregationBasis;
  status: Generated<SelectionStatus>;
  published_at: Timestamp | null;
  objection_ends_at: Timestamp | null;
  decree_number: string | null;
  decree_date: DateOnly | null;
  finalised_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface EvaluationDecisionTable {
  selection_id: string;
  proposal_id: string;
  rank: number;
  score: Numeric;
  selected: boolean;
  computed_reason: ComputedReason;
  rationale: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface EvaluationObjectionTable {
  id: Generated<string>;
  selection_id: string;
  proposal_id: string | null;
  name: string;
  email: string;
  reason: string;
  created_at: GeneratedTimestamp;
  status: Generated<'open' | 'upheld' | 'rejected'>;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}

export interface EvaluationInterviewSlotTable {
  round_id: string;
  proposal_id: string;
  panel_code: string;
  panelist_ids: string[];
  starts_at: Timestamp;
  presentation_ends_at: Timestamp;
  ends_at: Timestamp;
}

export interface EvaluationFieldVisitTable {
  round_id: string;
  proposal_id: string;
  visited_on: DateOnly;
  findings: string;
  verified: boolean;
  recorded_by: string | null;
  recorded_at: GeneratedTimestamp;
}

export interface EvaluationRedactionTable {
  proposal_id: string;
  answers: Json;
  title: string;
  redacted_by: string | null;
  redacted_at: GeneratedTimestamp;
}

export interface EvaluationTables {
  evaluation_rounds: EvaluationRoundTable;
  evaluation_criteria: EvaluationCriterionTable;
  evaluation_pool: EvaluationPoolTable;
  evaluation_declared_conflicts: EvaluationDeclaredConflictTable;
  evaluation_bulk_actions: EvaluationBulkActionTable;
  evaluation_assignments: EvaluationAssignmentTable;
  evaluation_scores: EvaluationScoreTable;
  evaluation_selections: EvaluationSelectionTable;
  evaluation_decisions: EvaluationDecisionTable;
  evaluation_objections: EvaluationObjectionTable;
  evaluation_interview_slots: EvaluationInterviewSlotTable;
  evaluation_field_visits: EvaluationFieldVisitTable;
  evaluation_redactions: EvaluationRedactionTable;
}

export type EvaluationRoundRow = Selectable<EvaluationRoundTable>;
export type EvaluationCriterionRow = Selectable<EvaluationCriterionTable>;
export type EvaluationSelectionRow = Selectable<EvaluationSelectionTable>;
