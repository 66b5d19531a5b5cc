import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db, DbOrTrx, Trx } from '../db/types.js';
import { canonicalJson } from './canonical-json.js';
import type { CheckpointSettings } from './checkpoint-settings.js';

/**
 * Signed checkpoints of the audit chain's head (issue #12.10). Written in the appending
 * transaction when an entry id crosses a multiple of N, and by the server's job when the head
 * moved since the last one or the last is a day old; copied by the job to a JSON-lines file
 * outside the database. Verification lives in verify.ts.
 */

/** The same lock as appendAudit's: the head cannot move while a checkpoint of it is taken. */
export const AUDIT_CHAIN_LOCK = 7340041;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Checkpoint {
  id: string;
  sequence: string;
  hash: string;
  at: string;
  signature: string;
  reason: 'interval' | 'scheduled';
}

export function signCheckpoint(key: Buffer, c: { sequence: string; hash: string; at: string }): string {
  return createHmac('sha256', key)
    .update(canonicalJson({ sequence: c.sequence, hash: c.hash, at: c.at }))
    .digest('hex');
}

export function signatureValid(key: Buffer, c: { sequence: string; hash: string; at: string; signature: string }): boolean {
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function insertCheckpoint(trx: Trx, key: Buffer, head: { id: string; hash: string }, reason: Checkpoint['reason']): Promise<void> {
  const at = new Date().toISOString();
  const signature = signCheckpoint(key, { sequence: head.id, hash: head.hash, at });
  await trx.insertInto('audit_checkpoints').values({ sequence: head.id, hash: head.hash, at, signature, reason }).execute();
}

/** Called by appendAudit under the chain lock, right after inserting entry `appended`. */
export async function checkpointOnAppend(trx: Trx, settings: CheckpointSettings | null, previousId: string | null, appended: { id: string; hash: string }): Promise<void> {
  if (!settings) return;
  const every = BigInt(settings.every);
  if (BigInt(appended.id) / every === BigInt(previousId ?? '0') / every) return;
  await insertCheckpoint(trx, settings.key, appended, 'interval');
}

function toCheckpoint(row: { id: string; sequence: string; hash: string; at: Date | string; signature: string; reason: Checkpoint['reason'] }): Checkpoint {
  return { id: String(row.id), sequence: String(row.sequence), hash: row.hash, at: new Date(row.at).toISOString(), signature: row.signature, reason: row.reason };
}

export async function latestCheckpoint(db: DbOrTrx): Promise<Checkpoint | null> {
  const row = await db.selectFrom('audit_checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? toCheckpoint(row) : null;
}

export async function listCheckpoints(db: DbOrTrx): Promise<Checkpoint[]> {
  return (await db.selectFrom('audit_checkpoints').selectAll().orderBy('id').execute()).map(toCheckpoint);
}

/** The checkpoints copied to the file, in order; lines that do not parse are returned as bad. */
export function readCheckpointFile(file: string | null): { checkpoints: Checkpoint[]; badLines: number[] } | null {
  if (!file) return null;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], badLines: [] };
    throw error;
  }
  const checkpoints: Checkpoint[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if ([c.id, c.sequence, c.hash, c.at, c.signature].every((v) => typeof v === 'string')) checkpoints.push(c);
      else badLines.push(i + 1);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { checkpoints, badLines };
}

/** Appends to the file every checkpoint of the database it does not hold yet (by checkpoint id). */
export async function syncCheckpointFile(db: Db, file: string): Promise<number> {
  const held = readCheckpointFile(file)?.checkpoints ?? [];
  const lastId = held.reduce((max, c) => (BigInt(c.id) > max ? BigInt(c.id) : max), 0n);
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where(sql<boolean>`id > ${lastId.toString()}::bigint`)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return 0;
  fs.appendFileSync(file, rows.map((r) => `${JSON.stringify(toCheckpoint(r))}\n`).join(''), { mode: 0o600 });
  return rows.length;
}

/**
 * The server's job (at start and every hour): checkpoints the head when it moved since the last
 * checkpoint, or when the last one is a day old (so even an idle chain is re-stated daily), then
 * copies new checkpoints to the file.
 */
export async function runCheckpointJob(db: Db, settings: CheckpointSettings, now = new Date()): Promise<{ written: boolean; copied: number }> {
  const written = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(trx);
    const head = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (!head) return false;
    const last = await latestCheckpoint(trx);
    const fresh = last && last.sequence === String(head.id) && now.getTime() - new Date(last.at).getTime() < DAY_MS;
    if (fresh) return false;
    await insertCheckpoint(trx, settings.key, { id: String(head.id), hash: head.hash }, 'scheduled');
    return true;
  });
  const copied = settings.file ? await syncCheckpointFile(db, settings.file) : 0;
  return { written, copied };
}
