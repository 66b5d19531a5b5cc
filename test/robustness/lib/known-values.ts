import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../src/server/db/schema.js';

/**
 * Real values from the database for the fuzzer to put into ids, codes and e-mail fields, so
 * valid requests reach records that exist (own and other agencies' rows, reference codes), not
 * only 404s. Found generically: every `id`, `*_id`, `code`, `*_code` and `email` column of every
 * table, a sample of each. Secrets (hashes, tokens) are never in such columns.
 */
const PER_COLUMN = 40;

export async function knownValues(db: Kysely<Database>): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join pg_tables t on t.tablename = c.table_name and t.schemaname = c.table_schema
    where c.table_schema = 'public'
      and (c.column_name in ('id', 'code', 'email') or c.column_name like '%\\_id' or c.column_name like '%\\_code')
      and c.data_type in ('uuid', 'text', 'character varying')
      and c.table_name not in ('sessions', 'invitations', 'password_resets', 'login_throttle')
    order by c.table_name, c.column_name`.execute(db);
  const values = new Set<string>();
  for (const { table_name, column_name } of columns.rows) {
    const rows = await sql<{ v: string }>`
      select v from (select distinct ${sql.ref(column_name)}::text as v from ${sql.table(table_name)} where ${sql.ref(column_name)} is not null) d
      order by md5(v) limit ${PER_COLUMN}`.execute(db);
    for (const row of rows.rows) values.add(row.v);
  }
  return [...values];
}
