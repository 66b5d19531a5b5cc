import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('ministry admin manages accounts', () => {
  it('creates, lists, deactivates (ending sessions) and reactivates, all audited', async () => {
    const { agent: admin } = await t.signedIn('ministry_admin');
    const agency = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.01' });
    const created = await admin.post('/api/users', { email: 'operator.pacitan@uji.test', name: 'Operator Pacitan', role: 'agency_operator', agencyId: agency.id });
    expect(created.statusCode).toBe(201);
    const id = created.json().user.id;

    const listed = await admin.get('/api/users?q=pacitan');
    expect(listed.json().items.map((u: { id: string }) => u.id)).toEqual([id]);

    await admin.post('/api/auth/invite/accept', { token: created.json().inviteToken, password: 'Operator-Pacitan-1' });
    const operator = t.agent();
    expect((await operator.signIn('operator.pacitan@uji.test', 'Operator-Pacitan-1')).statusCode).toBe(200);

    const off = await admin.patch(`/api/users/${id}`, { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await operator.get('/api/auth/me')).json().user).toBeNull();
    expect((await admin.patch(`/api/users/${id}`, { active: true })).json().active).toBe(true);

    const actions = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'user.invitation_accept', 'auth.login', 'user.deactivate', 'user.reactivate']);
  });

  it('refuses a duplicate e-mail and an agency-scoped role without an agency, writing nothing', async () => {
    const { agent: admin } = await t.signedIn('ministry_admin');
    const existing = await buildUser(t.db);
    const before = await databaseFingerprint(t.db);
    const dup = await admin.post('/api/users', { email: existing.email.toUpperCase(), name: 'Duplikat', role: 'citizen' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('EMAIL_TAKEN');
    const noAgency = await admin.post('/api/users', { email: 'tanpa.instansi@uji.test', name: 'Tanpa Instansi', role: 'agency_operator' });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().error.message).toBe('Peran yang dipilih wajib terhubung ke instansi.');
    expect(noAgency.json().error.details.fields).toEqual([expect.objectContaining({ field: 'agencyId' })]);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('does not let an admin deactivate itself', async () => {
    const { agent, user } = await t.signedIn('ministry_admin');
    const response = await agent.patch(`/api/users/${user.id}`, { active: false });
    expect(response.json().error.code).toBe('CANNOT_CHANGE_SELF');
  });
});

describe('agency admin (Admin Lokal) manages its own operators only', () => {
  it('creates operators for its agency and sees only its agency', async () => {
    const { agent, user } = await t.signedIn('agency_admin');
    const other = await buildAgency(t.db);
    const otherOperator = await buildUser(t.db, { role: 'agency_operator', agencyId: other.id });

    const own = await agent.post('/api/users', { email: 'upp.sendiri@uji.test', name: 'UPP Sendiri', role: 'agency_operator', agencyId: user.agency_id });
    expect(own.statusCode).toBe(201);
    const foreign = await agent.post('/api/users', { email: 'upp.lain@uji.test', name: 'UPP Lain', role: 'agency_operator', agencyId: other.id });
    expect(foreign.statusCode).toBe(403);
    const escalate = await agent.post('/api/users', { email: 'naik@uji.test', name: 'Naik Peran', role: 'ministry_admin' });
    expect(escalate.statusCode).toBe(403);

    const list = (await agent.get(`/api/users?agencyId=${other.id}`)).json();
    expect(list.items.every((u: { agencyId: string }) => u.agencyId === user.agency_id)).toBe(true);
    expect((await agent.patch(`/api/users/${otherOperator.id}`, { active: false })).statusCode).toBe(404);
  });
});

describe('agencies', () => {
  it('registers an organisation linked to its region and validates the region', async () => {
    const { agent } = await t.signedIn('ministry_admin');
    const ok = await agent.post('/api/agencies', { name: 'Dinas Kesehatan Kota Malang', type: 'bumd', regionCode: '35.73' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ regionName: 'Kota Malang', provinceCode: '35' });
    const unknown = await agent.post('/api/agencies', { name: 'Instansi Wilayah Palsu', type: 'bumd', regionCode: '99.99' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('99.99');
    const wrongLevel = await agent.post('/api/agencies', { name: 'Pemprov Salah', type: 'provinsi', regionCode: '35.78' });
    expect(wrongLevel.statusCode).toBe(400);
    const missing = await agent.post('/api/agencies', { name: 'Pemkot Tanpa Wilayah', type: 'kota' });
    expect(missing.statusCode).toBe(400);
  });

  it('filters the directory by province and type', async () => {
    const { agent } = await t.signedIn('evaluator');
    const jatim = (await agent.get('/api/agencies?province=35&type=kota&pageSize=100')).json();
    const governments = jatim.items.filter((a: { name: string }) => a.name.startsWith('Pemerintah Kota '));
    expect(governments).toHaveLength(9);
    expect(jatim.items.every((a: { provinceCode: string }) => a.provinceCode === '35')).toBe(true);
  });

  it('a deactivated agency cannot receive new accounts', async () => {
    const { agent } = await t.signedIn('ministry_admin');
    const agency = await buildAgency(t.db);
    await agent.patch(`/api/agencies/${agency.id}`, { active: false });
    const response = await agent.post('/api/users', { email: 'ke.nonaktif@uji.test', name: 'Ke Nonaktif', role: 'agency_operator', agencyId: agency.id });
    expect(response.statusCode).toBe(400);
  });
});

describe('demo password policy', () => {
  it('factory accounts can sign in', async () => {
    const user = await buildUser(t.db, { role: 'finance_viewer' });
    expect((await t.agent().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
