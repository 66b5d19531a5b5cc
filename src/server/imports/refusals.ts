import { AppError, errors, type LocalizedText } from '../http/errors.js';

/**
 * The limits one import applies to its file. `maxRows` counts data rows (the first row is the
 * header); the archive limits apply to XLSX files only. Defaults in `importLimits`.
 */
export interface ImportLimits {
  /** The form field the file came in, named in every refusal. */
  field: string;
  /** The file itself. */
  maxBytes: number;
  /** Data rows after the header row. */
  maxRows: number;
  /** Cells per row (non-empty cells beyond this are refused). */
  maxColumns: number;
  /** ZIP entries in an XLSX file. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries; also the most any entry may inflate to. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one entry (checked for entries over 1 MiB). */
  maxRatio: number;
  /** Characters of one sheet row's XML or one CSV record. */
  maxRowChars: number;
  /** The sheet to read when the workbook has it; otherwise the first sheet. */
  sheetName?: string;
}

export const DEFAULT_IMPORT_LIMITS: Omit<ImportLimits, 'field' | 'maxBytes' | 'maxRows'> = {
  maxColumns: 200,
  maxEntries: 500,
  maxUncompressedBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  maxRowChars: 4 * 1024 * 1024,
};

export function importLimits(limits: Pick<ImportLimits, 'field' | 'maxBytes' | 'maxRows'> & Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...limits };
}

export type LimitName = 'bytes' | 'rows' | 'columns' | 'entries' | 'uncompressedBytes' | 'ratio' | 'declaredSize' | 'rowChars';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function describe(limits: ImportLimits, limit: LimitName, found: number, part?: string): { text: LocalizedText; max: number; status: number } {
  const f = `'${limits.field}'`;
  switch (limit) {
    case 'bytes':
      return {
        status: 413,
        max: limits.maxBytes,
        text: {
          id: `Berkas pada ${f} berukuran ${megabytes(found)}; batasnya ${megabytes(limits.maxBytes)}.`,
          en: `The file in ${f} is ${megabytes(found)}; the limit is ${megabytes(limits.maxBytes)}.`,
        },
      };
    case 'rows':
      return {
        status: 400,
        max: limits.maxRows,
        text: {
          id: `Data tidak valid: ${f} berisi lebih dari ${limits.maxRows} baris data (ditemukan sedikitnya ${found}); paling banyak ${limits.maxRows}.`,
          en: `Invalid data: ${f} has more than ${limits.maxRows} data rows (at least ${found} found); at most ${limits.maxRows}.`,
        },
      };
    case 'columns':
      return {
        status: 400,
        max: limits.maxColumns,
        text: {
          id: `Data tidak valid: ${f} berisi isi di kolom ke-${found}; paling banyak ${limits.maxColumns} kolom.`,
          en: `Invalid data: ${f} has content in column ${found}; at most ${limits.maxColumns} columns.`,
        },
      };
    case 'entries':
      return {
        status: 413,
        max: limits.maxEntries,
        text: {
          id: `Berkas pada ${f} memuat ${found} bagian ZIP; batasnya ${limits.maxEntries}.`,
          en: `The file in ${f} holds ${found} ZIP entries; the limit is ${limits.maxEntries}.`,
        },
      };
    case 'uncompressedBytes':
      return {
        status: 413,
        max: limits.maxUncompressedBytes,
        text: {
          id: `Berkas pada ${f} menjadi ${megabytes(found)} setelah diekstrak; batasnya ${megabytes(limits.maxUncompressedBytes)}.`,
          en: `The file in ${f} expands to ${megabytes(found)}; the limit is ${megabytes(limits.maxUncompressedBytes)}.`,
        },
      };
    case 'ratio':
      return {
        status: 413,
        max: limits.maxRatio,
        text: {
          id: `Berkas pada ${f} terkompresi ${found} kali lipat (ciri bom ZIP); batasnya ${limits.maxRatio} kali.`,
          en: `The file in ${f} is compressed ${found}-fold (the mark of a ZIP bomb); the limit is ${limits.maxRatio}-fold.`,
        },
      };
    case 'declaredSize':
      return {
        status: 413,
        max: found,
        text: {
          id: `Berkas pada ${f} rusak atau berbahaya: bagian '${part}' mengembang melebihi ukuran yang dinyatakannya (${found} bita).`,
          en: `The file in ${f} is damaged or hostile: the entry '${part}' inflates beyond its declared size (${found} bytes).`,
        },
      };
    case 'rowChars':
      return {
        status: 400,
        max: limits.maxRowChars,
        text: {
          id: `Data tidak valid: satu baris pada ${f} lebih panjang dari ${limits.maxRowChars} karakter.`,
          en: `Invalid data: one row in ${f} is longer than ${limits.maxRowChars} characters.`,
        },
      };
  }
}

/** A refusal that names the limit: 413 for sizes, 400 for rows and columns. */
export function refuse(limits: ImportLimits, limit: LimitName, found: number, part?: string): AppError {
  const { text, max, status } = describe(limits, limit, found, part);
  const details = { fields: [{ field: limits.field }], limit, max, found };
  return status === 413 ? new AppError(413, 'IMPORT_TOO_LARGE', text, details) : errors.validation(text, details);
}

/** The file is not a readable CSV/XLSX; `why` says what was wrong. */
export function unreadable(field: string, why?: LocalizedText): AppError {
  return errors.validation(
    {
      id: `Data tidak valid: '${field}' harus berkas CSV (UTF-8) atau XLSX yang dapat dibaca${why ? ` (${why.id})` : ''}.`,
      en: `Invalid data: '${field}' must be a readable CSV (UTF-8) or XLSX file${why ? ` (${why.en})` : ''}.`,
    },
    { fields: [{ field }] },
  );
}
