import type { FigureSection } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { getScenario, listRecommendations } from '../incentive/scenarios-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from './sections.js';
import { provinceNames, provinceOf, same, shared } from './sections-common.js';

/**
 * The regional incentive (Insentif Fiskal) on the dashboards (issue #19): only recommendations the
 * ministry has published to the Ministry of Finance, read through the incentive module's
 * `listRecommendations`/`getScenario(…, { recommendedOnly: true })`. Scenarios still being weighed
 * never show. Each figure links to the published recommendation, where every region's reasons are.
 */
type Recommendation = Awaited<ReturnType<typeof getScenario>>;

/** Every published recommendation with its fiscal year, newest year first. */
function recommendations(db: Db): Promise<Recommendation[]> {
  return shared('incentive:recommendations', () => readRecommendations(db));
}

async function readRecommendations(db: Db): Promise<Recommendation[]> {
  const out: Recommendation[] = [];
  for (const r of await listRecommendations(db)) out.push(await getScenario(db, r.id, { recommendedOnly: true }));
  return out.sort((a, b) => b.ruleSet.fiscalYear - a.ruleSet.fiscalYear);
}

/** The filter's fiscal year's recommendation; without a year filter, the newest one. */
async function recommendationFor(db: Db, year: number | undefined): Promise<Recommendation | null> {
  const all = await recommendations(db);
  return (year === undefined ? all[0] : all.find((r) => r.ruleSet.fiscalYear === year)) ?? null;
}

const recommendationHref = (id: string) => `/insentif/rekomendasi/${encodeURIComponent(id)}`;

function byProvince(rec: Recommendation, province: string | undefined) {
  const groups = new Map<string, { regions: number; amount: number }>();
  for (const r of rec.result.regions) {
    const code = provinceOf(r.regionCode);
    if (!r.eligible || (province && code !== province)) continue;
    const g = groups.get(code) ?? { regions: 0, amount: 0 };
    g.regions += 1;
    g.amount += Number(r.amount);
    groups.set(code, g);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** Eligible regions per province (tile map), with the amounts beside them. */
export const incentiveRegions: NationalSectionProvider = {
  id: 'incentive.regions',
  load: async (db, f): Promise<FigureSection | null> => {
    const rec = await recommendationFor(db, f.year);
    if (!rec) return null;
    const [groups, names] = [byProvince(rec, f.province), await provinceNames(db)];
    if (groups.length === 0) return null;
    const year = rec.ruleSet.fiscalYear;
    return {
      id: 'incentive.regions',
      title: { id: `Insentif ${year}: daerah layak per provinsi (rekomendasi terbit)`, en: `Incentive ${year}: eligible regions by province (published recommendation)` },
      unit: { id: 'daerah layak', en: 'eligible regions' },
      rows: groups.map(([code, g]) => ({ key: code, label: same(names.get(code) ?? code), value: g.regions })),
      catalogQuery: null,
      tileMap: true,
      listHref: recommendationHref(rec.id),
      extra: [{ key: 'amount', header: { id: 'Jumlah (Rp)', en: 'Amount (IDR)' }, values: groups.map(([, g]) => g.amount) }],
    };
  },
};

/** The recommended amounts per province. */
export const incentiveAmounts: NationalSectionProvider = {
  id: 'incentive.amounts',
  load: async (db, f): Promise<FigureSection | null> => {
    const rec = await recommendationFor(db, f.year);
    if (!rec) return null;
    const [groups, names] = [byProvince(rec, f.province), await provinceNames(db)];
    if (groups.length === 0) return null;
    const year = rec.ruleSet.fiscalYear;
    return {
      id: 'incentive.amounts',
      title: { id: `Insentif ${year}: jumlah per provinsi (rekomendasi terbit)`, en: `Incentive ${year}: amounts by province (published recommendation)` },
      unit: { id: 'rupiah', en: 'rupiah' },
      rows: groups.map(([code, g]) => ({ key: code, label: same(names.get(code) ?? code), value: g.amount })),
      catalogQuery: null,
      listHref: recommendationHref(rec.id),
    };
  },
};

/** A region's eligibility and amount in each published recommendation. */
export const regionIncentive: RegionSectionProvider = {
  id: 'incentive.region',
  load: async (db, region): Promise<FigureSection> => {
    const cells = (await recommendations(db))
      .map((rec) => ({ rec, mine: rec.result.regions.find((r) => r.regionCode === region.code) }))
      .filter((c) => c.mine)
      .sort((a, b) => a.rec.ruleSet.fiscalYear - b.rec.ruleSet.fiscalYear);
    const newest = cells.at(-1);
    return {
      id: 'incentive.region',
      title: { id: 'Insentif fiskal (rekomendasi terbit)', en: 'Fiscal incentive (published recommendations)' },
      unit: { id: 'rupiah', en: 'rupiah' },
      rows: cells.map(({ rec, mine }) => ({
        key: String(rec.ruleSet.fiscalYear),
        label: mine!.eligible
          ? { id: `TA ${rec.ruleSet.fiscalYear} — layak`, en: `${rec.ruleSet.fiscalYear} — eligible` }
          : { id: `TA ${rec.ruleSet.fiscalYear} — tidak layak`, en: `${rec.ruleSet.fiscalYear} — not eligible` },
        value: Number(mine!.amount),
      })),
      catalogQuery: null,
      ...(newest ? { listHref: recommendationHref(newest.rec.id) } : {}),
      emptyNote: { id: 'Belum ada rekomendasi insentif fiskal yang terbit untuk wilayah ini.', en: 'No published fiscal incentive recommendation covers this region yet.' },
    };
  },
};
