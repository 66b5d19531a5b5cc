import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { fileTypeFromBuffer } from 'file-type';
import { csvRows } from './csv-rows.js';
import { type ImportLimits, refuse, unreadable } from './refusals.js';
import { xlsxRows } from './xlsx-rows.js';
import { isZip } from './zip-archive.js';

export { DEFAULT_IMPORT_LIMITS, importLimits, type ImportLimits } from './refusals.js';

/**
 * The one reader for every file import (catalog import, and the ministry, index-evidence and
 * incentive imports to come). CSV or XLSX is decided from the content, never the name. Before a
 * row is built the reader checks, in order: the byte size; for XLSX the ZIP central directory
 * (entry count, declared uncompressed sizes, compression ratio) and the sheet's declared
 * dimension; then it streams the rows, stopping at the row cap, with inflation capped at each
 * entry's declared size. Rows come as cell texts (trimmed), header first; trailing empty rows are
 * dropped. Work is done in small slices with turns of the event loop between them, so other
 * requests are answered while a large file is read. Every refusal is an AppError that names the
 * field and the limit, in Bahasa Indonesia and English.
 *
 *   for await (const row of readRows(upload.bytes, importLimits({ field: 'file', maxBytes, maxRows: 2000 }))) …
 *   const [header, ...rows] = await readTable(upload.bytes, limits);
 */
export type TableRow = string[];

/** Rows handed out between two turns of the event loop. */
const ROWS_PER_TURN = 200;

/** Cells past the last non-empty one say nothing; more than `maxColumns` non-empty ones are refused. */
function trimmed(row: string[], limits: ImportLimits): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  if (end > limits.maxColumns) throw refuse(limits, 'columns', end);
  return end === row.length ? row : row.slice(0, end);
}

async function* numberedRows(bytes: Buffer, limits: ImportLimits): AsyncGenerator<{ number: number; cells: string[] }> {
  if (isZip(bytes)) {
    yield* xlsxRows(bytes, limits);
    return;
  }
  // Any other recognised binary type (PDF, image …) is not a table; file-type is asked only here,
  // never about a ZIP, so it inflates nothing.
  if (bytes.includes(0) || (await fileTypeFromBuffer(bytes))) throw unreadable(limits.field);
  let number = 0;
  for await (const cells of csvRows(bytes, limits)) yield { number: ++number, cells: cells.map((c) => c.trim()) };
}

export async function* readRows(bytes: Buffer, limits: ImportLimits): AsyncGenerator<TableRow> {
  if (bytes.length > limits.maxBytes) throw refuse(limits, 'bytes', bytes.length);
  if (bytes.length === 0) throw unreadable(limits.field);
  let emitted = 0;
  let emptyRun = 0;
  for await (const row of numberedRows(bytes, limits)) {
    // Row numbers may skip (XLSX): the gap is empty rows.
    if (row.number > emitted + emptyRun + 1) emptyRun += row.number - (emitted + emptyRun + 1);
    const cells = trimmed(row.cells, limits);
    if (cells.length === 0) {
      emptyRun++;
      continue;
    }
    // Empty rows count only when a non-empty one follows (trailing ones are dropped).
    const dataRow = emitted + emptyRun; // this row's number after the header row
    if (dataRow > limits.maxRows) throw refuse(limits, 'rows', dataRow);
    for (; emptyRun > 0; emptyRun--) {
      emitted++;
      yield [];
    }
    emitted++;
    yield cells;
    if (emitted % ROWS_PER_TURN === 0) await yieldToEventLoop();
  }
}

/** The whole table (at most `maxRows` + 1 rows), header first. */
export async function readTable(bytes: Buffer, limits: ImportLimits): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of readRows(bytes, limits)) rows.push(row);
  return rows;
}
