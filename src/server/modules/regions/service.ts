import type { RegionSummary } from '../../../common/dashboards.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db, DbOrTrx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { listRegions, lockRegion, selectRegion, selectRegionNames, selectRegionSummary, selectRegionalGovernments, set3t } from './repository.js';
import { buildRegionNameIndex, type RegionNameIndex } from './name-resolver.js';
import type { RegionView } from './schemas.js';

export { resolveRegion, type RegionNameIndex, type RegionResolution } from './name-resolver.js';

/*
 * Regions: Kemendagri reference data, public to read; only the 3T mark changes (permission
 * `regions.manage`). No record is hidden from anyone, so there is no policy.ts.
 */
export const listProvinces = (db: Db): Promise<RegionView[]> => listRegions(db, 'province');

export const listRegencies = (db: Db, province?: string): Promise<RegionView[]> => listRegions(db, 'regency', province);

/** Marks or unmarks a region as 3T (remote, frontier, outermost), audited. */
export async function setRegion3t(ctx: RequestContext, code: string, is3t: boolean): Promise<RegionView> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRegion(trx, code);
    if (!before) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
    const after = await set3t(trx, code, is3t);
    await appendAudit(trx, ctx.actor, { action: 'region.set_3t', entityType: 'region', entityId: code, before: { is3t: before.is3t }, after: { is3t: after.is3t } });
    return after;
  });
}

/** For other modules: every province and regency/city, with the kind of government that runs it. */
export function listRegionalGovernments(db: Db) {
  return selectRegionalGovernments(db);
}

/** One region with its province's name (dashboards' region profile), or null for an unknown code. */
export function findRegion(db: Db, code: string): Promise<RegionSummary | null> {
  return selectRegionSummary(db, code);
}

/** Region names by code: all provinces, or the regencies/cities of one province. */
export function regionNames(db: Db, scope: { level: 'province' } | { level: 'regency'; provinceCode: string }) {
  return selectRegionNames(db, scope);
}

/** For other modules: one region with its kind and 3T mark (matchmaking's fit), or undefined. */
export function regionTraits(db: Db, code: string): Promise<RegionView | undefined> {
  return selectRegion(db, code);
}

/** For imports: every province and regency/city indexed by code and by name without prefixes (see name-resolver.ts). */
export async function regionNameIndex(db: DbOrTrx): Promise<RegionNameIndex> {
  const [provinces, regencies] = await Promise.all([listRegions(db, 'province'), listRegions(db, 'regency')]);
  return buildRegionNameIndex([
    ...provinces.map((r) => ({ code: r.code, name: r.name, level: 'province' as const, provinceCode: null, kind: null })),
    ...regencies.map((r) => ({ code: r.code, name: r.name, level: 'regency' as const, provinceCode: r.provinceCode, kind: r.kind })),
  ]);
}
