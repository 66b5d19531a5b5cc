import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { canonicalJson } from './canonical-json.js';
import { auditCheckpointSettings } from './checkpoint-settings.js';
import { AUDIT_CHAIN_LOCK, checkpointOnAppend } from './checkpoints.js';

/** Who did it and in which request: carried from the route into every service call. */
export interface Actor {
  userId: string | null;
  role: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', requestId: null };

export interface AuditEvent {
  /** Dotted verb, e.g. `user.create`, `proposal.submit`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends one entry. Must be called with the transaction that makes the change, so the record
 * and its audit entry commit or vanish together. A transaction-scoped advisory lock serialises
 * appends across processes, so each entry's `prev_hash` really is the entry before it.
 */
export async function appendAudit(trx: Transaction<Database>, actor: Actor, event: AuditEvent): Promise<void> {
  await appendAuditBatch(trx, actor, [event]);
}

/** Rows per insert statement of a batch: 11 parameters each, far under PostgreSQL's 65,535. */
const BATCH_ROWS = 500;

/**
 * Appends entries in the order given, as `appendAudit` one by one would (same chain, same
 * checkpoints), but with one lock, one read of the head and one insert per 500 entries: bulk
 * writes such as the historical import audit thousands of records without thousands of round trips.
 */
export async function appendAuditBatch(trx: Transaction<Database>, actor: Actor, events: readonly AuditEvent[]): Promise<void> {
  if (!trx.isTransaction) throw new Error('appendAudit needs the transaction of the change it records');
  if (events.length === 0) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  let previousId = last ? String(last.id) : null;
  const settings = auditCheckpointSettings();
  for (let start = 0; start < events.length; start += BATCH_ROWS) {
    const entries = events.slice(start, start + BATCH_ROWS).map((event) => {
      const fields = hashedFields(actor, event, prevHash);
      prevHash = entryHash(fields);
      return { fields, hash: prevHash };
    });
    // One multi-row insert: PostgreSQL draws the ids in the order of the rows, so id order is chain order.
    const inserted = await trx
      .insertInto('audit_log')
      .values(entries.map(({ fields, hash }) => auditRow(fields, hash)))
      .returning('id')
      .execute();
    const ids = inserted.map((r) => String(r.id)).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    for (const [i, entry] of entries.entries()) {
      // Every N entries a signed checkpoint of the head, in this transaction (it vanishes with a rollback).
      await checkpointOnAppend(trx, settings, previousId, { id: ids[i]!, hash: entry.hash });
      previousId = ids[i]!;
    }
  }
}

function hashedFields(actor: Actor, event: AuditEvent, prevHash: string): HashedFields {
  return {
    at: new Date().toISOString(),
    actorId: actor.userId,
    actorRole: actor.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: actor.requestId,
    prevHash,
  };
}

function auditRow(fields: HashedFields, hash: string) {
  return {
    at: fields.at,
    actor_id: fields.actorId,
    actor_role: fields.actorRole,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    before: canonicalJson(fields.before),
    after: canonicalJson(fields.after),
    request_id: fields.requestId,
    prev_hash: fields.prevHash,
    hash,
  };
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first entry whose link or content does not verify. */
  firstBroken?: { id: string; reason: 'prev_hash_mismatch' | 'hash_mismatch' };
}

/** Walks the whole chain in id order, in pages, and reports the first broken link. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 5000): Promise<ChainReport> {
  let expectedPrev = GENESIS_HASH;
  let afterId = '0';
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(sql<boolean>`id > ${afterId}::bigint`)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return { ok: true, entries };
    for (const row of rows) {
      entries++;
      if (row.prev_hash !== expectedPrev) return { ok: false, entries, firstBroken: { id: row.id, reason: 'prev_hash_mismatch' } };
      const recomputed = entryHash({
        at: new Date(row.at).toISOString(),
        actorId: row.actor_id,
        actorRole: row.actor_role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        requestId: row.request_id,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) return { ok: false, entries, firstBroken: { id: row.id, reason: 'hash_mismatch' } };
      expectedPrev = row.hash;
      afterId = row.id;
    }
  }
}

/**
 * The newest audit entry's id ("0" for an empty log): it moves with every audited change, on
 * every instance, so read models may use it as a cheap freshness stamp (one primary-key lookup).
 */
export async function auditHead(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return String(row?.id ?? '0');
}
