import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { errors } from '../../../http/errors.js';

/** Rows of cells as text, header first. Empty trailing rows are dropped. */
export type Sheet = string[][];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Inovasi') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Sheet = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function readCsv(bytes: Buffer): Sheet {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // Excel in Indonesian locales writes `;`-separated CSV; pick the separator the header uses.
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as Sheet;
}

/** Decides CSV or XLSX from the content (never the name) and reads the first sheet. */
export async function readSheet(bytes: Buffer, field: string): Promise<Sheet> {
  const type = await fileTypeFromBuffer(bytes);
  let rows: Sheet;
  try {
    if (type?.mime === XLSX) rows = await readXlsx(bytes);
    else if (!type && !bytes.includes(0)) rows = readCsv(bytes);
    else throw new Error('not csv/xlsx');
  } catch (error) {
    const csvProblem = error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('CSV_') ? ` (${error.message})` : '';
    throw errors.validation(
      {
        id: `Data tidak valid: '${field}' harus berkas CSV (UTF-8) atau XLSX yang dapat dibaca${csvProblem}.`,
        en: `Invalid data: '${field}' must be a readable CSV (UTF-8) or XLSX file${csvProblem}.`,
      },
      { fields: [{ field }] },
    );
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}
