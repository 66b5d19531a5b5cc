import type { Cluster, IndexScore, ModelConfig, Predicate } from '../../../common/innovation-index.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db, DbOrTrx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { scoreFromSums } from './domain/scoring.js';
import { requireModel } from './models-service.js';
import { mayReadUnpublishedResults, RESULTS } from './policy.js';
import { type ModelRow, replaceResults, type ResultRow, selectModel, selectModels, selectResult, selectResults, updateModel } from './repository.js';
import { type RegionFlagsRow, selectLevelSums, selectRegionsWithFlags, selectReportAffairs } from './results-repository.js';

/**
 * Results: the national recomputation (every province and regency/city, from the rows'
 * level sums aggregated in SQL and the pure `scoreFromSums`), stored per model with the claimed
 * and verified scores; publication; rankings per cluster (province, regency, city, border — the
 * ministry's flag — and lagging — the regions' 3T flag); the read model `indexResultOf` for other
 * modules (the incentive's `iid_score`). Only published results are public.
 */

/** A region not sent (draft/ready) counts as not reported: the disclaimer. */
export function computeResults(
  config: ModelConfig,
  regions: readonly { code: string }[],
  sums: Awaited<ReturnType<typeof selectLevelSums>>,
  affairs: Awaited<ReturnType<typeof selectReportAffairs>>,
): ResultRow[] {
  const byRegion = new Map<string, { claimed: Record<string, number>; verified: Record<string, number>; innovations: { id: string; affair: string | null }[] }>();
  const sent = (status: string) => status === 'sent' || status === 'verified';
  for (const s of sums) {
    if (!sent(s.status)) continue;
    const entry = byRegion.get(s.regionCode) ?? { claimed: {}, verified: {}, innovations: [] };
    entry.claimed[s.indicatorCode] = s.claimed;
    entry.verified[s.indicatorCode] = s.verified;
    byRegion.set(s.regionCode, entry);
  }
  for (const a of affairs) {
    if (!sent(a.status)) continue;
    const entry = byRegion.get(a.regionCode) ?? { claimed: {}, verified: {}, innovations: [] };
    entry.innovations.push({ id: a.innovationId, affair: a.affair });
    byRegion.set(a.regionCode, entry);
  }
  return regions.map((region) => {
    const entry = byRegion.get(region.code);
    const anyPositive = (sums: Record<string, number>) => Object.values(sums).some((v) => v > 0);
    const claimed: IndexScore = scoreFromSums(config, entry ? { levelSums: entry.claimed, innovations: entry.innovations, evidenceBased: anyPositive(entry.claimed) } : null);
    const verified: IndexScore = scoreFromSums(config, entry ? { levelSums: entry.verified, innovations: entry.innovations, evidenceBased: anyPositive(entry.verified) } : null);
    return {
      regionCode: region.code,
      claimedIid: claimed.iid,
      claimedPredicate: claimed.predicate,
      verifiedIid: verified.iid,
      predicate: verified.predicate,
      disclaimer: verified.disclaimer,
      spd: verified.spd,
      sid: verified.sid,
      countScore: verified.countScore,
      innovations: verified.innovations,
      points: verified.points,
    };
  });
}

/** Recomputes every region's result for a year's model (index team), audited. */
export async function recomputeResults(db: Db, actor: RequestContext['actor'], year: number): Promise<{ regions: number; reported: number }> {
  const model = await requireModel(db, year);
  const [regions, sums, affairs] = await Promise.all([selectRegionsWithFlags(db), selectLevelSums(db, model.id), selectReportAffairs(db, model.id)]);
  const results = computeResults(model.config, regions, sums, affairs);
  const reported = results.filter((r) => r.disclaimer !== 'no_report').length;
  await db.transaction().execute(async (trx) => {
    await replaceResults(trx, model.id, results);
    await appendAudit(trx, actor, { action: 'index.results.compute', entityType: 'index_model', entityId: model.id, after: { year, regions: results.length, reported } });
  });
  return { regions: results.length, reported };
}

export async function publishResults(ctx: RequestContext, year: number): Promise<ModelRow> {
  const model = await requireModel(ctx.db, year);
  if (model.status !== 'published') throw errors.conflict('INDEX_MODEL_NOT_PUBLISHED', { id: 'Terbitkan model sebelum hasilnya.', en: 'Publish the model before its results.' });
  await recomputeResults(ctx.db, ctx.actor, year);
  return ctx.db.transaction().execute(async (trx) => {
    const after = await updateModel(trx, model.id, { resultsPublishedAt: ctx.now });
    await appendAudit(trx, ctx.actor, { action: 'index.results.publish', entityType: 'index_model', entityId: model.id, after: { year } });
    return after;
  });
}

async function readableModel(ctx: RequestContext, year: number): Promise<ModelRow> {
  const model = await selectModel(ctx.db, { year });
  if (!model || (!model.resultsPublishedAt && !mayReadUnpublishedResults(ctx.user))) throw errors.notFound(RESULTS);
  return model;
}

export function clustersOf(region: RegionFlagsRow): Cluster[] {
  const clusters: Cluster[] = [region.cluster];
  if (region.border) clusters.push('perbatasan');
  if (region.is3t) clusters.push('tertinggal');
  return clusters;
}

export interface RankedResult {
  regionCode: string;
  regionName: string;
  provinceCode: string | null;
  clusters: Cluster[];
  rank: number | null;
  verifiedIid: number;
  predicate: Predicate;
  claimedIid: number;
  gap: number;
  disclaimer: string | null;
  innovations: number;
}

