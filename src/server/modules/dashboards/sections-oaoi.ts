import type { FigureSection, Localized, RegionSummary } from '../../../common/dashboards.js';
import { OAOI_AGENCY_TYPES, type OaoiAgencyType } from '../../../common/institutionalisation.js';
import type { Db } from '../../db/types.js';
import { listAgencies } from '../agencies/service.js';
import { oaoiAgencyRows } from '../institutionalisation/oaoi-service.js';
import type { NationalSectionProvider, RegionSectionProvider } from './sections.js';
import { currentYear, PERCENT, percent, provinceNames, publicContext, same, shared } from './sections-common.js';

/**
 * One Agency One Innovation on the dashboards (issue #19): the share of government agencies whose
 * published innovations running in a year reach their target, read only through the
 * institutionalisation module's `oaoiAgencyRows`. Aggregates only (no agency is named).
 */
const YEARS = 5;
const LIST = '/satu-instansi-satu-inovasi';

const TYPE_LABELS: Record<OaoiAgencyType, Localized> = {
  kementerian: { id: 'Kementerian', en: 'Ministries' },
  lembaga: { id: 'Lembaga', en: 'Agencies' },
  provinsi: { id: 'Pemerintah provinsi', en: 'Provincial governments' },
  kabupaten: { id: 'Pemerintah kabupaten', en: 'Regency governments' },
  kota: { id: 'Pemerintah kota', en: 'City governments' },
};

type Row = Awaited<ReturnType<typeof oaoiAgencyRows>>[number];

function share(rows: readonly Row[]): { agencies: number; meeting: number; value: number } {
  const meeting = rows.filter((r) => r.met).length;
  return { agencies: rows.length, meeting, value: rows.length ? percent(meeting / rows.length) : 0 };
}

function extra(cells: { agencies: number; meeting: number }[]): FigureSection['extra'] {
  return [
    { key: 'agencies', header: { id: 'Instansi', en: 'Agencies' }, values: cells.map((c) => c.agencies) },
    { key: 'meeting', header: { id: 'Memenuhi target', en: 'Meeting the target' }, values: cells.map((c) => c.meeting) },
  ];
}

const allRowsOfYear = (db: Db, year: number): Promise<Row[]> => shared(`oaoi:${year}`, () => oaoiAgencyRows(publicContext(db), year));

async function rowsOfYear(db: Db, year: number, province?: string): Promise<Row[]> {
  const rows = await allRowsOfYear(db, year);
  return province ? rows.filter((r) => r.provinceCode === province) : rows;
}

/** Coverage per year (the last five years up to the filter's year), nationally or in the filtered province. */
export const oaoiByYear: NationalSectionProvider = {
  id: 'oaoi.byYear',
  load: async (db, f) => {
    const to = f.year ?? currentYear();
    const cells = [];
    for (let year = to - YEARS + 1; year <= to; year += 1) cells.push({ year, ...share(await rowsOfYear(db, year, f.province)) });
    if (cells.every((c) => c.agencies === 0)) return null;
    return {
      id: 'oaoi.byYear',
      title: { id: 'Cakupan Satu Instansi Satu Inovasi per tahun', en: 'One Agency One Innovation coverage by year' },
      unit: PERCENT,
      rows: cells.map((c) => ({ key: String(c.year), label: same(String(c.year)), value: c.value })),
      catalogQuery: null,
      listHref: LIST,
      extra: extra(cells),
    };
  },
};

/** Coverage per province in the year (drawn on the tile map) and per agency type. */
export const oaoiByProvince: NationalSectionProvider = {
  id: 'oaoi.byProvince',
  load: async (db, f) => {
    const year = f.year ?? currentYear();
    const [rows, names] = await Promise.all([rowsOfYear(db, year, f.province), provinceNames(db)]);
    const groups = new Map<string, Row[]>();
    for (const r of rows) if (r.provinceCode) groups.set(r.provinceCode, [...(groups.get(r.provinceCode) ?? []), r]);
    if (groups.size === 0) return null;
    const cells = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([code, g]) => ({ code, ...share(g) }));
    return {
      id: 'oaoi.byProvince',
      title: { id: `Cakupan per provinsi ${year}: Satu Instansi Satu Inovasi`, en: `Coverage by province ${year}: One Agency One Innovation` },
      unit: PERCENT,
      rows: cells.map((c) => ({ key: c.code, label: same(names.get(c.code) ?? c.code), value: c.value })),
      catalogQuery: null,
      tileMap: true,
      listHref: LIST,
      extra: extra(cells),
    };
  },
};

export const oaoiByType: NationalSectionProvider = {
  id: 'oaoi.byType',
  load: async (db, f) => {
    const year = f.year ?? currentYear();
    const rows = await rowsOfYear(db, year, f.province);
    const cells = OAOI_AGENCY_TYPES.map((type) => ({ type, ...share(rows.filter((r) => r.type === type)) })).filter((c) => c.agencies > 0);
    if (cells.length === 0) return null;
    return {
      id: 'oaoi.byType',
      title: { id: `Cakupan per jenis instansi ${year}: Satu Instansi Satu Inovasi`, en: `Coverage by agency type ${year}: One Agency One Innovation` },
      unit: PERCENT,
      rows: cells.map((c) => ({ key: c.type, label: TYPE_LABELS[c.type], value: c.value })),
      catalogQuery: null,
      listHref: LIST,
      extra: extra(cells),
    };
  },
};

/** A region's agencies: a province's every agency; a regency's/city's own agencies. */
async function agencyIdsOf(db: Db, region: RegionSummary): Promise<Set<string>> {
  const { items } = await shared('agencies', () => listAgencies(db, { active: true, limit: 100_000, offset: 0 }));
  return new Set(items.filter((a) => (region.level === 'province' ? a.provinceCode === region.code : a.regionCode === region.code)).map((a) => a.id));
}

/** A region's target vs realisation over the last five years: the sums over its government agencies. */
export const regionOaoi: RegionSectionProvider = {
  id: 'oaoi.region',
  load: async (db, region) => {
    const ids = await agencyIdsOf(db, region);
    const to = currentYear();
    const cells = [];
    for (let year = to - YEARS + 1; year <= to; year += 1) {
      const rows = ids.size ? (await allRowsOfYear(db, year)).filter((r) => ids.has(r.id)) : [];
      cells.push({ year, target: rows.reduce((s, r) => s + r.target, 0), realisation: rows.reduce((s, r) => s + r.realisation, 0), ...share(rows) });
    }
    const none = cells.every((c) => c.agencies === 0);
    return {
      id: 'oaoi.region',
      title: { id: 'Satu Instansi Satu Inovasi: target dan realisasi', en: 'One Agency One Innovation: target and realisation' },
      unit: { id: 'Inovasi berjalan (realisasi)', en: 'Innovations running (realisation)' },
      rows: none ? [] : cells.map((c) => ({ key: String(c.year), label: same(String(c.year)), value: c.realisation })),
      catalogQuery: null,
      extra: none
        ? []
        : [
            { key: 'target', header: { id: 'Target', en: 'Target' }, values: cells.map((c) => c.target) },
            { key: 'coverage', header: PERCENT, values: cells.map((c) => c.value) },
          ],
      emptyNote: { id: 'Belum ada instansi pemerintah terdaftar di wilayah ini.', en: 'No government agency is registered in this region yet.' },
    };
  },
};
