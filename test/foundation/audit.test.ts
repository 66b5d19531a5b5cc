import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const actor = { userId: null, role: 'system', requestId: 'req-test-1' };

it('chains entries written in the same transaction as the change, with who/what/before/after', async () => {
  const { agent, user } = await t.signedIn('ministry_admin');
  const created = await agent.post('/api/agencies', { name: 'Badan Riset Uji', type: 'lembaga' });
  const id = created.json().id;
  await agent.patch(`/api/agencies/${id}`, { name: 'Badan Riset Uji Baru' });
  const rows = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).orderBy('id').execute();
  expect(rows.map((r) => r.action)).toEqual(['agency.create', 'agency.update']);
  expect(rows[1]).toMatchObject({ actor_id: user.id, actor_role: 'ministry_admin', before: { name: 'Badan Riset Uji' }, after: { name: 'Badan Riset Uji Baru' } });
  expect(rows[1]!.request_id).toBeTruthy();
  expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
  expect((await agent.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
});

it('rolls the audit entry back with the change it records', async () => {
  const before = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  await expect(
    t.db.transaction().execute(async (trx) => {
      await appendAudit(trx, actor, { action: 'test.rollback', entityType: 'test', entityId: '1' });
      throw new Error('change failed');
    }),
  ).rejects.toThrow('change failed');
  const after = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(after.n).toBe(before.n);
});

it('is append-only', async () => {
  await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
  await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
});

it('reports the first broken link when history is tampered with', async () => {
  for (let i = 0; i < 3; i++) {
    await t.db.transaction().execute((trx) => appendAudit(trx, actor, { action: 'test.entry', entityType: 'test', entityId: String(i), after: { score: 7.5, i } }));
  }
  const rows = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'test.entry').orderBy('id').execute();
  const target = rows[1]!.id;
  // An attacker with database access bypasses the trigger and edits one entry.
  await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db);
  await sql`update audit_log set after = '{"score": 10, "i": 1}'::jsonb where id = ${target}`.execute(t.db);
  await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.db);
  expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBroken: { id: target, reason: 'hash_mismatch' } });
});
