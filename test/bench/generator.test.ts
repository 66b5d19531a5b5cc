import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_TYPES } from '../../src/common/agency-types.js';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import { contentHash, type SubmittedContent } from '../../src/server/modules/proposals/submitted-content.js';
import { NATIONAL_EMAIL_DOMAIN, planAccounts } from '../../bench/generator/accounts.js';
import { generateAgencies } from '../../bench/generator/agencies.js';
import { planCompetitions } from '../../bench/generator/competitions.js';
import { datasetOptions } from '../../bench/generator/dataset-options.js';
import { generateInnovation, innovationUniverse } from '../../bench/generator/innovations.js';
import { insertRows } from '../../bench/generator/load/bulk-insert.js';
import { loadNationalDataset, NationalDatasetPresentError, type NationalDatasetSummary } from '../../bench/generator/load/load-national.js';
import { createTestDatabase } from '../helpers/database.js';

const AS_OF = new Date('2026-11-01T00:00:00Z');

describe('national data set generator (in memory)', () => {
  const agencies = generateAgencies(11);
  const universe = innovationUniverse(11, agencies, AS_OF);

  it('has about 1,000 organisations of every type, every region governed', () => {
    expect(agencies.length).toBeGreaterThan(950);
    expect(agencies.length).toBeLessThan(1100);
    expect(new Set(agencies.map((a) => a.type))).toEqual(new Set(AGENCY_TYPES));
    expect(agencies.filter((a) => a.type === 'provinsi')).toHaveLength(38);
    expect(agencies.filter((a) => a.type === 'kabupaten' || a.type === 'kota')).toHaveLength(514);
    expect(new Set(agencies.map((a) => a.name.toLowerCase())).size).toBe(agencies.length);
  });

  it('is deterministic by seed and record #i does not depend on the records before it', () => {
    const forward = Array.from({ length: 200 }, (_, i) => generateInnovation(universe, i));
    const again = innovationUniverse(11, generateAgencies(11), AS_OF);
    const backward = Array.from({ length: 200 }, (_, i) => generateInnovation(again, 199 - i)).reverse();
    expect(backward).toEqual(forward);
    const other = innovationUniverse(12, generateAgencies(12), AS_OF);
    const titles = Array.from({ length: 50 }, (_, i) => generateInnovation(other, i).title);
    expect(titles).not.toEqual(forward.slice(0, 50).map((x) => x.title));
  });

  it('gives every innovation a distinct id (10,000 records)', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => generateInnovation(universe, i).id));
    expect(ids.size).toBe(10_000);
  });

  it('writes Indonesian narratives with skewed term frequencies and shared stems', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => Object.values(generateInnovation(universe, i).text).join(' ').toLowerCase());
    const documentFrequency = new Map<string, number>();
    for (const doc of docs) for (const word of new Set(doc.match(/\p{L}{4,}/gu))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    const frequencies = [...documentFrequency.values()].sort((a, b) => b - a);
    // A few terms are in most records, the typical term in a handful: a heavy tail, as in real text.
    expect(frequencies[0]! / docs.length).toBeGreaterThan(0.5);
    expect(frequencies[Math.floor(frequencies.length / 2)]! / docs.length).toBeLessThan(0.02);
    for (const [a, b] of [
      ['pelayanan', 'layanan'],
      ['inovasi', 'berinovasi'],
      ['kesehatan', 'sehat'],
      ['perizinan', 'izin'],
      ['sampah', 'persampahan'],
      ['kependudukan', 'penduduk'],
    ]) {
      expect(documentFrequency.get(a!), a).toBeGreaterThan(0);
      expect(documentFrequency.get(b!), b).toBeGreaterThan(0);
    }
    expect(documentFrequency.get('stunting')).toBeGreaterThan(0);
    expect(documentFrequency.get('desa')).toBeGreaterThan(0);
  });

  it('plans KIPP 2014–2024 with the real yearly counts and flags the two estimated years', () => {
    const plans = planCompetitions(1);
    const kipp = plans.filter((p) => p.config.kind === 'kipp');
    expect(kipp.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(kipp[0]!.registered).toBe(515);
    const y2022 = kipp.find((p) => p.year === 2022)!;
    expect([y2022.registered, y2022.submitted, y2022.passed]).toEqual([3478, 2454, 1917]);
    expect(kipp.filter((p) => p.estimated).map((p) => p.year)).toEqual([2020, 2024]);
    expect(plans.find((p) => p.key === 'covid-2020')!.registered).toBe(1204);
  });

  it('has 120 evaluators with expertise and conflicts at national size', () => {
    const plan = planAccounts(11, agencies, datasetOptions('national'));
    expect(plan.evaluators).toHaveLength(120);
    expect(plan.operators.length).toBeGreaterThanOrEqual(3000);
    for (const e of plan.evaluators) {
      expect(e.expertise.length).toBeGreaterThanOrEqual(2);
      expect(e.homeProvince).toMatch(/^\d{2}$/);
    }
    expect(plan.evaluators.some((e) => e.declaredConflictAgencyIndexes.length > 0)).toBe(true);
  });
});

