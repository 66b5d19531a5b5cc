import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError, type LocalizedText } from '../../../http/errors.js';
import { toFieldProblems } from '../../../http/validation-messages.js';
import { categoryIdsByCode } from '../categories-repository.js';
import { checkComplete, checkProfileRules } from '../rules.js';
import { type CreateInnovationInput, createInnovationBody } from '../schemas.js';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';
import type { Sheet } from './read-sheet.js';

export interface RowProblem {
  /** Spreadsheet row number: the header is row 1, the first innovation row 2. */
  row: number;
  column: string;
  message: LocalizedText;
}

export interface ValidRow {
  row: number;
  input: CreateInnovationInput;
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const NO = new Set(['tidak', 't', 'no', 'false', '0', 'salah']);

/** "1.234.567" (Indonesian thousands) or "1234567" → 1234567; "0,5" → 0.5. */
function parseNumber(raw: string): number | null {
  const text = raw.replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return null;
}

type Converted = { value: unknown } | { problem: LocalizedText };

function convert(column: ImportColumn, raw: string, categories: Map<string, number>): Converted {
  switch (column.kind) {
    case 'text':
      return { value: raw };
    case 'integer':
    case 'number': {
      const n = parseNumber(raw);
      if (n === null || (column.kind === 'integer' && !Number.isInteger(n))) {
        return {
          problem: {
            id: `"${raw}" bukan ${column.kind === 'integer' ? 'bilangan bulat' : 'angka'}`,
            en: `"${raw}" is not ${column.kind === 'integer' ? 'a whole number' : 'a number'}`,
          },
        };
      }
      return { value: n };
    }
    case 'boolean': {
      const v = raw.toLowerCase();
      if (YES.has(v)) return { value: true };
      if (NO.has(v)) return { value: false };
      return { problem: { id: `"${raw}" harus ya atau tidak`, en: `"${raw}" must be ya (yes) or tidak (no)` } };
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { problem: { id: `"${raw}" harus berformat YYYY-MM-DD`, en: `"${raw}" must have the format YYYY-MM-DD` } };
      return { value: raw };
    case 'enum':
      return { value: raw.toLowerCase() };
    case 'sdgs': {
      const parts = raw.split(/[;,\s]+/).filter(Boolean);
      const numbers = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
      if (numbers.some((n) => Number.isNaN(n)))
        return { problem: { id: `"${raw}" harus berisi nomor SDG 1–17 dipisah titik koma`, en: `"${raw}" must list SDG numbers 1–17 separated by semicolons` } };
      return { value: numbers };
    }
    case 'category': {
      const id = categories.get(raw.toLowerCase());
      if (id === undefined) return { problem: { id: `kategori "${raw}" tidak dikenal`, en: `unknown category "${raw}"` } };
      return { value: id };
    }
  }
}

const columnOfField = new Map<string, string>(IMPORT_COLUMNS.map((c) => [c.field === 'categoryCode' ? 'categoryId' : c.field, c.header]));

/** Checks the header row: every required column present, no unknown or repeated columns. */
export function checkHeader(header: string[]): { problems: RowProblem[]; index: Map<string, number> } {
  const problems: RowProblem[] = [];
  const index = new Map<string, number>();
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!name) return;
    if (!IMPORT_COLUMNS.some((c) => c.header === name)) {
      problems.push({ row: 1, column: raw, message: { id: 'kolom tidak dikenal; gunakan templat', en: 'unknown column; use the template' } });
    } else if (index.has(name)) {
      problems.push({ row: 1, column: raw, message: { id: 'kolom muncul dua kali', en: 'the column appears twice' } });
    } else index.set(name, i);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !index.has(column.header)) {
      problems.push({ row: 1, column: column.header, message: { id: 'kolom wajib tidak ada', en: 'required column is missing' } });
    }
  }
  return { problems, index };
}

/**
 * Validates every row with the same rules as the form (schema, references, dates), collecting
 * all problems instead of stopping at the first, so the report lists each row, column and reason.
 */
export async function validateRows(
  db: Kysely<Database>,
  sheet: Sheet,
  index: Map<string, number>,
  options: { requireComplete: boolean },
): Promise<{ valid: ValidRow[]; problems: RowProblem[] }> {
  const categories = await categoryIdsByCode(db, { includeInactive: false });
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  const seenTitles = new Map<string, number>();

  for (let r = 1; r < sheet.length; r++) {
    const cells = sheet[r]!;
    const rowNumber = r + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const rowProblems: RowProblem[] = [];
    const input: Record<string, unknown> = {};
    for (const column of IMPORT_COLUMNS) {
      const at = index.get(column.header);
      const raw = at === undefined ? '' : (cells[at] ?? '').trim();
      if (raw === '') continue;
      const converted = convert(column, raw, categories);
      if ('problem' in converted) rowProblems.push({ row: rowNumber, column: column.header, message: converted.problem });
      else input[column.field === 'categoryCode' ? 'categoryId' : column.field] = converted.value;
    }
    const parsed = createInnovationBody.safeParse(input);
    if (!parsed.success) {
      for (const p of toFieldProblems(parsed.error.issues)) {
        const field = p.field.split('.')[0]!;
        const column = columnOfField.get(field) ?? field;
        // A cell that could not be read was already reported; do not report it twice.
        if (!rowProblems.some((q) => q.column === column)) rowProblems.push({ row: rowNumber, column, message: p.message });
      }
    } else {
      try {
        await checkProfileRules(db, parsed.data);
        if (options.requireComplete) checkComplete({ problem: '', approach: '', implementationSteps: '', results: '', ...parsed.data });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const fields = (error.details as { fields?: { field: string; message?: LocalizedText }[] } | undefined)?.fields ?? [];
        for (const f of fields) rowProblems.push({ row: rowNumber, column: columnOfField.get(f.field) ?? f.field, message: f.message ?? error.text });
      }
      const key = parsed.data.title.toLocaleLowerCase('id').replace(/\s+/g, ' ');
      const first = seenTitles.get(key);
      if (first !== undefined) {
        rowProblems.push({ row: rowNumber, column: 'judul', message: { id: `judul sama dengan baris ${first}`, en: `same title as row ${first}` } });
      } else seenTitles.set(key, rowNumber);
      if (rowProblems.length === 0) valid.push({ row: rowNumber, input: parsed.data });
    }
    problems.push(...rowProblems);
  }
  // Name each column as the file writes it ("Judul", "Kode Wilayah"), never by its API field.
  const header = sheet[0] ?? [];
  const asWritten = (column: string) => {
    const at = index.get(column);
    return at === undefined ? column : header[at]?.trim() || column;
  };
  return { valid, problems: problems.map((p) => ({ ...p, column: asWritten(p.column) })) };
}
