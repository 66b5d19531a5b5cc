import type { FigureSection, Localized, NationalDashboard, RegionProfile } from '../../../common/dashboards.js';

/**
 * Every dashboard view as plain tables: what the XLSX workbook, the open-data CSV/JSON and the
 * data dictionary are made of. Column keys are stable snake_case (open-data URLs depend on them);
 * headers and titles come in both languages.
 */
export interface FigureColumn {
  key: string;
  header: Localized;
  description: Localized;
}

export interface FigureTable {
  /** Stable id, also the open-data dataset name. */
  id: string;
  title: Localized;
  columns: FigureColumn[];
  rows: Record<string, string | number>[];
}

const col = (key: string, id: string, en: string, dId: string, dEn: string): FigureColumn => ({ key, header: { id, en }, description: { id: dId, en: dEn } });
const COUNT = col('count', 'Jumlah inovasi', 'Innovations', 'Jumlah inovasi terbit', 'Number of published innovations');
const PROVINCE_CODE = col('province_code', 'Kode provinsi', 'Province code', 'Kode wilayah Kemendagri (2 digit)', 'Kemendagri region code (2 digits)');

export const HISTORY_COLUMNS: FigureColumn[] = [
  col('year', 'Tahun', 'Year', 'Tahun kompetisi', 'Competition year'),
  col('competition', 'Kompetisi', 'Competition', 'Nama kompetisi', 'Competition name'),
  col(
    'proposals',
    'Proposal diajukan',
    'Proposals submitted',
    'Proposal yang diajukan ke kementerian (tanpa yang ditarik)',
    'Proposals submitted to the ministry (withdrawn ones excluded)',
  ),
  col('passed_check', 'Lolos administrasi', 'Passed the check', 'Proposal yang lolos seleksi administrasi', 'Proposals that passed the administrative check'),
  col(
    'top_99',
    'Top 99',
    'Top 99',
    'Inovasi terbit dengan penghargaan Top 99, Top 45 atau Top 5 dari kompetisi ini',
    'Published innovations awarded Top 99, Top 45 or Top 5 by this competition',
  ),
  col('top_45', 'Top 45', 'Top 45', 'Inovasi terbit dengan penghargaan Top 45 atau Top 5', 'Published innovations awarded Top 45 or Top 5'),
  col('winners', 'Pemenang', 'Winners', 'Inovasi terbit dengan penghargaan apa pun dari kompetisi ini', 'Published innovations with any award of this competition'),
];

function historyRows(rows: NationalDashboard['kipp']) {
  return rows.map((r) => ({ year: r.year, competition: r.name, proposals: r.proposals, passed_check: r.passedCheck, top_99: r.top99, top_45: r.top45, winners: r.winners }));
}

function sectionTable(s: FigureSection): FigureTable {
  return {
    id: s.id.replace(/[^a-z0-9_-]/gi, '-'),
    title: s.title,
    columns: [
      col('key', 'Kode', 'Key', 'Kode baris', 'Row key'),
      col('label', 'Uraian', 'Label', 'Uraian baris', 'Row label'),
      col('value', s.unit.id, s.unit.en, s.unit.id, s.unit.en),
      ...(s.extra ?? []).map((e) => col(e.key, e.header.id, e.header.en, e.header.id, e.header.en)),
    ],
    rows: s.rows.map((r, i) => ({ key: r.key, label: r.label.id, value: r.value, ...Object.fromEntries((s.extra ?? []).map((e) => [e.key, e.values[i] ?? 0])) })),
  };
}

export function nationalTables(d: NationalDashboard): FigureTable[] {
  return [
    {
      id: 'innovations-by-province',
      title: { id: 'Inovasi per provinsi', en: 'Innovations by province' },
      columns: [PROVINCE_CODE, col('province', 'Provinsi', 'Province', 'Nama provinsi', 'Province name'), COUNT],
      rows: d.innovations.byProvince.map((p) => ({ province_code: p.key, province: p.name, count: p.count })),
    },
    {
      id: 'innovations-by-category',
      title: { id: 'Inovasi per kategori', en: 'Innovations by category' },
      columns: [
        col('category_code', 'Kode kategori', 'Category code', 'Kode kategori katalog', 'Catalog category code'),
        col('category', 'Kategori', 'Category', 'Nama kategori', 'Category name'),
        COUNT,
      ],
      rows: d.innovations.byCategory.map((c) => ({ category_code: c.key, category: c.name.id, count: c.count })),
    },
    {
      id: 'innovations-by-sdg',
      title: { id: 'Inovasi per SDG', en: 'Innovations by SDG' },
      columns: [col('sdg', 'SDG', 'SDG', 'Nomor tujuan pembangunan berkelanjutan (1–17)', 'Sustainable Development Goal number (1–17)'), COUNT],
      rows: d.innovations.bySdg.map((s) => ({ sdg: Number(s.key), count: s.count })),
    },
    {
      id: 'innovations-by-start-year',
      title: { id: 'Inovasi per tahun mulai', en: 'Innovations by start year' },
      columns: [col('start_year', 'Tahun mulai', 'Start year', 'Tahun inovasi mulai berjalan', 'Year the innovation started'), COUNT],
      rows: d.innovations.byStartYear.map((y) => ({ start_year: Number(y.key), count: y.count })),
    },
    { id: 'kipp-history', title: { id: 'Riwayat KIPP', en: 'KIPP history' }, columns: HISTORY_COLUMNS, rows: historyRows(d.kipp) },
    { id: 'special-calls', title: { id: 'Kompetisi khusus', en: 'Special calls' }, columns: HISTORY_COLUMNS, rows: historyRows(d.specialCalls) },
    ...d.sections.map(sectionTable),
  ];
}

export function regionTables(p: RegionProfile): FigureTable[] {
  if (!p.region) return [];
  return [
    {
      id: 'innovations-by-category',
      title: { id: 'Inovasi per kategori', en: 'Innovations by category' },
      columns: [col('category', 'Kategori', 'Category', 'Nama kategori', 'Category name'), COUNT],
      rows: p.innovations.byCategory.map((c) => ({ category: c.name.id, count: c.count })),
    },
    {
      id: 'innovations-by-sdg',
      title: { id: 'Inovasi per SDG', en: 'Innovations by SDG' },
      columns: [col('sdg', 'SDG', 'SDG', 'Nomor SDG', 'SDG number'), COUNT],
      rows: p.innovations.bySdg.map((s) => ({ sdg: Number(s.key), count: s.count })),
    },
    {
      id: 'awards',
      title: { id: 'Penghargaan', en: 'Awards' },
      columns: [col('level', 'Tingkat', 'Level', 'Tingkat penghargaan', 'Award level'), COUNT],
      rows: p.awards.map((a) => ({ level: a.level, count: a.count })),
    },
    {
      id: 'peers',
      title: { id: 'Perbandingan dengan wilayah sejenis', en: 'Comparison with peers' },
      columns: [
        col('rank', 'Peringkat', 'Rank', 'Urutan menurut jumlah inovasi', 'Rank by innovations'),
        col('region_code', 'Kode wilayah', 'Region code', 'Kode Kemendagri', 'Kemendagri code'),
        col('region', 'Wilayah', 'Region', 'Nama wilayah', 'Region name'),
        COUNT,
      ],
      rows: p.peers.map((r) => ({ rank: r.rank, region_code: r.code, region: r.name, count: r.count })),
    },
    ...p.sections.map(sectionTable),
  ];
}
