import { type Kysely, sql } from 'kysely';

/**
 * Row count and a content checksum of every table: what a backup promises to bring back. The
 * same data gives the same checksum on PGlite and PostgreSQL (rows are compared as text, in order).
 */
export type TableChecksums = Record<string, { rows: number; md5: string }>;

export async function tableChecksums(db: Kysely<any>): Promise<TableChecksums> {
  return checksumsVia(async (text) => (await sql.raw(text).execute(db)).rows as Record<string, string>[]);
}

/** Same, over any query function (e.g. a pg client inside an exported-snapshot transaction). */
export async function checksumsVia(query: (text: string) => Promise<Record<string, string>[]>): Promise<TableChecksums> {
  const tables = await query("select tablename from pg_tables where schemaname = 'public' order by tablename");
  const out: TableChecksums = {};
  for (const { tablename } of tables) {
    const quoted = `"${tablename!.replaceAll('"', '""')}"`;
    const [row] = await query(`select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as h from public.${quoted} t`);
    out[tablename!] = { rows: Number(row!.n), md5: row!.h ?? '' };
  }
  return out;
}

/** Tables whose count or checksum differ, described for a person. */
export function checksumDifferences(expected: TableChecksums, actual: TableChecksums): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const problems: string[] = [];
  for (const name of names) {
    const a = expected[name];
    const b = actual[name];
    if (!a) problems.push(`${name}: not in the backup`);
    else if (!b) problems.push(`${name}: missing after restore`);
    else if (a.rows !== b.rows) problems.push(`${name}: ${a.rows} rows backed up, ${b.rows} restored`);
    else if (a.md5 !== b.md5) problems.push(`${name}: same ${a.rows} rows but different content`);
  }
  return problems;
}
