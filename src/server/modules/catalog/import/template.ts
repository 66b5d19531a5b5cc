import ExcelJS from 'exceljs';
import { csvText } from '../../../exports/csv.js';
import type { CategoryView } from '../schemas.js';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-columns.js';

/** The CSV template: the header and one example row to overwrite. */
export function csvTemplate(): Buffer {
  const text = csvText([IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)], { bom: true });
  return Buffer.from(text, 'utf8');
}

/** The XLSX template: an "Inovasi" sheet to fill, a "Petunjuk" help sheet and the current "Kategori" list. */
export async function xlsxTemplate(categories: CategoryView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const sheet = workbook.addWorksheet('Inovasi');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: Math.max(14, Math.min(50, c.example.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.header, c.example])));
  // Keep dates and codes as text so Excel does not turn 35.78 into a number or 2019-03-01 into a serial.
  sheet.getColumn('kode_wilayah').numFmt = '@';
  sheet.getColumn('tanggal_mulai').numFmt = '@';
  sheet.getColumn('sdgs').numFmt = '@';

  const help = workbook.addWorksheet('Petunjuk');
  help.columns = [
    { header: 'kolom', key: 'header', width: 26 },
    { header: 'wajib', key: 'required', width: 8 },
    { header: 'keterangan', key: 'help', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow({ header: c.header, required: c.required ? 'ya' : 'tidak', help: c.help });
  help.addRow({});
  help.addRow({
    header: 'catatan',
    help: `Paling banyak ${MAX_IMPORT_ROWS} baris per berkas. Bila ada satu baris yang salah, tidak ada yang disimpan; laporan menyebut baris, kolom dan alasannya.`,
  });

  const list = workbook.addWorksheet('Kategori');
  list.columns = [
    { header: 'kode', key: 'code', width: 28 },
    { header: 'nama', key: 'nameId', width: 50 },
    { header: 'name (English)', key: 'nameEn', width: 50 },
  ];
  list.getRow(1).font = { bold: true };
  for (const c of categories.filter((c) => c.active)) list.addRow(c);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
