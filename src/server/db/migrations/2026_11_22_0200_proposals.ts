import { type Kysely, sql } from 'kysely';

/**
 * Proposals to a competition: drafting (answers, attachments, return comments), submission with
 * its frozen content and receipt hash, and the secretariat's administrative check.
 * Plain SQL for PostgreSQL 15 and PGlite alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence proposal_number_seq;

    create table proposals (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      competition_id uuid not null references competitions(id),
      group_id uuid not null references competition_groups(id),
      category_id uuid not null references competition_categories(id),
      innovation_id uuid references innovations(id),
      applicant_kind text not null check (applicant_kind in ('agency', 'citizen')),
      agency_id uuid references agencies(id),
      owner_id uuid not null references users(id),
      participant_type text not null,
      title text not null check (length(title) between 5 and 200),
      sdgs smallint[] not null default '{}',
      status text not null default 'draft' check (status in ('draft', 'ready', 'returned', 'submitted', 'withdrawn')),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      submission_key text,
      late_seconds integer check (late_seconds is null or late_seconds > 0),
      content_hash text,
      submitted_content jsonb,
      withdrawn_at timestamptz,
      withdrawn_by uuid references users(id),
      withdraw_reason text,
      check ((applicant_kind = 'agency') = (agency_id is not null)),
      check (applicant_kind = 'citizen' or innovation_id is not null),
      check (status not in ('submitted', 'withdrawn') or (submitted_at is not null and content_hash is not null))
    );
    -- One live proposal per innovation per call (a withdrawn one frees the innovation again).
    create unique index proposals_innovation_unique on proposals (competition_id, innovation_id)
      where status <> 'withdrawn' and innovation_id is not null;
    create index proposals_competition_status_idx on proposals (competition_id, status);
    create index proposals_agency_idx on proposals (agency_id, competition_id, group_id);
    create index proposals_owner_idx on proposals (owner_id, competition_id);
    create index proposals_title_trgm on proposals using gin (lower(title) gin_trgm_ops);

    create table proposal_answers (
      proposal_id uuid not null references proposals(id) on delete cascade,
      question_id uuid not null references competition_questions(id),
      value jsonb not null,
      -- The answer as plain text (empty for numbers, lists and links): what similarity checks read.
      text_value text not null default '',
      word_count integer not null default 0,
      updated_at timestamptz not null default now(),
      primary key (proposal_id, question_id)
    );
    create index proposal_answers_question_idx on proposal_answers (question_id);
    create index proposal_answers_text_trgm on proposal_answers using gin (left(lower(text_value), 600) gin_trgm_ops)
      where word_count >= 15;

    create table proposal_attachments (
      id uuid primary key default gen_random_uuid(),
      proposal_id uuid not null references proposals(id) on delete cascade,
      question_id uuid references competition_questions(id),
      storage_key text not null unique,
      filename text not null check (length(filename) between 1 and 200),
      content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')),
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now()
    );
    create index proposal_attachments_proposal_idx on proposal_attachments (proposal_id);

    create table proposal_returns (
      id bigserial primary key,
      proposal_id uuid not null references proposals(id) on delete cascade,
      comment text not null check (length(comment) between 1 and 4000),
      returned_by uuid references users(id),
      returned_at timestamptz not null default now()
    );
    create index proposal_returns_proposal_idx on proposal_returns (proposal_id);

    create table proposal_admin_checks (
      proposal_id uuid primary key references proposals(id) on delete cascade,
      competition_id uuid not null references competitions(id),
      status text not null default 'pending' check (status in ('pending', 'passed', 'failed')),
      reason text check (length(reason) <= 4000),
      checklist jsonb not null default '{}'::jsonb,
      decided_by uuid references users(id),
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      check (status <> 'failed' or reason is not null)
    );
    create index proposal_admin_checks_status_idx on proposal_admin_checks (competition_id, status);
  `.execute(db);
}
