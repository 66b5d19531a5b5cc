import type { AgencyType } from '../../../../common/agency-types.js';
import type { AwardLevel } from '../../../../common/catalog.js';
import { type ColumnMapping, HISTORICAL_REQUIRED, type HistoricalField } from '../../../../common/historical-import.js';
import { normalizeName, trigramSimilarity } from '../../../../common/name-match.js';
import type { LocalizedText } from '../../../http/errors.js';
import { type RegionNameIndex, resolveRegion } from '../../regions/service.js';
import { type AgencyIndex, type AgencyMatch, canonicalAgencyName, matchAgency } from './agency-match.js';
import { agencyTypeOf, awardLevelOf, parseHistoricalDate, parseUrl, type Precision, yearIn } from './cells.js';

/**
 * Reads every row of a mapped historical file into a record to write, or problems that name the
 * FILE's own column (as its header says) and row. Pure: the indexes come from the service.
 */
export interface RowNote {
  row: number;
  column: string;
  message: LocalizedText;
}

export interface HistoricalRow {
  row: number;
  externalKey: string | null;
  title: string;
  agencyKey: string;
  unitName: string;
  regionCode: string;
  startDate: string;
  startPrecision: Precision;
  year: number;
  categoryId: number;
  summary: string;
  sourceUrl: string | null;
  websiteUrl: string | null;
  narrative: { problem: string; approach: string; implementationSteps: string; results: string };
  award: { level: AwardLevel; year: number; label: string } | null;
}

/** One organisation as the file writes it (name + type + region), with the rows that name it. */
export interface AgencyGroup {
  key: string;
  name: string;
  type: AgencyType | null;
  regionCode: string | null;
  rows: number[];
  match: AgencyMatch;
}

export interface Category {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
}

export interface RowContext {
  mapping: ColumnMapping;
  regions: RegionNameIndex;
  agencies: AgencyIndex;
  categories: Category[];
  defaultCategoryId: number;
  /** YYYY-MM-DD, where it is latest in Indonesia. */
  today: string;
}

export interface RowsOutcome {
  rows: HistoricalRow[];
  problems: RowNote[];
  warnings: RowNote[];
  agencies: AgencyGroup[];
  /** Headers the mapping leaves out (ignored, with a warning). */
  ignoredColumns: string[];
}

const LABEL: Record<HistoricalField, LocalizedText> = {
  externalKey: { id: 'kunci', en: 'key' },
  title: { id: 'judul', en: 'title' },
  agencyName: { id: 'instansi', en: 'agency' },
  agencyType: { id: 'jenis instansi', en: 'agency type' },
  province: { id: 'provinsi', en: 'province' },
  regency: { id: 'kabupaten/kota', en: 'regency/city' },
  year: { id: 'tahun', en: 'year' },
  startDate: { id: 'tanggal mulai', en: 'start date' },
  awardLabel: { id: 'penghargaan', en: 'award' },
  competition: { id: 'kompetisi', en: 'competition' },
  awardLevel: { id: 'tingkat penghargaan', en: 'award level' },
  cluster: { id: 'klaster', en: 'cluster' },
  summary: { id: 'ringkasan', en: 'summary' },
  sourceUrl: { id: 'tautan sumber', en: 'source link' },
  unitName: { id: 'unit', en: 'unit' },
  problem: { id: 'masalah', en: 'problem' },
  approach: { id: 'kebaruan', en: 'approach' },
  implementationSteps: { id: 'langkah implementasi', en: 'implementation steps' },
  results: { id: 'hasil', en: 'results' },
  websiteUrl: { id: 'situs', en: 'website' },
};
export const fieldLabel = (field: HistoricalField) => LABEL[field];

export function agencyKey(name: string, type: AgencyType | null, regionCode: string | null): string {
  return `${canonicalAgencyName(name)}|${type ?? ''}|${regionCode ?? ''}`;
}

function categoryOf(text: string, categories: Category[]): Category | null {
  const t = normalizeName(text);
  let best: { c: Category; score: number } | null = null;
  for (const c of categories) {
    if (t === c.code.replace(/_/g, ' ') || t === normalizeName(c.nameId) || t === normalizeName(c.nameEn)) return c;
    const score = Math.max(trigramSimilarity(t, c.nameId), trigramSimilarity(t, c.nameEn));
    if (score >= 0.45 && (!best || score > best.score)) best = { c, score };
  }
  return best?.c ?? null;
}

