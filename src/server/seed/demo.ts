import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FileStorage } from '../storage/index.js';
import { seedDemoImportMapping, seedDemoInnovations } from '../modules/catalog/demo/seed.js';
import { seedDemoCompetitions } from '../modules/competitions/demo/seed.js';
import { seedDemoEvaluation } from '../modules/evaluation/demo/seed.js';
import { seedDemoIncentive } from '../modules/incentive/demo.js';
import { seedDemoInstitutionalisation } from '../modules/institutionalisation/demo.js';
import { seedDemoIndex } from '../modules/innovation-index/demo.js';
import { seedDemoNominees } from '../modules/innovation-index/nominees-demo.js';
import { seedDemoProposals } from '../modules/proposals/demo/seed.js';
import { seedDemoReplication } from '../modules/replication/demo.js';
import { seedDemoEvents } from '../modules/events/demo.js';
import { seedDemoMatchmaking } from '../modules/matchmaking/demo.js';
import { seedDemoFoundation } from './demo-foundation.js';

/**
 * The demo data set loaded on first start. Feature modules append their own seeders here, in
 * dependency order; each must be idempotent or guarded by the foundation's first-run check.
 */
/** `storage`: the deployment's file storage, for the demo's documents (without it they are left out). */
export async function seedDemo(db: Kysely<Database>, options: { publicUrl?: string; storage?: FileStorage } = {}): Promise<boolean> {
  const firstRun = await seedDemoFoundation(db);
  // A dozen published innovations for the catalog; skipped once any innovation exists.
  await seedDemoInnovations(db);
  // KIPP 2026 (open) and the 2020 COVID-19 call (archived); only on the first start, so a renamed call is not recreated.
  if (firstRun) await seedDemoCompetitions(db);
  // Twenty KIPP 2026 entries from several agencies: submitted and checked, two failed, two pending, two left to the Surabaya accounts.
  if (firstRun) await seedDemoProposals(db, options);
  // The open call's desk review round: pool, published assignments, open, the other evaluators' sheets partly in.
  if (firstRun) await seedDemoEvaluation(db);
  // The regional incentive: region facts, a published 2026 rule set with two scenarios (one recommended), a 2027 draft.
  if (firstRun) await seedDemoIncentive(db);
  // JIPP: the Jawa Timur hub's coordinator, members and plan, two mentors, replication cases in every state (agreements with their PDF).
  // Every request notifies the origin agency's staff through the replication service (Surabaya has one waiting).
  if (firstRun) await seedDemoReplication(db, options.storage, { publicUrl: options.publicUrl });
  // Institutionalisation: a Surabaya innovation with its Perwali and budget, Surabaya below its OAOI target, this year's update campaign open with one Surabaya record confirmed,
  // closing in six days: its reminder goes to every agency with records waiting through the campaign's reminder path. With the data folder, its Perwali carries a small generated PDF.
  if (firstRun) await seedDemoInstitutionalisation(db, new Date(), { ...(options.storage ? { storage: options.storage } : {}), publicUrl: options.publicUrl });
  // The regional innovation index: the 2026 model with its window open; Surabaya with rejections to answer, Banyuwangi being verified, Makassar a draft.
  if (firstRun) await seedDemoIndex(db, options);
  // Award nominees of a published index year (none while 2026 is still reporting) in the award call's panel round.
  if (firstRun) await seedDemoNominees(db, { publicUrl: options.publicUrl ?? '' });
  // Matchmaking and events: an open proposal for Kota Surabaya, a past forum whose interests became cases, an upcoming hub workshop.
  if (firstRun) await seedDemoMatchmaking(db);
  if (firstRun) await seedDemoEvents(db, options);
  // The ministry's historical import: a shared column mapping for winners' lists.
  if (firstRun) await seedDemoImportMapping(db);
  if (firstRun) await settleDemoOutbox(db);
  return firstRun;
}

/**
 * The demo's receipts and invitations go to made-up @simpul.test addresses. They stay in the
 * outbox as the record the services wrote, marked handled, so the first start does not print
 * them one by one under the banner with the demo logins.
 */
async function settleDemoOutbox(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ sent_at: new Date(), last_error: 'demo data: not delivered' })
    .where('sent_at', 'is', null)
    .where('recipient', 'like', '%@simpul.test')
    .execute();
}
