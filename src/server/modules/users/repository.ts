import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../../common/roles.js';
import { containsPattern } from '../../db/like-pattern.js';
import type { Database } from '../../db/schema.js';
import type { UserView } from './schemas.js';

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'a.name as agency_name', 'u.active', 'u.password_hash', 'u.last_login_at', 'u.created_at']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(row: Row): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    active: row.active,
    invited: row.password_hash === null,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export interface UserFilter {
  q?: string;
  role?: Role;
  agencyId?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export async function listUsers(db: Kysely<Database>, filter: UserFilter): Promise<{ items: UserView[]; total: number }> {
  let q = baseQuery(db);
  if (filter.q) {
    const like = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('u.email', 'ilike', like), eb('u.name', 'ilike', like)]));
  }
  if (filter.role) q = q.where('u.role', '=', filter.role);
  if (filter.agencyId) q = q.where('u.agency_id', '=', filter.agencyId);
  if (filter.active !== undefined) q = q.where('u.active', '=', filter.active);
  const [rows, count] = await Promise.all([
    q.orderBy('u.name').orderBy('u.id').limit(filter.limit).offset(filter.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n) };
}

export async function findUserView(db: Kysely<Database>, id: string): Promise<UserView | undefined> {
  const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function emailTaken(db: Kysely<Database>, email: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()));
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Locks the account's row when it has no password yet; false when it has one (or is gone). */
export async function lockUserWithoutPassword(trx: Transaction<Database>, id: string): Promise<boolean> {
  const row = await trx.selectFrom('users').select('id').where('id', '=', id).where('password_hash', 'is', null).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Stores an invitation (only the token's SHA-256). */
export async function insertInvitation(db: Kysely<Database>, row: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('invitations').values({ token_hash: row.tokenHash, user_id: row.userId, expires_at: row.expiresAt, used_at: null }).execute();
}

/** Withdraws an account's unused invitations. */
export async function deleteOpenInvitations(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('invitations').where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** A new account without a password. */
export function insertUser(db: Kysely<Database>, row: { email: string; name: string; role: Role; agencyId: string | null }) {
  return db
    .insertInto('users')
    .values({ email: row.email, name: row.name, role: row.role, agency_id: row.agencyId, password_hash: null })
    .returning(['id', 'email', 'name'])
    .executeTakeFirstOrThrow();
}

export async function updateUserRow(db: Kysely<Database>, id: string, patch: { name?: string; role?: Role; agencyId?: string | null; active?: boolean }): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.agencyId !== undefined ? { agency_id: patch.agencyId } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}
