import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvStream as platformCsvStream } from '../../../exports/csv.js';

export interface Column<K extends string> {
  key: K;
  header: string;
  width: number;
}

/** A CSV stream (UTF-8 with BOM so spreadsheet programs read Indonesian text right), through the platform's one CSV writer. */
export function csvStream<K extends string>(columns: Column<K>[], rows: AsyncIterable<Record<K, unknown>>): Readable {
  return platformCsvStream(columns, rows, { bom: true });
}

/** An XLSX stream written row by row (ExcelJS streaming writer), so large exports do not sit in memory. */
export function xlsxStream<K extends string>(sheetName: string, columns: Column<K>[], rows: AsyncIterable<Record<K, unknown>>): Readable {
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
