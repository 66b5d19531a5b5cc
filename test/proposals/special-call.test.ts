import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { covid2020 } from '../../src/server/modules/competitions/demo/covid-2020.js';
import type { Agent } from '../helpers/agent.js';
import type { TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, proposalsTestApp } from './setup.js';

/**
 * A complete special call modelled on the 2020 COVID-19 appreciation, run through the API next
 * to nothing else: configured by the ministry, entered by a city, a private organisation and a
 * citizen in their own clusters, closed by its deadline, then checked by the secretariat.
 */
let t: TestApp;
let admin: Agent;
beforeAll(async () => ({ t, admin } = await proposalsTestApp()));
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

function answersFor(call: any, summary: string) {
  const byTitle = (title: string) => call.questions.find((q: any) => q.title === title).id;
  return [
    { questionId: byTitle('Ringkasan inisiatif'), value: summary },
    {
      questionId: byTitle('Pengurangan dampak sosial dan ekonomi'),
      value: 'Dapur umum dan bantuan pangan bagi warga isolasi mandiri serta pekerja harian yang kehilangan penghasilan.',
    },
    { questionId: byTitle('Transparansi data'), value: 'Dasbor harian kasus dan penyaluran bantuan terbuka untuk publik.' },
  ];
}

it('runs the COVID-19 style call from configuration to the administrative check', async () => {
  // Configure: the 2020 call's categories, clusters and narrative, with a deadline ten minutes ahead.
  const config = covid2020();
  const deadline = new Date(Date.now() + 10 * 60_000);
  deadline.setUTCMilliseconds(0);
  const stages = [{ kind: 'registration', name: 'Pendaftaran', startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: deadline.toISOString() }];
  const created = await admin.post('/api/competitions', { ...config, name: 'Apresiasi Inovasi COVID-19 (uji)', year: 2026, stages });
  expect(created.statusCode, created.body).toBe(201);
  const call = (await admin.post(`/api/competitions/${created.json().id}/status`, { to: 'published' })).json();
  expect(call.categories.map((c: any) => c.name)).toEqual(['Respon Cepat', 'Pengetahuan Publik', 'Ketangguhan Massal']);
  expect(call.groups.map((g: any) => g.code)).toEqual(['kl', 'provinsi', 'kabupaten', 'kota', 'perguruan-tinggi', 'swasta', 'masyarakat-sipil']);
  const cluster = (code: string) => call.groups.find((g: any) => g.code === code).id;
  const category = (code: string) => call.categories.find((c: any) => c.code === code).id;

  // A city government: the operator drafts, the coordinator submits.
  const city = await agencyTeam(t, 'kota');
  const cityInnovation = await buildInnovation(t.db, { agencyId: city.agency.id, title: 'Lumbung Pangan Warga Isoman', startDate: '2020-04-01' });
  const wrongCluster = await city.operator.post('/api/proposals', {
    competitionId: call.id,
    groupId: cluster('provinsi'),
    categoryId: category('respon_cepat'),
    innovationId: cityInnovation.id,
  });
  expect(wrongCluster.json().error.code).toBe('GROUP_NOT_FOR_PARTICIPANT');
  const cityProposal = (
    await city.operator.post('/api/proposals', { competitionId: call.id, groupId: cluster('kota'), categoryId: category('respon_cepat'), innovationId: cityInnovation.id })
  ).json();
  await city.operator.patch(`/api/proposals/${cityProposal.id}`, {
    baseVersion: 1,
    answers: answersFor(call, 'Lumbung pangan kelurahan yang mengantar bahan makanan ke rumah warga yang menjalani isolasi mandiri.'),
  });
  await city.operator.post(`/api/proposals/${cityProposal.id}/ready`);
  expect((await city.coordinator.post(`/api/proposals/${cityProposal.id}/submit`)).statusCode).toBe(200);

  // A private organisation: its coordinator drafts and submits directly.
  const company = await agencyTeam(t, 'swasta');
  const companyInnovation = await buildInnovation(t.db, { agencyId: company.agency.id, title: 'Bilik Swab Bergerak', startDate: '2020-05-01' });
  const companyProposal = (
    await company.coordinator.post('/api/proposals', {
      competitionId: call.id,
      groupId: cluster('swasta'),
      categoryId: category('ketangguhan_massal'),
      innovationId: companyInnovation.id,
    })
  ).json();
  await company.coordinator.patch(`/api/proposals/${companyProposal.id}`, {
    baseVersion: 1,
    answers: answersFor(call, 'Bilik pengambilan sampel yang dipasang di truk dan berkeliling ke pasar serta terminal.'),
  });
  expect((await company.coordinator.post(`/api/proposals/${companyProposal.id}/submit`)).statusCode).toBe(200);

  // A member of the public, in the civil-society cluster, without any agency.
  const citizen = (await t.signedIn('citizen')).agent;
  const citizenProposal = (
    await citizen.post('/api/proposals', {
      competitionId: call.id,
      groupId: cluster('masyarakat-sipil'),
      categoryId: category('pengetahuan_publik'),
      title: 'Relawan Edukasi Masker Kampung',
    })
  ).json();
  await citizen.patch(`/api/proposals/${citizenProposal.id}`, {
    baseVersion: 1,
    answers: answersFor(call, 'Relawan kampung membagikan masker kain dan mengajarkan cara memakainya dari rumah ke rumah.'),
  });

  // The deadline closes the call: one second after it, the citizen's submission is refused.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(deadline.getTime() + 1000));
  const late = await citizen.post(`/api/proposals/${citizenProposal.id}/submit`);
  expect(late.json().error.code).toBe('DEADLINE_PASSED');
  expect((await t.agent().get(`/api/competitions/${call.id}`)).json().phase).toBe('closed');
  vi.useRealTimers();

  // The secretariat checks what arrived and sees the counts per cluster.
  const checks = (await admin.get(`/api/admin-checks?competitionId=${call.id}`)).json();
  expect(checks.items.map((i: any) => i.number).sort()).toEqual([cityProposal.number, companyProposal.number].sort());
  await admin.post(`/api/admin-checks/${cityProposal.id}/decision`, { decision: 'passed' });
  await admin.post(`/api/admin-checks/${companyProposal.id}/decision`, { decision: 'failed', reason: 'Dokumen legalitas organisasi tidak dilampirkan.' });
  const stats = (await admin.get(`/api/competitions/${call.id}/stats`)).json();
  expect(stats.totals).toMatchObject({ registered: 3, submitted: 2, drafting: 1, checkPassed: 1, checkFailed: 1 });
  const byCluster = Object.fromEntries(stats.byGroup.map((g: any) => [g.key, g.registered]));
  expect(byCluster).toEqual({ kota: 1, swasta: 1, 'masyarakat-sipil': 1 });
  expect((await company.coordinator.get(`/api/proposals/${companyProposal.id}`)).json().adminCheck.reason).toBe('Dokumen legalitas organisasi tidak dilampirkan.');
});
