import type { Readable } from 'node:stream';
import { csvStream as platformCsvStream } from '../../../exports/csv.js';
import { workbookStream } from '../../../exports/xlsx.js';

export interface Column<K extends string> {
  key: K;
  header: string;
  width: number;
}

/** A CSV stream (UTF-8 with BOM so spreadsheet programs read Indonesian text right), through the platform's one CSV writer. */
export function csvStream<K extends string>(columns: Column<K>[], rows: AsyncIterable<Record<K, unknown>>): Readable {
  return platformCsvStream(columns, rows, { bom: true });
}

/** An XLSX stream written row by row (exports/xlsx.ts workbookStream), so large exports do not sit in memory. */
export function xlsxStream<K extends string>(sheetName: string, columns: Column<K>[], rows: AsyncIterable<Record<K, unknown>>): Readable {
  return workbookStream(sheetName, columns, rows);
}
