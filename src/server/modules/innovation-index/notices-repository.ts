import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries for the reporting-window notices (migration 2026_12_03_0101_index_window_notices). */

export type WindowNoticeKind = 'opened' | 'closing_7' | 'closing_1';

const REGIONAL_TYPES = ['provinsi', 'kabupaten', 'kota'] as const;

/** Published models whose reporting window is open at `now`. */
export async function selectModelsInWindow(db: DbOrTrx, now: Date): Promise<{ id: string; year: number; opensAt: Date; closesAt: Date }[]> {
  const rows = await db
    .selectFrom('index_models')
    .select(['id', 'year', 'window_opens_at', 'window_closes_at'])
    .where('status', '=', 'published')
    .where('window_opens_at', '<=', now)
    .where('window_closes_at', '>', now)
    .execute();
  return rows.map((r) => ({ id: r.id, year: r.year, opensAt: r.window_opens_at!, closesAt: r.window_closes_at! }));
}

/**
 * Active regional-government agencies (province, regency, city) with their region, and the status
 * of their report for the model (null: not started). `unsentOnly` keeps those not yet sent.
 */
export async function selectRegionalAgencies(
  db: DbOrTrx,
  modelId: string,
  options: { unsentOnly?: boolean } = {},
): Promise<{ agencyId: string; regionCode: string; status: string | null }[]> {
  let q = db
    .selectFrom('agencies as a')
    .leftJoin('index_reports as r', (join) => join.onRef('r.region_code', '=', 'a.region_code').on('r.model_id', '=', modelId))
    .select(['a.id', 'a.region_code', 'r.status'])
    .where('a.active', '=', true)
    .where('a.type', 'in', REGIONAL_TYPES)
    .where('a.region_code', 'is not', null);
  if (options.unsentOnly) q = q.where((eb) => eb.or([eb('r.status', 'is', null), eb('r.status', 'in', ['draft', 'ready'])]));
  const rows = await q.orderBy('a.region_code').execute();
  return rows.map((r) => ({ agencyId: r.id, regionCode: r.region_code!, status: r.status ?? null }));
}

/** Claims the notice for these regions; returns the regions claimed now (not already told). */
export async function claimNotices(trx: Trx, modelId: string, kind: WindowNoticeKind, regionCodes: readonly string[]): Promise<Set<string>> {
  if (regionCodes.length === 0) return new Set();
  const rows = await trx
    .insertInto('index_window_notices')
    .values(regionCodes.map((regionCode) => ({ model_id: modelId, region_code: regionCode, kind })))
    .onConflict((oc) => oc.columns(['model_id', 'region_code', 'kind']).doNothing())
    .returning('region_code')
    .execute();
  return new Set(rows.map((r) => r.region_code));
}
