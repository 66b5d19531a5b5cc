import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every GIN index keeps a small pending list (migration 2026_12_06_0001): PGlite never vacuums,
 * so with the default 4 MB limit every search read up to 512 pages of unmerged entries.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function ginIndexes(): Promise<Array<{ name: string; options: string[] | null }>> {
  const found = await sql<{ name: string; options: string[] | null }>`
    select c.relname as name, c.reloptions as options from pg_class c
    join pg_am am on am.oid = c.relam
    where am.amname = 'gin' and c.relkind = 'i' and c.relnamespace = current_schema()::regnamespace
    order by c.relname`.execute(t.db);
  return found.rows;
}

it('creates every GIN index with a 64 kB pending list', async () => {
  const indexes = await ginIndexes();
  expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['innovation_search_text_idx', 'innovation_search_title_idx', 'search_vocabulary_trgm']));
  expect(indexes.filter((i) => !i.options?.includes('gin_pending_list_limit=64')).map((i) => i.name)).toEqual([]);
});

it('leaves at most 8 pages pending in any GIN index after many records are published', async () => {
  const agency = await buildAgency(t.db);
  const category = await t.db.selectFrom('innovation_categories').select('id').executeTakeFirstOrThrow();
  await sql`
    insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
    select ${agency.id}::uuid, '35.78', 'Layanan Kesehatan Keliling Terpadu Nomor ' || n,
      'Ringkasan layanan kesehatan keliling untuk warga desa terpencil, kelurahan ' || n || ', dengan pendampingan kader posyandu ' || md5(n::text),
      date '2020-01-01' + n, ${category.id}, array[3]::smallint[], 'published', now()
    from generate_series(1, 300) n`.execute(t.db);
  const pending = [];
  for (const { name } of await ginIndexes()) {
    const merged = await sql<{ pages: number }>`select gin_clean_pending_list(${name}::regclass)::int as pages`.execute(t.db);
    pending.push({ name, pages: merged.rows[0]!.pages });
  }
  expect(pending.filter((p) => p.pages > 8)).toEqual([]);
  // Something was pending: the batching of inserts is kept.
  expect(pending.some((p) => p.pages > 0)).toBe(true);
});
