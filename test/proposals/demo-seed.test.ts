import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The demo's KIPP 2026 entries: made through the proposal, catalog and administrative-check
 * services on first start, so a newcomer finds submitted, checked and still-open work.
 */
let t: TestApp;
let competitionId: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
  competitionId = (await t.db.selectFrom('competitions').select('id').where('kind', '=', 'kipp').where('status', '=', 'published').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

async function demoAgent(email: string): Promise<Agent> {
  const agent = t.agent();
  const response = await agent.signIn(email, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return agent;
}

it('enters about twenty proposals from agencies across provinces and categories, most submitted and checked', async () => {
  const rows = await t.db
    .selectFrom('proposals as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('proposal_admin_checks as c', 'c.proposal_id', 'p.id')
    .select(['p.status', 'p.number', 'p.category_id', 'p.agency_id', 'a.region_code', 'c.status as check', 'c.reason'])
    .where('p.competition_id', '=', competitionId)
    .execute();
  expect(rows).toHaveLength(20);
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  expect(count((r) => r.status === 'submitted')).toBe(18);
  expect(count((r) => r.status === 'ready')).toBe(1);
  expect(count((r) => r.status === 'draft')).toBe(1);
  expect(count((r) => r.check === 'passed')).toBe(14);
  expect(count((r) => r.check === 'pending')).toBe(2);
  const failed = rows.filter((r) => r.check === 'failed');
  expect(failed).toHaveLength(2);
  for (const f of failed) expect(f.reason).toMatch(/^Tidak lolos: .{40,}/);
  expect(new Set(rows.map((r) => r.agency_id)).size).toBeGreaterThanOrEqual(15);
  expect(new Set(rows.map((r) => r.region_code?.slice(0, 2))).size).toBeGreaterThanOrEqual(8);
  expect(new Set(rows.map((r) => r.category_id)).size).toBeGreaterThanOrEqual(6);
  expect(rows.every((r) => /^KIPP2026-\d{6}$/.test(r.number))).toBe(true);
  // Every step went through an audited service.
  const audited = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'proposal').execute();
  const actions = audited.map((a) => a.action);
  expect(actions.filter((a) => a === 'proposal.create')).toHaveLength(20);
  expect(actions.filter((a) => a === 'proposal.submit')).toHaveLength(18);
  expect(actions.filter((a) => a === 'proposal.admin_check.pass')).toHaveLength(14);
  expect(actions.filter((a) => a === 'proposal.admin_check.fail')).toHaveLength(2);
  // Each submission queued its receipt.
  const receipts = await t.db.selectFrom('outbox').select('subject').execute();
  expect(receipts.filter((r) => /KIPP2026-\d{6}/.test(r.subject))).toHaveLength(18);
});

it('shows the secretariat the machine flags behind the two failures and leaves two proposals to check', async () => {
  const admin = await demoAgent('admin@simpul.test');
  const list = await admin.get(`/api/admin-checks?competitionId=${competitionId}&pageSize=100`);
  expect(list.statusCode, list.body).toBe(200);
  const items = list.json().items as { title: string; status: string; flags: { copiedWithin: unknown[]; duplicateTitles: { source: string }[]; complete: { ok: boolean } } }[];
  expect(items).toHaveLength(18);
  const copied = items.find((i) => i.title === 'Sekolah Ramah Anak Berbasis Aplikasi')!;
  expect(copied.status).toBe('failed');
  expect(copied.flags.copiedWithin.length).toBeGreaterThan(0);
  const duplicate = items.filter((i) => i.title === 'Layanan Terpadu Pengaduan Kekerasan terhadap Perempuan dan Anak');
  expect(duplicate.map((i) => i.status).sort()).toEqual(['failed', 'passed']);
  expect(duplicate.find((i) => i.status === 'failed')!.flags.duplicateTitles.some((d) => d.source === 'catalog')).toBe(true);
  expect(items.filter((i) => i.status === 'pending')).toHaveLength(2);
  // The narrative answers are long enough to judge everywhere.
  expect(items.every((i) => i.flags.complete.ok)).toBe(true);

  // "Flagged only" reads the stored own-content flags: the answer pasted twice is among them; the
  // catalog's duplicate title is a cross-record flag, computed per page and shown, not filtered on.
  const flagged = (await admin.get(`/api/admin-checks?competitionId=${competitionId}&flagged=true&sort=flags`)).json();
  expect(flagged.items.map((i: { title: string }) => i.title)).toEqual(['Sekolah Ramah Anak Berbasis Aplikasi']);
  expect(flagged.total).toBe(1);
  const unflagged = (await admin.get(`/api/admin-checks?competitionId=${competitionId}&flagged=false&pageSize=100`)).json();
  expect(unflagged.total).toBe(17);
  expect(unflagged.items.some((i: { title: string; status: string }) => i.title === duplicate[0]!.title && i.status === 'failed')).toBe(true);
});

it('leaves the Surabaya accounts a ready proposal the coordinator can submit and a draft the operator can finish', async () => {
  const operator = await demoAgent('operator.surabaya@simpul.test');
  const mine = (await operator.get(`/api/proposals?competitionId=${competitionId}`)).json().items as { id: string; status: string; title: string }[];
  expect(mine.map((p) => [p.title, p.status]).sort()).toEqual([
    ['Antrean Puskesmas Daring Terpadu', 'ready'],
    ['Perizinan Usaha Terpadu Satu Pintu Daring', 'draft'],
  ]);
  const draft = (await operator.get(`/api/proposals/${mine.find((p) => p.status === 'draft')!.id}`)).json();
  expect(draft.can.edit).toBe(true);
  expect(draft.answers.length).toBeGreaterThan(0);

  const coordinator = await demoAgent('admin.surabaya@simpul.test');
  const ready = mine.find((p) => p.status === 'ready')!;
  const submitted = await coordinator.post(`/api/proposals/${ready.id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  expect(submitted.json()).toMatchObject({ title: 'Antrean Puskesmas Daring Terpadu', replayed: false, lateSeconds: null });
});
