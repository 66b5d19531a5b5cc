/** Routes of the incentive feature (paths in Bahasa Indonesia, the default language). */
export const incentivePaths = {
  home: '/insentif',
  ruleSetPattern: '/insentif/aturan/:id',
  scenarioPattern: '/insentif/skenario/:id',
  compare: '/insentif/bandingkan',
  facts: '/insentif/fakta',
  precheck: '/insentif/cek-awal',
  recommendations: '/insentif/rekomendasi',
  recommendationPattern: '/insentif/rekomendasi/:id',
  ruleSet: (id: string) => `/insentif/aturan/${encodeURIComponent(id)}`,
  scenario: (id: string) => `/insentif/skenario/${encodeURIComponent(id)}`,
  recommendation: (id: string) => `/insentif/rekomendasi/${encodeURIComponent(id)}`,
  comparison: (a: string, b: string) => `/insentif/bandingkan?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
} as const;
