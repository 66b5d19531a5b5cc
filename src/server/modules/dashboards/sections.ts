import type { DashboardFilters, FigureSection, RegionSummary } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { adoptedByProvince, provinceFlows, regionReplications } from '../replication/dashboard-sections.js';
import { withSharedReads } from './sections-common.js';
import { hubsMap, regionHub } from './sections-hubs.js';
import { incentiveAmounts, incentiveRegions, regionIncentive } from './sections-incentive.js';
import { indexByProvince, indexPredicates, regionIndex } from './sections-index.js';
import { oaoiByProvince, oaoiByType, oaoiByYear, regionOaoi } from './sections-oaoi.js';

/**
 * The extension point for other modules' figures (issue #19): replication flows, hubs,
 * One Agency One Innovation coverage, index scores and predicates, incentive eligibility.
 *
 * A module that lands adds one provider to `NATIONAL_SECTIONS` and/or `REGION_SECTIONS` below.
 * A provider reads **only through its own module's service or read-model functions** (never
 * another module's tables), returns public figures from published records, and returns `null`
 * when it has nothing to show for the filters (the section is then left out). Each section is
 * drawn by the web as a bar chart with its table alternative and exported in the XLSX/CSV/JSON
 * like the built-in figures, so no web or export change is needed for a new section.
 *
 * Example (replication module):
 * ```ts
 * export const replicationFlows: NationalSectionProvider = {
 *   id: 'replication.flows',
 *   load: async (db, f) => ({ id: 'replication.flows', title: {id: 'Replikasi per provinsi', en: 'Replications by province'},
 *     unit: {id: 'replikasi', en: 'replications'}, rows: await replicationsByProvince(db, f), catalogQuery: 'sort=replicated' }),
 * };
 * ```
 * The dashboards cache (see `cache.ts`) keeps answers for a short time; a provider whose data
 * changes often calls `invalidateDashboards()` after its writes commit.
 */
export interface NationalSectionProvider {
  id: string;
  load(db: Db, filters: DashboardFilters): Promise<FigureSection | null>;
}

export interface RegionSectionProvider {
  id: string;
  load(db: Db, region: RegionSummary): Promise<FigureSection | null>;
}

export const NATIONAL_SECTIONS: NationalSectionProvider[] = [
  adoptedByProvince,
  provinceFlows,
  oaoiByProvince,
  oaoiByYear,
  oaoiByType,
  indexByProvince,
  indexPredicates,
  incentiveRegions,
  incentiveAmounts,
  hubsMap,
];
export const REGION_SECTIONS: RegionSectionProvider[] = [regionReplications, regionOaoi, regionIndex, regionIncentive, regionHub];

export async function loadSections<A>(providers: readonly { load(db: Db, arg: A): Promise<FigureSection | null> }[], db: Db, arg: A): Promise<FigureSection[]> {
  return withSharedReads(async () => {
    const out: FigureSection[] = [];
    // One at a time: PGlite has one connection, and providers are few.
    for (const p of providers) {
      const section = await p.load(db, arg);
      if (section) out.push(section);
    }
    return out;
  });
}
