/** Routes of the regional innovation index (paths in Bahasa Indonesia). */
export const indexPaths = {
  results: '/indeks',
  report: '/indeks/laporan',
  verification: '/indeks/verifikasi',
  models: '/indeks/model',
} as const;
