import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../../../src/server/auth/password.js';
import { type AccountPlan, allAccounts, NATIONAL_PASSWORD } from '../accounts.js';
import { insertRows } from './bulk-insert.js';

export interface LoadedAccounts {
  /** Account id by e-mail. */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * Inserts every account with one shared Argon2id hash of NATIONAL_PASSWORD. Hashing once is a
 * deliberate shortcut for synthetic accounts (each real account gets its own salt): hashing
 * 5,000 passwords would take minutes and prove nothing.
 */
export async function loadAccounts(db: Kysely<any>, plan: AccountPlan, agencyIds: readonly string[]): Promise<LoadedAccounts> {
  const hash = await hashPassword(NATIONAL_PASSWORD);
  const accounts = allAccounts(plan);
  const now = new Date();
  for (let i = 0; i < accounts.length; i += 2000) {
    await insertRows(
      db,
      'users',
      [
        { name: 'email', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'role', type: 'text' },
        { name: 'agency_id', type: 'uuid' },
        { name: 'password_hash', type: 'text' },
        { name: 'password_changed_at', type: 'timestamptz' },
      ],
      accounts.slice(i, i + 2000).map((a) => [a.email, a.name, a.role, a.agencyIndex === null ? null : agencyIds[a.agencyIndex]!, hash, now]),
    );
  }
  const rows = await sql<{ id: string; email: string }>`select id, email from users where email like ${`%@${accounts[0]!.email.split('@')[1]}`}`.execute(db);
  return { ids: new Map(rows.rows.map((r) => [r.email, r.id])) };
}
