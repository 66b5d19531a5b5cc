import { type Kysely, sql } from 'kysely';

/**
 * Issue #16: a plan inclusion takes an uploaded document like a legal basis does (columns
 * document_key/name/type/size; the bytes live in src/server/storage under `inst-documents/<uuid>`).
 * The plan's text reference (`document`) becomes optional: a file alone is enough.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table inst_plan_inclusions alter column document drop not null;
    alter table inst_plan_inclusions
      add column document_key text,
      add column document_name text check (length(document_name) <= 200),
      add column document_type text,
      add column document_size integer check (document_size >= 0);
  `.execute(db);
}
