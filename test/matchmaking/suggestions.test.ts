import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

/** Problem-first suggestions over a small catalog: ranking, reasons, exclusions, bad input, acting on an agency's behalf. */
let t: TestApp;
let adopter: { id: string };
let operator: Agent;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  adopter = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  const far = await buildAgency(t.db, { type: 'kota', regionCode: '11.71' });
  const near = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.09' });
  const other = await buildAgency(t.db, { type: 'kabupaten', regionCode: '53.01' });
  ids.proven = await insertPublished(t.db, near.id, {
    title: 'Antrean Puskesmas Daring',
    summary: 'Pasien mengambil nomor antrean puskesmas dari rumah lewat aplikasi sehingga antrean pagi hilang.',
    regionCode: '35.09',
    startDate: '2020-03-01',
  });
  ids.plain = await insertPublished(t.db, far.id, {
    title: 'Layanan Antrean Rumah Sakit',
    summary: 'Nomor antrean rumah sakit kota dibagikan lewat pesan singkat.',
    regionCode: '11.71',
    startDate: '2025-05-01',
  });
  ids.stopped = await insertPublished(t.db, other.id, {
    title: 'Puskesmas Keliling Antrean',
    summary: 'Antrean puskesmas dipangkas dengan mobil keliling.',
    regionCode: '53.01',
    status: 'stopped',
  });
  ids.unrelated = await insertPublished(t.db, other.id, { title: 'Pasar Desa Digital', summary: 'Pedagang desa menjual hasil panen secara daring.', regionCode: '53.01' });
  ids.own = await insertPublished(t.db, adopter.id, { title: 'Antrean Puskesmas Kami', summary: 'Antrean puskesmas di kabupaten kami.', regionCode: '35.10' });
  await t.db.insertInto('innovation_awards').values({ innovation_id: ids.proven, level: 'top_45', year: 2022, label: 'Top 45 KIPP 2022' }).execute();
  const adopters = [await buildAgency(t.db, { type: 'kabupaten', regionCode: '91.03' }), await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.11' })];
  await t.db.updateTable('regions').set({ is_3t: true }).where('code', '=', '91.03').execute();
  for (const a of adopters)
    await t.db
      .insertInto('innovation_replications')
      .values({ innovation_id: ids.proven, adopter_agency_id: a.id, region_code: null, replica_innovation_id: null, started_on: null })
      .execute();
  operator = (await t.signedIn('agency_operator', { agencyId: adopter.id })).agent;
}, 120_000);
afterAll(() => t.close());

type List = { adopterAgencyId: string | null; words: string[]; items: { innovationId: string; reasons: { id: string; en: string }[]; matchedWords: string[]; status: string }[] };
const query = (params: Record<string, string>) => `/api/matchmaking/suggestions?${new URLSearchParams(params)}`;

it('ranks related records by relevance, proof and fit, explains each, and leaves out stopped, unrelated and own records', async () => {
  const list = ok<List>(await operator.get(query({ problem: 'Antrean panjang di puskesmas sejak pagi' })));
  expect(list.adopterAgencyId).toBe(adopter.id);
  expect(list.items.map((s) => s.innovationId)).toEqual([ids.proven, ids.plain]);
  const best = list.items[0]!;
  expect(best.reasons.slice(0, 4).map((r) => r.id)).toEqual([
    'Top 45 KIPP 2022',
    `berjalan ${new Date().getUTCFullYear() - 2020} tahun`,
    'sudah direplikasi di 2 daerah, 1 di antaranya daerah 3T',
    'sama-sama pemerintah kabupaten',
  ]);
  expect(best.reasons[4]!.id).toMatch(/^satu provinsi \(/);
  expect(best.matchedWords).toEqual(expect.arrayContaining(['puskesmas', 'antre']));
  // Asked for, the stopped record is suggested too and says so.
  const withStopped = ok<List>(await operator.get(query({ problem: 'Antrean panjang di puskesmas', includeStopped: 'true' })));
  const stopped = withStopped.items.find((s) => s.innovationId === ids.stopped);
  expect(stopped?.reasons.map((r) => r.id)).toContain('sudah berhenti');
});

it('refuses an empty or one-word problem and an unknown category, writing nothing', async () => {
  const before = await databaseFingerprint(t.db);
  const empty = await operator.get(query({ problem: '   ' }));
  expect(empty.statusCode).toBe(400);
  const oneWord = await operator.get(query({ problem: 'antrean' }));
  expect(oneWord.statusCode).toBe(400);
  expect(oneWord.json().error.code).toBe('PROBLEM_TOO_SHORT');
  const category = await operator.get(query({ problem: 'antrean puskesmas panjang', category: 'tidak-ada' }), { 'accept-language': 'en' });
  expect(category.statusCode).toBe(400);
  expect(category.json().error).toMatchObject({ code: 'UNKNOWN_CATEGORY', message: expect.stringMatching(/category/i) });
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

it('lets the ministry and a hub coordinator ask on an agency’s behalf, but not another agency', async () => {
  const ministry = (await t.signedIn('ministry_admin')).agent;
  const forAdopter = ok<List>(await ministry.get(query({ problem: 'Antrean panjang di puskesmas', adopterAgencyId: adopter.id })));
  expect(forAdopter.items.map((s) => s.innovationId)).not.toContain(ids.own);
  const hub = await t.signedIn('hub_coordinator');
  const jatim = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '35').executeTakeFirstOrThrow();
  ok(await ministry.request('PUT', `/api/hubs/${jatim.id}/coordinators`, { body: { userIds: [hub.user.id] } }));
  expect(ok<List>(await hub.agent.get(query({ problem: 'Antrean panjang di puskesmas', adopterAgencyId: adopter.id }))).adopterAgencyId).toBe(adopter.id);
  const outside = await buildAgency(t.db, { type: 'kota', regionCode: '11.71' });
  expect((await hub.agent.get(query({ problem: 'Antrean panjang di puskesmas', adopterAgencyId: outside.id }))).statusCode).toBe(404);
  expect((await operator.get(query({ problem: 'Antrean panjang di puskesmas', adopterAgencyId: outside.id }))).statusCode).toBe(404);
});

it('counts a synonym of a word as the word itself and ignores the words of the adopter’s own place', async () => {
  const region = await t.db.selectFrom('regions').select('name').where('code', '=', '35.10').executeTakeFirstOrThrow();
  const place = region.name.replace(/^(Kabupaten|Kota) /, '');
  const elsewhere = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
  // Written "antrian" (a variant the synonym dictionary knows), the problem says "antrean".
  const variant = await insertPublished(t.db, elsewhere.id, { title: 'Loket Keliling', summary: 'Antrian berkas dipangkas dengan loket keliling.', regionCode: '73.71' });
  // Shares only the adopter's own place name with the problem.
  const placeOnly = await insertPublished(t.db, elsewhere.id, {
    title: `Festival Kuliner ${place}`,
    summary: `Festival kuliner tahunan untuk pedagang dari ${place}.`,
    regionCode: '73.71',
  });
  const list = ok<List>(await operator.get(query({ problem: `Antrean mengular setiap hari di ${region.name}` })));
  const found = list.items.map((s) => s.innovationId);
  expect(found).toContain(variant);
  expect(found).not.toContain(placeOnly);
  expect(list.items.find((s) => s.innovationId === variant)!.matchedWords.length).toBe(1);
});
