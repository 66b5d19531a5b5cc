import type { InnovationFigures } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { listCategories } from './repository.js';
import { STATUS_CONFIRMATION_MONTHS } from '../../../common/catalog.js';
import {
  type AgencyRecordWorkload,
  agencyRecordWorkload,
  awardCountsByCompetition,
  awardLevelCounts,
  type CompetitionAwardCount,
  type FigureScope,
  groupedInnovationCounts,
  runningPerAgencyYear,
  newestInnovationIds,
} from './figures-repository.js';
import { searchItemsByIds } from './search-service.js';

/**
 * The catalog's read model for dashboards and open data (issue #19): figures over **published**
 * records only, so anything here may be shown to the public. Other modules call these, never
 * the catalog's tables.
 */
export type { AgencyRecordWorkload, CompetitionAwardCount, FigureScope };

export interface CatalogFigures extends Omit<InnovationFigures, 'byProvince'> {
  /** Province codes with counts; the caller names them (regions module). */
  byProvince: { key: string; count: number }[];
  byRegency: { key: string; count: number }[];
}

export async function publishedInnovationFigures(db: Db, scope: FigureScope, options: { withRegencies?: boolean } = {}): Promise<CatalogFigures> {
  const [rows, categories] = await Promise.all([groupedInnovationCounts(db, scope, options.withRegencies ?? false), listCategories(db, true)]);
  const of = (dim: string) => rows.filter((r) => r.dim === dim && r.key !== null).map((r) => ({ key: r.key!, count: r.n }));
  const byCategoryId = new Map(of('category').map((b) => [b.key, b.count]));
  const sdgCounts = new Map(of('sdg').map((b) => [b.key, b.count]));
  const desc = (a: { count: number; key: string }, b: { count: number; key: string }) => b.count - a.count || a.key.localeCompare(b.key);
  return {
    total: rows.find((r) => r.dim === 'total')?.n ?? 0,
    byProvince: of('province').sort(desc),
    byRegency: of('regency').sort(desc),
    byCategory: categories
      .filter((c) => byCategoryId.has(String(c.id)))
      .map((c) => ({ key: c.code, name: { id: c.nameId, en: c.nameEn }, count: byCategoryId.get(String(c.id)) ?? 0 }))
      .sort(desc),
    bySdg: Array.from({ length: 17 }, (_, i) => ({ key: String(i + 1), count: sdgCounts.get(String(i + 1)) ?? 0 })),
    byStartYear: of('year').sort((a, b) => Number(a.key) - Number(b.key)),
  };
}

export function publishedAwardsByCompetition(db: Db, scope: FigureScope): Promise<CompetitionAwardCount[]> {
  return awardCountsByCompetition(db, scope);
}

export function publishedAwardLevels(db: Db, scope: FigureScope): Promise<{ level: string; count: number }[]> {
  return awardLevelCounts(db, scope);
}

/** The newest published innovations of a region, as the catalog's search lists them. */
export async function newestPublishedInnovations(db: Db, scope: FigureScope, limit: number) {
  const ids = await newestInnovationIds(db, scope, limit);
  return searchItemsByIds(db, ids);
}

/** Records waiting for work (drafts, returned, to approve, status to confirm): one agency's, or every agency's (null, the ministry). */
export function recordWorkload(db: Db, agencyId: string | null): Promise<AgencyRecordWorkload> {
  return agencyRecordWorkload(db, agencyId, STATUS_CONFIRMATION_MONTHS);
}

/** Published innovations running per agency and year (One Agency One Innovation's realisation). */
export function innovationsRunningPerAgencyYear(db: Db, fromYear: number, toYear: number, agencyId?: string) {
  return runningPerAgencyYear(db, fromYear, toYear, agencyId);
}
