import { type Kysely, sql } from 'kysely';

/**
 * historical_import_jobs — a commit of the historical import running in the background (issue
 * #13.2: progress for files of thousands of rows). `status` running → done (the report) or
 * failed (the error, nothing written: the rows are one transaction). At most one running job per
 * file, enforced by the partial unique index, so a double click cannot import a file twice at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table historical_import_jobs (
      id uuid primary key default gen_random_uuid(),
      file_id uuid not null references historical_import_files(id),
      created_by uuid not null references users(id),
      status text not null default 'running' check (status in ('running', 'done', 'failed')),
      total integer not null check (total >= 0),
      report jsonb,
      error jsonb,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create unique index historical_import_jobs_one_running on historical_import_jobs (file_id) where status = 'running';
  `.execute(db);
}