/** Results of a year, ranked within one cluster (or all regions), by verified IID then code. */
export async function listResults(
  ctx: RequestContext,
  year: number,
  filter: { cluster?: Cluster; province?: string },
): Promise<{ year: number; publishedAt: Date | null; items: RankedResult[] }> {
  // A published model whose results are not out yet: the public sees "not published yet", not an error.
  const current = await selectModel(ctx.db, { year });
  if (current?.status === 'published' && !current.resultsPublishedAt && !mayReadUnpublishedResults(ctx.user)) return { year, publishedAt: null, items: [] };
  const model = await readableModel(ctx, year);
  const [results, regions] = await Promise.all([selectResults(ctx.db, model.id), selectRegionsWithFlags(ctx.db)]);
  const regionOf = new Map(regions.map((r) => [r.code, r]));
  let rank = 0;
  const items: RankedResult[] = [];
  for (const r of results) {
    const region = regionOf.get(r.regionCode);
    if (!region) continue;
    const clusters = clustersOf(region);
    if (filter.cluster && !clusters.includes(filter.cluster)) continue;
    if (filter.province && region.code !== filter.province && region.provinceCode !== filter.province) continue;
    const ranked = r.disclaimer === null;
    items.push({
      regionCode: r.regionCode,
      regionName: region.name,
      provinceCode: region.provinceCode,
      clusters,
      rank: ranked ? ++rank : null,
      verifiedIid: r.verifiedIid,
      predicate: r.predicate as Predicate,
      claimedIid: r.claimedIid,
      gap: Math.round((r.claimedIid - r.verifiedIid) * 100) / 100,
      disclaimer: r.disclaimer,
      innovations: r.innovations,
    });
  }
  return { year, publishedAt: model.resultsPublishedAt, items };
}

export interface ReportCard {
  year: number;
  regionCode: string;
  regionName: string;
  result: ResultRow;
  previous: { year: number; verifiedIid: number; predicate: string } | null;
  indicators: { no: number; code: string; aspect: 'spd' | 'sid'; name: { id: string; en: string }; points: number; previousPoints: number | null; change: number | null }[];
}

/** One region's report card: every indicator's points and the change from the previous year's published results. */
export async function reportCard(ctx: RequestContext, year: number, regionCode: string): Promise<ReportCard> {
  const model = await readableModel(ctx, year);
  const result = await selectResult(ctx.db, model.id, regionCode);
  if (!result) throw errors.notFound(RESULTS);
  const regions = await selectRegionsWithFlags(ctx.db);
  const region = regions.find((r) => r.code === regionCode);
  const previousModel = await selectModel(ctx.db, { year: year - 1 });
  const previous =
    previousModel && (previousModel.resultsPublishedAt || mayReadUnpublishedResults(ctx.user)) ? await selectResult(ctx.db, previousModel.id, regionCode) : undefined;
  return {
    year,
    regionCode,
    regionName: region?.name ?? regionCode,
    result,
    previous: previous ? { year: year - 1, verifiedIid: previous.verifiedIid, predicate: previous.predicate } : null,
    indicators: model.config.indicators.map((i) => {
      const points = result.points[i.code] ?? 0;
      const before = previous ? (previous.points[i.code] ?? 0) : null;
      return { no: i.no, code: i.code, aspect: i.aspect, name: i.name, points, previousPoints: before, change: before === null ? null : Math.round((points - before) * 100) / 100 };
    }),
  };
}

/**
 * Read model for other modules (the incentive's `iid_score`): a region's published verified
 * result of a year, or null when the year has no published results.
 */
export async function indexResultOf(db: DbOrTrx, regionCode: string, year: number): Promise<{ iid: number; predicate: Predicate } | null> {
  const model = await selectModel(db, { year });
  if (!model?.resultsPublishedAt) return null;
  const result = await selectResult(db, model.id, regionCode);
  return result ? { iid: result.verifiedIid, predicate: result.predicate as Predicate } : null;
}

/** The same for every region at once (the incentive's scenario reads all regions). */
export async function indexResultsOf(db: DbOrTrx, year: number): Promise<Map<string, number> | null> {
  const model = await selectModel(db, { year });
  if (!model?.resultsPublishedAt) return null;
  return new Map((await selectResults(db, model.id)).map((r) => [r.regionCode, r.verifiedIid]));
}

/** Read model for the dashboards: the years whose results are published, newest first (unpublished years never show). */
export async function publishedResultYears(db: DbOrTrx): Promise<{ year: number; publishedAt: Date }[]> {
  return (await selectModels(db))
    .filter((m) => m.resultsPublishedAt !== null)
    .map((m) => ({ year: m.year, publishedAt: m.resultsPublishedAt! }))
    .sort((a, b) => b.year - a.year);
}

/** Read model for the dashboards: every region's published verified IID and predicate of a year; null when the year's results are not published. */
export async function publishedResultsOf(db: DbOrTrx, year: number): Promise<{ regionCode: string; iid: number; predicate: Predicate }[] | null> {
  const model = await selectModel(db, { year });
  if (!model?.resultsPublishedAt) return null;
  return (await selectResults(db, model.id)).map((r) => ({ regionCode: r.regionCode, iid: r.verifiedIid, predicate: r.predicate as Predicate }));
}
