import type { FigureSection } from '../../../common/dashboards.js';
import { listAgencies } from '../agencies/service.js';
import { hubMembershipOf, hubsForDashboard } from '../replication/hubs-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from './sections.js';
import { currentYear, same, shared } from './sections-common.js';

/**
 * The JIPP hubs (Jaringan Inovasi Pelayanan Publik) on the dashboards (issue #19), read through the
 * replication module's `hubsForDashboard`/`hubMembershipOf`. Hubs are public (designated by decree).
 */
const HUBS_PAGE = '/jipp';

function hubExtra(hubs: Awaited<ReturnType<typeof hubsForDashboard>>): FigureSection['extra'] {
  return [
    { key: 'year_designated', header: { id: 'Tahun penetapan', en: 'Year designated' }, values: hubs.map((h) => h.yearDesignated) },
    { key: 'activities', header: { id: 'Kegiatan tercatat tahun ini', en: 'Activities logged this year' }, values: hubs.map((h) => h.activities) },
    { key: 'open_cases', header: { id: 'Kasus berjalan', en: 'Open cases' }, values: hubs.map((h) => h.openCases) },
  ];
}

/** Each hub's province on the tile map with its completed replications; the table adds the designation year and the year's activities. */
export const hubsMap: NationalSectionProvider = {
  id: 'hubs.map',
  load: async (db, f): Promise<FigureSection | null> => {
    const year = f.year ?? currentYear();
    const hubs = (await hubsForDashboard(db, year)).filter((h) => (!f.year || h.yearDesignated <= f.year) && (!f.province || h.provinceCode === f.province));
    if (hubs.length === 0) return null;
    hubs.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
    return {
      id: 'hubs.map',
      title: { id: `Hub JIPP: replikasi selesai (kegiatan ${year})`, en: `JIPP hubs: completed replications (activities ${year})` },
      unit: { id: 'replikasi selesai', en: 'completed replications' },
      rows: hubs.map((h) => ({ key: h.provinceCode, label: same(`${h.name} (${h.provinceName})`), value: h.completedReplications })),
      catalogQuery: null,
      tileMap: true,
      listHref: HUBS_PAGE,
      extra: hubExtra(hubs),
    };
  },
};

/** The hub of a region's province and whether the region's agencies are among its members. */
export const regionHub: RegionSectionProvider = {
  id: 'hubs.region',
  load: async (db, region): Promise<FigureSection> => {
    const province = region.level === 'province' ? region.code : region.provinceCode;
    const hubs = (await hubsForDashboard(db, currentYear())).filter((h) => h.provinceCode === province);
    const { items } = await shared('agencies', () => listAgencies(db, { active: true, limit: 100_000, offset: 0 }));
    const mine = items.filter((a) => (region.level === 'province' ? a.provinceCode === region.code : a.regionCode === region.code)).map((a) => a.id);
    const members = await hubMembershipOf(db, mine);
    return {
      id: 'hubs.region',
      title: { id: 'Keanggotaan hub JIPP', en: 'JIPP hub membership' },
      unit: { id: 'replikasi selesai', en: 'completed replications' },
      rows: hubs.map((h) => ({ key: h.id, label: same(h.name), value: h.completedReplications })),
      catalogQuery: null,
      listHref: hubs[0] ? `${HUBS_PAGE}/${encodeURIComponent(hubs[0].id)}` : HUBS_PAGE,
      extra: hubs.length
        ? [
            ...hubExtra(hubs)!,
            {
              key: 'member_agencies',
              header: { id: 'Instansi wilayah ini yang menjadi anggota', en: 'This region’s member agencies' },
              values: hubs.map((h) => members.filter((m) => m.hubId === h.id).length),
            },
          ]
        : [],
      emptyNote: { id: 'Provinsi wilayah ini belum memiliki hub JIPP.', en: 'This region’s province has no JIPP hub yet.' },
    };
  },
};
