import { type Indicator, type ModelConfig, NOT_PUBLIC } from '../../../../common/innovation-index.js';

/**
 * The 2023 and 2026 models as data (loaded once as drafts by the index team's seeding; editable).
 * Public facts come from DOMAIN.md's IID section: the aspects' shares, the 2026 maxima
 * (SPD 63, SID indicators 111, innovation count 76 = 250, from a regional application citing the
 * ministry's letter of 29 April 2026), k, the count rule, the predicate bands, and the level
 * words quoted there. The distribution of weights among indicators and most level texts and
 * bands are NOT public: they carry `source: NOT_PUBLIC` and placeholder values chosen only so
 * the published aspect maxima hold (SPD Σ weight 21, SID Σ weight 37).
 */

const SRC = 'DOMAIN.md IID (public regional guidelines)';
const PLACEHOLDER = { id: `Teks tingkat ini tidak publik — dapat disunting`, en: `This level's text is not public — editable` };

type Row = [
  code: string,
  variable: string,
  id: string,
  en: string,
  weight: number,
  mandatory: boolean,
  levels?: [string, string, string],
  bands?: [number | null, number | null][],
  unit?: string,
  extra?: Partial<Indicator>,
];

const SPD: Row[] = [
  ['visi_misi', 'spd_kebijakan', 'Visi dan misi kepala daerah memuat inovasi', 'Vision and mission include innovation', 1, true],
  ['apbd_tepat_waktu', 'spd_kebijakan', 'APBD tepat waktu', 'Regional budget on time', 1, true],
  ['belanja_wajib', 'spd_kebijakan', 'Pemenuhan belanja wajib (mandatory spending)', 'Mandatory spending met', 1, false],
  ['perizinan', 'spd_kebijakan', 'Penyelenggaraan perizinan', 'Licensing', 1, false],
  ['pendapatan_per_kapita', 'spd_kinerja', 'Pendapatan per kapita', 'Income per capita', 1, false],
  ['pengangguran', 'spd_kinerja', 'Tingkat pengangguran', 'Unemployment', 1, false],
  ['investasi', 'spd_kinerja', 'Investasi', 'Investment', 1, false],
  ['pad', 'spd_kinerja', 'Pendapatan asli daerah (PAD)', 'Own-source revenue (PAD)', 1, false],
  ['opini_bpk', 'spd_tata_kelola', 'Opini BPK', 'Audit opinion (BPK)', 2, true, ['TMP / TW', 'WDP', 'WTP']],
  ['nilai_lakip', 'spd_tata_kelola', 'Nilai akuntabilitas kinerja (LAKIP)', 'Performance accountability grade (LAKIP)', 1, false],
  ['kemiskinan', 'spd_kinerja', 'Tingkat kemiskinan', 'Poverty rate', 1, false],
  ['ipm', 'spd_kinerja', 'Indeks pembangunan manusia (IPM)', 'Human development index', 1, false],
  ['penghargaan_inovator', 'spd_inovasi', 'Penghargaan bagi inovator', 'Awards for innovators', 1, false],
  ['rekomendasi_kebijakan', 'spd_inovasi', 'Rekomendasi kebijakan', 'Policy recommendations', 1, false],
  ['indeks_kualitas_kebijakan', 'spd_inovasi', 'Indeks kualitas kebijakan', 'Policy-quality index', 2, false],
  ['rencana_induk_inovasi', 'spd_inovasi', 'Rencana induk inovasi daerah', 'Regional innovation master plan', 2, true, ['Rancangan', 'Disepakati', 'Perkada']],
  ['fasilitasi_hki', 'spd_inovasi', 'Fasilitasi hak kekayaan intelektual', 'Intellectual-property facilitation', 2, false],
];

