import { csvText } from '../../../exports/csv.js';
import { workbookBuffer } from '../../../exports/xlsx.js';
import type { CategoryView } from '../schemas.js';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-columns.js';

/** The CSV template: the header and one example row to overwrite. */
export function csvTemplate(): Buffer {
  const text = csvText([IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)], { bom: true });
  return Buffer.from(text, 'utf8');
}

/** Kept as text so Excel does not turn 35.78 into a number or 2019-03-01 into a serial. */
const TEXT_COLUMNS = new Set(['kode_wilayah', 'tanggal_mulai', 'sdgs']);

/** The XLSX template (exports/xlsx.ts workbookBuffer): an "Inovasi" sheet to fill, a "Petunjuk" help sheet and the current "Kategori" list. */
export function xlsxTemplate(categories: CategoryView[]): Promise<Buffer> {
  return workbookBuffer([
    {
      name: 'Inovasi',
      columns: IMPORT_COLUMNS.map((c) => ({
        header: c.header,
        key: c.header,
        width: Math.max(14, Math.min(50, c.example.length + 4)),
        ...(TEXT_COLUMNS.has(c.header) ? { numFmt: '@' } : {}),
      })),
      rows: [Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.header, c.example]))],
    },
    {
      name: 'Petunjuk',
      columns: [
        { header: 'kolom', key: 'header', width: 26 },
        { header: 'wajib', key: 'required', width: 8 },
        { header: 'keterangan', key: 'help', width: 90 },
      ],
      rows: [
        ...IMPORT_COLUMNS.map((c) => ({ header: c.header, required: c.required ? 'ya' : 'tidak', help: c.help })),
        {},
        {
          header: 'catatan',
          help: `Paling banyak ${MAX_IMPORT_ROWS} baris per berkas. Bila ada satu baris yang salah, tidak ada yang disimpan; laporan menyebut baris, kolom dan alasannya.`,
        },
      ],
    },
    {
      name: 'Kategori',
      columns: [
        { header: 'kode', key: 'code', width: 28 },
        { header: 'nama', key: 'nameId', width: 50 },
        { header: 'name (English)', key: 'nameEn', width: 50 },
      ],
      rows: categories.filter((c) => c.active).map((c) => ({ code: c.code, nameId: c.nameId, nameEn: c.nameEn })),
    },
  ]);
}
