import type { NotificationLanguage } from '../../../common/notifications.js';
import type { DbOrTrx } from '../../db/types.js';

export interface UserContact {
  id: string;
  email: string;
  name: string;
  language: NotificationLanguage;
  active: boolean;
}

/** The queries behind the users module's contacts read model (contacts.ts). */
export async function selectUserContacts(db: DbOrTrx, ids: readonly string[]): Promise<UserContact[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'language', 'active'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Account ids by e-mail address (case-insensitive), for seeders that know people by address. */
export async function selectUserIdsByEmail(db: DbOrTrx, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where((eb) =>
      eb(
        eb.fn('lower', ['email']),
        'in',
        emails.map((e) => e.toLowerCase()),
      ),
    )
    .execute();
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/** Active accounts holding one of these roles (e.g. every finance viewer to tell of a recommendation). */
export async function selectActiveUserIdsByRole(db: DbOrTrx, roles: readonly string[], agencyIds?: readonly string[]): Promise<string[]> {
  if (roles.length === 0 || agencyIds?.length === 0) return [];
  let q = db
    .selectFrom('users')
    .select('id')
    .where('role', 'in', roles as never[])
    .where('active', '=', true);
  if (agencyIds) q = q.where('agency_id', 'in', agencyIds);
  const rows = await q.execute();
  return rows.map((r) => r.id);
}

/** An account as a signed-in request would see it (for demo seeders acting as a person), by e-mail. */
export async function selectAuthUserByEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'a.name as agency_name'])
    .where('u.email', '=', email)
    .executeTakeFirst();
}

export async function selectActiveStaffOf(db: DbOrTrx, agencyIds: readonly string[]): Promise<{ id: string; agency_id: string }[]> {
  if (!agencyIds.length) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('active', '=', true)
    .where('role', 'in', ['agency_admin', 'agency_operator'])
    .where('agency_id', 'in', [...agencyIds])
    .execute();
  return rows.map((r) => ({ id: r.id, agency_id: r.agency_id! }));
}
