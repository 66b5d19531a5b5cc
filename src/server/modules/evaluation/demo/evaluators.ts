/**
 * The rest of the demo Tim Evaluasi beside the demo evaluator account: academics with the KIPP
 * categories they know best (the assignment prefers them there). Two are affiliated, so the
 * automatic conflict rules show (an Airlangga evaluator never gets an East Java entry, the LAN
 * one never a Jakarta-based ministry's). Nobody signs in as them; they have already scored part
 * of their work when the demo starts. `leniency` is how many points above or below the panel's
 * middle they tend to score, which is what the normalised aggregation corrects for.
 */
export interface DemoEvaluator {
  email: string;
  name: string;
  agency: string | null;
  expertise: readonly string[];
  leniency: number;
}

export const DEMO_EVALUATOR_EXPERTISE: readonly string[] = ['tata_kelola', 'pemberdayaan_masyarakat', 'kesehatan'];

export const DEMO_EXTRA_EVALUATORS: readonly DemoEvaluator[] = [
  { email: 'penilai.andi@simpul.test', name: 'Dr. Andi Prasetyo', agency: 'Universitas Airlangga', expertise: ['kesehatan', 'pengentasan_kemiskinan'], leniency: 0.5 },
  { email: 'penilai.maria@simpul.test', name: 'Dr. Maria Ulfa Hasibuan', agency: 'Lembaga Administrasi Negara', expertise: ['tata_kelola', 'penegakan_hukum'], leniency: -1 },
  { email: 'penilai.yohanes@simpul.test', name: 'Prof. Yohanes Sitorus', agency: null, expertise: ['pertumbuhan_ekonomi', 'ketahanan_pangan', 'lingkungan_hidup'], leniency: 0 },
  { email: 'penilai.nurhayati@simpul.test', name: 'Dr. Nurhayati Syam', agency: null, expertise: ['pendidikan', 'responsif_gender', 'kesehatan'], leniency: 1 },
];
