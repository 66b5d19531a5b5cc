import type { Db } from '../../db/types.js';
import { STATUS_CONFIRMATION_MONTHS } from '../../../common/catalog.js';
import {
  type AgencyRecordWorkload,
  agencyRecordWorkload,
  awardCountsByCompetition,
  awardLevelCounts,
  type CompetitionAwardCount,
  type FigureScope,
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
