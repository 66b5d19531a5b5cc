import type { FigureSection } from '../../../common/dashboards.js';
import { replicationCountsByProvince, replicationCountsOfRegion, replicationFlows } from '../catalog/replications-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from '../dashboards/sections.js';

/**
 * The replication network's figures on the dashboards (issue #19), from the catalog's confirmed
 * replication records (the public record: completed cases and the ministry's register).
 */
const UNIT = { id: 'replikasi', en: 'replications' };
const TOP_FLOWS = 15;
export const ADOPTED_BY_PROVINCE = 'replication.adoptedByProvince';

/** Replications adopted per province (drawn on the tile map too); with a province filter, that province only. */
export const adoptedByProvince: NationalSectionProvider = {
  id: ADOPTED_BY_PROVINCE,
  load: async (db, f): Promise<FigureSection | null> => {
    const counts = (await replicationCountsByProvince(db, { year: f.year })).filter((c) => c.replicatedIn > 0 && (!f.province || c.province.code === f.province));
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
    const flows = (await replicationFlows(db, { year: f.year })).filter((x) => !f.province || x.from.code === f.province || x.to.code === f.province).slice(0, TOP_FLOWS);
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
