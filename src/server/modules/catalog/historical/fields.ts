import { type ColumnMapping, HISTORICAL_FIELDS, type HistoricalField } from '../../../../common/historical-import.js';
import { normalizeName, trigramSimilarity } from '../../../../common/name-match.js';

/**
 * Header names people use for each field, Indonesian and English (compared without case,
 * accents and punctuation: "Kab./Kota" = "kab kota"). A header that is none of these gets the
 * field whose names it resembles most (trigram similarity ≥ 0.55), or nothing.
 */
const VARIANTS: Record<HistoricalField, string[]> = {
  externalKey: ['id', 'kode', 'kode inovasi', 'id inovasi', 'no registrasi', 'nomor registrasi', 'external id', 'external key', 'key', 'record id'],
  title: ['judul', 'judul inovasi', 'nama inovasi', 'inovasi', 'title', 'innovation', 'innovation title', 'innovation name'],
  agencyName: [
    'instansi',
    'nama instansi',
    'pemerintah daerah',
    'pemda',
    'lembaga',
    'k l pd',
    'kl pd',
    'penyelenggara',
    'agency',
    'agency name',
    'organisation',
    'organization',
    'institution',
  ],
  agencyType: ['jenis instansi', 'tipe instansi', 'jenis', 'kategori instansi', 'agency type', 'type', 'organisation type'],
  province: ['provinsi', 'nama provinsi', 'kode provinsi', 'prov', 'province', 'province name'],
  regency: ['kabupaten kota', 'kab kota', 'kota kabupaten', 'kabupaten', 'kota', 'kode wilayah', 'wilayah', 'daerah', 'regency', 'city', 'regency city', 'region', 'district'],
  year: ['tahun', 'tahun inovasi', 'tahun penghargaan', 'tahun kompetisi', 'year', 'award year'],
  startDate: ['tanggal mulai', 'mulai', 'tanggal implementasi', 'waktu implementasi', 'start date', 'started', 'since'],
  awardLabel: ['penghargaan', 'predikat', 'capaian', 'keterangan penghargaan', 'award', 'award label', 'label', 'achievement'],
  competition: ['kompetisi', 'ajang', 'nama kompetisi', 'program', 'competition', 'contest'],
  awardLevel: ['tingkat', 'peringkat', 'level', 'rank', 'award level'],
  cluster: ['klaster', 'kluster', 'kategori', 'kelompok', 'bidang', 'urusan', 'cluster', 'category', 'sector'],
  summary: ['ringkasan', 'deskripsi', 'uraian', 'uraian singkat', 'keterangan', 'summary', 'description', 'abstract'],
  sourceUrl: ['sumber', 'tautan', 'tautan sumber', 'link', 'url', 'sumber berita', 'source', 'source link', 'source url'],
  unitName: ['unit', 'unit kerja', 'opd', 'perangkat daerah', 'satuan kerja', 'unit name', 'department'],
  problem: ['masalah', 'latar belakang', 'permasalahan', 'problem', 'background'],
  approach: ['kebaruan', 'pendekatan', 'keunikan', 'approach', 'novelty'],
  implementationSteps: ['langkah implementasi', 'tahapan', 'tahapan implementasi', 'implementation', 'implementation steps'],
  results: ['hasil', 'dampak', 'manfaat', 'results', 'impact', 'outcome'],
  websiteUrl: ['situs', 'situs web', 'website', 'laman'],
};

const LOOKUP = new Map<string, HistoricalField>();
for (const field of HISTORICAL_FIELDS) for (const v of VARIANTS[field]) LOOKUP.set(normalizeName(v), field);

/** The best field for one header, or null. */
export function suggestField(header: string): HistoricalField | null {
  const name = normalizeName(header);
  if (!name) return null;
  const exact = LOOKUP.get(name);
  if (exact) return exact;
  let best: { field: HistoricalField; score: number } | null = null;
  for (const [variant, field] of LOOKUP) {
    const score = trigramSimilarity(variant, name);
    if (score >= 0.55 && (!best || score > best.score)) best = { field, score };
  }
  return best?.field ?? null;
}

/** A suggested mapping for a header row: each field at most once (the first column that names it). */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<HistoricalField>();
  // Exact names first, so "Kabupaten/Kota" takes `regency` before a fuzzy neighbour does.
  for (const pass of ['exact', 'fuzzy'] as const) {
    for (const header of headers) {
      if (!header.trim() || mapping[header]) continue;
      const field = pass === 'exact' ? (LOOKUP.get(normalizeName(header)) ?? null) : suggestField(header);
      if (field && !used.has(field)) {
        mapping[header] = field;
        used.add(field);
      }
    }
  }
  return mapping;
}
