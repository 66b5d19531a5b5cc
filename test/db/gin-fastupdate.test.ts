import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * No GIN index keeps a pending list (migration 2026_12_06_0001): PGlite never vacuums, so a list
 * would grow with every write and every search would read it whole.
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

it('creates every GIN index with fastupdate off', async () => {
  const indexes = await ginIndexes();
  expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['innovation_search_text_idx', 'innovation_search_title_idx', 'search_vocabulary_trgm']));
  expect(indexes.filter((i) => !i.options?.includes('fastupdate=off')).map((i) => i.name)).toEqual([]);
});

it('leaves nothing pending after a record is published', async () => {
  const agency = await buildAgency(t.db);
  const category = await t.db.selectFrom('innovation_categories').select('id').executeTakeFirstOrThrow();
  await sql`
    insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
    values (${agency.id}::uuid, '35.78', 'Layanan Kesehatan Keliling Terpadu', 'Ringkasan layanan kesehatan keliling untuk warga desa terpencil', date '2020-01-01',
      ${category.id}, array[3]::smallint[], 'published', now())`.execute(t.db);
  for (const { name } of await ginIndexes()) {
    const merged = await sql<{ pages: number }>`select gin_clean_pending_list(${name}::regclass)::int as pages`.execute(t.db);
    expect({ name, pages: merged.rows[0]!.pages }).toEqual({ name, pages: 0 });
  }
});
