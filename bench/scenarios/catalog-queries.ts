/**
 * The fixed set of 50 catalog searches the benchmark replays: what visitors, agencies and the
 * ministry actually type (short Indonesian phrases, acronyms, typos, inflected forms) combined
 * with the facets they click (province, regency, agency type, category, SDG, year, status,
 * award), plus sorting and deep pages. Several are deliberately broad ("pelayanan", "masyarakat",
 * browsing with no words) because counting facets over tens of thousands of matches is the hard
 * case. Category codes are the generator's (bench/generator/vocabulary/themes.ts).
 */
export const CATALOG_QUERIES: readonly Record<string, string>[] = [
  { q: 'pelayanan' },
  { q: 'stunting' },
  { q: 'stunting', province: '35' },
  { q: 'pencegahan stunting balita', sort: 'newest' },
  { q: 'posyandu', province: '33', status: 'running' },
  { q: 'kesehatan ibu dan anak' },
  { q: 'puskesmas', category: 'kesehatan' },
  { q: 'layanan perizinan online' },
  { q: 'perizinan', agencyType: 'kota' },
  { q: 'perijinan' },
  { q: 'izin usaha', province: '32' },
  { q: 'administrasi kependudukan' },
  { q: 'akta kelahiran', agencyType: 'kabupaten' },
  { q: 'ktp elektronik jemput bola' },
  { q: 'mal pelayanan publik' },
  { q: 'pengaduan masyarakat', sdg: '16' },
  { q: 'sampah' },
  { q: 'bank sampah', sdg: '12' },
  { q: 'pengelolaan sampah plastik', province: '51' },
  { q: 'persampahan', year: '2019' },
  { q: 'air bersih', category: 'lingkungan' },
  { q: 'mangrove' },
  { q: 'desa' },
  { q: 'dana desa', category: 'pemberdayaan' },
  { q: 'berinovasi' },
  { q: 'inovasi digital', sort: 'newest' },
  { q: 'aplikasi android', agencyType: 'provinsi' },
  { q: 'pendidikan anak putus sekolah' },
  { q: 'literasi', province: '73' },
  { q: 'perpustakaan keliling' },
  { q: 'umkm pemasaran produk' },
  { q: 'lapangan kerja', sdg: '8' },
  { q: 'bantuan sosial tepat sasaran' },
  { q: 'kemiskinan', province: '53' },
  { q: 'petani pupuk' },
  { q: 'ketahanan pangan', year: '2020,2021' },
  { q: 'kekerasan terhadap perempuan dan anak' },
  { q: 'disabilitas', status: 'running' },
  { q: 'bantuan hukum' },
  { q: 'masyarakat', page: '3' },
  { q: 'stuntng' },
  { q: 'GESEPE' },
  { q: 'pelayanan terpadu satu pintu', regency: '35.78' },
  { q: 'kesehatan', award: 'top_99' },
  { q: 'kesehatan', province: '35', agencyType: 'kabupaten', category: 'kesehatan', sdg: '3' },
  { province: '35' },
  { category: 'tata_kelola', sort: 'newest' },
  { agencyType: 'kementerian,lembaga' },
  { sdg: '5', status: 'stopped' },
  { sort: 'replicated' },
];

export function catalogSearchPath(query: Record<string, string>): string {
  const params = new URLSearchParams(query);
  const text = params.toString();
  return text ? `/api/innovations?${text}` : '/api/innovations';
}
