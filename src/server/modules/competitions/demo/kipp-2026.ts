import type { AwardLevel } from '../../../../common/competitions.js';
import type { CreateCompetitionInput } from '../schemas.js';

/** WIB wall-clock time to an instant: Indonesia's western zone is UTC+7 all year. */
export function wib(date: string, time = '00:00:00'): string {
  return new Date(`${date}T${time}+07:00`).toISOString();
}

function dayOffset(from: Date, days: number): string {
  const d = new Date(from.getTime() + 7 * 3_600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** "Never a top winner before": Top 45 and Top 5 of any earlier year. */
const EXCLUDE_TOP: AwardLevel[] = ['top_5', 'top_45'];

/**
 * KIPP 2026 as the demo's annual competition: groups umum/replikasi/khusus with the 2021-style
 * rules, the ten 2021 categories, the numbered narrative form and the 2020–2022 stage pattern.
 * Registration is open around the seed date so the demo can be tried end to end.
 */
export function kipp2026(now: Date): CreateCompetitionInput {
  const d = (days: number) => dayOffset(now, days);
  return {
    kind: 'kipp',
    name: 'Kompetisi Inovasi Pelayanan Publik (KIPP) 2026',
    year: 2026,
    theme: 'Inovasi pelayanan publik untuk Indonesia yang tangguh dan berkelanjutan',
    description:
      'Kompetisi tahunan Kementerian PANRB sejak 2014 untuk menemukan dan mereplikasi inovasi pelayanan publik terbaik dari K/L, pemerintah daerah, BUMN dan BUMD. Satu Instansi Satu Inovasi.',
    participantTypes: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd'],
    sdgRequired: true,
    graceMinutes: 15,
    groups: [
      {
        code: 'umum',
        name: 'Kelompok Umum',
        description: 'Inovasi yang telah berjalan minimal satu tahun dan belum pernah menjadi Top 45 atau Top 5.',
        minInnovationAgeMonths: 12,
        excludedAwardLevels: EXCLUDE_TOP,
        excludedAwardSinceYear: null,
        maxProposalsPerAgency: 10,
        participantTypes: [],
        requiresReplication: false,
      },
      {
        code: 'replikasi',
        name: 'Kelompok Replikasi',
        description: 'Inovasi hasil adaptasi dari inovasi Top 99 sebelumnya, berjalan minimal enam bulan.',
        minInnovationAgeMonths: 6,
        excludedAwardLevels: EXCLUDE_TOP,
        excludedAwardSinceYear: null,
        maxProposalsPerAgency: 5,
        participantTypes: [],
        requiresReplication: true,
      },
      {
        code: 'khusus',
        name: 'Kelompok Khusus',
        description: 'Inovasi dari daerah tertinggal, terdepan dan terluar (3T) serta K/L dengan layanan khusus.',
        minInnovationAgeMonths: 12,
        excludedAwardLevels: EXCLUDE_TOP,
        excludedAwardSinceYear: null,
        maxProposalsPerAgency: 2,
        participantTypes: [],
        requiresReplication: false,
      },
    ],
    categories: [
      { code: 'pengentasan_kemiskinan', name: 'Pengentasan kemiskinan', description: '' },
      { code: 'pendidikan', name: 'Pendidikan', description: '' },
      { code: 'kesehatan', name: 'Kesehatan', description: '' },
      { code: 'ketahanan_pangan', name: 'Ketahanan pangan', description: '' },
      { code: 'pertumbuhan_ekonomi', name: 'Pertumbuhan ekonomi dan lapangan kerja', description: '' },
      { code: 'pemberdayaan_masyarakat', name: 'Pemberdayaan masyarakat', description: '' },
      { code: 'responsif_gender', name: 'Pelayanan publik responsif gender', description: '' },
      { code: 'lingkungan_hidup', name: 'Lingkungan hidup', description: '' },
      { code: 'tata_kelola', name: 'Tata kelola pemerintahan yang baik', description: '' },
      { code: 'penegakan_hukum', name: 'Penegakan hukum', description: '' },
    ],
    questions: [
      {
        title: 'Ringkasan inovasi',
        helpText: 'Jelaskan inovasi secara singkat: apa, untuk siapa, dan hasil utamanya.',
        required: true,
        wordLimit: 200,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Latar belakang dan permasalahan',
        helpText: 'Masalah pelayanan publik apa yang dihadapi sebelum inovasi, didukung data.',
        required: true,
        wordLimit: 500,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Kebaruan dan keunikan',
        helpText: 'Apa yang baru dibandingkan cara sebelumnya atau praktik di tempat lain?',
        required: true,
        wordLimit: 500,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Langkah-langkah implementasi',
        helpText: 'Tahapan pelaksanaan sejak gagasan hingga berjalan, termasuk kendala dan cara mengatasinya.',
        required: true,
        wordLimit: 500,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Hasil dan dampak',
        helpText: 'Perubahan yang terukur (sebelum–sesudah) bagi penerima layanan.',
        required: true,
        wordLimit: 500,
        answerType: 'long_text',
        options: [],
      },
      { title: 'Pemangku kepentingan yang terlibat', helpText: 'Siapa saja yang terlibat dan apa perannya.', required: true, wordLimit: 300, answerType: 'long_text', options: [] },
      { title: 'Sumber daya', helpText: 'Sumber daya manusia, anggaran dan sarana yang digunakan.', required: true, wordLimit: 300, answerType: 'long_text', options: [] },
      {
        title: 'Keberlanjutan',
        helpText: 'Dasar hukum, anggaran rutin dan kelembagaan yang menjamin inovasi tetap berjalan.',
        required: true,
        wordLimit: 400,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Potensi replikasi',
        helpText: 'Apakah inovasi sudah atau dapat direplikasi di tempat lain? Jelaskan.',
        required: true,
        wordLimit: 300,
        answerType: 'long_text',
        options: [],
      },
      {
        title: 'Keterkaitan dengan SDGs',
        helpText: 'Pilih tujuan pembangunan berkelanjutan yang didukung inovasi.',
        required: true,
        wordLimit: null,
        answerType: 'sdg_list',
        options: [],
      },
      { title: 'Bentuk inovasi', helpText: '', required: true, wordLimit: null, answerType: 'choice', options: ['Pelayanan publik', 'Tata kelola pemerintahan', 'Lainnya'] },
      { title: 'Jumlah penerima manfaat per tahun', helpText: 'Perkiraan jumlah orang yang dilayani.', required: false, wordLimit: null, answerType: 'number', options: [] },
      {
        title: 'Tautan video profil inovasi',
        helpText: 'Video berdurasi maksimal 3 menit (YouTube atau sejenisnya).',
        required: false,
        wordLimit: null,
        answerType: 'video_link',
        options: [],
      },
      { title: 'Dokumen pendukung', helpText: 'SK/dasar hukum, data capaian, foto kegiatan (PDF atau gambar).', required: false, wordLimit: null, answerType: 'file', options: [] },
    ],
    stages: [
      { kind: 'registration', name: 'Pendaftaran dan penyusunan proposal', startsAt: wib(d(-14)), endsAt: wib(d(45), '23:59:59') },
      { kind: 'administrative_check', name: 'Seleksi administrasi', startsAt: wib(d(46)), endsAt: wib(d(60), '23:59:59') },
      { kind: 'desk_evaluation', name: 'Evaluasi proposal oleh Tim Evaluasi', startsAt: wib(d(61)), endsAt: wib(d(90), '23:59:59') },
      { kind: 'top_selection', name: 'Penetapan Top 99 oleh Tim Panel Independen', startsAt: wib(d(91)), endsAt: wib(d(100), '23:59:59') },
      { kind: 'objection', name: 'Masa sanggah publik', startsAt: wib(d(101)), endsAt: wib(d(105), '23:59:59') },
      { kind: 'presentation', name: 'Presentasi dan wawancara', startsAt: wib(d(110)), endsAt: wib(d(125), '23:59:59') },
      { kind: 'field_verification', name: 'Verifikasi lapangan', startsAt: wib(d(126)), endsAt: wib(d(140), '23:59:59') },
      { kind: 'announcement', name: 'Penetapan Top 45 dan Outstanding Achievement', startsAt: wib(d(150)), endsAt: wib(d(151), '23:59:59') },
    ],
  };
}
