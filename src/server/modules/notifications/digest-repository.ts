import { sql } from 'kysely';
import type { Trx } from '../../db/types.js';

/** Queries of the daily digest run (tables of the notifications module only). */

/** Accounts with entries waiting (created up to `cutoff`) and no digest yet on `date`. */
export async function accountsDue(trx: Trx, date: string, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await trx
    .selectFrom('notification_digest_entries as e')
    .select('e.user_id')
    .distinct()
    .where('e.digest_id', 'is', null)
    .where('e.created_at', '<=', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notification_digests as d')
            .select(sql`1`.as('one'))
            .whereRef('d.user_id', '=', 'e.user_id')
            .where('d.digest_date', '=', date),
        ),
      ),
    )
    .orderBy('e.user_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Takes the day's digest of each account. The unique (user, day) key decides between two
 * processes: the second waits for the first to commit, then gets nothing back for that account.
 */
export async function claimDigests(trx: Trx, userIds: readonly string[], date: string): Promise<{ id: string; user_id: string }[]> {
  if (userIds.length === 0) return [];
  return trx
    .insertInto('notification_digests')
    .values(userIds.map((user_id) => ({ user_id, digest_date: date })))
    .onConflict((oc) => oc.columns(['user_id', 'digest_date']).doNothing())
    .returning(['id', 'user_id'])
    .execute();
}

/** Moves each claimed account's waiting entries into its digest; returns them in the order they came. */
export async function attachEntries(trx: Trx, digestIds: readonly string[], cutoff: Date) {
  if (digestIds.length === 0) return [];
  const rows = await trx
    .updateTable('notification_digest_entries as e')
    .from('notification_digests as d')
    .set((eb) => ({ digest_id: eb.ref('d.id') }))
    .whereRef('e.user_id', '=', 'd.user_id')
    .where('d.id', 'in', [...digestIds])
    .where('e.digest_id', 'is', null)
    .where('e.created_at', '<=', cutoff)
    .returning(['e.id', 'e.user_id', 'e.title', 'e.body', 'e.link'])
    .execute();
  // Each digest's count, in one statement from what was just attached (no re-scan of the entries).
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.user_id, (counts.get(r.user_id) ?? 0) + 1);
  if (counts.size > 0) {
    const values = sql.join([...counts].map(([userId, n]) => sql`(${userId}::uuid, ${n}::int)`));
    await sql`update notification_digests d set entries = v.n from (values ${values}) as v(user_id, n)
      where d.user_id = v.user_id and d.id in (${sql.join([...digestIds])})`.execute(trx);
  }
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}
