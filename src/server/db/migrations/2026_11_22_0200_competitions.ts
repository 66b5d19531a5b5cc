import { type Kysely, sql } from 'kysely';

/**
 * Competitions (KIPP and special calls) and their configuration: groups with eligibility rules,
 * categories, the numbered proposal form and the stages. All dates are instants (timestamptz).
 * Plain SQL for PostgreSQL 15 and PGlite alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table competitions (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('kipp', 'special')),
      name text not null check (length(name) between 3 and 200),
      year integer not null check (year between 2000 and 2100),
      theme text not null default '',
      description text not null default '',
      participant_types text[] not null,
      sdg_required boolean not null default true,
      grace_minutes integer not null default 0 check (grace_minutes between 0 and 1440),
      status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
      cloned_from uuid references competitions(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index competitions_name_year_unique on competitions (lower(name), year);
    create index competitions_status_idx on competitions (status, year desc);

    create table competition_groups (
      id uuid primary key default gen_random_uuid(),
      competition_id uuid not null references competitions(id) on delete cascade,
      code text not null check (code ~ '^[a-z0-9_-]{2,40}$'),
      name text not null,
      description text not null default '',
      position integer not null,
      min_innovation_age_months integer not null default 0 check (min_innovation_age_months between 0 and 600),
      excluded_award_levels text[] not null default '{}',
      excluded_award_since_year integer,
      max_proposals_per_agency integer check (max_proposals_per_agency is null or max_proposals_per_agency >= 1),
      participant_types text[] not null default '{}',
      unique (competition_id, code)
    );

    create table competition_categories (
      id uuid primary key default gen_random_uuid(),
      competition_id uuid not null references competitions(id) on delete cascade,
      code text not null check (code ~ '^[a-z0-9_-]{2,40}$'),
      name text not null,
      description text not null default '',
      position integer not null,
      unique (competition_id, code)
    );

    create table competition_questions (
      id uuid primary key default gen_random_uuid(),
      competition_id uuid not null references competitions(id) on delete cascade,
      position integer not null check (position >= 1),
      title text not null,
      help_text text not null default '',
      required boolean not null default true,
      word_limit integer check (word_limit is null or word_limit >= 1),
      answer_type text not null check (answer_type in ('long_text','short_text','number','choice','sdg_list','file','video_link')),
      options text[] not null default '{}',
      unique (competition_id, position) deferrable initially deferred
    );

    create table competition_stages (
      id uuid primary key default gen_random_uuid(),
      competition_id uuid not null references competitions(id) on delete cascade,
      kind text not null check (kind in ('registration','administrative_check','desk_evaluation','top_selection','objection','presentation','field_verification','announcement')),
      name text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      position integer not null,
      check (ends_at > starts_at),
      unique (competition_id, kind)
    );
  `.execute(db);
}