describe('national data set generator (loaded into the database)', () => {
  let handle: DatabaseHandle;
  let summary: NationalDatasetSummary;
  const options = datasetOptions('tiny', { seed: 5 });

  beforeAll(async () => {
    handle = await createTestDatabase();
    summary = await loadNationalDataset(handle.db, options);
  }, 120_000);
  afterAll(async () => handle?.close());

  it('loads every part whose tables exist and says what it skipped', async () => {
    expect(summary.skipped).toEqual([]);
    const count = async (query: string) => Number((await sql.raw<{ n: string }>(query).execute(handle.db)).rows[0]!.n);
    expect(await count('select count(*) as n from innovations')).toBe(options.innovations);
    expect(await count('select count(*) as n from innovations where published')).toBe(summary.counts.publishedInnovations);
    expect(await count(`select count(*) as n from users where email like '%@${NATIONAL_EMAIL_DOMAIN}'`)).toBe(summary.counts.accounts);
    expect(await count("select count(*) as n from users where role = 'evaluator' and email like '%@nasional.simpul.test'")).toBe(options.evaluators);
    expect(await count('select count(distinct type) as n from agencies')).toBe(AGENCY_TYPES.length);
    expect(await count("select count(*) as n from competitions where kind = 'kipp' and year between 2014 and 2024")).toBe(11);
    expect(await count('select count(*) as n from proposals')).toBe(summary.counts.proposals);
    expect(summary.counts.scores).toBeGreaterThan(0);
    expect(await count('select count(*) as n from innovation_awards')).toBe(summary.counts.awards);
  });

  it('rebuilt the indexes it dropped for the load', async () => {
    const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename in ('innovations', 'proposals', 'proposal_answers')`.execute(handle.db);
    const names = indexes.rows.map((r) => r.indexname);
    for (const name of ['innovations_search_idx', 'innovations_title_trgm', 'innovations_category_idx', 'proposals_title_trgm', 'proposal_answers_text_trgm'])
      expect(names).toContain(name);
  });

  it('writes narratives the catalog search finds by shared Indonesian stems', async () => {
    const matches = async (q: string) =>
      Number(
        (await sql<{ n: string }>`select count(*) as n from innovations where search_vector @@ websearch_to_tsquery('indonesian', simpul_unaccent(${q}))`.execute(handle.db))
          .rows[0]!.n,
      );
    expect(await matches('pelayanan')).toBeGreaterThan(0);
    expect(await matches('pelayanan')).toBe(await matches('layanan'));
    expect(await matches('berinovasi')).toBe(await matches('inovasi'));
  });

  it('freezes submitted proposals exactly as the proposals module does (content hash)', async () => {
    const rows = await sql<{ content_hash: string; submitted_content: SubmittedContent }>`
      select content_hash, submitted_content from proposals where status = 'submitted' limit 20`.execute(handle.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) expect(contentHash(r.submitted_content)).toBe(r.content_hash);
  });

  it('assigns each evaluated proposal exactly three evaluators, none from the proposal agency', async () => {
    const bad = await sql<{ n: string }>`
      select count(*) as n from (
        select a.round_id, a.proposal_id, count(*) as k, bool_or(u.agency_id = p.agency_id) as own
        from evaluation_assignments a join proposals p on p.id = a.proposal_id join users u on u.id = a.evaluator_id
        group by a.round_id, a.proposal_id
      ) x where k <> 3 or own`.execute(handle.db);
    expect(Number(bad.rows[0]!.n)).toBe(0);
  });

  it('refuses to load twice into the same database', async () => {
    await expect(loadNationalDataset(handle.db, options)).rejects.toBeInstanceOf(NationalDatasetPresentError);
  });

  it('bulk inserts text with quotes, nulls, arrays and JSON values unchanged', async () => {
    await sql`create temporary table bulk_probe (t text, a smallint[], j jsonb, n integer)`.execute(handle.db);
    const rows = [
      ['kata "kutip" dan \\ garis miring, {kurung}', [1, 17], 'teks json', null],
      [null, [], { nested: ['a', 'b'] }, 7],
    ] as const;
    await insertRows(
      handle.db,
      'bulk_probe',
      [
        { name: 't', type: 'text' },
        { name: 'a', type: 'smallint[]' },
        { name: 'j', type: 'jsonb' },
        { name: 'n', type: 'integer' },
      ],
      rows.map((r) => [...r]),
    );
    const back = await sql<{ t: string | null; a: number[]; j: unknown; n: number | null }>`select t, a, j, n from bulk_probe order by n nulls first`.execute(handle.db);
    expect(back.rows).toEqual([
      { t: rows[0][0], a: [1, 17], j: 'teks json', n: null },
      { t: null, a: [], j: { nested: ['a', 'b'] }, n: 7 },
    ]);
  });
});
