import type { Kysely } from 'kysely';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/schema.js';
import { seedDemoAgencies } from '../modules/agencies/demo.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/** Demo organisations and one account per role. Returns false when demo data was already there. */
export async function seedDemoFoundation(db: Kysely<Database>): Promise<boolean> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  await seedDemoAgencies(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      const agency = account.agency ? await trx.selectFrom('agencies').select('id').where('name', '=', account.agency).executeTakeFirstOrThrow() : null;
      const user = await trx
        .insertInto('users')
        .values({
          email: account.email,
          name: account.name,
          role: account.role,
          agency_id: agency?.id ?? null,
          password_hash: passwordHash,
          password_changed_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, SYSTEM_ACTOR, { action: 'user.create', entityType: 'user', entityId: user.id, after: { email: account.email, role: account.role, demo: true } });
    }
  });
  return true;
}
