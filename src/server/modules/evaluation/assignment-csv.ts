import { csvText } from '../../exports/csv.js';

/**
 * Assignment CSV: one line per (proposal, evaluator), identified by the proposal's registration
 * number and the evaluator's e-mail, the two keys an administrator can read and type.
 */
export const ASSIGNMENT_CSV_HEADER = ['proposal_number', 'evaluator_email'] as const;

export interface CsvAssignmentLine {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  proposalNumber: string;
  evaluatorEmail: string;
}

export type CsvParseResult = { ok: true; lines: CsvAssignmentLine[] } | { ok: false; line: number; problem: 'header' | 'columns' | 'empty' };

/** Through the platform's one CSV writer (formulas neutralised; `parseAssignmentCsv` drops the leading apostrophe again). */
export function formatAssignmentCsv(rows: readonly { proposalNumber: string; evaluatorEmail: string }[]): string {
  return csvText([[...ASSIGNMENT_CSV_HEADER], ...rows.map((r) => [r.proposalNumber, r.evaluatorEmail])], { bom: false, lineEnd: '\r\n' });
}

/** Splits one CSV record into cells (RFC 4180 quoting). */
function cells(record: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i]!;
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out.map((c) => c.trim());
}

export function parseAssignmentCsv(text: string): CsvParseResult {
  const records = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = cells(records[0] ?? '').map((c) => c.toLowerCase());
  if (header[0] !== ASSIGNMENT_CSV_HEADER[0] || header[1] !== ASSIGNMENT_CSV_HEADER[1]) return { ok: false, line: 1, problem: 'header' };
  const lines: CsvAssignmentLine[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    if (record.trim() === '') continue;
    const [proposalNumber = '', evaluatorEmail = '', ...rest] = cells(record);
    if (rest.some((c) => c !== '') || proposalNumber === '' || evaluatorEmail === '') return { ok: false, line: i + 1, problem: 'columns' };
    lines.push({ line: i + 1, proposalNumber: proposalNumber.replace(/^'/, ''), evaluatorEmail: evaluatorEmail.replace(/^'/, '').toLowerCase() });
  }
  if (lines.length === 0) return { ok: false, line: 2, problem: 'empty' };
  return { ok: true, lines };
}
