import { FACT_CODES, FACT_LABELS, FACT_VALUES, type FactCode } from '../../../common/incentive.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { errors, type LocalizedText } from '../../http/errors.js';
import { listRegionalGovernments } from '../regions/service.js';
import { type FactRow, lockRegionFacts, selectFacts, upsertFacts } from './repository.js';

/**
 * Facts about regional governments per fiscal year (audit opinion, budget on time, PTSP,
 * e-government, fiscal capacity class), each with its source and date. Entered one region at a
 * time or imported from a file; every change is audited with the values it replaced.
 */

export interface FactInput {
  fact: FactCode;
  value: string;
  source: string;
  sourceDate: string | null;
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'ada']);
const NO = new Set(['tidak', 't', 'no', 'false', '0', 'tidak ada']);

/** The stored spelling of a value as people type it ("Ya", "WTP ", "Sangat Tinggi"), or null when unknown. */
export function normaliseFactValue(fact: FactCode, raw: string): string | null {
  const v = raw.trim();
  if (fact === 'audit_opinion') {
    const up = v.toUpperCase().replace(/[\s-]+/g, '');
    return (FACT_VALUES.audit_opinion as readonly string[]).includes(up) ? up : null;
  }
  if (fact === 'fiscal_capacity') {
    const key = v.toLowerCase().replace(/[\s-]+/g, '_');
    return (FACT_VALUES.fiscal_capacity as readonly string[]).includes(key) ? key : null;
  }
  const lower = v.toLowerCase();
  if (YES.has(lower)) return 'ya';
  if (NO.has(lower)) return 'tidak';
  return null;
}

