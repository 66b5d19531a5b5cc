import type { DbOrTrx } from '../../db/types.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { selectActiveStaffOf, selectActiveUserIdsByRole, selectAuthUserByEmail, selectUserContacts, selectUserIdsByEmail, type UserContact } from './contacts-repository.js';

/**
 * Read model of the users module for other modules that write to people (notifications, the
 * incentive's announcement): how to reach each account and in which language. Runs on the
 * caller's transaction. Kept apart from service.ts, which itself notifies (no import cycle).
 */
export type { UserContact };

export const userContacts = (db: DbOrTrx, ids: readonly string[]): Promise<UserContact[]> => selectUserContacts(db, ids);

/** Account ids by e-mail address (case-insensitive), for seeders that know people by address. */
export const userIdsByEmail = (db: DbOrTrx, emails: readonly string[]): Promise<Map<string, string>> => selectUserIdsByEmail(db, emails);

/** Active accounts holding one of these roles (e.g. every finance viewer to tell of a recommendation), optionally only of these agencies. */
export const activeUserIdsByRole = (db: DbOrTrx, roles: readonly string[], agencyIds?: readonly string[]): Promise<string[]> => selectActiveUserIdsByRole(db, roles, agencyIds);

/** The account with this e-mail as a request's `AuthUser` (demo seeders act as the demo people), or undefined. */
export async function authUserByEmail(db: DbOrTrx, email: string): Promise<AuthUser | undefined> {
  const u = await selectAuthUserByEmail(db, email);
  return u ? { id: u.id, email: u.email, name: u.name, role: u.role, agencyId: u.agency_id, agencyName: u.agency_name } : undefined;
}

/** Active admins and operators of these agencies (campaign reminders). */
export const activeStaffOf = (db: DbOrTrx, agencyIds: readonly string[]): Promise<{ id: string; agency_id: string }[]> => selectActiveStaffOf(db, agencyIds);
