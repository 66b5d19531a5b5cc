import { sql } from 'kysely';
import type { Cluster, ReportStatus } from '../../../common/innovation-index.js';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Aggregating queries: the national recomputation's per-report level sums (one pass over the
 * rows, grouped in SQL) and the verification queue with row counts. Both read the regions
 * reference table for names, kinds and the 3T flag.
 */

export interface LevelSumRow {
  reportId: string;
  regionCode: string;
  status: ReportStatus;
  indicatorCode: string;
  claimed: number;
  verified: number;
}

/** Per report and indicator: Σ claimed levels of rows with evidence, Σ verified levels of accepted/corrected rows. */
export async function selectLevelSums(db: DbOrTrx, modelId: string): Promise<LevelSumRow[]> {
  const rows = await sql<{ report_id: string; region_code: string; status: ReportStatus; indicator_code: string; claimed: string; verified: string }>`
    select p.id as report_id, p.region_code, p.status, r.indicator_code,
      sum(case when r.evidence_count > 0 then r.claimed_level else 0 end) as claimed,
      sum(case when r.status in ('accepted', 'corrected') and r.evidence_count > 0 then coalesce(r.verified_level, r.claimed_level) else 0 end) as verified
    from index_reports p
    join index_rows r on r.report_id = p.id
    where p.model_id = ${modelId}
    group by p.id, p.region_code, p.status, r.indicator_code`.execute(db);
  return rows.rows.map((r) => ({
    reportId: r.report_id,
    regionCode: r.region_code,
    status: r.status,
    indicatorCode: r.indicator_code,
    claimed: Number(r.claimed),
    verified: Number(r.verified),
  }));
}

export async function selectReportAffairs(
  db: DbOrTrx,
  modelId: string,
): Promise<{ reportId: string; regionCode: string; status: ReportStatus; innovationId: string; affair: string | null }[]> {
  const rows = await db
    .selectFrom('index_report_innovations as i')
    .innerJoin('index_reports as p', 'p.id', 'i.report_id')
    .select(['p.id as report_id', 'p.region_code', 'p.status', 'i.innovation_id', 'i.government_affair'])
    .where('p.model_id', '=', modelId)
    .execute();
  return rows.map((r) => ({ reportId: r.report_id, regionCode: r.region_code, status: r.status, innovationId: r.innovation_id, affair: r.government_affair }));
}

export interface RegionFlagsRow {
  code: string;
  name: string;
  provinceCode: string | null;
  cluster: 'provinsi' | 'kabupaten' | 'kota';
  is3t: boolean;
  border: boolean;
}

export async function selectRegionsWithFlags(db: DbOrTrx): Promise<RegionFlagsRow[]> {
  const rows = await db
    .selectFrom('regions as r')
    .leftJoin('index_region_flags as f', 'f.region_code', 'r.code')
    .select(['r.code', 'r.name', 'r.province_code', 'r.level', 'r.kind', 'r.is_3t', 'f.border'])
    .orderBy('r.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    provinceCode: r.province_code,
    cluster: r.level === 'province' ? 'provinsi' : (r.kind ?? 'kabupaten'),
    is3t: r.is_3t,
    border: r.border ?? false,
  }));
}

export interface QueueFilter {
  modelId: string;
  province?: string;
  cluster?: Cluster;
  status?: ReportStatus;
  limit: number;
  offset: number;
}

export interface QueueRow {
  reportId: string;
  regionCode: string;
  regionName: string;
  provinceCode: string | null;
  status: ReportStatus;
  sentAt: Date | null;
  pending: number;
  accepted: number;
  rejected: number;
  corrected: number;
  answered: number;
}

export async function selectQueue(db: DbOrTrx, f: QueueFilter): Promise<{ items: QueueRow[]; total: number }> {
  let q = db
    .selectFrom('index_reports as p')
    .innerJoin('regions as g', 'g.code', 'p.region_code')
    .leftJoin('index_region_flags as fl', 'fl.region_code', 'p.region_code')
    .where('p.model_id', '=', f.modelId)
    .where('p.status', 'in', f.status ? [f.status] : ['sent', 'verified']);
  if (f.status === 'draft' || f.status === 'ready') q = q.where(sql<boolean>`false`);
  if (f.province) {
    const province = f.province;
    q = q.where((eb) => eb.or([eb('g.code', '=', province), eb('g.province_code', '=', province)]));
  }
  if (f.cluster === 'provinsi') q = q.where('g.level', '=', 'province');
  else if (f.cluster === 'kabupaten' || f.cluster === 'kota') q = q.where('g.kind', '=', f.cluster);
  else if (f.cluster === 'perbatasan') q = q.where('fl.border', '=', true);
  else if (f.cluster === 'tertinggal') q = q.where('g.is_3t', '=', true);
  const [rows, count] = await Promise.all([
    q.select(['p.id', 'p.region_code', 'g.name', 'g.province_code', 'p.status', 'p.sent_at']).orderBy('p.sent_at').orderBy('p.id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  // Row counts for the page only (one grouped pass over its reports' rows).
  const counts = new Map<string, Record<string, number>>();
  if (rows.length > 0) {
    const grouped = await db
      .selectFrom('index_rows')
      .select(['report_id', 'status', sql<string>`count(*)`.as('n'), sql<string>`count(*) filter (where answered_at is not null)`.as('answered')])
      .where(
        'report_id',
        'in',
        rows.map((r) => r.id),
      )
      .groupBy(['report_id', 'status'])
      .execute();
    for (const g of grouped) {
      const c = counts.get(g.report_id) ?? {};
      c[g.status] = Number(g.n);
      if (g.status === 'pending') c.answered = Number(g.answered);
      counts.set(g.report_id, c);
    }
  }
  return {
    items: rows.map((r) => {
      const c = counts.get(r.id) ?? {};
      return {
        reportId: r.id,
        regionCode: r.region_code,
        regionName: r.name,
        provinceCode: r.province_code,
        status: r.status,
        sentAt: r.sent_at,
        pending: c.pending ?? 0,
        accepted: c.accepted ?? 0,
        rejected: c.rejected ?? 0,
        corrected: c.corrected ?? 0,
        answered: c.answered ?? 0,
      };
    }),
    total: Number(count.n),
  };
}