const SID: Row[] = [
  ['regulasi', 'sid_kelembagaan', 'Regulasi inovasi daerah', 'Regulation of the innovation', 2, true, ['SK kepala perangkat daerah', 'Perkada', 'Perda']],
  [
    'sdm',
    'sid_kelembagaan',
    'Ketersediaan SDM pengelola',
    'Staff running the innovation',
    2,
    false,
    ['1–10 orang', '11–30 orang', 'Lebih dari 30 orang'],
    [
      [1, 10],
      [11, 30],
      [31, null],
    ],
    'orang',
  ],
  ['anggaran', 'sid_kelembagaan', 'Dukungan anggaran', 'Budget', 2, true],
  ['alat_kerja', 'sid_kelembagaan', 'Alat kerja', 'Tools', 2, false, ['Manual', 'Elektronik', 'Daring (online)']],
  ['bimtek', 'sid_kelembagaan', 'Bimbingan teknis', 'Training', 2, false],
  ['rkpd', 'sid_kelembagaan', 'Program inovasi dalam RKPD', 'Included in the regional plan (RKPD)', 2, false],
  ['keterlibatan_aktor', 'sid_jejaring', 'Keterlibatan aktor inovasi', 'Innovation actors', 2, false],
  ['jejaring', 'sid_jejaring', 'Jejaring inovasi (perangkat daerah terlibat)', 'Network of units', 2, false],
  ['sosialisasi', 'sid_jejaring', 'Sosialisasi inovasi', 'Dissemination', 2, false],
  ['pedoman_teknis', 'sid_jejaring', 'Pedoman teknis', 'Manual', 2, false],
  ['kemudahan_informasi', 'sid_layanan', 'Kemudahan informasi layanan', 'Information channels', 2, false],
  ['kecepatan_layanan', 'sid_layanan', 'Kecepatan penyelesaian layanan', 'Service time', 2, false],
  [
    'penyelesaian_pengaduan',
    'sid_layanan',
    'Penyelesaian pengaduan',
    'Complaints resolved',
    2,
    false,
    ['≤ 50%', '51–90%', '≥ 91%'],
    [
      [0, 50],
      [51, 90],
      [91, 100],
    ],
    '%',
  ],
  ['integrasi', 'sid_layanan', 'Terintegrasi dengan program lain', 'Integration', 2, false],
  [
    'replikasi',
    'sid_dampak',
    'Replikasi',
    'Replication',
    2,
    false,
    ['1 daerah', '2 daerah', '3 daerah atau lebih'],
    [
      [1, 1],
      [2, 2],
      [3, null],
    ],
    'daerah',
    { platformFact: 'replication_regions' },
  ],
  ['kecepatan_penciptaan', 'sid_dampak', 'Kecepatan penciptaan inovasi', 'Speed of creation', 2, false],
  ['kemanfaatan', 'sid_dampak', 'Kemanfaatan inovasi', 'Benefit of the innovation', 2, true],
  ['monev', 'sid_dampak', 'Monitoring dan evaluasi', 'Monitoring and evaluation', 2, false, ['Internal', 'Survei kepuasan', 'Kajian pihak eksternal']],
  ['video', 'sid_dampak', 'Video inovasi', 'Video of the innovation', 1, false],
];

const QUOTED = `${SRC}: level words and bands quoted; weight ${NOT_PUBLIC}`;

const BENEFIT_BASES = [
  ['penerima_manfaat', 'Jumlah penerima manfaat', 'Beneficiaries'],
  ['cakupan_unit', 'Cakupan unit layanan', 'Unit coverage'],
  ['efisiensi_belanja', 'Efisiensi belanja', 'Spending efficiency'],
  ['pendapatan', 'Peningkatan pendapatan', 'Revenue'],
  ['produk', 'Produk yang dihasilkan', 'Products'],
  ['tren', 'Tren kinerja', 'Trend'],
] as const;

function indicator(aspect: 'spd' | 'sid', row: Row, no: number): Indicator {
  const [code, variable, id, en, weight, mandatory, words, bands, unit, extra] = row;
  const video = code === 'video';
  return {
    code,
    no,
    aspect,
    variable,
    name: { id, en },
    weight,
    levels: [1, 2, 3].map((level) => ({ level, text: words ? { id: words[level - 1]!, en: words[level - 1]! } : PLACEHOLDER })),
    unit: unit ?? null,
    bands: (bands ?? []).map(([min, max], index) => ({ level: index + 1, min, max })),
    mandatory,
    bases: code === 'kemanfaatan' ? BENEFIT_BASES.map(([c, i, e]) => ({ code: c, name: { id: i, en: e } })) : [],
    evidenceTypes: video ? ['video_link'] : ['dokumen', 'gambar', 'tautan'],
    platformFact: null,
    source: words ? QUOTED : `${NOT_PUBLIC} (indicator name: ${SRC})`,
    ...extra,
  };
}

