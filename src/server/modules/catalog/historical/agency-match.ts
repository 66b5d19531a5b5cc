import type { AgencyType } from '../../../../common/agency-types.js';
import { normalizeName, trigramSimilarity } from '../../../../common/name-match.js';

/**
 * Finding the organisation a file names in the directory. Names are compared in a canonical form
 * (no case or punctuation; "Pemkab"/"Kab." → "pemerintah kabupaten", "Pemkot"/"Kota" → "pemerintah
 * kota", "RSUD" → "rumah sakit umum daerah" …). An exact canonical match (consistent with the
 * type and region the row gives) is taken; otherwise the closest names (trigram similarity) and
 * the row's regional government are offered as candidates for the ministry to confirm.
 */
export interface DirectoryAgency {
  id: string;
  name: string;
  type: AgencyType;
  regionCode: string | null;
  provinceCode: string | null;
}

export interface AgencyCandidate {
  agencyId: string;
  name: string;
  score: number;
}

export type AgencyMatch = { kind: 'exact'; agencyId: string; name: string } | { kind: 'candidates'; candidates: AgencyCandidate[] };

const WORDS: Record<string, string> = {
  pemkab: 'pemerintah kabupaten',
  kab: 'kabupaten',
  pemkot: 'pemerintah kota',
  pemprov: 'pemerintah provinsi',
  prov: 'provinsi',
  propinsi: 'provinsi',
  pemda: 'pemerintah',
  rsud: 'rumah sakit umum daerah',
  rs: 'rumah sakit',
  dinkes: 'dinas kesehatan',
  disdukcapil: 'dinas kependudukan dan pencatatan sipil',
  dpmptsp: 'dinas penanaman modal dan pelayanan terpadu satu pintu',
  bappeda: 'badan perencanaan pembangunan daerah',
  kemendagri: 'kementerian dalam negeri',
  kemenkes: 'kementerian kesehatan',
  kemenkeu: 'kementerian keuangan',
  kementrian: 'kementerian',
  kec: 'kecamatan',
  kel: 'kelurahan',
  adm: 'administrasi',
  kep: 'kepulauan',
};

export function canonicalAgencyName(name: string): string {
  let t = normalizeName(name)
    .split(' ')
    .map((w) => WORDS[w] ?? w)
    .join(' ');
  t = t.replace(/^(pemerintah )?provinsi di /, '$1provinsi daerah istimewa ');
  if (/^(kabupaten|kota|provinsi) /.test(t)) t = `pemerintah ${t}`;
  return t.replace(/^pemerintah pemerintah /, 'pemerintah ');
}

export interface AgencyIndex {
  byCanonical: Map<string, DirectoryAgency[]>;
  all: { agency: DirectoryAgency; canonical: string }[];
  /** "regionCode|type" → the regional government. */
  governments: Map<string, DirectoryAgency>;
}

export function buildAgencyIndex(directory: readonly DirectoryAgency[]): AgencyIndex {
  const index: AgencyIndex = { byCanonical: new Map(), all: [], governments: new Map() };
  for (const agency of directory) {
    const canonical = canonicalAgencyName(agency.name);
    index.byCanonical.set(canonical, [...(index.byCanonical.get(canonical) ?? []), agency]);
    index.all.push({ agency, canonical });
    if (agency.regionCode && (agency.type === 'provinsi' || agency.type === 'kabupaten' || agency.type === 'kota')) {
      index.governments.set(`${agency.regionCode}|${agency.type}`, agency);
    }
  }
  return index;
}

export interface AgencyQuery {
  name: string;
  type: AgencyType | null;
  /** The row's resolved region (province or regency code), if any. */
  regionCode: string | null;
}

function consistent(agency: DirectoryAgency, query: AgencyQuery): boolean {
  if (query.type && agency.type !== query.type) return false;
  if (query.regionCode && agency.regionCode) {
    const province = query.regionCode.slice(0, 2);
    if (agency.regionCode !== query.regionCode && agency.regionCode.slice(0, 2) !== province) return false;
  }
  return true;
}

export function matchAgency(index: AgencyIndex, query: AgencyQuery): AgencyMatch {
  const canonical = canonicalAgencyName(query.name);
  const exact = (index.byCanonical.get(canonical) ?? []).filter((a) => consistent(a, query));
  if (exact.length === 1) return { kind: 'exact', agencyId: exact[0]!.id, name: exact[0]!.name };
  const scored = new Map<string, AgencyCandidate>();
  for (const { agency, canonical: other } of index.all) {
    let score = trigramSimilarity(canonical, other);
    if (score < 0.3) continue;
    if (consistent(agency, query)) score += 0.1;
    scored.set(agency.id, { agencyId: agency.id, name: agency.name, score: Math.min(1, Math.round(score * 100) / 100) });
  }
  // A unit of a regional government (an RSUD, a puskesmas) usually belongs under that government.
  if (query.regionCode) {
    const level = query.regionCode.length === 2 ? ['provinsi'] : ['kabupaten', 'kota'];
    for (const type of level) {
      const government = index.governments.get(`${query.regionCode}|${type}`);
      if (government && !scored.has(government.id)) scored.set(government.id, { agencyId: government.id, name: government.name, score: 0.3 });
    }
  }
  const candidates = [...scored.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, 5);
  return { kind: 'candidates', candidates };
}
