import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestAuth } from './auth-user.js';
import { newToken, sha256 } from './tokens.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Sessions live in the database so any app process can serve any request. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      last_seen_at: now,
      expires_at: expiresAt,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** Resolves a cookie token to its live session and active user, sliding the idle window. */
export async function findSession(db: Kysely<Database>, token: string, policy: SessionPolicy): Promise<RequestAuth | null> {
  const idHash = sha256(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['s.csrf_token', 's.last_seen_at', 's.expires_at', 'u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'u.active', 'a.name as agency_name'])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + policy.idleMinutes * 60_000;
  if (!row.active || new Date(row.expires_at).getTime() <= now || idleLimit <= now) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  // Touch at most once a minute: a write per request would be wasteful.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id_hash', '=', idHash)
      .execute();
  }
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
    },
    sessionIdHash: idHash,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string, exceptIdHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) q = q.where('id_hash', '<>', exceptIdHash);
  await q.execute();
}
