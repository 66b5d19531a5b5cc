import { importLimits, readTable } from '../../../imports/guarded-reader.js';
import type { Upload } from '../../../storage/index.js';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-columns.js';

/** Rows of cells as text, header first. Empty trailing rows are dropped. */
export type Sheet = string[][];

/**
 * The import file through the platform's guarded reader (src/server/imports): CSV or XLSX by
 * content, the "Inovasi" sheet (or the first), refused before it is built when it declares or
 * holds more than MAX_IMPORT_ROWS rows or inflates beyond the reader's limits.
 */
export function readSheet(upload: Upload, maxBytes: number): Promise<Sheet> {
  return readTable(
    upload.bytes,
    importLimits({ field: upload.field, maxBytes, maxRows: MAX_IMPORT_ROWS, maxColumns: Math.max(60, IMPORT_COLUMNS.length * 2), sheetName: 'Inovasi' }),
  );
}
