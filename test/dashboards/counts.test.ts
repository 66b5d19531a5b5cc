import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import { innovationFigures } from '../../src/server/modules/dashboards/figures-service.js';
import { proposalHistory } from '../../src/server/modules/proposals/figures-service.js';
import { replicationCountsOfRegion, replicationFlows } from '../../src/server/modules/catalog/replications-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildEvaluationWorld } from '../evaluation/fixtures.js';
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

  it('replication flows and region in/out counts equal a full recount after every kind of write', async () => {
    type Flow = { y: number; f: string; t: string; n: number };
    type RegionCount = { r: string; i: number; o: number };
    const stored = async () => ({
      flows: (await sql<Flow>`select year as y, from_province as f, to_province as t, n from dashboard_replication_flows where n <> 0 order by 1, 2, 3`.execute(h.db)).rows,
      regions: (
        await sql<RegionCount>`select region_code as r, replicated_in as i, replicated_out as o from dashboard_replication_region_counts
          where replicated_in <> 0 or replicated_out <> 0 order by 1`.execute(h.db)
      ).rows,
    });
    // The queries the dashboards ran before the tables existed.
    const recount = async () => ({
      flows: (
        await sql<Flow>`
          select y.y, src.province_code as f, split_part(rep.region_code, '.', 1) as t, count(*)::int as n
            from innovation_replications rep join innovations src on src.id = rep.innovation_id
            cross join lateral (values (extract(year from coalesce(rep.started_on, rep.created_at::date))::int), (0)) y(y)
           where rep.region_code is not null group by 1, 2, 3 order by 1, 2, 3`.execute(h.db)
      ).rows,
      regions: (
        await sql<RegionCount>`
          select r.code as r,
                 (select count(*) from innovation_replications rep where case when r.level = 'province' then split_part(rep.region_code, '.', 1) = r.code else rep.region_code = r.code end)::int as i,
                 (select count(*) from innovation_replications rep join innovations src on src.id = rep.innovation_id
                   where case when r.level = 'province' then src.province_code = r.code else src.region_code = r.code end)::int as o
            from regions r where r.level in ('province', 'regency')
           order by 1`.execute(h.db)
      ).rows.filter((c) => c.i !== 0 || c.o !== 0),
    });
    const expectFlows = async (step: string) => {
      const [have, want] = [await stored(), await recount()];
      expect(have, step).toEqual(want);
    };
    await expectFlows('before');

    const sources = [
      await insertPublished(h.db, agencyId, { regionCode: '35.78', startDate: '2018-01-01', title: 'Sumber replikasi hitung A' }),
      await insertPublished(h.db, provinceAgencyId, { regionCode: '33', startDate: '2018-01-01', title: 'Sumber replikasi hitung B' }),
    ];
    const adopter = (await buildAgency(h.db, { type: 'kota', regionCode: '73.71', name: 'Pemerintah Kota Makassar Hitung' })).id;
    // A bulk load: register rows at regency and province level, without a region, across years.
    const regionsOf = ['73.71', '73', '35.15', null, '33.74', '73.71'];
    const ids = (
      await h.db
        .insertInto('innovation_replications')
        .values(
          regionsOf.map((regionCode, i) => ({
            innovation_id: sources[i % 2]!,
            adopter_agency_id: adopter,
            region_code: regionCode,
            started_on: i === 5 ? null : `${2019 + (i % 3)}-07-01`,
          })),
        )
        .returning('id')
        .execute()
    ).map((r) => r.id);
    await expectFlows('inserted');
    expect((await replicationFlows(h.db)).find((f) => f.from.code === '33' && f.to.code === '73')?.count).toBe(2);
    expect(await replicationCountsOfRegion(h.db, { code: '73', level: 'province' })).toEqual({ replicatedIn: 3, replicatedOut: 0 });
    expect(await replicationCountsOfRegion(h.db, { code: '73.71', level: 'regency' })).toEqual({ replicatedIn: 2, replicatedOut: 0 });

    // A register row edited (region, start date, source) and one given a region.
    await h.db.updateTable('innovation_replications').set({ region_code: '32.73', started_on: '2016-02-01' }).where('id', '=', ids[0]!).execute();
    await h.db.updateTable('innovation_replications').set({ region_code: '35.78', innovation_id: sources[1]! }).where('id', '=', ids[3]!).execute();
    await expectFlows('edited');
    // A source innovation moved to another region takes its replications along.
    await h.db.updateTable('innovations').set({ region_code: '36.71' }).where('id', '=', sources[0]!).execute();
    await expectFlows('source moved');
    // Rolled back, deleted.
    await h.db
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('innovation_replications').execute();
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await expectFlows('rolled back');
    await h.db.deleteFrom('innovation_replications').where('id', 'in', ids.slice(0, 2)).execute();
    await expectFlows('deleted');
  });

  it('per-call proposal counts equal a full recount after every kind of write', async () => {
    type Cell = { c: string; p: string; s: number; k: number };
    const stored = async () =>
      (
        await sql<Cell>`select competition_id as c, province_code as p, submitted as s, passed_check as k from dashboard_proposal_counts where submitted <> 0 or passed_check <> 0 order by 1, 2`.execute(
          h.db,
        )
      ).rows;
    // The query the KIPP history ran before the table existed, at the nation ('') and per province.
    const recount = async () =>
      (
        await sql<Cell>`
          select p.competition_id as c, l.p, count(*)::int as s, (count(*) filter (where ac.status = 'passed'))::int as k
            from proposals p left join agencies a on a.id = p.agency_id left join proposal_admin_checks ac on ac.proposal_id = p.id
            cross join lateral (values (''), (split_part(a.region_code, '.', 1))) l(p)
           where p.status = 'submitted' and l.p is not null
           group by 1, 2 order by 1, 2`.execute(h.db)
      ).rows;
    const expectProposals = async (step: string) => {
      const [have, want] = [await stored(), await recount()];
      expect(have, step).toEqual(want);
    };
    await expectProposals('before');

    // Submitted proposals with checks passed, failed and pending (inserted one by one).
    const world = await buildEvaluationWorld(h.db, [
      { regionCode: '35.78', adminCheck: 'passed' },
      { regionCode: '35.15', adminCheck: 'failed' },
      { regionCode: '33.74', adminCheck: 'pending' },
      { regionCode: '33', adminCheck: 'passed' },
    ]);
    await expectProposals('inserted');
    const history = await proposalHistory(h.db, '35');
    expect(history).toEqual([{ competitionId: world.competitionId, submitted: 2, passedCheck: 1 }]);

    // The check decided, reversed, removed; many checks in one statement.
    const [p0, p1, p2, p3] = world.proposals.map((p) => p.id) as [string, string, string, string];
    await h.db.updateTable('proposal_admin_checks').set({ status: 'passed', reason: null }).where('proposal_id', '=', p2).execute();
    await expectProposals('check passed');
    await h.db.updateTable('proposal_admin_checks').set({ status: 'failed', reason: 'Berkas kurang' }).where('proposal_id', 'in', [p0, p3]).execute();
    await expectProposals('checks failed');
    await h.db.updateTable('proposal_admin_checks').set({ status: 'passed', reason: null }).execute();
    await h.db.deleteFrom('proposal_admin_checks').where('proposal_id', '=', p1).execute();
    await expectProposals('check removed');
    await h.db.insertInto('proposal_admin_checks').values({ proposal_id: p1, competition_id: world.competitionId, status: 'passed' }).execute();
    await expectProposals('check added');

    // A proposal withdrawn, one moved back to draft and resubmitted; an agency moving province.
    await h.db.updateTable('proposals').set({ status: 'withdrawn' }).where('id', '=', p0).execute();
    await expectProposals('withdrawn');
    await h.db.updateTable('proposals').set({ status: 'returned' }).where('id', '=', p2).execute();
    await expectProposals('returned');
    await h.db.updateTable('proposals').set({ status: 'submitted' }).where('id', '=', p2).execute();
    await expectProposals('resubmitted');
    await h.db.updateTable('agencies').set({ region_code: '36.71' }).where('id', '=', world.proposals[1]!.agencyId).execute();
    await expectProposals('agency moved');

    // A proposal deleted takes its check with it (cascade).
    await h.db.deleteFrom('proposals').where('id', '=', p3).execute();
    await expectProposals('deleted');
  });
});
