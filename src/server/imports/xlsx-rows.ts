import { type ImportLimits, refuse, unreadable } from './refusals.js';
import { attribute, childContent, decodeXml, elements, runText } from './xml-stream.js';
import { entryText, inflateEntry, readCentralDirectory, type ZipEntry } from './zip-archive.js';

/**
 * The rows of one XLSX sheet, read as a stream: the workbook, its relationships and styles (small
 * parts) are read whole, the shared strings as a stream of items, and the sheet itself row by row.
 * Before any of that the sheet's declared dimension is read from its first bytes, so a sheet that
 * says it holds more rows than allowed is refused without reading it. Cell text follows what
 * ExcelJS gave the importer before: numbers as JavaScript prints them, booleans as true/false,
 * date-formatted numbers and date cells as YYYY-MM-DD, formulas as their cached result.
 */
export interface SheetRow {
  /** 1-based row number in the sheet. */
  number: number;
  cells: string[];
}

type Cells = ReadonlyMap<string, ZipEntry>;

function part(entries: Cells, name: string, field: string): ZipEntry {
  const entry = entries.get(name);
  if (!entry) throw unreadable(field, { id: `bagian '${name}' tidak ada`, en: `the part '${name}' is missing` });
  return entry;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function sheetPart(bytes: Buffer, entries: Cells, limits: ImportLimits): Promise<{ sheet: ZipEntry; date1904: boolean }> {
  const workbook = await entryText(bytes, part(entries, 'xl/workbook.xml', limits.field), limits);
  const sheets = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].map((m) => ({ name: attribute(m[0], 'name'), rid: /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] }));
  const chosen = sheets.find((s) => limits.sheetName && s.name === limits.sheetName) ?? sheets[0];
  if (!chosen?.rid) throw unreadable(limits.field, { id: 'buku kerja tanpa lembar', en: 'a workbook without sheets' });
  const rels = await entryText(bytes, part(entries, 'xl/_rels/workbook.xml.rels', limits.field), limits);
  const rel = [...rels.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)].map((m) => m[0]).find((r) => attribute(r, 'Id') === chosen.rid);
  const target = rel ? attribute(rel, 'Target') : undefined;
  if (!target) throw unreadable(limits.field, { id: 'lembar tanpa isi', en: 'a sheet without content' });
  const date1904 = /<(?:[\w.-]+:)?workbookPr\s[^>]*date1904\s*=\s*"(1|true)"/.test(workbook);
  return { sheet: part(entries, resolveTarget(target), limits.field), date1904 };
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style (index into cellXfs), whether its number format shows a date. */
async function dateStyles(bytes: Buffer, entries: Cells, limits: ImportLimits): Promise<boolean[]> {
  const entry = entries.get('xl/styles.xml');
  if (!entry) return [];
  const styles = await entryText(bytes, entry, limits);
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:[\w.-]+:)?numFmt\s[^>]*>/g)) custom.set(Number(attribute(m[0], 'numFmtId')), attribute(m[0], 'formatCode') ?? '');
  const cellXfs = childContent(styles, 'cellXfs') ?? '';
  return [...cellXfs.matchAll(/<(?:[\w.-]+:)?xf[\s>/][^>]*>?/g)].map((m) => {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    // Quoted text, escaped characters and [colour]/[$currency] sections say nothing about dates.
    return code !== undefined && /[ymdhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
  });
}

async function sharedStrings(bytes: Buffer, entries: Cells, limits: ImportLimits): Promise<string[]> {
  const entry = entries.get('xl/sharedStrings.xml');
  if (!entry) return [];
  const out: string[] = [];
  for await (const item of elements(inflateEntry(bytes, entry, limits), 'si', limits)) out.push(runText(item));
  return out;
}

/** The row count the sheet declares (`<dimension ref="A1:Z2001">`), read from its first bytes only. */
async function declaredRows(bytes: Buffer, sheet: ZipEntry, limits: ImportLimits): Promise<number | null> {
  const decoder = new TextDecoder('utf-8');
  let head = '';
  for await (const chunk of inflateEntry(bytes, sheet, limits)) {
    head += decoder.decode(chunk, { stream: true });
    if (/<(?:[\w.-]+:)?sheetData[\s>/]/.test(head) || head.length > 256 * 1024) break;
  }
  const ref = /<(?:[\w.-]+:)?dimension\s[^>]*ref\s*=\s*"[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(head);
  return ref ? Number(ref[1]) : null;
}

function columnIndex(ref: string | undefined): number | null {
  const letters = ref ? /^([A-Z]+)/.exec(ref)?.[1] : undefined;
  if (!letters) return null;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function serialDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function cellValue(cellXml: string, attrs: string, strings: string[], dates: boolean[], date1904: boolean): string {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return runText(childContent(cellXml, 'is') ?? '');
  const raw = childContent(cellXml, 'v');
  if (raw === undefined) return '';
  const v = decodeXml(raw);
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'str':
      return v;
    case 'b':
      return String(v === '1' || v === 'true');
    case 'e':
      return '';
    case 'd': {
      const date = new Date(v);
      return Number.isNaN(date.getTime()) ? v : date.toISOString().slice(0, 10);
    }
    default: {
      const n = Number.parseFloat(v);
      if (Number.isNaN(n)) return v;
      return dates[Number(attribute(attrs, 's') ?? 0)] ? serialDate(n, date1904) : String(n);
    }
  }
}

const CELL = /<(?:[\w.-]+:)?c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

/**
 * The sheet's rows in order, with their sheet row numbers. Refuses the file at once when the
 * declared dimension is over `maxRows` (+ the header row); the caller counts the streamed rows.
 */
export async function* xlsxRows(bytes: Buffer, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const entries = readCentralDirectory(bytes, limits);
  const { sheet, date1904 } = await sheetPart(bytes, entries, limits);
  const declared = await declaredRows(bytes, sheet, limits);
  if (declared !== null && declared - 1 > limits.maxRows) throw refuse(limits, 'rows', declared - 1);
  const strings = await sharedStrings(bytes, entries, limits);
  const dates = await dateStyles(bytes, entries, limits);
  let previous = 0;
  for await (const rowXml of elements(inflateEntry(bytes, sheet, limits), 'row', limits)) {
    const head = rowXml.slice(0, rowXml.indexOf('>') + 1);
    const number = Number(attribute(head, 'r') ?? previous + 1);
    previous = number;
    const cells: string[] = [];
    let next = 0;
    for (const m of rowXml.slice(head.length).matchAll(CELL)) {
      const attrs = m[1] ?? '';
      const column = columnIndex(attribute(attrs, 'r')) ?? next;
      next = column + 1;
      const value = m[2] === undefined ? '' : cellValue(m[2], attrs, strings, dates, date1904).trim();
      if (column >= limits.maxColumns) {
        if (value !== '') throw refuse(limits, 'columns', column + 1);
        continue;
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    yield { number, cells };
  }
}
