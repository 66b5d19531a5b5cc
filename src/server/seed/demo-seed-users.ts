import type { Kysely } from 'kysely';
import type { Role } from '../../common/roles.js';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Database } from '../db/schema.js';

/**
 * People the demo data needs beyond the one-per-role demo accounts: the coordinators of the other
 * entrant agencies and the other members of the Tim Evaluasi. Nobody signs in as them, so they
 * get no password and no invitation; they are written the way `demo-foundation.ts` writes the
 * demo accounts (with a `user.create` audit entry marked demo) rather than through the users
 * service, which would issue invitations and queue an e-mail to each made-up address.
 * Idempotent: an address already registered is reused as it is.
 */
export interface DemoSeedUser {
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
}

export async function ensureDemoSeedUsers(db: Kysely<Database>, users: readonly DemoSeedUser[]): Promise<Map<string, AuthUser>> {
  const wanted = users.map((u) => u.email.toLowerCase());
  if (wanted.length === 0) return new Map();
  await db.transaction().execute(async (trx) => {
    const existing = new Set((await trx.selectFrom('users').select('email').where('email', 'in', wanted).execute()).map((u) => u.email.toLowerCase()));
    for (const user of users) {
      if (existing.has(user.email.toLowerCase())) continue;
      const row = await trx
        .insertInto('users')
        .values({ email: user.email.toLowerCase(), name: user.name, role: user.role, agency_id: user.agencyId, password_hash: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        after: { email: user.email.toLowerCase(), role: user.role, agencyId: user.agencyId, demo: true, signIn: false },
      });
    }
  });
  return findAuthUsers(db, wanted);
}

/** Accounts as a request would see them (for calling services on their behalf), by e-mail. */
export async function findAuthUsers(db: Kysely<Database>, emails: readonly string[]): Promise<Map<string, AuthUser>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'a.name as agency_name'])
    .where(
      'u.email',
      'in',
      emails.map((e) => e.toLowerCase()),
    )
    .where('u.active', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.email.toLowerCase(), { id: r.id, email: r.email, name: r.name, role: r.role, agencyId: r.agency_id, agencyName: r.agency_name }]));
}
