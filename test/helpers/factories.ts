import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AgencyType } from '../../src/common/agency-types.js';
import type { Role } from '../../src/common/roles.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { Database } from '../../src/server/db/schema.js';

/** `buildX(db, overrides)` factories: sensible defaults, everything overridable. */
export const TEST_PASSWORD = 'Uji-Coba-Sandi-2026';
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function buildAgency(db: Kysely<Database>, overrides: Partial<{ name: string; type: AgencyType; regionCode: string | null; active: boolean }> = {}) {
  const type = overrides.type ?? 'kota';
  const regionCode = overrides.regionCode !== undefined ? overrides.regionCode : type === 'provinsi' ? '35' : ['kota', 'kabupaten', 'bumd'].includes(type) ? '35.78' : null;
  return db
    .insertInto('agencies')
    .values({ name: overrides.name ?? `Instansi Uji ${randomUUID().slice(0, 8)}`, type, region_code: regionCode, active: overrides.active ?? true })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUser(
  db: Kysely<Database>,
  overrides: Partial<{ email: string; name: string; role: Role; agencyId: string | null; active: boolean; password: string | null }> = {},
) {
  const role = overrides.role ?? 'citizen';
  let agencyId = overrides.agencyId;
  if (agencyId === undefined) {
    agencyId = ['agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'].includes(role) ? (await buildAgency(db)).id : null;
  }
  const password_hash = overrides.password === null ? null : overrides.password ? await hashPassword(overrides.password) : await hashed();
  return db
    .insertInto('users')
    .values({
      email: overrides.email ?? `${role}.${randomUUID().slice(0, 8)}@uji.test`,
      name: overrides.name ?? `Pengguna ${role}`,
      role,
      agency_id: agencyId,
      password_hash,
      active: overrides.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
