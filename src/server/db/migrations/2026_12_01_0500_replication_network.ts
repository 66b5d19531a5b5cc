import { type Kysely, sql } from 'kysely';

/**
 * The replication network (issue #14): JIPP hubs, mentors and replication cases.
 *
 * hubs — a province designated as a JIPP hub by ministerial decree (number, date and document are
 *   null when not public: "unknown"), its period and status (pilot / active / ended). The 19 hubs
 *   of 2020/2021/2023 are loaded as reference data (`src/server/seed/hub-reference.ts`) after the regions.
 * hub_coordinators — accounts with role `hub_coordinator` appointed to a hub.
 * hub_members — agencies of the province, universities and partners in a hub.
 * hub_activities — the annual work plan: activities (mentoring, exchange, promotion, event) with a target.
 * hub_activity_log — what happened: date, type, participants, notes (optionally against a planned activity).
 * mentors — accounts with role `mentor`, appointed by decree: university, hub, areas of expertise
 *   (catalog category ids), a cap of active cases.
 * replication_cases — one adopter replicating one source innovation: request → accepted | declined
 *   → mentor_assigned → agreed → in_progress → completed | stopped (state-machine.ts). At most one
 *   open case per (source innovation, adopter agency): a unique partial index, so two racing
 *   requests cannot both open one.
 * replication_case_events — the case's timeline (each transition and change, with its actor).
 * replication_milestones · replication_logs · replication_indicators — the transfer plan, the
 *   mentoring log and the baseline / follow-up figures of a case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hubs (
      id uuid primary key default gen_random_uuid(),
      province_code text not null unique references regions(code),
      name text not null check (length(name) between 3 and 200),
      year_designated integer not null check (year_designated between 2015 and 2100),
      decree_number text check (decree_number is null or length(decree_number) between 2 and 120),
      decree_date date,
      decree_document text check (decree_document is null or length(decree_document) <= 500),
      period_start date,
      period_end date,
      status text not null default 'active' check (status in ('pilot', 'active', 'ended')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (period_end is null or period_start is null or period_end >= period_start)
    );

    create table hub_coordinators (
      hub_id uuid not null references hubs(id),
      user_id uuid not null references users(id),
      appointed_at timestamptz not null default now(),
      primary key (hub_id, user_id)
    );
    create index hub_coordinators_user_idx on hub_coordinators (user_id);

    create table hub_members (
      id uuid primary key default gen_random_uuid(),
      hub_id uuid not null references hubs(id),
      agency_id uuid not null references agencies(id),
      kind text not null check (kind in ('agency', 'university', 'partner')),
      created_at timestamptz not null default now(),
      unique (hub_id, agency_id)
    );

    create table hub_activities (
      id uuid primary key default gen_random_uuid(),
      hub_id uuid not null references hubs(id),
      year integer not null check (year between 2015 and 2100),
      kind text not null check (kind in ('mentoring', 'exchange', 'promotion', 'event')),
      title text not null check (length(title) between 3 and 200),
      target_count integer not null check (target_count between 0 and 1000000),
      target_unit text not null default '' check (length(target_unit) <= 60),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index hub_activities_hub_idx on hub_activities (hub_id, year);

    create table hub_activity_log (
      id uuid primary key default gen_random_uuid(),
      hub_id uuid not null references hubs(id),
      activity_id uuid references hub_activities(id),
      held_on date not null,
      kind text not null check (kind in ('mentoring', 'exchange', 'promotion', 'event')),
      participants integer not null default 0 check (participants between 0 and 1000000),
      notes text not null default '' check (length(notes) <= 4000),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index hub_activity_log_hub_idx on hub_activity_log (hub_id, held_on desc);

    create table mentors (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null unique references users(id),
      university_agency_id uuid not null references agencies(id),
      hub_id uuid references hubs(id),
      expertise integer[] not null default '{}',
      decree_number text not null check (length(decree_number) between 2 and 120),
      decree_date date not null,
      max_active_cases integer not null default 5 check (max_active_cases between 1 and 100),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index mentors_hub_idx on mentors (hub_id);

    create table replication_cases (
      id uuid primary key default gen_random_uuid(),
      source_innovation_id uuid not null references innovations(id),
      -- The source's title when the request was made (lists show it without reading the catalog's rows).
      source_title text not null,
      origin_agency_id uuid not null references agencies(id),
      adopter_agency_id uuid not null references agencies(id),
      -- Province codes of the two agencies (null for a national agency without a region).
      origin_province_code text,
      adopter_province_code text,
      category_id integer not null,
      hub_id uuid references hubs(id),
      problem text not null check (length(problem) between 10 and 4000),
      context text not null check (length(context) between 10 and 4000),
      lead_name text not null check (length(lead_name) between 3 and 200),
      state text not null default 'requested' check (state in ('requested', 'accepted', 'declined', 'mentor_assigned', 'agreed', 'in_progress', 'completed', 'stopped')),
      mentor_id uuid references mentors(id),
      decision_reason text check (decision_reason is null or length(decision_reason) <= 2000),
      agreement_number text check (agreement_number is null or length(agreement_number) between 2 and 120),
      agreement_date date,
      agreement_document text check (agreement_document is null or length(agreement_document) <= 500),
      outcome text check (outcome in ('replicated', 'adapted')),
      stop_reason text check (stop_reason is null or length(stop_reason) between 5 and 2000),
      adopter_innovation_id uuid references innovations(id),
      requested_by uuid references users(id),
      requested_at timestamptz not null default now(),
      closed_at timestamptz,
      last_log_on date,
      updated_at timestamptz not null default now(),
      check (origin_agency_id <> adopter_agency_id),
      check (state <> 'stopped' or stop_reason is not null),
      check (state <> 'completed' or outcome is not null)
    );
    create unique index replication_cases_open_pair on replication_cases (source_innovation_id, adopter_agency_id)
      where state not in ('declined', 'completed', 'stopped');
    create index replication_cases_adopter_idx on replication_cases (adopter_agency_id);
    create index replication_cases_origin_idx on replication_cases (origin_agency_id);
    create index replication_cases_mentor_idx on replication_cases (mentor_id, state);
    create index replication_cases_hub_idx on replication_cases (hub_id, state);
    create index replication_cases_list_idx on replication_cases (requested_at desc, id);

    -- The case's timeline: one row per transition or change, beside the audit entry of the same transaction.
    create table replication_case_events (
      id bigserial primary key,
      case_id uuid not null references replication_cases(id),
      at timestamptz not null default now(),
      action text not null,
      from_state text,
      to_state text,
      actor_id uuid references users(id),
      note text check (note is null or length(note) <= 2000)
    );
    create index replication_case_events_case_idx on replication_case_events (case_id, id);

    create table replication_milestones (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references replication_cases(id),
      position integer not null,
      kind text not null check (kind in ('plan', 'trial', 'implementation', 'evaluation', 'other')),
      title text not null check (length(title) between 3 and 200),
      due_on date not null,
      done_at timestamptz,
      -- When the "due in 7 days" and "overdue" reminders were queued (once each per milestone).
      due_reminder_at timestamptz,
      overdue_reminder_at timestamptz,
      unique (case_id, position)
    );
    create index replication_milestones_due_idx on replication_milestones (due_on) where done_at is null;

    create table replication_logs (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references replication_cases(id),
      held_on date not null,
      mode text not null check (mode in ('visit', 'online', 'peer_to_peer', 'study_visit')),
      notes text not null check (length(notes) between 5 and 4000),
      author_id uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index replication_logs_case_idx on replication_logs (case_id, held_on desc);

    create table replication_indicators (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references replication_cases(id),
      position integer not null,
      name text not null check (length(name) between 2 and 120),
      unit text not null default '' check (length(unit) <= 40),
      baseline numeric not null,
      follow_up numeric,
      unique (case_id, position)
    );

    -- Lineage walks the catalog's replication register both ways (source → replica and back).
    create index innovation_replications_replica_idx on innovation_replications (replica_innovation_id);
  `.execute(db);
}
