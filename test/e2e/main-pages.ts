import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { baseUrl, signedInContext } from './browser.js';

/**
 * The main pages of the platform, each with the demo account that uses it, for the checks that
 * walk every page (phone layout, accessibility). Ids come from the demo data through the API.
 */
export interface MainPage {
  name: string;
  path: string;
  /** Demo account e-mail; null for a visitor. */
  as: string | null;
}

interface Ids {
  competitionId: string;
  innovationId: string;
  proposalId: string;
  review: { roundId: string; proposalId: string } | null;
  campaignId: string | null;
  forumId: string;
  workshopId: string;
}

async function demoIds(browser: Browser): Promise<Ids> {
  const operator = await signedInContext(browser, 'operator.surabaya@simpul.test');
  const evaluator = await signedInContext(browser, 'evaluator@simpul.test');
  try {
    const competitions = await operator.get<{ items: { id: string; status: string }[] }>('/api/competitions');
    const innovations = await operator.get<{ items: { id: string }[] }>('/api/innovations?pageSize=1');
    const proposals = await operator.get<{ items: { id: string }[] }>('/api/proposals?pageSize=1');
    const mine = await evaluator.get<{ items: { roundId: string; proposalId: string }[] }>('/api/evaluation/my/assignments');
    const campaigns = await operator.get<{ items: { id: string }[] }>('/api/campaigns');
    const events = await operator.get<{ items: { id: string; kind: string }[] }>('/api/events?when=all');
    return {
      competitionId: competitions.items.find((c) => c.status === 'published')!.id,
      innovationId: innovations.items[0]!.id,
      proposalId: proposals.items[0]!.id,
      review: mine.items[0] ?? null,
      campaignId: campaigns.items[0]?.id ?? null,
      forumId: events.items.find((e) => e.kind === 'exhibition')!.id,
      workshopId: events.items.find((e) => e.kind === 'workshop')!.id,
    };
  } finally {
    await operator.context.close();
    await evaluator.context.close();
  }
}

export async function mainPages(browser: Browser): Promise<MainPage[]> {
  const ids = await demoIds(browser);
  const pages: MainPage[] = [
    { name: 'beranda', path: '/', as: null },
    { name: 'masuk', path: '/masuk', as: null },
    { name: 'katalog', path: '/katalog', as: null },
    { name: 'inovasi (publik)', path: `/katalog/${ids.innovationId}`, as: null },
    { name: 'kompetisi', path: '/kompetisi', as: null },
    { name: 'satu kompetisi', path: `/kompetisi/${ids.competitionId}`, as: null },
    { name: 'hasil', path: `/hasil/${ids.competitionId}`, as: null },
    { name: 'dasbor operator', path: '/dasbor', as: 'operator.surabaya@simpul.test' },
    { name: 'inovasi saya', path: '/inovasi', as: 'operator.surabaya@simpul.test' },
    { name: 'proposal saya', path: '/proposal', as: 'operator.surabaya@simpul.test' },
    { name: 'cari solusi', path: '/cari-solusi', as: 'operator.surabaya@simpul.test' },
    { name: 'usulan perjodohan', path: '/perjodohan', as: 'operator.surabaya@simpul.test' },
    { name: 'acara', path: '/acara', as: null },
    { name: 'kalender acara', path: '/acara?tampilan=bulan', as: null },
    { name: 'satu acara', path: `/acara/${ids.forumId}`, as: null },
    { name: 'kelola acara', path: `/acara/${ids.workshopId}/kelola`, as: 'hub.jatim@simpul.test' },
    { name: 'satu proposal', path: `/proposal/${ids.proposalId}`, as: 'operator.surabaya@simpul.test' },
    { name: 'persetujuan inovasi', path: '/inovasi/persetujuan', as: 'admin.surabaya@simpul.test' },
    { name: 'seleksi administrasi', path: '/admin/seleksi-administrasi', as: 'admin@simpul.test' },
    { name: 'atur kompetisi', path: `/kompetisi/${ids.competitionId}/atur`, as: 'admin@simpul.test' },
    { name: 'penilaian (admin)', path: '/admin/penilaian', as: 'admin@simpul.test' },
    { name: 'impor data historis', path: '/inovasi/impor-historis', as: 'admin@simpul.test' },
    { name: 'penilaian saya', path: '/penilaian', as: 'evaluator@simpul.test' },
    { name: 'jaringan JIPP', path: '/jipp', as: null },
    { name: 'kelola jaringan JIPP', path: '/jipp-kelola', as: 'admin@simpul.test' },
    { name: 'satu instansi satu inovasi', path: '/satu-instansi-satu-inovasi', as: 'admin@simpul.test' },
    { name: 'pemutakhiran data', path: '/pemutakhiran', as: 'admin@simpul.test' },
    { name: 'indeks inovasi daerah', path: '/indeks', as: null },
    { name: 'laporan indeks', path: '/indeks/laporan', as: 'operator.surabaya@simpul.test' },
    { name: 'verifikasi indeks', path: '/indeks/verifikasi', as: 'verifikator@simpul.test' },
    { name: 'model indeks', path: '/indeks/model', as: 'indeks@simpul.test' },
  ];
  if (ids.campaignId) {
    pages.push({ name: 'konfirmasi pemutakhiran', path: `/pemutakhiran/${ids.campaignId}`, as: 'operator.surabaya@simpul.test' });
    pages.push({ name: 'kemajuan pemutakhiran', path: `/pemutakhiran/${ids.campaignId}`, as: 'admin@simpul.test' });
  }
  if (ids.review) pages.push({ name: 'lembar penilaian', path: `/penilaian/${ids.review.roundId}/${ids.review.proposalId}`, as: 'evaluator@simpul.test' });
  return pages;
}

/** One browser context per account (visitor included), reused across that account's pages. */
export async function contextsFor(browser: Browser, pages: MainPage[], options: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {}) {
  const contexts = new Map<string | null, BrowserContext>();
  for (const as of new Set(pages.map((p) => p.as))) {
    if (as === null) contexts.set(null, await browser.newContext({ baseURL: baseUrl(), ...options }));
    else {
      // A context with the viewport, signed in through the API (the form is tested elsewhere).
      const context = await browser.newContext({ baseURL: baseUrl(), ...options });
      const prime = await (await context.request.get('/api/auth/me')).json();
      const login = await context.request.post('/api/auth/login', { data: { email: as, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': prime.csrfToken } });
      if (!login.ok()) throw new Error(`login ${as}: ${await login.text()}`);
      contexts.set(as, context);
    }
  }
  return contexts;
}