/** Header problems that refuse the file: nothing mapped, or a required field without a column. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): RowNote[] {
  const mapped = new Map<HistoricalField, string>();
  const problems: RowNote[] = [];
  for (const header of headers) {
    const field = mapping[header];
    if (!field) continue;
    if (mapped.has(field))
      problems.push({
        row: 1,
        column: header,
        message: {
          id: `kolom ini dan "${mapped.get(field)}" sama-sama dipetakan ke ${LABEL[field].id}`,
          en: `this column and "${mapped.get(field)}" both map to ${LABEL[field].en}`,
        },
      });
    else mapped.set(field, header);
  }
  if (mapped.size === 0) {
    return [
      {
        row: 1,
        column: '',
        message: { id: 'tidak ada kolom berkas yang dipetakan ke isian profil; berkas ditolak', en: 'no column of the file maps to a profile field; the file is refused' },
      },
    ];
  }
  for (const field of HISTORICAL_REQUIRED) {
    if (!mapped.has(field))
      problems.push({ row: 1, column: '', message: { id: `tidak ada kolom untuk ${LABEL[field].id} (wajib)`, en: `no column for ${LABEL[field].en} (required)` } });
  }
  if (!mapped.has('province') && !mapped.has('regency'))
    problems.push({ row: 1, column: '', message: { id: 'tidak ada kolom provinsi atau kabupaten/kota', en: 'no province or regency/city column' } });
  if (!mapped.has('year') && !mapped.has('startDate') && !mapped.has('awardLabel'))
    problems.push({ row: 1, column: '', message: { id: 'tidak ada kolom tahun, tanggal mulai atau penghargaan', en: 'no year, start date or award column' } });
  return problems;
}

export function readRows(headers: readonly string[], body: readonly string[][], ctx: RowContext): RowsOutcome {
  const columnOf = new Map<HistoricalField, number>();
  const ignoredColumns: string[] = [];
  headers.forEach((h, i) => {
    const field = ctx.mapping[h];
    if (field && !columnOf.has(field)) columnOf.set(field, i);
    else if (!field && h.trim()) ignoredColumns.push(h);
  });
  const headerOf = (field: HistoricalField) => (columnOf.has(field) ? headers[columnOf.get(field)!]! : LABEL[field].id);
  const problems: RowNote[] = [];
  const warnings: RowNote[] = [];
  const rows: HistoricalRow[] = [];
  const groups = new Map<string, AgencyGroup>();
  const seen = new Map<string, number>();
  const thisYear = Number(ctx.today.slice(0, 4));

  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return;
    const cell = (field: HistoricalField) => (columnOf.has(field) ? (cells[columnOf.get(field)!] ?? '').trim() : '');
    const rowProblems: RowNote[] = [];
    const problem = (field: HistoricalField, message: LocalizedText) => rowProblems.push({ row, column: headerOf(field), message });
    const warn = (field: HistoricalField, message: LocalizedText) => warnings.push({ row, column: headerOf(field), message });

    const title = cell('title').replace(/\s+/g, ' ');
    if (title.length < 5 || title.length > 200) problem('title', { id: 'judul wajib diisi, 5–200 karakter', en: 'a title of 5–200 characters is required' });
    const agencyName = cell('agencyName').replace(/\s+/g, ' ');
    if (!agencyName) problem('agencyName', { id: 'nama instansi wajib diisi', en: 'the agency name is required' });
    const typeText = cell('agencyType');
    let agencyType = typeText ? agencyTypeOf(typeText) : null;
    if (typeText && !agencyType) warn('agencyType', { id: `jenis "${typeText}" tidak dikenal; diabaikan`, en: `unknown type "${typeText}"; ignored` });
    agencyType ??= agencyTypeOf(agencyName);

    const region = resolveRegion(ctx.regions, { province: cell('province'), regency: cell('regency') });
    if (region && !region.ok) problem(region.target, region.message);
    if (region?.ok && region.warning) warn(cell('regency') ? 'regency' : 'province', region.warning);
    if (!region) problem(columnOf.has('regency') ? 'regency' : 'province', { id: 'wilayah wajib diisi', en: 'the region is required' });

    const labelText = cell('awardLabel');
    const competition = cell('competition');
    const levelText = cell('awardLevel');
    let year: number | null = null;
    const yearText = cell('year');
    if (yearText) {
      if (!/^\d{4}$/.test(yearText)) problem('year', { id: `"${yearText}" bukan tahun`, en: `"${yearText}" is not a year` });
      else if (Number(yearText) > thisYear) problem('year', { id: `tahun ${yearText} ada di masa depan`, en: `the year ${yearText} is in the future` });
      else year = Number(yearText);
    }
    let start: { date: string; precision: Precision } | null = null;
    const startText = cell('startDate');
    if (startText) {
      const parsed = parseHistoricalDate(startText, ctx.today);
      if ('problem' in parsed) problem('startDate', parsed.problem);
      else start = parsed.value;
    }
    const awardYear = yearIn(labelText) ?? yearIn(competition) ?? year;
    if (awardYear !== null && awardYear > thisYear)
      problem(labelText ? 'awardLabel' : 'year', { id: `tahun ${awardYear} ada di masa depan`, en: `the year ${awardYear} is in the future` });
    year ??= start ? Number(start.date.slice(0, 4)) : awardYear;
    if (!start && year !== null) start = { date: `${year}-01-01`, precision: 'year' };
    if (year === null && !yearText && !startText)
      problem('year', { id: 'tahun wajib diisi (kolom tahun, tanggal mulai atau penghargaan)', en: 'a year is required (year, start date or award column)' });

    let award: HistoricalRow['award'] = null;
    if (labelText || competition || levelText) {
      const level = awardLevelOf(levelText || labelText || competition);
      const label = (labelText || [levelText, competition].filter(Boolean).join(' ')).replace(/\s+/g, ' ');
      const ayear = awardYear ?? year;
      if (!level || label.length < 2 || label.length > 200 || ayear === null)
        problem(labelText ? 'awardLabel' : 'awardLevel', { id: 'penghargaan perlu label 2–200 karakter dan tahun', en: 'an award needs a 2–200 character label and a year' });
      else award = { level, year: ayear, label: label.includes(String(ayear)) ? label : `${label} ${ayear}` };
    }

    const clusterText = cell('cluster');
    let category = clusterText ? categoryOf(clusterText, ctx.categories) : null;
    if (clusterText && !category)
      warn('cluster', {
        id: `klaster "${clusterText}" bukan kategori katalog; dimasukkan ke kategori bawaan`,
        en: `cluster "${clusterText}" is not a catalog category; the default category is used`,
      });
    category ??= ctx.categories.find((c) => c.id === ctx.defaultCategoryId) ?? null;

    const summary = cell('summary');
    if (summary.length > 2000) problem('summary', { id: 'ringkasan paling banyak 2000 karakter', en: 'the summary has at most 2000 characters' });
    const urls: Partial<Record<'sourceUrl' | 'websiteUrl', string>> = {};
    for (const field of ['sourceUrl', 'websiteUrl'] as const) {
      const text = cell(field);
      if (!text) continue;
      const parsed = parseUrl(text);
      if ('problem' in parsed) problem(field, parsed.problem);
      else urls[field] = parsed.value;
    }
    const narrative = { problem: cell('problem'), approach: cell('approach'), implementationSteps: cell('implementationSteps'), results: cell('results') };
    for (const [field, text] of Object.entries(narrative) as [HistoricalField, string][]) {
      if (text.length > 10000) problem(field, { id: 'paling banyak 10.000 karakter', en: 'at most 10,000 characters' });
    }
    const unitName = cell('unitName');
    if (unitName.length > 200) problem('unitName', { id: 'paling banyak 200 karakter', en: 'at most 200 characters' });
    const externalKey = cell('externalKey') || null;
    if (externalKey && externalKey.length > 120) problem('externalKey', { id: 'paling banyak 120 karakter', en: 'at most 120 characters' });

    // The same record twice in one file: by key, else by title + agency + year.
    const regionCode = region?.ok ? region.code : null;
    const key = agencyKey(agencyName, agencyType, regionCode);
    const dupKey = externalKey ? `k:${externalKey.toLowerCase()}` : `t:${normalizeName(title)}|${canonicalAgencyName(agencyName)}|${year ?? ''}`;
    const first = seen.get(dupKey);
    if (first !== undefined) problem(externalKey ? 'externalKey' : 'title', { id: `baris ganda: sama dengan baris ${first}`, en: `duplicate row: same as row ${first}` });
    else seen.set(dupKey, row);

    problems.push(...rowProblems);
    if (rowProblems.length > 0 || !start || year === null || !category || !regionCode) return;
    const group = groups.get(key) ?? {
      key,
      name: agencyName,
      type: agencyType,
      regionCode,
      rows: [],
      match: matchAgency(ctx.agencies, { name: agencyName, type: agencyType, regionCode }),
    };
    group.rows.push(row);
    groups.set(key, group);
    rows.push({
      row,
      externalKey,
      title,
      agencyKey: key,
      unitName,
      regionCode,
      startDate: start.date,
      startPrecision: start.precision,
      year,
      categoryId: category.id,
      summary,
      sourceUrl: urls.sourceUrl ?? null,
      websiteUrl: urls.websiteUrl ?? null,
      narrative,
      award,
    });
  });
  if (ignoredColumns.length > 0) {
    warnings.unshift({ row: 1, column: ignoredColumns.join(', '), message: { id: 'kolom tidak dipetakan; diabaikan', en: 'columns not mapped; ignored' } });
  }
  return { rows, problems, warnings, agencies: [...groups.values()], ignoredColumns };
}
