import { sql } from 'kysely';
import type { Db } from '../../db/types.js';

export interface OutboxBacklog {
  /** Messages not sent yet that the dispatcher still tries (fewer than 5 attempts). */
  unsent: number;
  /** Messages the dispatcher gave up on (5 failed attempts). */
  failed: number;
  /** Age of the oldest message still tried, in seconds; 0 when none waits. */
  oldestAgeSeconds: number;
}

export async function readOutboxBacklog(db: Db): Promise<OutboxBacklog> {
  const row = await db
    .selectFrom('outbox')
    .select([
      sql<string>`count(*) filter (where attempts < 5)`.as('unsent'),
      sql<string>`count(*) filter (where attempts >= 5)`.as('failed'),
      sql<number | null>`extract(epoch from now() - min(created_at) filter (where attempts < 5))::float8`.as('oldest'),
    ])
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { unsent: Number(row.unsent), failed: Number(row.failed), oldestAgeSeconds: Math.max(0, row.oldest ?? 0) };
}

/** Entries in the hash-chained audit log (append-only, so a count is its length). */
export async function readAuditChainLength(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
