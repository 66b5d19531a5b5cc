/**
 * The judged query set (issue #13.5): what people type, with the judged records (corpus.ts
 * keys) each query must find. Kinds: exact words (the control), typos, spelling variants,
 * synonyms and acronyms, multi-word queries whose words are spread over the record, and joined
 * or split word forms.
 */
export type QueryKind = 'exact' | 'typo' | 'variant' | 'synonym' | 'multiword' | 'joined';

export interface JudgedQuery {
  readonly q: string;
  readonly kind: QueryKind;
  /** Keys of JUDGED_RECORDS, most relevant first (the ideal order of nDCG). */
  readonly relevant: readonly string[];
}

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Exact words: the control group.
  { q: 'katarak', kind: 'exact', relevant: ['katarak'] },
  { q: 'jumantik', kind: 'exact', relevant: ['dbd'] },
  { q: 'perpustakaan perahu', kind: 'exact', relevant: ['perpustakaan'] },
  { q: 'pipanisasi', kind: 'exact', relevant: ['air-bersih'] },
  { q: 'pesantren tuberkulosis', kind: 'exact', relevant: ['tuberkulosis'] },
  { q: 'rakit', kind: 'exact', relevant: ['paud'] },
  { q: 'sirene banjir', kind: 'exact', relevant: ['banjir'] },
  { q: 'rumah aman', kind: 'exact', relevant: ['kdrt'] },
  // Typos, in titles and in summaries.
  { q: 'katark', kind: 'typo', relevant: ['katarak'] },
  { q: 'oprasi katarak', kind: 'typo', relevant: ['katarak'] },
  { q: 'stuntnig', kind: 'typo', relevant: ['stunting'] },
  { q: 'stuntng', kind: 'typo', relevant: ['stunting'] },
  { q: 'jumantk', kind: 'typo', relevant: ['dbd'] },
  { q: 'perpustkaan', kind: 'typo', relevant: ['perpustakaan'] },
  { q: 'imunisai', kind: 'typo', relevant: ['imunisasi'] },
  { q: 'pipanisai air', kind: 'typo', relevant: ['air-bersih'] },
  { q: 'pesantern', kind: 'typo', relevant: ['tuberkulosis'] },
  { q: 'etalse digital', kind: 'typo', relevant: ['umkm'] },
  { q: 'sirine banjir', kind: 'typo', relevant: ['banjir'] },
  { q: 'lokapsar', kind: 'typo', relevant: ['umkm'] },
  // Spelling variants of the official dictionary.
  { q: 'antrian rumah sakit', kind: 'variant', relevant: ['antrean'] },
  { q: 'nomor antrian', kind: 'variant', relevant: ['antrean'] },
  { q: 'ijin keramaian', kind: 'variant', relevant: ['izin'] },
  { q: 'ijin reklame', kind: 'variant', relevant: ['izin'] },
  { q: 'perijinan bangunan', kind: 'variant', relevant: ['perizinan'] },
  { q: 'perijinan', kind: 'variant', relevant: ['perizinan'] },
  { q: 'apotik desa', kind: 'variant', relevant: ['apotek'] },
  { q: 'apotik obat murah', kind: 'variant', relevant: ['apotek'] },
  { q: 'akte kelahiran', kind: 'variant', relevant: ['dukcapil'] },
  // Synonyms and acronyms.
  { q: 'tbc', kind: 'synonym', relevant: ['tbc', 'tuberkulosis'] },
  { q: 'tuberkulosis', kind: 'synonym', relevant: ['tuberkulosis', 'tbc'] },
  { q: 'corona', kind: 'synonym', relevant: ['corona', 'covid'] },
  { q: 'covid', kind: 'synonym', relevant: ['covid', 'corona'] },
  { q: 'lansia', kind: 'synonym', relevant: ['lansia', 'lanjut-usia'] },
  { q: 'lanjut usia', kind: 'synonym', relevant: ['lanjut-usia', 'lansia'] },
  { q: 'dukcapil', kind: 'synonym', relevant: ['dukcapil'] },
  { q: 'umkm', kind: 'synonym', relevant: ['umkm'] },
  { q: 'usaha mikro kecil dan menengah', kind: 'synonym', relevant: ['umkm'] },
  { q: 'ptsp kecamatan', kind: 'synonym', relevant: ['ptsp'] },
  { q: 'dbd', kind: 'synonym', relevant: ['dbd'] },
  { q: 'karhutla', kind: 'synonym', relevant: ['karhutla'] },
  { q: 'bansos', kind: 'synonym', relevant: ['bansos'] },
  { q: 'kdrt', kind: 'synonym', relevant: ['kdrt'] },
  { q: 'pendidikan anak usia dini', kind: 'synonym', relevant: ['paud'] },
  { q: 'anak putus sekolah', kind: 'synonym', relevant: ['putus-sekolah'] },
  { q: 'bumil', kind: 'synonym', relevant: ['ibu-hamil'] },
  { q: 'isolasi mandiri covid', kind: 'synonym', relevant: ['covid'] },
  { q: 'vaksinasi anak', kind: 'synonym', relevant: ['imunisasi'] },
  { q: 'keluhan warga', kind: 'synonym', relevant: ['pengaduan'] },
  // Several words spread over the record (need not all match).
  { q: 'kesehatan ibu', kind: 'multiword', relevant: ['ibu-hamil'] },
  { q: 'operasi mata nelayan', kind: 'multiword', relevant: ['katarak'] },
  { q: 'gizi balita desa stunting', kind: 'multiword', relevant: ['stunting'] },
  { q: 'obat pasien relawan tbc', kind: 'multiword', relevant: ['tbc'] },
  { q: 'sampah plastik sekolah', kind: 'multiword', relevant: ['sampah'] },
  { q: 'buku anak sungai', kind: 'multiword', relevant: ['perpustakaan'] },
  { q: 'data keluarga miskin bantuan', kind: 'multiword', relevant: ['bansos'] },
  { q: 'lahan gambut kemarau patroli', kind: 'multiword', relevant: ['karhutla'] },
  { q: 'akta kelahiran bayi rumah sakit', kind: 'multiword', relevant: ['dukcapil'] },
  { q: 'senam lanjut usia', kind: 'multiword', relevant: ['lanjut-usia'] },
  // Joined and split word forms.
  { q: 'PeduliLindungi', kind: 'joined', relevant: ['pedulilindungi'] },
  { q: 'peduli lindungi', kind: 'joined', relevant: ['pedulilindungi'] },
  { q: 'pedulilindungi pasar', kind: 'joined', relevant: ['pedulilindungi'] },
  { q: 'e-KTP', kind: 'joined', relevant: ['ektp'] },
  { q: 'ektp jemput bola', kind: 'joined', relevant: ['ektp'] },
  { q: 'lokapasar', kind: 'joined', relevant: ['umkm'] },
  { q: 'loka pasar', kind: 'joined', relevant: ['umkm'] },
  { q: 'nontunai', kind: 'joined', relevant: ['umkm'] },
  { q: 'non tunai', kind: 'joined', relevant: ['umkm'] },
  { q: 'dialih fungsikan', kind: 'joined', relevant: ['covid'] },
];
