import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { categorySizes, type FacetRow, facetRows, idBound, sampleHits, sampleRecords } from '../../src/server/modules/catalog/search-facets-repository.js';
import { filterCondition } from '../../src/server/modules/catalog/search-filter-repository.js';
import { type Counts, estimateFromSample, type FacetSample, facetSample, tallySample } from '../../src/server/modules/catalog/search-sample.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The facet sample in memory (search-sample.ts) must count what the facet statement counts over
 * the same id range: every facet, awards and province-level records included.
 */
let t: TestApp;
const ROWS = 900;

beforeAll(async () => {
  t = await createTestApp();
  const city = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const province = await buildAgency(t.db, { type: 'provinsi', regionCode: '35' });
  const categories = await t.db.selectFrom('innovation_categories').select('id').orderBy('id').limit(3).execute();
  // A third province-level (no regency); start dates from 2015 to next year (every age stage); one to three SDGs.
  await sql`
    insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
    select case when n % 3 = 0 then ${province.id}::uuid else ${city.id}::uuid end,
      case when n % 3 = 0 then '35' when n % 3 = 1 then '35.78' else '35.09' end,
      'Inovasi Nomor ' || n, case when n % 4 = 0 then 'Pelayanan kesehatan warga ' || n else 'Pendidikan anak nomor ' || n end,
      current_date - (n * 4), case n % 3 when 0 then ${categories[0]!.id}::int when 1 then ${categories[1]!.id}::int else ${categories[2]!.id}::int end,
      (array[(n % 17) + 1] || case when n % 5 = 0 then array[3, 11] else array[]::int[] end)::smallint[], 'published', now()
    from generate_series(1, ${ROWS}) n`.execute(t.db);
  // Awards on every seventh record, two levels on every fourteenth.
  await sql`
    insert into innovation_awards (innovation_id, level, year, label)
    select id, 'top_99', 2021, 'Top 99 KIPP 2021' from innovations where (regexp_replace(title, '\\D', '', 'g'))::int % 7 = 0`.execute(t.db);
  await sql`
    insert into innovation_awards (innovation_id, level, year, label)
    select id, 'top_45', 2022, 'Top 45 KIPP 2022' from innovations where (regexp_replace(title, '\\D', '', 'g'))::int % 14 = 0`.execute(t.db);
});
afterAll(() => t.close());

const counted = (rows: FacetRow[]) =>
  rows
    .filter((r) => r.n !== '0' && !(r.facet === 'regency' && !r.value))
    .map((r) => `${r.facet}:${r.value}=${r.n}`)
    .sort();
const tallied = ({ read, counts }: { read: number; counts: Counts }) =>
  [`read:=${read}`, ...Object.entries(counts).flatMap(([facet, values]) => [...values].map(([value, n]) => `${facet}:${value}=${n}`))].sort();

async function wholeSample(): Promise<FacetSample> {
  return facetSample(idBound(1), await sampleRecords(t.db, idBound(1)), await categorySizes(t.db));
}

it('counts the same facets from the sample in memory as the facet statement over the same ids', async () => {
  const sample = await wholeSample();
  expect(sample.records).toHaveLength(ROWS);
  const conditions = [filterCondition({ q: 'pelayanan' }, 'fulltext'), filterCondition({ q: 'anak' }, 'fulltext'), filterCondition({}, 'all')];
  for (const where of conditions) {
    for (const share of [0.25, 0.5, 1]) {
      const bound = idBound(share);
      const statement = counted(await facetRows(t.db, where, { kind: 'sample', population: sql<boolean>`true`, bound }));
      const inMemory = tallied(tallySample(sample, bound, await sampleHits(t.db, where, bound)));
      expect(inMemory).toEqual(statement);
      // Every facet is there: awards, SDGs, maturity stages.
      if (share === 1 && statement.length > 0)
        for (const facet of ['award', 'sdg', 'maturity', 'regency', 'total', 'read']) expect(inMemory.some((r) => r.startsWith(`${facet}:`))).toBe(true);
    }
  }
});

it('reads only the records up to the bound, and leaves out hits it does not hold', () => {
  const record = (id: string) => ({
    id,
    province: '35',
    regency: null,
    agencyType: 'provinsi',
    categoryId: 1,
    year: 2020,
    status: 'active',
    sdgs: [3],
    maturity: 'implemented',
    awardLevels: ['top_99', 'top_99'],
  });
  const sample = facetSample(idBound(1), [record('10000000-0000-0000-0000-000000000000'), record('90000000-0000-0000-0000-000000000000')], new Map([[1, 2]]));
  const { read, counts } = tallySample(sample, idBound(0.5), [
    '10000000-0000-0000-0000-000000000000',
    '90000000-0000-0000-0000-000000000000',
    '20000000-0000-0000-0000-000000000000',
  ]);
  expect(read).toBe(1);
  expect(counts.total.get('')).toBe(1);
  // An award level counts an innovation once; a province-level record has no regency bucket.
  expect(counts.award.get('top_99')).toBe(1);
  expect(counts.regency.size).toBe(0);
});

it('weights the sample by category, so a word of one category is estimated at its exact size', async () => {
  const sample = await wholeSample();
  for (const share of [0.2, 0.35, 0.5]) {
    const bound = idBound(share);
    // Every record of one category up to the bound matches: its estimate is that category's size.
    const category = sample.records.find((r) => r.id <= bound)!.categoryId;
    const hits = sample.records.filter((r) => r.id <= bound && r.categoryId === category).map((r) => r.id);
    const estimate = estimateFromSample(sample, bound, hits);
    expect(estimate.total.get('')).toBe(sample.categorySizes.get(category));
    expect(estimate.category.get(String(category))).toBe(sample.categorySizes.get(category));
    // Everything matching: the catalog's size, never more.
    const all = estimateFromSample(
      sample,
      bound,
      sample.records.map((r) => r.id),
    );
    expect(all.total.get('')).toBe(ROWS);
  }
});
