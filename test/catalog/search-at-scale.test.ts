import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXACT_FACET_CAP, EXACT_TOTAL_CAP } from '../../src/server/modules/catalog/search-service.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The large-result paths of catalog search (issue #3 point 7), on a few thousand rows: beyond
 * EXACT_FACET_CAP matches the counts are estimated and flagged, and broad text queries list title
 * matches first. Speed itself is measured by `npm run bench`, not here.
 */
let t: TestApp;
const ROWS = EXACT_FACET_CAP + 700;
const OTHER_PROVINCE_ROWS = 600;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const category = await t.db.selectFrom('innovation_categories').select('id').where('code', '=', 'kesehatan').executeTakeFirstOrThrow();
  // Every row mentions "pelayanan" in its summary; one in ten also in its title.
  await sql`
    insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
    select ${agency.id}::uuid, case when n % 2 = 0 then '35.78' else '35.09' end,
      case when n % 10 = 0 then 'Pelayanan Terpadu Nomor ' || n else 'Inovasi Daerah Nomor ' || n end,
      'Ringkasan pelayanan kepada warga nomor ' || n, date '2015-01-01' + (n % 3000), ${category.id}, array[(n % 17) + 1]::smallint[],
      'published', now()
    from generate_series(1, ${ROWS}) n`.execute(t.db);
  // Records of another province that do not mention the word: the province filter's own population.
  const bandung = await buildAgency(t.db, { type: 'kota', regionCode: '32.73' });
  await sql`
    insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
    select ${bandung.id}::uuid, '32.73', 'Inovasi Kota Bandung Nomor ' || n, 'Ringkasan kegiatan warga nomor ' || n, date '2016-01-01' + n, ${category.id},
      array[1]::smallint[], 'published', now()
    from generate_series(1, ${OTHER_PROVINCE_ROWS}) n`.execute(t.db);
});
afterAll(() => t.close());

it('estimates counts beyond the exact cap and says so; a total that small is counted exactly', async () => {
  const body = (await t.agent().get('/api/innovations?q=pelayanan')).json();
  expect(body.approximate).toBe(true);
  // Under EXACT_TOTAL_CAP matches the sample's total is replaced by a count; the buckets stay scaled.
  expect(ROWS).toBeLessThanOrEqual(EXACT_TOTAL_CAP);
  expect(body.total).toBe(ROWS);
  const surabaya = body.facets.regency.find((b: { value: string }) => b.value === '35.78');
  expect(surabaya.count).toBeGreaterThan(ROWS * 0.25);
  expect(surabaya.count).toBeLessThan(ROWS * 0.75);
});

it("samples a filtered search within the filter's records and scales by their exact number", async () => {
  // Every East Java record says "pelayanan": a sample drawn from the province's records finds it in
  // all of them, so the estimate is the province's exact size (a sample of the whole catalog would
  // scale a share of it to every published record, Bandung's included).
  for (const path of ['/api/innovations?q=pelayanan&province=35', '/api/innovations?province=35']) {
    const body = (await t.agent().get(path)).json();
    expect(body.approximate).toBe(true);
    expect(body.total).toBe(ROWS);
    for (const bucket of body.facets.province) expect(bucket.value).toBe('35');
  }
});

it('counts exactly when the matches fit under the cap', async () => {
  const body = (await t.agent().get('/api/innovations?q=pelayanan&sdg=1')).json();
  expect(body.approximate).toBe(false);
  expect(body.total).toBe(Math.floor(ROWS / 17));
});

it('lists title matches first for a broad query, newest first within them', async () => {
  const body = (await t.agent().get('/api/innovations?q=pelayanan&pageSize=20')).json();
  expect(body.items).toHaveLength(20);
  for (const item of body.items) expect(item.title).toMatch(/^Pelayanan Terpadu/);
  const years = body.items.map((i: { yearStarted: number }) => i.yearStarted);
  expect([...years].sort((a, b) => b - a)).toEqual(years);
  // The second tier follows once the title matches run out.
  const titleMatches = Math.floor(ROWS / 10);
  const lastPage = Math.floor(titleMatches / 20) + 1;
  const boundary = (await t.agent().get(`/api/innovations?q=pelayanan&pageSize=20&page=${lastPage}`)).json();
  const titles = boundary.items.map((i: { title: string }) => i.title);
  const firstOther = titles.findIndex((title: string) => !title.startsWith('Pelayanan Terpadu'));
  expect(firstOther).toBeGreaterThanOrEqual(0);
  expect(titles.slice(firstOther).every((title: string) => title.startsWith('Inovasi Daerah'))).toBe(true);
});

it('corrects a typo from the vocabulary at scale: title matches first, an estimate never above the published total', async () => {
  const body = (await t.agent().get('/api/innovations?q=pelayanna')).json();
  expect(body.matchMode).toBe('fulltext');
  expect(body.suggestion).toBe('pelayanan');
  expect(body.items.length).toBeGreaterThan(0);
  for (const item of body.items) expect(item.title).toMatch(/^Pelayanan/);
  expect(body.approximate).toBe(true);
  expect(body.total).toBeLessThanOrEqual(ROWS + OTHER_PROVINCE_ROWS);
  for (const bucket of body.facets.regency) expect(bucket.count).toBeLessThanOrEqual(body.total);
});
