import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ResolvedFilters as SearchFilters } from '../search-service.js';
import { filterCondition, type MatchMode } from '../search-sql.js';

/** One exported innovation: a flat row for CSV/XLSX. */
export interface ExportRow {
  id: string;
  title: string;
  summary: string;
  agency: string;
  agencyType: string;
  unitName: string;
  province: string;
  region: string;
  regionCode: string;
  category: string;
  sdgs: string;
  startDate: string;
  status: string;
  stoppedReason: string;
  statusConfirmedAt: string;
  beneficiaries: number | null;
  awards: string;
  replications: number;
  websiteUrl: string;
  videoUrl: string;
  url: string;
}

export const EXPORT_COLUMNS: { key: keyof ExportRow; header: string; width: number }[] = [
  { key: 'id', header: 'id', width: 38 },
  { key: 'title', header: 'judul', width: 50 },
  { key: 'summary', header: 'ringkasan', width: 80 },
  { key: 'agency', header: 'instansi', width: 40 },
  { key: 'agencyType', header: 'jenis_instansi', width: 16 },
  { key: 'unitName', header: 'unit', width: 30 },
  { key: 'province', header: 'provinsi', width: 24 },
  { key: 'region', header: 'wilayah', width: 28 },
  { key: 'regionCode', header: 'kode_wilayah', width: 12 },
  { key: 'category', header: 'kategori', width: 28 },
  { key: 'sdgs', header: 'sdgs', width: 12 },
  { key: 'startDate', header: 'tanggal_mulai', width: 14 },
  { key: 'status', header: 'status', width: 10 },
  { key: 'stoppedReason', header: 'alasan_berhenti', width: 30 },
  { key: 'statusConfirmedAt', header: 'status_dikonfirmasi', width: 14 },
  { key: 'beneficiaries', header: 'penerima_manfaat', width: 16 },
  { key: 'awards', header: 'penghargaan', width: 30 },
  { key: 'replications', header: 'jumlah_replikasi', width: 16 },
  { key: 'websiteUrl', header: 'situs', width: 30 },
  { key: 'videoUrl', header: 'video', width: 30 },
  { key: 'url', header: 'tautan_katalog', width: 50 },
];

interface BatchRow {
  id: string;
  title: string;
  summary: string;
  agency: string;
  agency_type: string;
  unit_name: string;
  province: string;
  region: string;
  region_code: string;
  category: string;
  sdgs: number[];
  start_date: string;
  status: string;
  stopped_reason: string | null;
  confirmed: string;
  beneficiaries: string | null;
  awards: string | null;
  replications: string;
  website_url: string | null;
  video_url: string | null;
}

/** The most rows one export may hold: the whole national catalog, but no more. */
export const MAX_EXPORT_ROWS = 100_000;
const BATCH = 1000;

/** Counts matches up to the cap + 1, so an oversized export is refused before any byte is sent. */
export async function countUpTo(db: Kysely<Database>, filters: SearchFilters, mode: MatchMode, cap: number): Promise<number> {
  const r = await sql<{ n: string }>`select count(*)::text as n from (select 1 from innovations i where ${filterCondition(filters, mode)} limit ${cap + 1}) t`.execute(db);
  return Number(r.rows[0]!.n);
}

/** The text mode the search itself would use: full text, or similar titles when full text finds nothing. */
export async function exportMode(db: Kysely<Database>, filters: SearchFilters): Promise<MatchMode> {
  if (!filters.q) return 'all';
  return (await countUpTo(db, filters, 'fulltext', 0)) > 0 ? 'fulltext' : 'fuzzy';
}

/** Every match, newest first, read in keyset-paged batches so memory stays flat. */
export async function* exportRows(db: Kysely<Database>, filters: SearchFilters, mode: MatchMode, publicUrl: string): AsyncGenerator<ExportRow> {
  const where = filterCondition(filters, mode);
  let after: { date: string; id: string } | null = null;
  for (;;) {
    const cursor: RawBuilder<unknown> = after ? sql`and (i.start_date < ${after.date}::date or (i.start_date = ${after.date}::date and i.id > ${after.id}::uuid))` : sql``;
    const batch = await sql<BatchRow>`
      select i.id, i.title, i.summary, a.name as agency, i.agency_type, i.unit_name, p.name as province, r.name as region,
        i.region_code, c.name_id as category, i.sdgs, to_char(i.start_date, 'YYYY-MM-DD') as start_date, i.status,
        i.stopped_reason, to_char(i.status_confirmed_at, 'YYYY-MM-DD') as confirmed, i.beneficiaries::text as beneficiaries,
        (select string_agg(aw.label || ' (' || aw.year || ')', '; ' order by aw.year desc) from innovation_awards aw where aw.innovation_id = i.id) as awards,
        (select count(*) from innovation_replications rep where rep.innovation_id = i.id)::text as replications,
        i.website_url, i.video_url
      from innovations i
      join agencies a on a.id = i.agency_id
      join regions r on r.code = i.region_code
      join regions p on p.code = i.province_code
      join innovation_categories c on c.id = i.category_id
      where ${where} ${cursor}
      order by i.start_date desc, i.id
      limit ${BATCH}`.execute(db);
    for (const row of batch.rows) {
      yield {
        id: row.id,
        title: row.title,
        summary: row.summary,
        agency: row.agency,
        agencyType: row.agency_type,
        unitName: row.unit_name,
        province: row.province,
        region: row.region,
        regionCode: row.region_code,
        category: row.category,
        sdgs: row.sdgs.join(';'),
        startDate: row.start_date,
        status: row.status,
        stoppedReason: row.stopped_reason ?? '',
        statusConfirmedAt: row.confirmed,
        beneficiaries: row.beneficiaries === null ? null : Number(row.beneficiaries),
        awards: row.awards ?? '',
        replications: Number(row.replications),
        websiteUrl: row.website_url ?? '',
        videoUrl: row.video_url ?? '',
        url: `${publicUrl}/katalog/${row.id}`,
      };
    }
    if (batch.rows.length < BATCH) return;
    const last: BatchRow = batch.rows[batch.rows.length - 1]!;
    after = { date: last.start_date, id: last.id };
  }
}
