import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import { NATIONAL_EMAIL_DOMAIN, planAccounts } from '../accounts.js';
import { generateAgencies } from '../agencies.js';
import type { DatasetOptions } from '../dataset-options.js';
import { innovationUniverse } from '../innovations.js';
import { loadAccounts } from './load-accounts.js';
import { loadAgencies } from './load-agencies.js';
import { loadCategories } from './load-categories.js';
import { dropSecondaryIndexes, recreateIndexes } from './deferred-indexes.js';
import { loadCompetitionHistory } from './load-competition-history.js';
import { type InnovationDirectory, loadInnovations } from './load-innovations.js';

/**
 * Loads the national data set into a migrated database (regions and regional governments are
 * already there as reference data). Everything happens in ONE transaction: a failed or
 * interrupted load leaves nothing behind, and the secondary indexes dropped for the load are
 * restored by the rollback as well.
 */
export interface NationalDatasetSummary {
  readonly seed: number;
  readonly counts: Record<string, number>;
  /** Milliseconds per phase. */
  readonly timings: Record<string, number>;
  /** Parts of the data set whose tables do not exist in this schema (module not built yet). */
  readonly skipped: readonly string[];
}

export class NationalDatasetPresentError extends Error {
  constructor() {
    super(`The national data set is already loaded (accounts @${NATIONAL_EMAIL_DOMAIN} exist); use a fresh database.`);
  }
}

export type ProgressLog = (message: string) => void;

export async function loadNationalDataset(db: Kysely<any>, options: DatasetOptions, log: ProgressLog = () => {}): Promise<NationalDatasetSummary> {
  const present = await sql<{ n: number }>`select count(*)::int as n from users where email like ${`%@${NATIONAL_EMAIL_DOMAIN}`}`.execute(db);
  if (present.rows[0]!.n > 0) throw new NationalDatasetPresentError();
  const tables = await existingTables(db);
  const timings: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const skipped: string[] = [];
  const started = performance.now();
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
    log(`${name}: ${timings[name]} ms`);
  };

  await db.transaction().execute(async (trx) => {
    // A larger sort budget makes the GIN and trigram index builds after the load much faster.
    await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    const agencies = generateAgencies(options.seed);
    const agencyIds = await loadAgencies(trx, agencies);
    counts.agencies = agencies.length;
    phase('agencies');

    const plan = planAccounts(options.seed, agencies, options);
    const accounts = await loadAccounts(trx, plan, agencyIds);
    counts.accounts = accounts.ids.size;
    counts.operators = plan.operators.length;
    counts.evaluators = plan.evaluators.length;
    phase('accounts');

    let directory: InnovationDirectory | null = null;
    if (tables.has('innovations')) {
      const categoryIds = await loadCategories(trx);
      // The search table, vocabulary and match terms are filled by triggers as innovations go in;
      // their GIN indexes (a 64 kB pending list, migration 2026_12_06_0001) are cheaper built once after.
      const dropped = await dropSecondaryIndexes(trx, ['innovations', 'innovation_replications', 'innovation_search', 'innovation_match', 'search_vocabulary']);
      const operatorsByAgency = groupEmails(plan.operators);
      directory = await loadInnovations(
        trx,
        innovationUniverse(options.seed, agencies, options.asOf),
        options.innovations,
        {
          agencyIds,
          categoryIds,
          creatorOf: (agency, index) => {
            const emails = operatorsByAgency.get(agency);
            return emails ? (accounts.ids.get(emails[index % emails.length]!) ?? null) : null;
          },
          publisherOf: (agency) => accounts.ids.get(plan.agencyAdmins[agency]!.email) ?? null,
        },
        (done) => log(`innovations: ${done} generated and inserted`),
      );
      counts.innovations = options.innovations;
      counts.publishedInnovations = directory.published.reduce((n, p) => n + p, 0);
      phase('innovations');
      await recreateIndexes(trx, dropped);
      phase('innovationIndexes');
    } else {
      skipped.push('innovations (catalog tables absent)');
    }

    if (directory && tables.has('competitions') && tables.has('proposals')) {
      const history = await loadCompetitionHistory(trx, options, {
        agencies,
        agencyIds,
        plan,
        accountIds: accounts.ids,
        directory,
        universe: innovationUniverse(options.seed, agencies, options.asOf),
        withEvaluation: tables.has('evaluation_rounds'),
      });
      Object.assign(counts, history.counts);
      skipped.push(...history.skipped);
      phase('competitions');
    } else {
      skipped.push('competitions, proposals and scores (tables absent)');
    }
  });
  await sql`analyze`.execute(db);
  phase('analyze');
  timings.total = Math.round(performance.now() - started);
  return { seed: options.seed, counts, timings, skipped };
}

async function existingTables(db: Kysely<any>): Promise<Set<string>> {
  const rows = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public'`.execute(db);
  return new Set(rows.rows.map((r) => r.tablename));
}

function groupEmails(accounts: readonly { email: string; agencyIndex: number | null }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const a of accounts) {
    if (a.agencyIndex === null) continue;
    const list = out.get(a.agencyIndex) ?? [];
    list.push(a.email);
    out.set(a.agencyIndex, list);
  }
  return out;
}
