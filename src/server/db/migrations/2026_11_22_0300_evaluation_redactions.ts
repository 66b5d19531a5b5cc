import { type Kysely, sql } from 'kysely';

/**
 * A hand-redacted copy of a proposal's answers for blind rounds, written by the secretariat when
 * the automatic masking of agency and region names is not enough (a mayor's name, a local
 * landmark). Served instead of the submitted answers to evaluators of a blind round.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluation_redactions (
      proposal_id uuid primary key references proposals(id),
      answers jsonb not null check (jsonb_typeof(answers) = 'array'),
      title text not null check (length(title) between 5 and 200),
      redacted_by uuid references users(id),
      redacted_at timestamptz not null default now()
    );
  `.execute(db);
}
