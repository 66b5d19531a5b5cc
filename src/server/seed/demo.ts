import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { seedDemoInnovations } from '../modules/catalog/demo-innovations.js';
import { seedDemoCompetitions } from '../modules/competitions/demo/seed.js';
import { seedDemoEvaluation } from '../modules/evaluation/demo/seed.js';
import { seedDemoFoundation } from './demo-foundation.js';

/**
 * The demo data set loaded on first start. Feature modules append their own seeders here, in
 * dependency order; each must be idempotent or guarded by the foundation's first-run check.
 */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const firstRun = await seedDemoFoundation(db);
  // A dozen published innovations for the catalog; skipped once any innovation exists.
  await seedDemoInnovations(db);
  // KIPP 2026 (open) and the 2020 COVID-19 call (archived); only on the first start, so a renamed call is not recreated.
  if (firstRun) await seedDemoCompetitions(db);
  // The open call's desk review round (criteria, demo evaluator), still in setup.
  if (firstRun) await seedDemoEvaluation(db);
  return firstRun;
}