function todayWib(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function checkFact(f: FactInput, field: string): FactInput {
  const value = normaliseFactValue(f.fact, f.value);
  if (value === null) {
    throw errors.validation(
      {
        id: `Data tidak valid: '${field}.value' untuk ${FACT_LABELS[f.fact].id} harus salah satu dari ${FACT_VALUES[f.fact].join(', ')}.`,
        en: `Invalid data: '${field}.value' for ${FACT_LABELS[f.fact].en} must be one of ${FACT_VALUES[f.fact].join(', ')}.`,
      },
      { fields: [{ field: `${field}.value` }] },
    );
  }
  if (f.sourceDate && f.sourceDate > todayWib()) {
    throw errors.validation(
      { id: `Data tidak valid: '${field}.sourceDate' tidak boleh di masa depan.`, en: `Invalid data: '${field}.sourceDate' must not be in the future.` },
      { fields: [{ field: `${field}.sourceDate` }] },
    );
  }
  return { ...f, value, source: f.source.trim() };
}

export interface RegionFacts {
  regionCode: string;
  regionName: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
  facts: Partial<Record<FactCode, { value: string; source: string; sourceDate: string | null }>>;
}

export async function listRegionFacts(db: Db, fiscalYear: number, filter: { province?: string; missing?: boolean } = {}): Promise<RegionFacts[]> {
  const [regions, facts] = await Promise.all([listRegionalGovernments(db), selectFacts(db, fiscalYear)]);
  const byRegion = new Map<string, FactRow[]>();
  for (const f of facts) byRegion.set(f.regionCode, [...(byRegion.get(f.regionCode) ?? []), f]);
  return regions
    .filter((r) => !filter.province || r.code.slice(0, 2) === filter.province)
    .map((r) => ({
      regionCode: r.code,
      regionName: r.name,
      kind: r.kind,
      facts: Object.fromEntries((byRegion.get(r.code) ?? []).map((f) => [f.fact, { value: f.value, source: f.source, sourceDate: f.sourceDate }])),
    }))
    .filter((r) => !filter.missing || Object.keys(r.facts).length < FACT_CODES.length);
}

export async function setRegionFacts(db: Db, actor: Actor, fiscalYear: number, regionCode: string, input: readonly FactInput[]): Promise<RegionFacts> {
  const regions = await listRegionalGovernments(db);
  const region = regions.find((r) => r.code === regionCode);
  if (!region) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  const seen = new Set<FactCode>();
  const facts = input.map((f, i) => {
    if (seen.has(f.fact))
      throw errors.validation(
        { id: `Data tidak valid: fakta '${f.fact}' disebut dua kali.`, en: `Invalid data: fact '${f.fact}' is given twice.` },
        { fields: [{ field: `facts[${i}].fact` }] },
      );
    seen.add(f.fact);
    return checkFact(f, `facts[${i}]`);
  });
  await db.transaction().execute(async (trx) => {
    await lockRegionFacts(trx, fiscalYear, regionCode);
    const before = await selectFacts(trx, fiscalYear, [regionCode]);
    // A PUT resent with what is stored (a proxy's retry, a double click) writes and audits nothing.
    const same = facts.every((f) => before.some((b) => b.fact === f.fact && b.value === f.value && b.source === f.source && b.sourceDate === f.sourceDate));
    if (same) return;
    await upsertFacts(
      trx,
      fiscalYear,
      facts.map((f) => ({ ...f, regionCode })),
      actor.userId,
    );
    await appendAudit(trx, actor, {
      action: 'incentive.facts.update',
      entityType: 'region',
      entityId: regionCode,
      before: { fiscalYear, facts: before.filter((b) => seen.has(b.fact)).map((b) => ({ fact: b.fact, value: b.value, source: b.source, sourceDate: b.sourceDate })) },
      after: { fiscalYear, facts },
    });
  });
  const [after] = await listRegionFacts(db, fiscalYear).then((all) => all.filter((r) => r.regionCode === regionCode));
  return after!;
}

/** The file's columns (Indonesian names; English ones accepted) and the fact each carries. */
const COLUMNS: Record<string, FactCode | 'region' | 'source' | 'sourceDate' | 'ignored'> = {
  kode_wilayah: 'region',
  region_code: 'region',
  nama_wilayah: 'ignored',
  region_name: 'ignored',
  opini_bpk: 'audit_opinion',
  audit_opinion: 'audit_opinion',
  apbd_tepat_waktu: 'budget_on_time',
  budget_on_time: 'budget_on_time',
  ptsp: 'ptsp',
  e_government: 'e_government',
  spbe: 'e_government',
  kapasitas_fiskal: 'fiscal_capacity',
  fiscal_capacity: 'fiscal_capacity',
  sumber: 'source',
  source: 'source',
  tanggal_sumber: 'sourceDate',
  source_date: 'sourceDate',
};

export interface FactImportReport {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  facts: number;
  warnings: { column: string; message: LocalizedText }[];
  errors: { row: number; column: string; message: LocalizedText }[];
}

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** All rows or none; a dry run only checks. Unknown columns are ignored with a warning. */
export async function importRegionFacts(db: Db, actor: Actor, fiscalYear: number, sheet: string[][], options: { dryRun: boolean }): Promise<FactImportReport> {
  const [header = [], ...body] = sheet;
  const report: FactImportReport = { ok: false, dryRun: options.dryRun, rows: 0, facts: 0, warnings: [], errors: [] };
  const columns = header.map((h) => ({ name: h.trim(), role: COLUMNS[headerKey(h)] }));
  for (const c of columns) {
    if (c.name && !c.role) report.warnings.push({ column: c.name, message: { id: 'kolom tidak dikenal, diabaikan', en: 'unknown column, ignored' } });
  }
  const regionColumn = columns.findIndex((c) => c.role === 'region');
  const sourceColumn = columns.findIndex((c) => c.role === 'source');
  if (regionColumn < 0) report.errors.push({ row: 1, column: 'kode_wilayah', message: { id: 'kolom kode_wilayah wajib ada', en: 'the kode_wilayah column is required' } });
  if (!columns.some((c) => c.role && (FACT_CODES as readonly string[]).includes(c.role))) {
    report.errors.push({
      row: 1,
      column: '-',
      message: {
        id: `tidak ada kolom fakta (${Object.keys(COLUMNS)
          .filter((k) => (FACT_CODES as readonly string[]).includes(COLUMNS[k]!))
          .join(', ')})`,
        en: 'no fact column',
      },
    });
  }
  if (report.errors.length > 0) return report;

  const regions = new Set((await listRegionalGovernments(db)).map((r) => r.code));
  const facts: (FactInput & { regionCode: string })[] = [];
  const seenRegions = new Map<string, number>();
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => !c?.trim())) return;
    report.rows += 1;
    const code = (cells[regionColumn] ?? '').trim();
    const regionName = columns[regionColumn]!.name;
    if (!regions.has(code)) {
      report.errors.push({ row: rowNumber, column: regionName, message: { id: `kode wilayah '${code}' tidak dikenal`, en: `unknown region code '${code}'` } });
      return;
    }
    const earlier = seenRegions.get(code);
    if (earlier) {
      report.errors.push({
        row: rowNumber,
        column: regionName,
        message: { id: `wilayah ${code} sudah ada di baris ${earlier}`, en: `region ${code} is already on row ${earlier}` },
      });
      return;
    }
    seenRegions.set(code, rowNumber);
    const source = (sourceColumn >= 0 ? cells[sourceColumn] : '')?.trim() || 'impor berkas';
    const dateColumn = columns.findIndex((c) => c.role === 'sourceDate');
    const sourceDate = dateColumn >= 0 && cells[dateColumn]?.trim() ? cells[dateColumn]!.trim() : null;
    if (sourceDate && (!/^\d{4}-\d{2}-\d{2}$/.test(sourceDate) || sourceDate > todayWib())) {
      report.errors.push({
        row: rowNumber,
        column: columns[dateColumn]!.name,
        message: { id: 'tanggal harus YYYY-MM-DD dan tidak di masa depan', en: 'date must be YYYY-MM-DD and not in the future' },
      });
      return;
    }
    columns.forEach((c, ci) => {
      if (!c.role || !(FACT_CODES as readonly string[]).includes(c.role)) return;
      const raw = (cells[ci] ?? '').trim();
      if (!raw) return;
      const fact = c.role as FactCode;
      const value = normaliseFactValue(fact, raw);
      if (value === null) {
        report.errors.push({
          row: rowNumber,
          column: c.name,
          message: {
            id: `'${raw}' bukan nilai ${FACT_LABELS[fact].id} (${FACT_VALUES[fact].join(', ')})`,
            en: `'${raw}' is not a value of ${FACT_LABELS[fact].en} (${FACT_VALUES[fact].join(', ')})`,
          },
        });
        return;
      }
      facts.push({ regionCode: code, fact, value, source, sourceDate });
    });
  });
  report.facts = facts.length;
  report.ok = report.errors.length === 0;
  if (!report.ok || options.dryRun) return report;
  await db.transaction().execute(async (trx) => {
    await upsertFacts(trx, fiscalYear, facts, actor.userId);
    await appendAudit(trx, actor, {
      action: 'incentive.facts.import',
      entityType: 'incentive_region_facts',
      entityId: String(fiscalYear),
      after: { fiscalYear, rows: report.rows, facts },
    });
  });
  return report;
}
