import { workbookBuffer, XLSX_TYPE } from '../../../exports/xlsx.js';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { errors } from '../../../http/errors.js';
import { csvText } from '../../../exports/csv.js';
import { DEFAULT_TIME_ZONE, dayInZone, formatWib, type TimeZoneCode } from '../../../../common/competitions.js';
import { loadCompetitionConfig } from '../../competitions/service.js';
import { competitionStats } from './stats.js';

/**
 * The ministry's exports of a call: the submitted (and withdrawn) proposals with their check
 * outcome, or the live counts. Drafts are not exported: they are the agencies' own until submitted.
 */
type Table = { columns: string[]; rows: (string | number | null)[][] };

async function proposalsTable(db: Kysely<Database>, competitionId: string): Promise<Table> {
  const result = await sql<{
    number: string;
    title: string;
    status: string;
    participant_type: string;
    agency: string | null;
    province: string | null;
    group_code: string;
    category_code: string;
    submitted_at: Date | null;
    late_seconds: number | null;
    content_hash: string | null;
    check_status: string | null;
    check_reason: string | null;
  }>`
    select p.number, p.title, p.status, p.participant_type, a.name as agency, r.name as province,
      g.code as group_code, k.code as category_code, p.submitted_at, p.late_seconds, p.content_hash,
      ac.status as check_status, ac.reason as check_reason
    from proposals p
    join competition_groups g on g.id = p.group_id
    join competition_categories k on k.id = p.category_id
    left join agencies a on a.id = p.agency_id
    left join regions r on r.code = split_part(a.region_code, '.', 1)
    left join proposal_admin_checks ac on ac.proposal_id = p.id
    where p.competition_id = ${competitionId} and p.status in ('submitted', 'withdrawn')
    order by p.submitted_at, p.number`.execute(db);
  return {
    columns: [
      'nomor',
      'judul',
      'status',
      'jenis_peserta',
      'instansi',
      'provinsi',
      'kelompok',
      'kategori',
      'waktu_kirim_wib',
      'waktu_kirim_utc',
      'terlambat_detik',
      'sha256',
      'hasil_administrasi',
      'alasan',
    ],
    rows: result.rows.map((r) => [
      r.number,
      r.title,
      r.status,
      r.participant_type,
      r.agency,
      r.province,
      r.group_code,
      r.category_code,
      r.submitted_at ? formatWib(new Date(r.submitted_at)) : null,
      r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      r.late_seconds,
      r.content_hash,
      r.check_status,
      r.check_reason,
    ]),
  };
}

async function countsTable(db: Kysely<Database>, competitionId: string, now: Date): Promise<Table> {
  const stats = await competitionStats(db, competitionId, now);
  const columns = [
    'dimensi',
    'kunci',
    'label',
    'terdaftar',
    'penyusunan',
    'siap',
    'dikembalikan',
    'dikirim',
    'terlambat',
    'ditarik',
    'adm_menunggu',
    'adm_lolos',
    'adm_tidak_lolos',
  ];
  const line = (dimension: string, key: string, label: string, c: (typeof stats)['totals']) => [
    dimension,
    key,
    label,
    c.registered,
    c.drafting,
    c.ready,
    c.returned,
    c.submitted,
    c.late,
    c.withdrawn,
    c.checkPending,
    c.checkPassed,
    c.checkFailed,
  ];
  return {
    columns,
    rows: [
      line('total', 'all', 'Semua', stats.totals),
      ...stats.byGroup.map((r) => line('kelompok', r.key, r.label, r)),
      ...stats.byCategory.map((r) => line('kategori', r.key, r.label, r)),
      ...stats.byProvince.map((r) => line('provinsi', r.key, r.label, r)),
      ...stats.byParticipantType.map((r) => line('jenis_peserta', r.key, r.label, r)),
    ],
  };
}

export async function exportCompetition(
  db: Kysely<Database>,
  competitionId: string,
  report: 'proposals' | 'counts',
  format: 'csv' | 'xlsx',
  now: Date,
  zone: TimeZoneCode = DEFAULT_TIME_ZONE,
): Promise<{ bytes: Buffer; contentType: string; filename: string }> {
  if (!(await loadCompetitionConfig(db, competitionId))) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  const table = report === 'proposals' ? await proposalsTable(db, competitionId) : await countsTable(db, competitionId, now);
  // The reader's calendar day, not the UTC one (which lags until 07.00 WIB).
  const stamp = dayInZone(now, zone);
  const filename = `kompetisi-${competitionId.slice(0, 8)}-${report === 'proposals' ? 'proposal' : 'rekap'}-${stamp}.${format}`;
  if (format === 'csv') {
    // Through the one CSV writer: formulas neutralised, a byte-order mark for the UTF-8 names.
    const text = csvText([table.columns, ...table.rows], { bom: true });
    return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/csv', filename };
  }
  // Through the one workbook writer: bold frozen header and, as in the CSV, formula-like text neutralised.
  const bytes = await workbookBuffer([
    {
      name: report === 'proposals' ? 'Proposal' : 'Rekap',
      columns: table.columns.map((header, i) => ({ header, key: String(i) })),
      rows: table.rows.map((row) => Object.fromEntries(row.map((cell, i) => [String(i), cell]))),
      freezeHeader: true,
    },
  ]);
  return { bytes, contentType: XLSX_TYPE, filename };
}
