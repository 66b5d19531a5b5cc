import { type Kysely, sql } from 'kysely';

/**
 * Files of a replication case (issue #14): the signed cooperation agreement and photos of a
 * mentoring log entry. The bytes live in the file storage under `replication-files/<id>`; the row
 * keeps the type decided from the bytes, the size and a SHA-256. A photo belongs to one log entry
 * of the same case; an agreement document to the case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table replication_files (
      id uuid primary key,
      case_id uuid not null references replication_cases(id),
      log_id uuid references replication_logs(id),
      kind text not null check (kind in ('agreement', 'log_photo')),
      storage_key text not null unique,
      filename text not null check (length(filename) between 1 and 200),
      content_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      uploaded_by uuid references users(id),
      created_at timestamptz not null default now(),
      check ((kind = 'log_photo') = (log_id is not null))
    );
    create index replication_files_case_idx on replication_files (case_id, created_at);
  `.execute(db);
}
