import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeCell } from './csv.js';

/** The media type every XLSX download answers with. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn {
  header: string;
  key: string;
  /** Characters; defaults to the header's length + 4, at least 12. */
  width?: number;
  /** Excel number format, e.g. '#,##0' for rupiah amounts. */
  numFmt?: string;
}

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetSpec {
  /** Sheet tab name; characters Excel refuses are replaced and it is cut to 31. */
  name: string;
  columns: readonly SheetColumn[];
  rows: Iterable<Readonly<Record<string, CellValue>>>;
  /** Keep the header row in view while scrolling long lists. */
  freezeHeader?: boolean;
}

/**
 * The one way a table becomes a workbook: a bold header row, column widths, and every text cell
 * through the same formula neutraliser as the CSV exports (a title starting with "=" must stay
 * text in a spreadsheet). Tab names are made legal and unique.
 */
export async function workbookBuffer(sheets: readonly SheetSpec[], meta: { createdAt?: Date } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  if (meta.createdAt) wb.created = meta.createdAt;
  const used = new Set<string>();
  for (const spec of sheets) {
    let name = spec.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    while (used.has(name)) name = `${name.slice(0, 27)} ${used.size + 1}`;
    used.add(name);
    const sheet = wb.addWorksheet(name);
    sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length + 4) }));
    for (const c of spec.columns) if (c.numFmt) sheet.getColumn(c.key).numFmt = c.numFmt;
    sheet.getRow(1).font = { bold: true };
    if (spec.freezeHeader) sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of spec.rows) {
      const cells: Record<string, CellValue> = {};
      for (const [key, value] of Object.entries(row)) cells[key] = typeof value === 'string' ? neutralizeCell(value) : (value ?? '');
      sheet.addRow(cells);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A one-sheet workbook streamed row by row (ExcelJS's streaming writer), for exports too large to
 * build in memory (the public catalog export). Bold header row, given widths; values are written
 * as they come (ExcelJS writes a string as a text cell, never as a formula).
 */
export function workbookStream<K extends string>(
  sheetName: string,
  columns: readonly { key: K; header: string; width: number }[],
  rows: AsyncIterable<Readonly<Record<K, unknown>>>,
): Readable {
  const out = new PassThrough();
  (async () => {
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
      const sheet = workbook.addWorksheet(sheetName);
      sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
