import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import { innovationFigures } from '../../src/server/modules/dashboards/figures-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { createTestDatabase } from '../helpers/database.js';
import { buildAgency } from '../helpers/factories.js';
import { buildInnovations } from '../helpers/factories-catalog.js';

/**
 * The dashboards' count tables (migration 0700) are kept by triggers on `innovations`: after
 * every kind of write that changes what is counted they equal a full recount of the published
 * records, at the national, province and own level, per category and for all categories (0).
 */
let h: DatabaseHandle;
let agencyId: string;
let provinceAgencyId: string;
let categoryIds: number[];

beforeAll(async () => {
  h = await createTestDatabase();
  agencyId = (await buildAgency(h.db, { type: 'kota', regionCode: '35.78', name: 'Pemerintah Kota Surabaya Hitung' })).id;
  provinceAgencyId = (await buildAgency(h.db, { type: 'provinsi', regionCode: '33', name: 'Pemerintah Provinsi Jawa Tengah Hitung' })).id;
  categoryIds = (await h.db.selectFrom('innovation_categories').select('id').orderBy('id').execute()).map((c) => c.id);
});

afterAll(async () => {
  await h.close();
});

type Cell = { p: string; r: string; y: number; k: number; n: number };

async function stored(): Promise<{ categories: Cell[]; sdgs: Cell[] }> {
  const categories = await sql<Cell>`
    select province_code as p, regency_code as r, year_started as y, category_id as k, n from dashboard_innovation_counts where n <> 0 order by 1, 2, 3, 4`.execute(h.db);
  const sdgs = await sql<Cell>`
    select province_code as p, regency_code as r, year_started as y, sdg::int as k, n from dashboard_innovation_sdg_counts where n <> 0 order by 1, 2, 3, 4`.execute(h.db);
  return { categories: categories.rows, sdgs: sdgs.rows };
}

async function recount(): Promise<{ categories: Cell[]; sdgs: Cell[] }> {
  const categories = await sql<Cell>`
    select l.p, l.r, i.year_started as y, k.k, count(*)::int as n
      from innovations i cross join lateral (values ('', ''), (i.province_code, ''), (i.province_code, coalesce(i.regency_code, '-'))) l(p, r) cross join lateral (values (i.category_id), (0)) k(k)
     where i.published group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(h.db);
  const sdgs = await sql<Cell>`
    select l.p, l.r, i.year_started as y, s.sdg::int as k, count(*)::int as n
      from innovations i cross join lateral (values ('', ''), (i.province_code, ''), (i.province_code, coalesce(i.regency_code, '-'))) l(p, r) cross join lateral unnest(i.sdgs) s(sdg)
     where i.published group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(h.db);
  return { categories: categories.rows, sdgs: sdgs.rows };
}

async function expectRecount(step: string): Promise<void> {
  const [have, want] = [await stored(), await recount()];
  expect(have, step).toEqual(want);
}

describe('dashboard count tables', () => {
  it('equal a full recount after every kind of write, and feed the figures', async () => {
    await expectRecount('empty');

    // Published one by one (the catalog's approval, a seeded record) and a draft that never counts.
    const a = await insertPublished(h.db, agencyId, { regionCode: '35.78', sdgs: [3, 10], startDate: '2019-05-01' });
    const b = await insertPublished(h.db, provinceAgencyId, { regionCode: '33', sdgs: [4], startDate: '2020-02-01', categoryCode: 'pendidikan' });
    const draft = await insertPublished(h.db, agencyId, { regionCode: '35.78', sdgs: [1, 2], startDate: '2021-01-01', workflowState: 'draft' });
    await expectRecount('inserted');

    // An import: many rows in one statement, published and not.
    const imported = Array.from({ length: 40 }, (_, i) => ({
      agencyId: i % 3 === 0 ? provinceAgencyId : agencyId,
      regionCode: i % 3 === 0 ? '33' : i % 2 ? '35.78' : '35.15',
      title: `Inovasi impor hitung ${i}`,
      startDate: `${2014 + (i % 9)}-03-01`,
      categoryId: categoryIds[i % categoryIds.length]!,
      sdgs: [1 + (i % 17), 1 + ((i + 5) % 17)],
      workflowState: i % 4 === 0 ? ('draft' as const) : ('published' as const),
    }));
    const importedIds = (await buildInnovations(h.db, imported)).map((r) => r.id);
    await expectRecount('imported');

    // Publish, unpublish, and edits of each counted field (region, start year, category, goals).
    await h.db.updateTable('innovations').set({ workflow_state: 'published', published_at: new Date() }).where('id', '=', draft).execute();
    await expectRecount('published');
    await h.db.updateTable('innovations').set({ workflow_state: 'unpublished' }).where('id', '=', b).execute();
    await expectRecount('unpublished');
    await h.db.updateTable('innovations').set({ region_code: '33.74' }).where('id', '=', a).execute();
    await expectRecount('moved region');
    await h.db
      .updateTable('innovations')
      .set({ start_date: '2016-06-01', category_id: categoryIds[1]!, sdgs: [5, 6, 7] })
      .where('id', '=', a)
      .execute();
    await expectRecount('edited year, category, goals');
    // An edit of an uncounted field changes nothing.
    await h.db.updateTable('innovations').set({ title: 'Judul baru hitung' }).where('id', '=', draft).execute();
    await expectRecount('title edit');

    // A bulk action: many rows changed in one statement (unpublish some, move others).
    await h.db.updateTable('innovations').set({ workflow_state: 'unpublished' }).where('id', 'in', importedIds.slice(0, 10)).execute();
    await h.db.updateTable('innovations').set({ region_code: '35.15' }).where('id', 'in', importedIds.slice(10, 25)).execute();
    await expectRecount('bulk');

    // A write rolled back leaves the counts as they were.
    await h.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('innovations').set({ workflow_state: 'unpublished' }).where('published', '=', true).execute();
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await expectRecount('rolled back');

    // Deletes (a record removed with its dependants).
    await h.db
      .deleteFrom('innovations')
      .where('id', 'in', [b, ...importedIds.slice(30)])
      .execute();
    await expectRecount('deleted');

    // The figures read from the tables agree with the records.
    const figures = await innovationFigures(h.db, {});
    const total = await h.db
      .selectFrom('innovations')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('published', '=', true)
      .executeTakeFirstOrThrow();
    expect(figures.total).toBe(Number(total.n));
    const east = await innovationFigures(h.db, { provinceCode: '35', year: 2019 });
    const eastCount = await sql<{ n: string }>`select count(*) as n from innovations where published and province_code = '35' and year_started = 2019`.execute(h.db);
    expect(east.total).toBe(Number(eastCount.rows[0]!.n));
    const city = await innovationFigures(h.db, { regencyCode: '33.74' });
    expect(city.total).toBe(1);
    expect(city.bySdg.filter((s) => s.count > 0).map((s) => s.key)).toEqual(['5', '6', '7']);
  });
});
