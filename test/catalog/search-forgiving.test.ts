import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUDGED_RECORDS } from '../../bench/relevance/corpus.js';
import { corpusInsert, ruleCount, TITLE_TO_KEY } from '../../bench/relevance/load-corpus.js';
import { evaluateRelevance } from '../../bench/relevance/metrics.js';
import { seedDemoInnovations } from '../../src/server/modules/catalog/demo/seed.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { innovationBody, publishThroughApi } from './catalog-helpers.js';

/**
 * A search that forgives (issue #13.4–5), on the demo catalog plus the relevance bench's judged
 * records: typo corrections with a suggestion, the synonym dictionary (and its audited upkeep),
 * spelling variants, several words ranked by how many match, joined/split words, and cached
 * answers that follow publish and unpublish at once.
 */
let t: TestApp;
let ministry: Agent;
const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);
const search = async (q: string) => (await t.agent().get(`/api/innovations?q=${encodeURIComponent(q)}&pageSize=10`)).json();
const titleOf = (key: string) => JUDGED_RECORDS.find((r) => r.key === key)!.title;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFoundation(t.db);
  await seedDemoInnovations(t.db);
  const agency = await t.db.selectFrom('agencies').select(['id', 'region_code']).where('region_code', 'like', '%.%').orderBy('id').executeTakeFirstOrThrow();
  const insert = corpusInsert(agency.id, agency.region_code!);
  await t.db.executeQuery(CompiledQuery.raw(insert.sql, insert.parameters));
  ministry = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

describe('the judged query set over the demo catalog', () => {
  it('finds the judged records of typo, variant, synonym, multi-word and joined-word queries', async () => {
    const { summary } = await evaluateRelevance(
      async (q) => {
        const body = await search(q);
        return { items: body.items, suggestion: body.suggestion };
      },
      TITLE_TO_KEY,
      async (query) => {
        const count = ruleCount(query.rule);
        const result = await t.db.executeQuery<{ n: number }>(CompiledQuery.raw(count.sql, count.parameters));
        return Number(result.rows[0]?.n ?? 0);
      },
    );
    console.log(`relevance on the demo catalog: ${JSON.stringify(summary)}`);
    expect(summary.queries).toBeGreaterThanOrEqual(60);
    for (const [kind, s] of Object.entries(summary.byKind)) expect(s.recallAt10, kind).toBeGreaterThanOrEqual(0.85);
  });
});

describe('rules of a forgiving search', () => {
  it('corrects a misspelt summary word and suggests the correction ("Mungkin maksud Anda")', async () => {
    const body = await search('katark');
    expect(body.suggestion).toBe('katarak');
    expect(titles(body)[0]).toBe(titleOf('katarak'));
    // A word the catalog knows is not "corrected".
    expect((await search('katarak')).suggestion).toBeNull();
  });

  it('expands synonyms and acronyms both ways, and spelling variants', async () => {
    for (const q of ['tbc', 'tuberkulosis']) expect(titles(await search(q))).toEqual(expect.arrayContaining([titleOf('tbc'), titleOf('tuberkulosis')]));
    expect(titles(await search('corona'))).toEqual(expect.arrayContaining([titleOf('covid'), titleOf('corona')]));
    expect(titles(await search('lanjut usia'))).toContain(titleOf('lansia'));
    expect(titles(await search('ijin keramaian'))[0]).toBe(titleOf('izin'));
    expect(titles(await search('perijinan'))).toContain(titleOf('perizinan'));
    expect(titles(await search('antrian rumah sakit'))[0]).toBe(titleOf('antrean'));
  });

  it('ranks records matching more of the words first, title matches above body-only ones, without requiring all words', async () => {
    const body = await search('kesehatan ibu');
    // "Kelas Ibu Hamil" has "ibu" in its title and "kesehatan" only in its summary.
    expect(titles(body)[0]).toBe(titleOf('ibu-hamil'));
    // Records with only one of the words still match.
    expect(body.total).toBeGreaterThan(titles(body).filter((x) => /ibu/i.test(x)).length);
    const partial = await search('operasi mata nelayan sirkus');
    expect(titles(partial)[0]).toBe(titleOf('katarak'));
  });

  it('matches joined and split forms of a word', async () => {
    for (const q of ['PeduliLindungi', 'peduli lindungi', 'pedulilindungi']) expect(titles(await search(q))[0], q).toBe(titleOf('pedulilindungi'));
    expect(titles(await search('loka pasar'))).toContain(titleOf('umkm'));
  });

  it('lets the ministry maintain the dictionary (audited), and the search follows at once', async () => {
    expect(titles(await search('rabun senja'))).not.toContain(titleOf('katarak'));
    const created = await ministry.post('/api/search-synonyms', { terms: ['Rabun Senja', 'operasi katarak'], note: 'Uji' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().terms).toEqual(['rabun senja', 'operasi katarak']);
    expect(titles(await search('rabun senja'))).toContain(titleOf('katarak'));
    const overlap = await ministry.post('/api/search-synonyms', { terms: ['tbc', 'batuk'] });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.message).toContain('tbc');
    expect((await ministry.post('/api/search-synonyms', { terms: ['sama', 'Sama'] })).statusCode).toBe(400);
    const id = created.json().id as number;
    expect((await ministry.delete(`/api/search-synonyms/${id}`)).statusCode).toBe(204);
    expect(titles(await search('rabun senja'))).not.toContain(titleOf('katarak'));
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'search_synonym').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['search_synonym.create', 'search_synonym.delete']);
    expect((await t.agent().get('/api/search-synonyms')).statusCode).toBe(401);
    expect((await ministry.get('/api/search-synonyms')).json().items.length).toBeGreaterThan(50);
  });

  it('serves no cached answer after a publish or an unpublish', async () => {
    const q = 'gondola pengangkut sampah';
    expect((await search(q)).items.filter((i: { title: string }) => i.title.startsWith('Gondola'))).toEqual([]);
    const operator = await t.signedIn('agency_operator');
    const admin = (await t.signedIn('agency_admin', { agencyId: operator.user.agency_id! })).agent;
    const id = await publishThroughApi(
      operator.agent,
      admin,
      await innovationBody(t.db, { title: 'Gondola Pengangkut Sampah Sungai', summary: 'Gondola kabel mengangkut sampah dari bantaran sungai ke tempat pengolahan.' }),
    );
    expect(titles(await search(q))[0]).toBe('Gondola Pengangkut Sampah Sungai');
    const unpublished = await ministry.post(`/api/innovations/${id}/unpublish`, { note: 'Data tidak dapat diverifikasi.' });
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect(titles(await search(q))).not.toContain('Gondola Pengangkut Sampah Sungai');
  });
});
