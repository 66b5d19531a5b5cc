import ExcelJS from 'exceljs';
import type { Localized } from '../../../common/dashboards.js';
import { neutralizeCell } from '../../exports/csv.js';
import type { FigureTable } from './tables.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LICENCE: Localized = {
  id: 'Data katalog: Kementerian PANRB, lisensi CC BY 4.0. Kode dan nama wilayah: idn-area-data (ODbL 1.0).',
  en: 'Catalog data: Ministry of PANRB, licence CC BY 4.0. Region codes and names: idn-area-data (ODbL 1.0).',
};
export const OPEN_DATA_LICENCE = LICENCE;

/**
 * A dashboard view as a workbook: one sheet per table, then a sheet with the view's title, its
 * filters, the date it was made and the licence (the dated footer of every export).
 */
export async function tablesWorkbook(title: string, filters: string, tables: readonly FigureTable[], lang: 'id' | 'en', generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  wb.created = generatedAt;
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.title[lang].replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = wb.addWorksheet(name);
    sheet.columns = t.columns.map((c) => ({ header: c.header[lang], key: c.key, width: Math.max(12, c.header[lang].length + 4) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of t.rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutralizeCell(v) : v])));
  }
  const about = wb.addWorksheet(lang === 'id' ? 'Tentang' : 'About');
  about.columns = [{ width: 24 }, { width: 90 }];
  about.addRows([
    [lang === 'id' ? 'Judul' : 'Title', neutralizeCell(title)],
    [lang === 'id' ? 'Filter' : 'Filters', neutralizeCell(filters)],
    [lang === 'id' ? 'Dibuat' : 'Generated', generatedAt.toISOString()],
    [lang === 'id' ? 'Sumber' : 'Source', lang === 'id' ? 'Simpul — hanya data yang terbit' : 'Simpul — published records only'],
    [lang === 'id' ? 'Lisensi' : 'Licence', LICENCE[lang]],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
