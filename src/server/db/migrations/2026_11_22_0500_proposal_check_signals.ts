import { type Kysely, sql } from 'kysely';

/**
 * The administrative check's own-content flags of each submitted proposal (age, completeness,
 * nonsense, answers copied within it), stored so the secretariat's list can filter and sort by
 * them in SQL. Written in the submit transaction and removed on withdrawal. `rules_key`
 * fingerprints the competition rules the flags were computed under (questions, the group's
 * minimum age, the heuristics' version): a row whose key no longer matches is recomputed when
 * the list is next read. No SQL backfill here — the heuristics live in the application — so
 * proposals submitted before this migration get their row on the first read of their list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table proposal_check_signals (
      proposal_id uuid primary key references proposals(id) on delete cascade,
      own_flags jsonb not null check (jsonb_typeof(own_flags) = 'object'),
      own_flag_count integer not null check (own_flag_count >= 0),
      rules_key text not null check (length(rules_key) between 1 and 200),
      computed_at timestamptz not null default now()
    );
  `.execute(db);
}
