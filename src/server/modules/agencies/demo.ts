import { SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { DEMO_AGENCIES } from '../../seed/demo-accounts.js';
import { missingAgencyNames } from './repository.js';
import { createAgency } from './service.js';

/**
 * Demo organisations beyond the regional governments of the reference data, created through the
 * service (checked and audited like any other). Idempotent: names already present are skipped.
 */
export async function seedDemoAgencies(db: Db): Promise<number> {
  const missing = new Set(
    await missingAgencyNames(
      db,
      DEMO_AGENCIES.map((a) => a.name),
    ),
  );
  const ctx = { db, actor: SYSTEM_ACTOR, user: null, now: new Date() };
  for (const agency of DEMO_AGENCIES) if (missing.has(agency.name)) await createAgency(ctx, agency);
  return missing.size;
}