export function seedModelConfig(year: 2023 | 2026): ModelConfig {
  const bands2026 = [65.01, 40.01, 0.01];
  const bands2023 = [60.01, 35.0, 0.01];
  const b = year === 2026 ? bands2026 : bands2023;
  return {
    maxScore: 250,
    k: year === 2026 ? 12 : 10,
    aspects: [
      { code: 'spd', name: { id: 'Satuan Pemerintah Daerah (SPD)', en: 'Regional government (SPD)' }, sharePercent: 25.2 },
      { code: 'sid', name: { id: 'Satuan Inovasi Daerah (SID)', en: 'Regional innovation (SID)' }, sharePercent: 74.8 },
    ],
    variables: [
      { code: 'spd_kebijakan', aspect: 'spd', name: { id: 'Kebijakan dan perencanaan', en: 'Policy and planning' } },
      { code: 'spd_kinerja', aspect: 'spd', name: { id: 'Kinerja pembangunan', en: 'Development performance' } },
      { code: 'spd_tata_kelola', aspect: 'spd', name: { id: 'Tata kelola', en: 'Governance' } },
      { code: 'spd_inovasi', aspect: 'spd', name: { id: 'Ekosistem inovasi', en: 'Innovation ecosystem' } },
      { code: 'sid_kelembagaan', aspect: 'sid', name: { id: 'Kelembagaan', en: 'Institutions' } },
      { code: 'sid_jejaring', aspect: 'sid', name: { id: 'Jejaring dan pengetahuan', en: 'Network and knowledge' } },
      { code: 'sid_layanan', aspect: 'sid', name: { id: 'Kualitas layanan', en: 'Service quality' } },
      { code: 'sid_dampak', aspect: 'sid', name: { id: 'Dampak dan keberlanjutan', en: 'Impact and sustainability' } },
    ],
    indicators: [...SPD.map((r, i) => indicator('spd', r, i + 1)), ...SID.map((r, i) => indicator('sid', r, SPD.length + i + 1))],
    evidenceTypes: [
      { code: 'dokumen', name: { id: 'Dokumen PDF', en: 'PDF document' }, kind: 'file', contentTypes: ['application/pdf'], maxBytes: 2 * 1024 * 1024 },
      { code: 'gambar', name: { id: 'Foto / tangkapan layar', en: 'Photo / screenshot' }, kind: 'file', contentTypes: ['image/png', 'image/jpeg'], maxBytes: 1024 * 1024 },
      { code: 'tautan', name: { id: 'Tautan (berkas besar)', en: 'Link (large files)' }, kind: 'link', contentTypes: [] },
      { code: 'video_link', name: { id: 'Tautan video (maks. 5 menit)', en: 'Video link (at most 5 minutes)' }, kind: 'video_link', contentTypes: [] },
    ],
    countRule: { pointsPerInnovation: 0.38, cap: 200, basicAffairs: ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'perumahan', 'trantibum', 'sosial'], minBasicAffairs: 5 },
    predicates: [
      { code: 'sangat_inovatif', min: b[0]! },
      { code: 'inovatif', min: b[1]! },
      { code: 'kurang_inovatif', min: b[2]! },
      { code: 'tidak_dapat_dinilai', min: 0 },
    ],
    answerWindowDays: 7,
    sources: [
      `${SRC}: two aspects SPD 25.2% / SID 74.8%, 36 indicators in 8 variables, maximum 250`,
      year === 2026
        ? '2026: SPD max 63, SID indicators max 111, innovation count max 76 (regional application citing the ministry letter of 29 April 2026); k = 12'
        : '2023: k = 10; the 2026 split of SID between indicators and the innovation count is applied (2023 split ' + NOT_PUBLIC + ')',
      year === 2026 ? 'Predicates 2026: 65.01 / 40.01 / 0.01 / 0' : 'Predicates 2023: 60.01–100 / 35.00–60.00 / 0.01–34.99 / 0',
      `Weights per indicator, most level texts and bands: ${NOT_PUBLIC}`,
      `Evidence size limits: ${NOT_PUBLIC} (platform defaults)`,
    ],
  };
}
