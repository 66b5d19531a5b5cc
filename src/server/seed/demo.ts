import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { seedDemoInnovations } from '../modules/catalog/demo-innovations.js';
import { seedDemoCompetitions } from '../modules/competitions/demo/seed.js';
import { seedDemoEvaluation } from '../modules/evaluation/demo/seed.js';
import { seedDemoProposals } from '../modules/proposals/demo/seed.js';
import { seedDemoFoundation } from './demo-foundation.js';

/**
 * The demo data set loaded on first start. Feature modules append their own seeders here, in
 * dependency order; each must be idempotent or guarded by the foundation's first-run check.
 */
export async function seedDemo(db: Kysely<Database>, options: { publicUrl?: string } = {}): Promise<boolean> {
  const firstRun = await seedDemoFoundation(db);
  // A dozen published innovations for the catalog; skipped once any innovation exists.
  await seedDemoInnovations(db);
  // KIPP 2026 (open) and the 2020 COVID-19 call (archived); only on the first start, so a renamed call is not recreated.
  if (firstRun) await seedDemoCompetitions(db);
  // Twenty KIPP 2026 entries from several agencies: submitted and checked, two failed, two pending, two left to the Surabaya accounts.
  if (firstRun) await seedDemoProposals(db, options);
  // The open call's desk review round: pool, published assignments, open, the other evaluators' sheets partly in.
  if (firstRun) await seedDemoEvaluation(db);
  return firstRun;
}
