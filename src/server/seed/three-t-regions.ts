/**
 * Regencies treated as remote/frontier/outermost ("3T") by default, for selection quotas.
 * Seeded from the list of disadvantaged regions in Perpres 63/2020: the named regencies outside
 * Papua, and — as an approximation, since the Papua provinces were split after 2020 — every
 * kabupaten of the former Papua province plus the listed ones of former Papua Barat. The ministry
 * can change the flag per region; this is a starting point, not a legal reference.
 */
export const THREE_T_REGENCY_CODES: readonly string[] = [
  // Sumatera Utara (Nias), Sumatera Barat, Sumatera Selatan, Lampung
  '12.04',
  '12.14',
  '12.24',
  '12.25',
  '13.09',
  '16.13',
  '18.13',
  // Nusa Tenggara Timur
  '53.01',
  '53.02',
  '53.04',
  '53.05',
  '53.11',
  '53.12',
  '53.13',
  '53.14',
  '53.17',
  '53.18',
  '53.19',
  '53.20',
  '53.21',
  // Sulawesi Tengah
  '72.03',
  '72.09',
  '72.10',
  // Maluku, Maluku Utara
  '81.03',
  '81.05',
  '81.07',
  '81.08',
  '81.09',
  '82.05',
  '82.08',
  // Former Papua Barat (now Papua Barat and Papua Barat Daya)
  '92.06',
  '92.07',
  '92.11',
  '92.12',
  '96.01',
  '96.02',
  '96.04',
  '96.05',
];

/** Provinces (former Papua) whose every kabupaten is flagged 3T by default. */
export const THREE_T_WHOLE_PROVINCES: readonly string[] = ['91', '93', '94', '95'];
