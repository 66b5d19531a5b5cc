import { type Kysely, sql } from 'kysely';

/**
 * Index reporting-window notices (issue #17 point 5): one row per model, region and notice kind
 * (`opened`, `closing_7`, `closing_1`), claimed in the transaction that queues the notification,
 * so each region hears of each once however often (or in how many processes) the job runs.
 * Replaces the unused `index_models.closing_reminded_at`, which could not say which region heard.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table index_window_notices (
      model_id uuid not null references index_models(id) on delete cascade,
      region_code text not null,
      kind text not null check (kind in ('opened', 'closing_7', 'closing_1')),
      sent_at timestamptz not null default now(),
      primary key (model_id, region_code, kind)
    );
    alter table index_models drop column closing_reminded_at;
  `.execute(db);
}
