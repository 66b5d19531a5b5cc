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
  /**
   * The deterministic rule that judges every other record (demo or generated): relevant when its
   * title and summary match every pattern (case-insensitive regular expressions valid in both
   * JavaScript and PostgreSQL `~*`).
   */
  readonly rule: readonly string[];
}

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Exact words: the control group.
  { q: 'katarak', kind: 'exact', relevant: ['katarak'], rule: ['katarak'] },
  { q: 'jumantik', kind: 'exact', relevant: ['dbd'], rule: ['jumantik'] },
  { q: 'perpustakaan perahu', kind: 'exact', relevant: ['perpustakaan'], rule: ['perpustakaan', 'perahu'] },
  { q: 'pipanisasi', kind: 'exact', relevant: ['air-bersih'], rule: ['pipanisasi'] },
  { q: 'pesantren tuberkulosis', kind: 'exact', relevant: ['tuberkulosis'], rule: ['pesantren', 'tuberkulosis|tbc'] },
  { q: 'rakit', kind: 'exact', relevant: ['paud'], rule: ['rakit'] },
  { q: 'sirene banjir', kind: 'exact', relevant: ['banjir'], rule: ['sirene', 'banjir'] },
  { q: 'rumah aman', kind: 'exact', relevant: ['kdrt'], rule: ['rumah aman'] },
  // Typos, in titles and in summaries.
  { q: 'katark', kind: 'typo', relevant: ['katarak'], rule: ['katarak'] },
  { q: 'oprasi katarak', kind: 'typo', relevant: ['katarak'], rule: ['operasi', 'katarak'] },
  { q: 'stuntnig', kind: 'typo', relevant: ['stunting'], rule: ['stunting'] },
  { q: 'stuntng', kind: 'typo', relevant: ['stunting'], rule: ['stunting'] },
  { q: 'jumantk', kind: 'typo', relevant: ['dbd'], rule: ['jumantik'] },
  { q: 'perpustkaan', kind: 'typo', relevant: ['perpustakaan'], rule: ['perpustakaan'] },
  { q: 'imunisai', kind: 'typo', relevant: ['imunisasi'], rule: ['imunisasi'] },
  { q: 'pipanisai air', kind: 'typo', relevant: ['air-bersih'], rule: ['pipanisasi'] },
  { q: 'pesantern', kind: 'typo', relevant: ['tuberkulosis'], rule: ['pesantren'] },
  { q: 'etalse digital', kind: 'typo', relevant: ['umkm'], rule: ['etalase'] },
  { q: 'sirine banjir', kind: 'typo', relevant: ['banjir'], rule: ['sirene', 'banjir'] },
  { q: 'lokapsar', kind: 'typo', relevant: ['umkm'], rule: ['lokapasar|loka pasar'] },
  // Spelling variants of the official dictionary.
  { q: 'antrian rumah sakit', kind: 'variant', relevant: ['antrean'], rule: ['antrean|antrian', 'rumah sakit'] },
  { q: 'nomor antrian', kind: 'variant', relevant: ['antrean'], rule: ['nomor', 'antrean|antrian'] },
  { q: 'ijin keramaian', kind: 'variant', relevant: ['izin'], rule: ['izin|ijin', 'keramaian'] },
  { q: 'ijin reklame', kind: 'variant', relevant: ['izin'], rule: ['izin|ijin', 'reklame'] },
  { q: 'perijinan bangunan', kind: 'variant', relevant: ['perizinan'], rule: ['perizinan|perijinan', 'bangunan'] },
  { q: 'perijinan', kind: 'variant', relevant: ['perizinan'], rule: ['perizinan|perijinan'] },
  { q: 'apotik desa', kind: 'variant', relevant: ['apotek'], rule: ['apotek|apotik', 'desa'] },
  { q: 'apotik obat murah', kind: 'variant', relevant: ['apotek'], rule: ['apotek|apotik', 'obat'] },
  { q: 'akte kelahiran', kind: 'variant', relevant: ['dukcapil'], rule: ['akta kelahiran|akte kelahiran'] },
  // Synonyms and acronyms.
  { q: 'tbc', kind: 'synonym', relevant: ['tbc', 'tuberkulosis'], rule: ['tbc|tuberkulosis'] },
  { q: 'tuberkulosis', kind: 'synonym', relevant: ['tuberkulosis', 'tbc'], rule: ['tbc|tuberkulosis'] },
  { q: 'corona', kind: 'synonym', relevant: ['corona', 'covid'], rule: ['corona|covid'] },
  { q: 'covid', kind: 'synonym', relevant: ['covid', 'corona'], rule: ['corona|covid'] },
  { q: 'lansia', kind: 'synonym', relevant: ['lansia', 'lanjut-usia'], rule: ['lansia|lanjut usia'] },
  { q: 'lanjut usia', kind: 'synonym', relevant: ['lanjut-usia', 'lansia'], rule: ['lansia|lanjut usia'] },
  { q: 'dukcapil', kind: 'synonym', relevant: ['dukcapil'], rule: ['dukcapil|kependudukan dan pencatatan sipil|catatan sipil'] },
  { q: 'umkm', kind: 'synonym', relevant: ['umkm'], rule: ['umkm|usaha mikro'] },
  { q: 'usaha mikro kecil dan menengah', kind: 'synonym', relevant: ['umkm'], rule: ['umkm|usaha mikro'] },
  { q: 'ptsp kecamatan', kind: 'synonym', relevant: ['ptsp'], rule: ['ptsp|satu pintu', 'kecamatan'] },
  { q: 'dbd', kind: 'synonym', relevant: ['dbd'], rule: ['dbd|demam berdarah'] },
  { q: 'karhutla', kind: 'synonym', relevant: ['karhutla'], rule: ['karhutla|kebakaran hutan'] },
  { q: 'bansos', kind: 'synonym', relevant: ['bansos'], rule: ['bansos|bantuan sosial'] },
  { q: 'kdrt', kind: 'synonym', relevant: ['kdrt'], rule: ['kdrt|kekerasan dalam rumah tangga'] },
  { q: 'pendidikan anak usia dini', kind: 'synonym', relevant: ['paud'], rule: ['paud|pendidikan anak usia dini'] },
  { q: 'anak putus sekolah', kind: 'synonym', relevant: ['putus-sekolah'], rule: ['putus sekolah|tidak sekolah'] },
  { q: 'bumil', kind: 'synonym', relevant: ['ibu-hamil'], rule: ['bumil|ibu hamil'] },
  { q: 'isolasi mandiri covid', kind: 'synonym', relevant: ['covid'], rule: ['isolasi|isoman', 'covid|corona'] },
  { q: 'vaksinasi anak', kind: 'synonym', relevant: ['imunisasi'], rule: ['imunisasi|vaksinasi', 'anak'] },
  { q: 'keluhan warga', kind: 'synonym', relevant: ['pengaduan'], rule: ['keluhan|aduan|pengaduan|komplain', 'warga'] },
  // Several words spread over the record (need not all match).
  { q: 'kesehatan ibu', kind: 'multiword', relevant: ['ibu-hamil'], rule: ['kesehatan', '(^|[^a-z])ibu([^a-z]|$)'] },
  { q: 'operasi mata nelayan', kind: 'multiword', relevant: ['katarak'], rule: ['operasi', 'mata', 'nelayan'] },
  { q: 'gizi balita desa stunting', kind: 'multiword', relevant: ['stunting'], rule: ['gizi', 'balita', 'desa', 'stunting'] },
  { q: 'obat pasien relawan tbc', kind: 'multiword', relevant: ['tbc'], rule: ['obat', 'relawan', 'tbc|tuberkulosis'] },
  { q: 'sampah plastik sekolah', kind: 'multiword', relevant: ['sampah'], rule: ['sampah', 'plastik', 'sekolah'] },
  { q: 'buku anak sungai', kind: 'multiword', relevant: ['perpustakaan'], rule: ['buku', 'anak', 'sungai'] },
  { q: 'data keluarga miskin bantuan', kind: 'multiword', relevant: ['bansos'], rule: ['data', 'keluarga miskin', 'bantuan'] },
  { q: 'lahan gambut kemarau patroli', kind: 'multiword', relevant: ['karhutla'], rule: ['gambut', 'patroli'] },
  { q: 'akta kelahiran bayi rumah sakit', kind: 'multiword', relevant: ['dukcapil'], rule: ['akta kelahiran', 'bayi', 'rumah sakit'] },
  { q: 'senam lanjut usia', kind: 'multiword', relevant: ['lanjut-usia'], rule: ['senam', 'lansia|lanjut usia'] },
  // Joined and split word forms.
  { q: 'PeduliLindungi', kind: 'joined', relevant: ['pedulilindungi'], rule: ['pedulilindungi|peduli lindungi'] },
  { q: 'peduli lindungi', kind: 'joined', relevant: ['pedulilindungi'], rule: ['pedulilindungi|peduli lindungi'] },
  { q: 'pedulilindungi pasar', kind: 'joined', relevant: ['pedulilindungi'], rule: ['pedulilindungi|peduli lindungi', 'pasar'] },
  { q: 'e-KTP', kind: 'joined', relevant: ['ektp'], rule: ['e-ktp|ektp|ktp elektronik'] },
  { q: 'ektp jemput bola', kind: 'joined', relevant: ['ektp'], rule: ['e-ktp|ektp|ktp elektronik', 'jemput bola'] },
  { q: 'lokapasar', kind: 'joined', relevant: ['umkm'], rule: ['lokapasar|loka pasar'] },
  { q: 'loka pasar', kind: 'joined', relevant: ['umkm'], rule: ['lokapasar|loka pasar'] },
  { q: 'nontunai', kind: 'joined', relevant: ['umkm'], rule: ['nontunai|non tunai|non-tunai'] },
  { q: 'non tunai', kind: 'joined', relevant: ['umkm'], rule: ['nontunai|non tunai|non-tunai'] },
  { q: 'dialih fungsikan', kind: 'joined', relevant: ['covid'], rule: ['dialihfungsikan|dialih fungsikan'] },
];
