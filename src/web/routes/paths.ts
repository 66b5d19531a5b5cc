import { incentivePaths } from '../features/incentive/paths';
import { indexPaths } from '../features/innovation-index/paths';

/** Every route of the web client. Paths are in Bahasa Indonesia, the default language. */
export const paths = {
  home: '/',
  catalog: '/katalog',
  innovation: '/katalog/:id',
  innovationHistory: '/katalog/:id/riwayat',
  myInnovations: '/inovasi',
  newInnovation: '/inovasi/baru',
  editInnovation: '/inovasi/:id/ubah',
  importInnovations: '/inovasi/impor',
  historicalImport: '/inovasi/impor-historis',
  innovationApprovals: '/inovasi/persetujuan',
  innovationCategories: '/admin/kategori-inovasi',
  searchSynonyms: '/admin/sinonim-pencarian',
  login: '/masuk',
  acceptInvite: '/undangan',
  forgotPassword: '/lupa-sandi',
  resetPassword: '/atur-ulang-sandi',
  dashboard: '/dasbor',
  changePassword: '/akun/kata-sandi',
  adminUsers: '/admin/pengguna',
  adminAgencies: '/admin/instansi',
  evaluationAdmin: '/admin/penilaian',
  myReviews: '/penilaian',
  review: '/penilaian/:roundId/:proposalId',
  publicResults: '/hasil/:competitionId',
  panelSelections: '/panel/seleksi',
  competitions: '/kompetisi',
  competition: '/kompetisi/:id',
  competitionConfig: '/kompetisi/:id/atur',
  myProposals: '/proposal',
  proposal: '/proposal/:id',
  adminCheck: '/admin/seleksi-administrasi',
  incentive: incentivePaths.home,
  incentiveRuleSet: incentivePaths.ruleSetPattern,
  incentiveScenario: incentivePaths.scenarioPattern,
  incentiveCompare: incentivePaths.compare,
  incentiveFacts: incentivePaths.facts,
  incentivePrecheck: incentivePaths.precheck,
  incentiveRecommendations: incentivePaths.recommendations,
  incentiveRecommendation: incentivePaths.recommendationPattern,
  indexResults: indexPaths.results,
  indexReport: indexPaths.report,
  indexVerification: indexPaths.verification,
  indexModels: indexPaths.models,
  notifications: '/notifikasi',
  notificationPreferences: '/notifikasi/preferensi',
  replications: '/replikasi',
  replicationCase: '/replikasi/:id',
  oaoi: '/satu-instansi-satu-inovasi',
  campaigns: '/pemutakhiran',
  campaign: '/pemutakhiran/:id',
  hubs: '/jipp',
  hub: '/jipp/:id',
  mentorHome: '/pendamping',
  networkAdmin: '/jipp-kelola',
  problemSearch: '/cari-solusi',
  matchProposals: '/perjodohan',
  events: '/acara',
  newEvent: '/acara/baru',
  event: '/acara/:id',
  editEvent: '/acara/:id/ubah',
  manageEvent: '/acara/:id/kelola',
  statistics: '/statistik',
  region: '/wilayah/:code',
} as const;

export const innovationPath = (id: string) => `/katalog/${encodeURIComponent(id)}`;
export const innovationHistoryPath = (id: string) => `/katalog/${encodeURIComponent(id)}/riwayat`;
export const editInnovationPath = (id: string) => `/inovasi/${encodeURIComponent(id)}/ubah`;
export const competitionsPath = paths.competitions;
export const competitionPath = (id: string) => `/kompetisi/${encodeURIComponent(id)}`;
export const competitionConfigPath = (id: string) => `/kompetisi/${encodeURIComponent(id)}/atur`;
export const eventPath = (id: string) => `/acara/${encodeURIComponent(id)}`;
export const editEventPath = (id: string) => `/acara/${encodeURIComponent(id)}/ubah`;
export const manageEventPath = (id: string) => `/acara/${encodeURIComponent(id)}/kelola`;
export const proposalPath = (id: string) => `/proposal/${encodeURIComponent(id)}`;

/** English aliases that redirect to the canonical path, for people who guess URLs. */
export const pathAliases: Readonly<Record<string, string>> = {
  '/login': paths.login,
  '/catalog': paths.catalog,
  '/events': paths.events,
  '/dashboard': paths.dashboard,
  '/statistics': paths.statistics,
  '/invite': paths.acceptInvite,
  '/forgot-password': paths.forgotPassword,
  '/notifications': paths.notifications,
};

/** The link an invited user opens. The token rides in the fragment, so it never reaches a server log. */
export function inviteLink(token: string, origin = window.location.origin): string {
  return `${origin}${paths.acceptInvite}#token=${encodeURIComponent(token)}`;
}

/** One assigned proposal's review page. */
export const reviewPath = (roundId: string, proposalId: string) => `/penilaian/${roundId}/${proposalId}`;
/** A competition's public results page. */
export const resultsPath = (competitionId: string) => `/hasil/${competitionId}`;

/** One replication case, and one JIPP hub's page. */
export const replicationCasePath = (id: string) => `/replikasi/${encodeURIComponent(id)}`;
export const hubPath = (id: string) => `/jipp/${encodeURIComponent(id)}`;
