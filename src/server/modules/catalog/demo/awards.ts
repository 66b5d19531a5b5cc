import type { HistoricalAward } from '../awards-service.js';

/** Made-up results of a past KIPP for the demo's regional governments (labelled as demo). */
const DEMO_AWARDS: Record<string, ('top_45' | 'top_99')[]> = {
  // Most are entered again in the demo's KIPP 2026, whose groups exclude earlier Top 45 winners: Top 99 only.
  'Antrean Puskesmas Daring Terpadu': ['top_99'],
  'Perizinan Usaha Terpadu Satu Pintu Daring': ['top_99'],
  'Layanan Publik Desa Berbasis Jaringan Desa Cerdas': ['top_99'],
  'Dokter Keliling ke Rumah Warga': ['top_99'],
  'Penanganan Stunting Terpadu Berbasis Data Desa': ['top_99'],
  'Kanal Pengaduan Masyarakat Langsung ke Gubernur': ['top_99'],
  'Bank Sampah Induk dengan Tabungan Digital': ['top_99'],
  'Gerakan Belanja Produk Lokal untuk UMKM': ['top_99'],
  'Sekolah Lapang Iklim untuk Petani Lahan Kering': ['top_99', 'top_45'],
  'Kembali Bersekolah untuk Anak Putus Sekolah': ['top_99'],
};
const DEMO_AWARD_LABEL = { top_45: 'Top 45 KIPP 2025 (demo)', top_99: 'Top 99 KIPP 2025 (demo)' } as const;

/** The demo awards of one demo innovation, by its title. */
export function demoAwardsOf(title: string, innovationId: string): HistoricalAward[] {
  return (DEMO_AWARDS[title] ?? []).map((level) => ({ innovationId, level, year: 2025, label: DEMO_AWARD_LABEL[level] }));
}
