import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency } from '../helpers/factories.js';
import { buildInnovation, buildInnovations } from '../helpers/factories-catalog.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * `innovation_search` (migration 2026_12_05_0001) is what catalog search reads: one row per
 * published innovation, kept by triggers on innovations. These tests hold it to that: every
 * write that changes what a search filters, counts or matches shows in it at once, and nothing
 * unpublished is ever in it.
 */
let t: TestApp;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await buildAgency(t.db, { type: 'kota', regionCode: '35.78' })).id;
});
afterAll(() => t.close());

async function searchRow(id: string) {
  return t.db
    .selectFrom('innovation_search')
    .select(['agency_id', 'province_code', 'regency_code', 'title', 'status', 'sdgs', 'year_started'])
    .select(sql<string>`search_vector::text`.as('words'))
    .where('id', '=', id)
    .executeTakeFirst();
}

describe('the search table follows innovations', () => {
  it('holds published records only, with the columns a search reads', async () => {
    const published = await buildInnovation(t.db, { agencyId, title: 'Layanan Kartu Sehat Keliling', sdgs: [3, 10], startDate: '2021-03-01' });
    const draft = await buildInnovation(t.db, { agencyId, workflowState: 'draft' });
    expect(await searchRow(draft.id)).toBeUndefined();
    const row = await searchRow(published.id);
    expect(row).toMatchObject({ agency_id: agencyId, province_code: '35', regency_code: '35.78', title: 'Layanan Kartu Sehat Keliling', sdgs: [3, 10], year_started: 2021 });
    expect(row!.words).toContain("'kartu'");
  });

  it('follows an edit of the title, region, status and goals in the same statement', async () => {
    const { id } = await buildInnovation(t.db, { agencyId, title: 'Pasar Murah Keliling' });
    await t.db
      .updateTable('innovations')
      .set({ title: 'Posyandu Remaja Digital', region_code: '32.73', status: 'stopped', stopped_reason: 'Selesai', sdgs: [4] })
      .where('id', '=', id)
      .execute();
    const row = await searchRow(id);
    expect(row).toMatchObject({ title: 'Posyandu Remaja Digital', province_code: '32', regency_code: '32.73', status: 'stopped', sdgs: [4] });
    expect(row!.words).toContain("'remaja'");
    expect(row!.words).not.toContain("'pasar'");
  });

  it('drops a record when it is unpublished and takes it back when it is published again', async () => {
    const { id } = await buildInnovation(t.db, { agencyId });
    await t.db.updateTable('innovations').set({ workflow_state: 'unpublished', published_at: null }).where('id', '=', id).execute();
    expect(await searchRow(id)).toBeUndefined();
    await t.db.updateTable('innovations').set({ workflow_state: 'published', published_at: new Date() }).where('id', '=', id).execute();
    expect(await searchRow(id)).toBeDefined();
  });

  it('drops a deleted record, and matches the published records one for one after a bulk insert', async () => {
    const { id } = await buildInnovation(t.db, { agencyId });
    await t.db.deleteFrom('innovations').where('id', '=', id).execute();
    expect(await searchRow(id)).toBeUndefined();
    await buildInnovations(
      t.db,
      Array.from({ length: 40 }, (_, i) => ({ agencyId, workflowState: i % 4 === 0 ? ('draft' as const) : ('published' as const) })),
    );
    const mismatches = await sql<{ n: string }>`
      select count(*)::text as n from innovations i full join innovation_search s on s.id = i.id
      where (i.published and s.id is null) or (s.id is not null and not coalesce(i.published, false))`.execute(t.db);
    expect(Number(mismatches.rows[0]!.n)).toBe(0);
  });

  it('is what the public search finds: a record edited after publishing is found by its new words only', async () => {
    const { id } = await buildInnovation(t.db, { agencyId, title: 'Sistem Antrean Puskesmas Terpadu' });
    expect((await t.agent().get('/api/innovations?q=antrean')).json().items.map((i: { id: string }) => i.id)).toContain(id);
    await t.db.updateTable('innovations').set({ title: 'Sistem Retribusi Sampah Terpadu' }).where('id', '=', id).execute();
    expect((await t.agent().get('/api/innovations?q=antrean')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await t.agent().get('/api/innovations?q=retribusi')).json().items.map((i: { id: string }) => i.id)).toContain(id);
  });
});
