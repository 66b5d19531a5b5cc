import type { DashboardFilters, FigureSection } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { type ProvinceFlow, replicationCountsOfRegion, replicationFlows } from '../catalog/replications-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from '../dashboards/sections.js';

/**
 * The replication network's figures on the dashboards (issue #19), from the catalog's confirmed
 * replication records (the public record: completed cases and the ministry's register).
 */
const UNIT = { id: 'replikasi', en: 'replications' };

/**
 * The national view's two replication sections share one read of the flows: `loadSections`
 * hands every provider the same filters object, so the flows are read once per view.
 */
const flowsOfView = new WeakMap<DashboardFilters, Promise<ProvinceFlow[]>>();
function flowsFor(db: Db, f: DashboardFilters): Promise<ProvinceFlow[]> {
  let flows = flowsOfView.get(f);
  if (!flows) {
    flows = replicationFlows(db, { year: f.year });
    flowsOfView.set(f, flows);
  }
  return flows;
}

/** Per province, replications adopted there (from the flows). */
function adoptedPerProvince(flows: ProvinceFlow[]): { province: { code: string; name: string }; replicatedIn: number }[] {
  const counts = new Map<string, { province: { code: string; name: string }; replicatedIn: number }>();
  for (const flow of flows) {
    const e = counts.get(flow.to.code) ?? { province: flow.to, replicatedIn: 0 };
    e.replicatedIn += flow.count;
    counts.set(flow.to.code, e);
  }
  return [...counts.values()].sort((a, b) => a.province.code.localeCompare(b.province.code));
}
const TOP_FLOWS = 15;
export const ADOPTED_BY_PROVINCE = 'replication.adoptedByProvince';

/** Replications adopted per province (drawn on the tile map too); with a province filter, that province only. */
export const adoptedByProvince: NationalSectionProvider = {
  id: ADOPTED_BY_PROVINCE,
  load: async (db, f): Promise<FigureSection | null> => {
    const counts = adoptedPerProvince(await flowsFor(db, f)).filter((c) => c.replicatedIn > 0 && (!f.province || c.province.code === f.province));
    if (counts.length === 0) return null;
    return {
      id: ADOPTED_BY_PROVINCE,
      title: { id: 'Replikasi diadopsi per provinsi', en: 'Replications adopted by province' },
      unit: UNIT,
      rows: counts.map((c) => ({ key: c.province.code, label: { id: c.province.name, en: c.province.name }, value: c.replicatedIn })),
      catalogQuery: 'sort=replicated',
      tileMap: true,
    };
  },
};

/** The largest flows between provinces (origin → adopter); with a province filter, the flows in or out of it. */
export const provinceFlows: NationalSectionProvider = {
  id: 'replication.flows',
  load: async (db, f): Promise<FigureSection | null> => {
    const flows = (await flowsFor(db, f)).filter((x) => !f.province || x.from.code === f.province || x.to.code === f.province).slice(0, TOP_FLOWS);
    if (flows.length === 0) return null;
    return {
      id: 'replication.flows',
      title: { id: 'Alur replikasi antarprovinsi (asal → pengadopsi)', en: 'Replication flows between provinces (origin → adopter)' },
      unit: UNIT,
      rows: flows.map((x) => ({ key: `${x.from.code}-${x.to.code}`, label: { id: `${x.from.name} → ${x.to.name}`, en: `${x.from.name} → ${x.to.name}` }, value: x.count })),
      catalogQuery: 'sort=replicated',
    };
  },
};

/** A region's replications in (adopted there) and out (its innovations replicated elsewhere). */
export const regionReplications: RegionSectionProvider = {
  id: 'replication.region',
  load: async (db, region): Promise<FigureSection | null> => {
    const c = await replicationCountsOfRegion(db, { code: region.code, level: region.level });
    if (c.replicatedIn === 0 && c.replicatedOut === 0) return null;
    return {
      id: 'replication.region',
      title: { id: 'Replikasi masuk dan keluar', en: 'Replications in and out' },
      unit: UNIT,
      rows: [
        { key: 'in', label: { id: 'Diadopsi di wilayah ini', en: 'Adopted in this region' }, value: c.replicatedIn },
        { key: 'out', label: { id: 'Inovasi wilayah ini direplikasi di tempat lain', en: 'This region’s innovations replicated elsewhere' }, value: c.replicatedOut },
      ],
      catalogQuery: null,
    };
  },
};
