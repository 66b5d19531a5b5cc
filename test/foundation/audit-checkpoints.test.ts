import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, SYSTEM_ACTOR, verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { auditCheckpointSettings, checkpointSettingsFrom, KEY_FILE_NAME } from '../../src/server/audit/checkpoint-settings.js';
import { runCheckpointJob, signatureValid } from '../../src/server/audit/checkpoints.js';
import { verifyAuditLog } from '../../src/server/audit/verify.js';
import { readConfig } from '../../src/server/config.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue #12.10: deleting the newest audit entries (trigger disabled) used to leave
 * GET /api/audit/verify at ok:true. Signed checkpoints of the head, in the database and in a
 * file outside it, make truncation, rewritten history and forged checkpoints visible.
 */

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-audit-checkpoints-'));
let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_EVERY: '5' });
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function append(n: number) {
  for (let i = 0; i < n; i++) {
    await t.db.transaction().execute((trx) => appendAudit(trx, SYSTEM_ACTOR, { action: 'test.entry', entityType: 'test', entityId: String(i) }));
  }
}

/** What an attacker with database access does: bypass the append-only triggers and delete. */
async function deleteNewest(table: 'audit_log' | 'audit_checkpoints', count: number) {
  const trigger = table === 'audit_log' ? 'audit_log_no_update' : 'audit_checkpoints_no_update';
  await sql`alter table ${sql.table(table)} disable trigger ${sql.raw(trigger)}`.execute(t.db);
  await sql`delete from ${sql.table(table)} where id in (select id from ${sql.table(table)} order by id desc limit ${count})`.execute(t.db);
  await sql`alter table ${sql.table(table)} enable trigger ${sql.raw(trigger)}`.execute(t.db);
}

async function verify() {
  const response = await admin.get('/api/audit/verify');
  expect(response.statusCode).toBe(200);
  return response.json();
}

// Generous: appends and whole-chain walks are slow on a saturated shared machine.
describe('audit chain checkpoints', { timeout: 120_000 }, () => {
  it('writes a signed checkpoint in the appending transaction every N entries, and none for a rolled-back append', async () => {
    const before = await t.db.selectFrom('audit_checkpoints').select('id').execute();
    await append(12);
    const rows = await t.db.selectFrom('audit_checkpoints').selectAll().where('reason', '=', 'interval').orderBy('id').execute();
    expect(rows.length - before.length).toBeGreaterThanOrEqual(2);
    const settings = auditCheckpointSettings()!;
    for (const r of rows) {
      expect(BigInt(r.sequence) % 5n).toBe(0n);
      const entry = await t.db.selectFrom('audit_log').select('hash').where('id', '=', r.sequence).executeTakeFirstOrThrow();
      expect(entry.hash).toBe(r.hash);
      expect(signatureValid(settings.key, { sequence: String(r.sequence), hash: r.hash, at: new Date(r.at).toISOString(), signature: r.signature })).toBe(true);
    }
    const count = rows.length;
    await expect(
      t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 6; i++) await appendAudit(trx, SYSTEM_ACTOR, { action: 'test.rollback', entityType: 'test', entityId: String(i) });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await t.db.selectFrom('audit_checkpoints').select('id').where('reason', '=', 'interval').execute()).toHaveLength(count);
    expect((await verify()).ok).toBe(true);
  });

  it('publishes the latest checkpoint to anyone at GET /api/audit/head', async () => {
    await runCheckpointJob(t.db, auditCheckpointSettings()!);
    const head = await t.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const response = await t.agent().get('/api/audit/head');
    expect(response.statusCode).toBe(200);
    expect(response.json().checkpoint).toMatchObject({ sequence: String(head.id), hash: head.hash });
    expect(response.json().checkpoint.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the daily job re-states an unchanged head only once a day, and copies checkpoints to the file outside the database', async () => {
    const settings = auditCheckpointSettings()!;
    expect(settings.file).toBe(path.join(dataDir, 'audit-checkpoints.jsonl'));
    expect((await runCheckpointJob(t.db, settings)).written).toBe(false);
    expect((await runCheckpointJob(t.db, settings, new Date(Date.now() + 25 * 3600_000))).written).toBe(true);
    const lines = fs.readFileSync(settings.file!, 'utf8').trim().split('\n');
    const inDb = await t.db.selectFrom('audit_checkpoints').select('id').execute();
    expect(lines).toHaveLength(inDb.length);
  });

  it('reports truncation when the last 3 entries are deleted with the trigger disabled', async () => {
    await append(3);
    await runCheckpointJob(t.db, auditCheckpointSettings()!);
    expect((await verify()).ok).toBe(true);
    await deleteNewest('audit_log', 3);
    // What GET /api/audit/verify answered before checkpoints: the remaining prefix still links up.
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'database', reason: 'truncated' }));
  });

  it('still reports it when the attacker also deletes the checkpoints in the database: the file keeps them', async () => {
    await deleteNewest('audit_checkpoints', 2);
    const report = await verifyAuditLog(t.db, auditCheckpointSettings());
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'file', reason: 'missing_from_database' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'file', reason: 'truncated' }));
  });

  it('reports a checkpoint whose signature does not verify, and one whose entry has another hash', async () => {
    const forged = await t.db.transaction().execute(async (trx) => {
      const head = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      await trx
        .insertInto('audit_checkpoints')
        .values({ sequence: head.id, hash: head.hash, at: new Date().toISOString(), signature: 'ab'.repeat(32), reason: 'scheduled' })
        .execute();
      await trx
        .insertInto('audit_checkpoints')
        .values({ sequence: head.id, hash: 'f'.repeat(64), at: new Date().toISOString(), signature: 'cd'.repeat(32), reason: 'scheduled' })
        .execute();
      return String(head.id);
    });
    const report = await verifyAuditLog(t.db, auditCheckpointSettings());
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'database', reason: 'signature_invalid', sequence: forged }));
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'database', reason: 'hash_mismatch', sequence: forged }));
  });
});

describe('checkpoint key', () => {
  it('is created once in DATA_DIR when AUDIT_CHECKPOINT_KEY is not set, and read back on the next start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-audit-key-'));
    try {
      const first = checkpointSettingsFrom(readConfig({ DATA_DIR: dir }));
      const second = checkpointSettingsFrom(readConfig({ DATA_DIR: dir }));
      expect(first.key.length).toBe(32);
      expect(second.key.equals(first.key)).toBe(true);
      expect(fs.statSync(path.join(dir, KEY_FILE_NAME)).mode & 0o077).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
