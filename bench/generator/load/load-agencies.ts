import { type Kysely, sql } from 'kysely';
import type { AgencySpec } from '../agencies.js';
import { insertRows } from './bulk-insert.js';

/**
 * Inserts the organisations that are missing (regional governments already exist as reference
 * data, demo organisations may too) and returns every agency's id by its position in the list.
 */
export async function loadAgencies(db: Kysely<any>, agencies: readonly AgencySpec[]): Promise<string[]> {
  await insertRows(
    db,
    'agencies',
    [
      { name: 'name', type: 'text' },
      { name: 'type', type: 'text' },
      { name: 'region_code', type: 'text' },
    ],
    agencies.map((a) => [a.name, a.type, a.regionCode]),
    { onConflict: 'on conflict ((lower(name))) do nothing' },
  );
  const rows = await sql<{ id: string; key: string }>`select id, lower(name) as key from agencies`.execute(db);
  const byName = new Map(rows.rows.map((r) => [r.key, r.id]));
  return agencies.map((a) => {
    const id = byName.get(a.name.toLowerCase());
    if (!id) throw new Error(`agency ${a.name} was not stored`);
    return id;
  });
}
