import type { Db } from '../db/types.js';

/**
 * The JIPP hubs designated so far (DOMAIN.md, issue #14), loaded as reference data at every start
 * (insert-if-missing by province, so the ministry's later edits are kept). Only the 2020 decree
 * is public (KepmenPANRB 94/2020); for the 2021 and 2023 hubs number and date are null, which the
 * platform shows as "unknown" until the ministry records them.
 */
export const HUB_DECREE_2020 = 'KepmenPANRB Nomor 94 Tahun 2020';

export const REFERENCE_HUBS: readonly { provinceCode: string; year: number; decreeNumber: string | null }[] = [
  // 2020 (KepmenPANRB 94/2020)
  { provinceCode: '35', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Jawa Timur
  { provinceCode: '16', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Sumatera Selatan
  { provinceCode: '73', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Sulawesi Selatan
  { provinceCode: '33', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Jawa Tengah
  { provinceCode: '13', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Sumatera Barat
  { provinceCode: '19', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Kepulauan Bangka Belitung
  { provinceCode: '63', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Kalimantan Selatan
  { provinceCode: '75', year: 2020, decreeNumber: HUB_DECREE_2020 }, // Gorontalo
  // 2021
  { provinceCode: '61', year: 2021, decreeNumber: null }, // Kalimantan Barat
  { provinceCode: '14', year: 2021, decreeNumber: null }, // Riau
  { provinceCode: '51', year: 2021, decreeNumber: null }, // Bali
  { provinceCode: '81', year: 2021, decreeNumber: null }, // Maluku
  // 2023
  { provinceCode: '15', year: 2023, decreeNumber: null }, // Jambi
  { provinceCode: '18', year: 2023, decreeNumber: null }, // Lampung
  { provinceCode: '32', year: 2023, decreeNumber: null }, // Jawa Barat
  { provinceCode: '34', year: 2023, decreeNumber: null }, // DI Yogyakarta
  { provinceCode: '52', year: 2023, decreeNumber: null }, // Nusa Tenggara Barat
  { provinceCode: '82', year: 2023, decreeNumber: null }, // Maluku Utara
  { provinceCode: '64', year: 2023, decreeNumber: null }, // Kalimantan Timur
];

export async function loadHubReference(db: Db): Promise<void> {
  const codes = REFERENCE_HUBS.map((h) => h.provinceCode);
  const names = new Map((await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', codes).execute()).map((r) => [r.code, r.name]));
  const rows = REFERENCE_HUBS.filter((h) => names.has(h.provinceCode)).map((h) => ({
    province_code: h.provinceCode,
    name: `Hub JIPP ${names.get(h.provinceCode)}`,
    year_designated: h.year,
    decree_number: h.decreeNumber,
    period_start: `${h.year}-01-01`,
    status: 'active' as const,
  }));
  if (rows.length === 0) return;
  await db
    .insertInto('hubs')
    .values(rows)
    .onConflict((oc) => oc.column('province_code').doNothing())
    .execute();
}
