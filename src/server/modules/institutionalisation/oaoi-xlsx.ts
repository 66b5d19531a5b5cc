import type { OaoiAgencyRow } from '../../../common/institutionalisation.js';
import { workbookBuffer } from '../../exports/xlsx.js';

/** OAOI for a year as a workbook: every agency's target and realisation, and coverage per province. */
export async function oaoiWorkbook(
  year: number,
  rows: readonly OaoiAgencyRow[],
  byProvince: readonly { code: string; name: string; agencies: number; meeting: number; share: number }[],
): Promise<Buffer> {
  return workbookBuffer([
    {
      name: `Instansi ${year}`,
      columns: [
        { header: 'Instansi', key: 'name', width: 45 },
        { header: 'Jenis', key: 'type', width: 14 },
        { header: 'Provinsi', key: 'province', width: 10 },
        { header: 'Target', key: 'target', width: 10 },
        { header: 'Realisasi', key: 'realisation', width: 10 },
        { header: 'Memenuhi target', key: 'met', width: 16 },
      ],
      rows: rows.map((r) => ({ name: r.name, type: r.type, province: r.provinceCode ?? '', target: r.target, realisation: r.realisation, met: r.met ? 'ya' : 'tidak' })),
    },
    {
      name: `Provinsi ${year}`,
      columns: [
        { header: 'Kode', key: 'code', width: 8 },
        { header: 'Provinsi', key: 'name', width: 30 },
        { header: 'Instansi', key: 'agencies', width: 10 },
        { header: 'Memenuhi target', key: 'meeting', width: 16 },
        { header: 'Cakupan (%)', key: 'share', width: 12 },
      ],
      rows: byProvince.map((p) => ({ ...p, share: Math.round(p.share * 1000) / 10 })),
    },
  ]);
}
