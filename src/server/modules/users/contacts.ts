import type { DbOrTrx } from '../../db/types.js';
import { selectActiveUserIdsByRole, selectUserContacts, selectUserIdsByEmail, type UserContact } from './contacts-repository.js';

/**
 * Read model of the users module for other modules that write to people (notifications, the
 * incentive's announcement): how to reach each account and in which language. Runs on the
 * caller's transaction. Kept apart from service.ts, which itself notifies (no import cycle).
 */
export type { UserContact };

export const userContacts = (db: DbOrTrx, ids: readonly string[]): Promise<UserContact[]> => selectUserContacts(db, ids);

/** Account ids by e-mail address (case-insensitive), for seeders that know people by address. */
export const userIdsByEmail = (db: DbOrTrx, emails: readonly string[]): Promise<Map<string, string>> => selectUserIdsByEmail(db, emails);

/** Active accounts holding one of these roles (e.g. every finance viewer to tell of a recommendation). */
export const activeUserIdsByRole = (db: DbOrTrx, roles: readonly string[]): Promise<string[]> => selectActiveUserIdsByRole(db, roles);
