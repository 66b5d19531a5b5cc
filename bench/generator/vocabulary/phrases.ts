/**
 * Words and phrases shared by every category, most frequent first (drawn by a Zipf law). These
 * carry the corpus's very common terms ("pelayanan", "masyarakat", "inovasi", "digital",
 * "desa"), which is what makes facet counting on broad queries expensive, as on real data.
 */

/** How the service is delivered. */
export const MECHANISMS = [
  'memanfaatkan aplikasi berbasis Android',
  'melalui layanan daring yang terintegrasi',
  'dengan pendekatan jemput bola',
  'melalui kolaborasi lintas perangkat daerah',
  'dengan melibatkan kader di setiap desa',
  'melalui pesan WhatsApp dan layanan pesan singkat',
  'dengan sistem informasi terpadu',
  'melalui loket layanan keliling',
  'dengan memanfaatkan media sosial',
  'melalui gerakan bersama masyarakat',
  'dengan kode QR pada setiap dokumen',
  'melalui pusat panggilan bebas pulsa',
  'dengan dasbor pemantauan waktu nyata',
  'melalui kemitraan dengan perguruan tinggi',
  'dengan dukungan dana tanggung jawab sosial perusahaan',
] as const;

/** What changed for the users. */
export const BENEFITS = [
  'pelayanan menjadi lebih cepat, mudah, dan murah',
  'masyarakat tidak perlu lagi datang ke kantor',
  'waktu layanan berkurang secara signifikan',
  'biaya yang dikeluarkan warga turun drastis',
  'layanan dapat diakses kapan saja dan di mana saja',
  'data menjadi akurat dan mudah dipantau',
  'kepuasan masyarakat meningkat',
  'pungutan liar dapat dicegah',
  'warga di desa terpencil ikut terlayani',
  'koordinasi antarinstansi menjadi lebih baik',
  'keputusan dapat diambil berdasarkan data',
] as const;

/** The "what is new" opening. */
export const NOVELTIES = [
  'Kebaruan inovasi ini terletak pada',
  'Yang membedakan inovasi ini dari layanan sebelumnya adalah',
  'Inovasi ini merupakan yang pertama di daerah ini yang',
  'Keunikan inovasi ini adalah',
  'Berbeda dengan cara lama, inovasi ini',
] as const;

export const NOVELTY_CLAUSES = [
  'penggabungan layanan yang sebelumnya tersebar di beberapa dinas',
  'pelibatan masyarakat sejak perencanaan hingga evaluasi',
  'penggunaan data terpadu untuk menentukan sasaran',
  'layanan yang mendatangi warga, bukan sebaliknya',
  'pemantauan berbasis aplikasi yang dapat diakses pimpinan setiap saat',
  'pemanfaatan kearifan lokal dan tokoh masyarakat',
  'kemitraan dengan swasta dan perguruan tinggi',
  'standar waktu layanan yang diumumkan kepada publik',
] as const;

export const STAKEHOLDERS = [
  'pemerintah desa',
  'puskesmas',
  'camat dan lurah',
  'tokoh agama dan tokoh masyarakat',
  'kader PKK',
  'perguruan tinggi setempat',
  'organisasi perangkat daerah terkait',
  'Badan Usaha Milik Desa',
  'dunia usaha',
  'media massa',
  'lembaga swadaya masyarakat',
  'TNI dan Polri',
  'karang taruna',
  'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
] as const;

/** Budget sources with the catalog's codes (`innovations.budget_source`). */
export const FUNDING_SOURCES = {
  apbd: 'Anggaran Pendapatan dan Belanja Daerah (APBD)',
  apbn: 'Anggaran Pendapatan dan Belanja Negara (APBN)',
  apbdes: 'Anggaran Pendapatan dan Belanja Desa (Dana Desa)',
  bumn_bumd: 'anggaran perusahaan',
  csr: 'dana tanggung jawab sosial perusahaan (CSR)',
  swadaya: 'swadaya masyarakat',
  hibah: 'hibah dari mitra pembangunan',
} as const;
export type FundingSource = keyof typeof FUNDING_SOURCES;

/** Legal bases, filled with the region's head: "Peraturan Bupati", "Peraturan Wali Kota". */
export const LEGAL_BASES = ['Peraturan {head}', 'Keputusan {head}', 'Surat Edaran {head}', 'Instruksi {head}'] as const;

export const STEP_OPENERS = ['Pertama,', 'Kedua,', 'Ketiga,', 'Selanjutnya,', 'Terakhir,'] as const;

export const GENERIC_STEPS = [
  'tim inovasi dibentuk melalui surat keputusan kepala dinas',
  'kebutuhan warga dipetakan melalui survei dan diskusi kelompok terarah',
  'prosedur layanan disederhanakan dan standar pelayanan ditetapkan',
  'aplikasi dikembangkan bersama tim teknologi informasi',
  'petugas dan kader dilatih',
  'inovasi disosialisasikan kepada masyarakat melalui media sosial dan pertemuan warga',
  'uji coba dilakukan di beberapa desa',
  'layanan diterapkan di seluruh wilayah',
  'hasil dipantau dan dievaluasi setiap bulan',
  'umpan balik warga digunakan untuk perbaikan berkelanjutan',
] as const;

export const STOPPED_REASONS = [
  'Anggaran tidak lagi tersedia sejak perubahan APBD.',
  'Digantikan oleh layanan nasional yang lebih luas.',
  'Aplikasi tidak lagi didukung setelah kontrak pemeliharaan berakhir.',
  'Penanggung jawab inovasi dimutasi dan belum ada pengganti.',
  'Layanan dilebur ke mal pelayanan publik.',
] as const;

/** Phrases that recur across narratives; words from these are the corpus's most common terms. */
export const OPENERS = ['merupakan inovasi pelayanan publik', 'adalah inovasi', 'merupakan terobosan', 'adalah layanan', 'merupakan gerakan', 'adalah program inovatif'] as const;

/** (digital?, form) combinations, most common first. */
export const FORMS = [
  { digital: true, form: 'public_service' },
  { digital: true, form: 'governance' },
  { digital: false, form: 'public_service' },
  { digital: false, form: 'governance' },
  { digital: false, form: 'other' },
  { digital: true, form: 'other' },
] as const;

export const NAME_PATTERNS = [
  'Sistem Informasi {a} {b}',
  'Gerakan {a} {b}',
  'Layanan {a} {b} Terpadu',
  'Program {a} {b}',
  '{a} {b} Keliling',
  'Jemput Bola {a} {b}',
  'Gerakan Masyarakat {a} {b}',
  '{a} {b} Online',
  'Aplikasi {a} {b}',
  'Pelayanan {a} {b} Satu Hari',
] as const;
