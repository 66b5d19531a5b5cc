import type { FigureSection } from '../../../common/dashboards.js';
import { PREDICATE_LABELS, PREDICATES } from '../../../common/innovation-index.js';
import type { Db } from '../../db/types.js';
import { publishedResultsOf, publishedResultYears } from '../innovation-index/results-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from './sections.js';
import { provinceNames, provinceOf, same } from './sections-common.js';

/**
 * The regional innovation index (Indeks Inovasi Daerah) on the dashboards (issue #19): published
 * results only, read through the index module's `publishedResultYears`/`publishedResultsOf`.
 * Unpublished results show nothing at all, not even that they exist.
 */
const RESULTS_PAGE = '/indeks';

/** The filter's year when its results are published; without a year filter, the newest published year. */
async function resultsYear(db: Db, year: number | undefined): Promise<number | null> {
  const years = await publishedResultYears(db);
  if (year !== undefined) return years.some((y) => y.year === year) ? year : null;
  return years[0]?.year ?? null;
}

/** How many regions got each predicate. */
export const indexPredicates: NationalSectionProvider = {
  id: 'index.predicates',
  load: async (db, f): Promise<FigureSection | null> => {
    const year = await resultsYear(db, f.year);
    if (year === null) return null;
    const results = ((await publishedResultsOf(db, year)) ?? []).filter((r) => !f.province || provinceOf(r.regionCode) === f.province);
    if (results.length === 0) return null;
    return {
      id: 'index.predicates',
      title: { id: `Predikat IID ${year}: Indeks Inovasi Daerah terbit`, en: `IID predicates ${year}: published regional innovation index` },
      unit: { id: 'daerah', en: 'regions' },
      rows: PREDICATES.map((p) => ({ key: p, label: PREDICATE_LABELS[p], value: results.filter((r) => r.predicate === p).length })),
      catalogQuery: null,
      listHref: RESULTS_PAGE,
    };
  },
};

/** Each provincial government's verified IID (drawn on the tile map). */
export const indexByProvince: NationalSectionProvider = {
  id: 'index.byProvince',
  load: async (db, f): Promise<FigureSection | null> => {
    const year = await resultsYear(db, f.year);
    if (year === null) return null;
    const [results, names] = await Promise.all([publishedResultsOf(db, year), provinceNames(db)]);
    const provinces = (results ?? [])
      .filter((r) => names.has(r.regionCode) && (!f.province || r.regionCode === f.province))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
    if (provinces.length === 0) return null;
    return {
      id: 'index.byProvince',
      title: { id: `Skor IID provinsi ${year}: Indeks Inovasi Daerah terbit`, en: `Provincial IID scores ${year}: published regional innovation index` },
      unit: { id: 'skor IID', en: 'IID score' },
      rows: provinces.map((r) => ({ key: r.regionCode, label: same(names.get(r.regionCode)!), value: r.iid })),
      catalogQuery: null,
      tileMap: true,
      listHref: RESULTS_PAGE,
    };
  },
};

/** A region's score and predicate per published year, with the change from the year before. */
export const regionIndex: RegionSectionProvider = {
  id: 'index.region',
  load: async (db, region): Promise<FigureSection> => {
    const years = (await publishedResultYears(db)).map((y) => y.year).sort((a, b) => a - b);
    const cells: { year: number; iid: number; predicate: (typeof PREDICATES)[number] }[] = [];
    for (const year of years) {
      const mine = ((await publishedResultsOf(db, year)) ?? []).find((r) => r.regionCode === region.code);
      if (mine) cells.push({ year, iid: mine.iid, predicate: mine.predicate });
    }
    return {
      id: 'index.region',
      title: { id: 'Indeks Inovasi Daerah: skor dan predikat', en: 'Regional innovation index: score and predicate' },
      unit: { id: 'skor IID', en: 'IID score' },
      rows: cells.map((c) => ({
        key: String(c.year),
        label: { id: `${c.year} — ${PREDICATE_LABELS[c.predicate].id}`, en: `${c.year} — ${PREDICATE_LABELS[c.predicate].en}` },
        value: c.iid,
      })),
      catalogQuery: null,
      listHref: RESULTS_PAGE,
      extra: cells.length
        ? [
            {
              key: 'change',
              header: { id: 'Perubahan dari tahun sebelumnya', en: 'Change from the year before' },
              values: cells.map((c, i) => (i > 0 && cells[i - 1]!.year === c.year - 1 ? Math.round((c.iid - cells[i - 1]!.iid) * 100) / 100 : 0)),
            },
          ]
        : [],
      emptyNote: { id: 'Belum ada hasil Indeks Inovasi Daerah yang terbit untuk wilayah ini.', en: 'No published regional innovation index result for this region yet.' },
    };
  },
};
