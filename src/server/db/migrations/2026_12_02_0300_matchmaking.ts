import { type Kysely, sql } from 'kysely';

/**
 * Matchmaking proposals (issue #15): the ministry or a hub coordinator proposes a pairing of an
 * adopter agency and a source innovation (optionally a mentor) with a message and the problem
 * statement. The adopter answers first: its acceptance opens a replication case through the
 * replication module (`case_id`); the source agency's acceptance then accepts that case. Either
 * side's decline closes the proposal. One open proposal per (adopter, source innovation).
 *
 * state: open (nobody answered) → adopter_accepted (case opened, waiting for the source) →
 * accepted | declined; open → declined; open | adopter_accepted → withdrawn (by the proposer).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table match_proposals (
      id uuid primary key default gen_random_uuid(),
      adopter_agency_id uuid not null references agencies(id),
      adopter_province_code text,
      source_innovation_id uuid not null references innovations(id),
      source_title text not null,
      source_agency_id uuid not null references agencies(id),
      source_province_code text,
      mentor_id uuid references mentors(id),
      problem text not null check (length(problem) between 1 and 4000),
      message text not null check (length(message) between 1 and 4000),
      state text not null default 'open' check (state in ('open', 'adopter_accepted', 'accepted', 'declined', 'withdrawn')),
      adopter_answered_by uuid references users(id),
      adopter_answered_at timestamptz,
      source_answered_by uuid references users(id),
      source_answered_at timestamptz,
      declined_by_side text check (declined_by_side in ('adopter', 'source')),
      decline_reason text,
      case_id uuid references replication_cases(id),
      proposed_by uuid references users(id),
      proposed_at timestamptz not null default now(),
      closed_at timestamptz,
      check (adopter_agency_id <> source_agency_id)
    )
  `.execute(db);
  await sql`create unique index match_proposals_open_pair on match_proposals (adopter_agency_id, source_innovation_id) where state in ('open', 'adopter_accepted')`.execute(db);
  await sql`create index match_proposals_adopter_idx on match_proposals (adopter_agency_id, proposed_at desc)`.execute(db);
  await sql`create index match_proposals_source_idx on match_proposals (source_agency_id, proposed_at desc)`.execute(db);
}
