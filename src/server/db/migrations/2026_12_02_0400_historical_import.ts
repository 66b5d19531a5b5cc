import { type Kysely, sql } from 'kysely';

/**
 * The ministry's import of historical records (issue #13): published winners' lists from KIPP and
 * other programmes.
 *
 * innovations.imported_at — set on records that came in through the historical import (shown as
 *   "imported historical record"; the narrative may be incomplete and is shown as missing).
 * innovations.external_key — the file's stable key (e.g. the national database's id), unique, so a
 *   re-import updates instead of duplicating.
 * innovations.source_url — where the record was published (a winners' list, a news page).
 * innovations.start_precision — 'day' | 'month' | 'year': a year-only or month-year start date is
 *   stored as its first day and shown at its precision.
 * An imported record may have an empty summary and no SDGs (the published lists carry neither);
 * records entered through the form keep both rules.
 *
 * historical_import_files — an uploaded file between the wizard's steps (bytes in storage).
 * historical_import_mappings — a saved column mapping: per ministry account (user_id) or global
 *   (user_id null); `mapping` is {fileHeader: field}.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table innovations
      add column imported_at timestamptz,
      add column external_key text check (length(external_key) between 1 and 120),
      add column source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
      add column start_precision text not null default 'day' check (start_precision in ('day', 'month', 'year'));
    create unique index innovations_external_key on innovations (external_key) where external_key is not null;
    create index innovations_imported on innovations (agency_id, year_started) where imported_at is not null;
    alter table innovations drop constraint innovations_summary_check;
    alter table innovations add constraint innovations_summary_check
      check (length(summary) <= 2000 and (length(summary) >= 1 or imported_at is not null));
    alter table innovations drop constraint innovations_sdgs_check;
    alter table innovations add constraint innovations_sdgs_check
      check (cardinality(sdgs) <= 17 and (cardinality(sdgs) >= 1 or imported_at is not null)
             and sdgs <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]);

    create table historical_import_files (
      id uuid primary key default gen_random_uuid(),
      uploaded_by uuid not null references users(id),
      filename text not null check (length(filename) between 1 and 255),
      storage_key text not null,
      rows integer not null check (rows >= 0),
      created_at timestamptz not null default now()
    );

    create table historical_import_mappings (
      id uuid primary key default gen_random_uuid(),
      user_id uuid references users(id) on delete cascade,
      name text not null check (length(name) between 1 and 100),
      mapping jsonb not null check (jsonb_typeof(mapping) = 'object'),
      updated_at timestamptz not null default now()
    );
    create unique index historical_import_mappings_name on historical_import_mappings (coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
  `.execute(db);
}
