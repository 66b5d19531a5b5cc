import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ResolvedFilters as SearchFilters } from '../search-service.js';
import { filterCondition, type MatchMode } from '../search-filter-repository.js';
import { countUpTo, exportBatch } from './export-repository.js';

export { countUpTo };

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

/** The most rows one export may hold: the whole national catalog, but no more. */
export const MAX_EXPORT_ROWS = 100_000;
const BATCH = 1000;

/** The text mode the search itself would use: full text, or similar titles when full text finds nothing. */
export async function exportMode(db: Kysely<Database>, filters: SearchFilters): Promise<MatchMode> {
  if (!filters.q) return 'all';
  return (await countUpTo(db, filters, 'fulltext', 0)) > 0 ? 'fulltext' : 'fuzzy';
}

/** Every match, newest first, read in keyset-paged batches so memory stays flat. */
export async function* exportRows(db: Kysely<Database>, filters: SearchFilters, mode: MatchMode, publicUrl: string): AsyncGenerator<ExportRow> {
  const where = filterCondition(filters, mode, 'indexed', 'innovations');
  let after: { date: string; id: string } | null = null;
  for (;;) {
    const batch = await exportBatch(db, where, after, BATCH);
    for (const row of batch) {
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
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { date: last.start_date, id: last.id };
  }
}
