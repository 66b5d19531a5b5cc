import type { Localized } from '../../../common/dashboards.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import type { FigureTable } from './tables.js';

export { XLSX_TYPE } from '../../exports/xlsx.js';

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
  const about = {
    name: lang === 'id' ? 'Tentang' : 'About',
    columns: [
      { header: lang === 'id' ? 'Butir' : 'Item', key: 'item', width: 24 },
      { header: lang === 'id' ? 'Isi' : 'Value', key: 'value', width: 90 },
    ],
    rows: [
      { item: lang === 'id' ? 'Judul' : 'Title', value: title },
      { item: lang === 'id' ? 'Filter' : 'Filters', value: filters },
      { item: lang === 'id' ? 'Dibuat' : 'Generated', value: generatedAt.toISOString() },
      { item: lang === 'id' ? 'Sumber' : 'Source', value: lang === 'id' ? 'Simpul — hanya data yang terbit' : 'Simpul — published records only' },
      { item: lang === 'id' ? 'Lisensi' : 'Licence', value: LICENCE[lang] },
    ],
  };
  const sheets = tables.map((t) => ({
    name: t.title[lang],
    columns: t.columns.map((c) => ({ header: c.header[lang], key: c.key })),
    rows: t.rows,
  }));
  return workbookBuffer([...sheets, about], { createdAt: generatedAt });
}
