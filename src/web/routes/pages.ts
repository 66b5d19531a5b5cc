import { lazyPage } from './lazy-page';

/** Every page is loaded on demand, so the entry chunk holds only the shell. */
export const LandingPage = lazyPage(
  () => import('../features/landing/pages/LandingPage'),
  'LandingPage',
);
export const CatalogPage = lazyPage(
  () => import('../features/catalog/pages/CatalogPage'),
  'CatalogPage',
);
export const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
export const AcceptInvitePage = lazyPage(
  () => import('../features/auth/pages/AcceptInvitePage'),
  'AcceptInvitePage',
);
export const ForgotPasswordPage = lazyPage(
  () => import('../features/auth/pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
export const ResetPasswordPage = lazyPage(
  () => import('../features/auth/pages/ResetPasswordPage'),
  'ResetPasswordPage',
);
export const ChangePasswordPage = lazyPage(
  () => import('../features/auth/pages/ChangePasswordPage'),
  'ChangePasswordPage',
);
export const DashboardPage = lazyPage(
  () => import('../features/dashboard/pages/DashboardPage'),
  'DashboardPage',
);
export const UsersPage = lazyPage(
  () => import('../features/admin-users/pages/UsersPage'),
  'UsersPage',
);
export const CompetitionsPage = lazyPage(() => import('../features/competitions/pages/CompetitionsPage'), 'CompetitionsPage');
export const CompetitionPage = lazyPage(() => import('../features/competitions/pages/CompetitionPage'), 'CompetitionPage');
export const CompetitionConfigPage = lazyPage(() => import('../features/competitions/pages/CompetitionConfigPage'), 'CompetitionConfigPage');
export const MyProposalsPage = lazyPage(() => import('../features/proposals/pages/MyProposalsPage'), 'MyProposalsPage');
export const ProposalPage = lazyPage(() => import('../features/proposals/pages/ProposalPage'), 'ProposalPage');
export const AdminCheckPage = lazyPage(() => import('../features/proposals/pages/AdminCheckPage'), 'AdminCheckPage');
export const AgenciesPage = lazyPage(
  () => import('../features/admin-agencies/pages/AgenciesPage'),
  'AgenciesPage',
);
export const EvaluationAdminPage = lazyPage(
  () => import('../features/evaluation/pages/EvaluationAdminPage'),
  'EvaluationAdminPage',
);
export const MyReviewsPage = lazyPage(
  () => import('../features/evaluation/pages/MyReviewsPage'),
  'MyReviewsPage',
);
export const ReviewPage = lazyPage(() => import('../features/evaluation/pages/ReviewPage'), 'ReviewPage');
export const PublicResultsPage = lazyPage(
  () => import('../features/evaluation/pages/PublicResultsPage'),
  'PublicResultsPage',
);
export const InnovationPage = lazyPage(() => import('../features/catalog/pages/InnovationPage'), 'InnovationPage');
export const InnovationHistoryPage = lazyPage(() => import('../features/catalog/pages/InnovationHistoryPage'), 'InnovationHistoryPage');
export const MyInnovationsPage = lazyPage(() => import('../features/catalog/pages/MyInnovationsPage'), 'MyInnovationsPage');
export const NewInnovationPage = lazyPage(() => import('../features/catalog/pages/InnovationFormPage'), 'NewInnovationPage');
export const EditInnovationPage = lazyPage(() => import('../features/catalog/pages/InnovationFormPage'), 'EditInnovationPage');
export const ImportInnovationsPage = lazyPage(() => import('../features/catalog/pages/ImportInnovationsPage'), 'ImportInnovationsPage');
export const ApprovalsPage = lazyPage(() => import('../features/catalog/pages/ApprovalsPage'), 'ApprovalsPage');
export const CategoriesPage = lazyPage(() => import('../features/catalog/pages/CategoriesPage'), 'CategoriesPage');
export const SearchSynonymsPage = lazyPage(() => import('../features/catalog/pages/SearchSynonymsPage'), 'SearchSynonymsPage');
export const NationalDashboardPage = lazyPage(() => import('../features/dashboards/pages/NationalDashboardPage'), 'NationalDashboardPage');
export const RegionPage = lazyPage(() => import('../features/dashboards/pages/RegionPage'), 'RegionPage');
export const PanelSelectionsPage = lazyPage(
  () => import('../features/evaluation/pages/PanelSelectionsPage'),
  'PanelSelectionsPage',
);
export const IncentivePage = lazyPage(() => import('../features/incentive/pages/IncentivePage'), 'IncentivePage');
export const IncentiveRuleSetPage = lazyPage(() => import('../features/incentive/pages/RuleSetPage'), 'RuleSetPage');
export const IncentiveScenarioPage = lazyPage(() => import('../features/incentive/pages/ScenarioPage'), 'ScenarioPage');
export const IncentiveRecommendationPage = lazyPage(() => import('../features/incentive/pages/ScenarioPage'), 'PublicRecommendationPage');
export const IncentiveRecommendationsPage = lazyPage(() => import('../features/incentive/pages/RecommendationsPage'), 'RecommendationsPage');
export const IncentiveComparePage = lazyPage(() => import('../features/incentive/pages/ComparePage'), 'ComparePage');
export const IncentiveFactsPage = lazyPage(() => import('../features/incentive/pages/FactsPage'), 'FactsPage');
export const IncentivePrecheckPage = lazyPage(() => import('../features/incentive/pages/PrecheckPage'), 'PrecheckPage');
export const IndexResultsPage = lazyPage(() => import('../features/innovation-index/pages/ResultsPage'), 'ResultsPage');
export const IndexReportPage = lazyPage(() => import('../features/innovation-index/pages/ReportPage'), 'ReportPage');
export const IndexVerificationPage = lazyPage(() => import('../features/innovation-index/pages/VerificationPage'), 'VerificationPage');
export const NotificationsPage = lazyPage(() => import('../features/notifications/pages/NotificationsPage'), 'NotificationsPage');
export const NotificationPreferencesPage = lazyPage(
  () => import('../features/notifications/pages/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);
export const ProblemSearchPage = lazyPage(() => import('../features/matchmaking/pages/ProblemSearchPage'), 'ProblemSearchPage');
export const MatchProposalsPage = lazyPage(() => import('../features/matchmaking/pages/MatchProposalsPage'), 'MatchProposalsPage');
export const ReplicationsPage = lazyPage(() => import('../features/replication/pages/ReplicationsPage'), 'ReplicationsPage');
export const ReplicationCasePage = lazyPage(() => import('../features/replication/pages/ReplicationCasePage'), 'ReplicationCasePage');
export const HubsPage = lazyPage(() => import('../features/replication/pages/HubsPage'), 'HubsPage');
export const HubPage = lazyPage(() => import('../features/replication/pages/HubPage'), 'HubPage');
export const MentorHomePage = lazyPage(() => import('../features/replication/pages/MentorHomePage'), 'MentorHomePage');
export const NetworkAdminPage = lazyPage(() => import('../features/replication/pages/NetworkAdminPage'), 'NetworkAdminPage');
export const OaoiPage = lazyPage(() => import('../features/institutionalisation/pages/OaoiPage'), 'OaoiPage');
export const CampaignsPage = lazyPage(() => import('../features/institutionalisation/pages/CampaignsPage'), 'CampaignsPage');
export const CampaignPage = lazyPage(() => import('../features/institutionalisation/pages/CampaignPage'), 'CampaignPage');
export const HistoricalImportPage = lazyPage(() => import('../features/historical-import/pages/HistoricalImportPage'), 'HistoricalImportPage');
