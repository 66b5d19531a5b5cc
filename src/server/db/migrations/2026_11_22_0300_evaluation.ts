import { type Kysely, sql } from 'kysely';

/**
 * Evaluation and selection: rounds (desk review, panel selection, interviews) with their criteria,
 * evaluator pools, declared conflicts of interest, assignments (hidden until published) with an
 * undo log of bulk actions, score sheets, Top-N selections with the panel's decisions, public
 * objections, interview slots and field-verification findings.
 * Plain SQL for PostgreSQL 15 and PGlite alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluation_rounds (
      id uuid primary key default gen_random_uuid(),
      competition_id uuid not null references competitions(id) on delete cascade,
      stage_id uuid references competition_stages(id) on delete set null,
      name text not null check (length(name) between 3 and 200),
      reviewer_role text not null check (reviewer_role in ('evaluator', 'panelist')),
      reviewers_per_proposal integer not null check (reviewers_per_proposal between 1 and 20),
      default_max_per_evaluator integer not null check (default_max_per_evaluator between 1 and 10000),
      -- Which proposals enter: those that passed the administrative check, or those a finalised
      -- selection of an earlier round advanced.
      source_selection_id uuid,
      blind boolean not null default true,
      show_others_after_submit boolean not null default false,
      scores_editable_after_submit boolean not null default true,
      aggregation text not null default 'normalised' check (aggregation in ('mean', 'median', 'normalised')),
      disagreement_threshold numeric check (disagreement_threshold is null or disagreement_threshold between 0 and 100),
      -- Share of the source round's score carried into this round's ranking (0 = this round only).
      carry_over_weight numeric not null default 0 check (carry_over_weight between 0 and 1),
      status text not null default 'setup' check (status in ('setup', 'open', 'closed')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index evaluation_rounds_competition_idx on evaluation_rounds (competition_id);

    create table evaluation_criteria (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      position integer not null,
      name text not null check (length(name) between 2 and 200),
      description text not null default '',
      weight numeric not null check (weight > 0),
      scale_kind text not null check (scale_kind in ('numeric', 'levels')),
      scale_min numeric,
      scale_max numeric,
      levels text[] not null default '{}',
      required boolean not null default true,
      included_in_total boolean not null default true,
      check (scale_kind <> 'numeric' or (scale_min is not null and scale_max is not null and scale_min < scale_max)),
      check (scale_kind <> 'levels' or cardinality(levels) >= 2)
    );
    create index evaluation_criteria_round_idx on evaluation_criteria (round_id, position);

    create table evaluation_pool (
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      user_id uuid not null references users(id),
      max_proposals integer not null check (max_proposals between 0 and 10000),
      expertise_category_ids uuid[] not null default '{}',
      primary key (round_id, user_id)
    );

    create table evaluation_declared_conflicts (
      id uuid primary key default gen_random_uuid(),
      evaluator_id uuid not null references users(id),
      kind text not null check (kind in ('agency', 'region', 'person')),
      agency_id uuid references agencies(id),
      region_code text references regions(code),
      person_email text,
      reason text not null check (length(reason) between 3 and 1000),
      created_at timestamptz not null default now(),
      check ((kind = 'agency') = (agency_id is not null)),
      check ((kind = 'region') = (region_code is not null)),
      check ((kind = 'person') = (person_email is not null))
    );
    create index evaluation_declared_conflicts_evaluator_idx on evaluation_declared_conflicts (evaluator_id);

    create table evaluation_bulk_actions (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      kind text not null check (kind in ('auto_assign', 'import', 'reassign')),
      -- The round's assignments just before the action, restored by an undo.
      previous jsonb not null,
      summary jsonb not null default '{}'::jsonb,
      actor_id uuid references users(id),
      created_at timestamptz not null default now(),
      undone_at timestamptz
    );
    create index evaluation_bulk_actions_round_idx on evaluation_bulk_actions (round_id, created_at desc);

    create table evaluation_assignments (
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      proposal_id uuid not null references proposals(id),
      evaluator_id uuid not null references users(id),
      source text not null check (source in ('auto', 'manual', 'import', 'reassign')),
      published boolean not null default false,
      created_at timestamptz not null default now(),
      primary key (round_id, proposal_id, evaluator_id)
    );
    create index evaluation_assignments_evaluator_idx on evaluation_assignments (evaluator_id, round_id);

    create table evaluation_scores (
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      proposal_id uuid not null references proposals(id),
      evaluator_id uuid not null references users(id),
      -- criterion id -> value on its scale (a level index for labelled scales) or "abstain".
      criterion_values jsonb not null default '{}'::jsonb,
      criterion_comments jsonb not null default '{}'::jsonb,
      overall_comment text not null default '' check (length(overall_comment) <= 8000),
      total numeric check (total is null or total between 0 and 100),
      status text not null default 'draft' check (status in ('draft', 'submitted')),
      submitted_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (round_id, proposal_id, evaluator_id),
      foreign key (round_id, proposal_id, evaluator_id) references evaluation_assignments (round_id, proposal_id, evaluator_id),
      check (status <> 'submitted' or (total is not null and submitted_at is not null))
    );

    create table evaluation_selections (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      name text not null check (length(name) between 2 and 200),
      award_level text check (award_level in ('top_99', 'top_45', 'top_5', 'special')),
      size integer not null check (size between 1 and 10000),
      rules jsonb not null default '{}'::jsonb,
      basis text not null check (basis in ('mean', 'median', 'normalised')),
      status text not null default 'draft' check (status in ('draft', 'published', 'final')),
      published_at timestamptz,
      objection_ends_at timestamptz,
      decree_number text,
      decree_date date,
      finalised_at timestamptz,
      created_at timestamptz not null default now(),
      check (status = 'draft' or (published_at is not null and objection_ends_at is not null)),
      check (status <> 'final' or (decree_number is not null and decree_date is not null))
    );
    create index evaluation_selections_round_idx on evaluation_selections (round_id);
    alter table evaluation_rounds add constraint evaluation_rounds_source_fk
      foreign key (source_selection_id) references evaluation_selections(id);

    create table evaluation_decisions (
      selection_id uuid not null references evaluation_selections(id) on delete cascade,
      proposal_id uuid not null references proposals(id),
      rank integer not null,
      score numeric not null,
      selected boolean not null,
      -- Why the computed list put it where it is: plain cut, brought in by a rule, passed over.
      computed_reason text not null check (computed_reason in ('plain_cut', 'rule', 'province_cap', 'displaced_by_quota', 'below_cut')),
      rationale text not null default '' check (length(rationale) <= 4000),
      decided_by uuid references users(id),
      decided_at timestamptz,
      primary key (selection_id, proposal_id)
    );

    create table evaluation_objections (
      id uuid primary key default gen_random_uuid(),
      selection_id uuid not null references evaluation_selections(id) on delete cascade,
      proposal_id uuid references proposals(id),
      name text not null check (length(name) between 2 and 200),
      email text not null check (length(email) between 3 and 320),
      reason text not null check (length(reason) between 10 and 4000),
      created_at timestamptz not null default now(),
      status text not null default 'open' check (status in ('open', 'upheld', 'rejected')),
      answer text check (answer is null or length(answer) between 3 and 4000),
      answered_by uuid references users(id),
      answered_at timestamptz,
      check (status = 'open' or answer is not null)
    );
    create index evaluation_objections_selection_idx on evaluation_objections (selection_id, status);

    create table evaluation_interview_slots (
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      proposal_id uuid not null references proposals(id),
      panel_code text not null,
      panelist_ids uuid[] not null,
      starts_at timestamptz not null,
      presentation_ends_at timestamptz not null,
      ends_at timestamptz not null,
      primary key (round_id, proposal_id),
      check (starts_at < presentation_ends_at and presentation_ends_at < ends_at)
    );

    create table evaluation_field_visits (
      round_id uuid not null references evaluation_rounds(id) on delete cascade,
      proposal_id uuid not null references proposals(id),
      visited_on date not null,
      findings text not null check (length(findings) between 3 and 8000),
      verified boolean not null,
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      primary key (round_id, proposal_id)
    );
  `.execute(db);
}
