import type { ReactNode } from 'react';
import { Navigate, type RouteObject, useRoutes } from 'react-router-dom';
import { RequireAccess } from '../auth/RequireAccess';
import { NotFoundPage } from '../components/NotFoundPage';
import { AppLayout } from '../shell/AppLayout';
import type { NavItemId } from '../shell/navigation';
import {
  AcceptInvitePage,
  ForgotPasswordPage,
  ResetPasswordPage,
  AdminCheckPage,
  CompetitionConfigPage,
  CompetitionPage,
  CompetitionsPage,
  MyProposalsPage,
  ProposalPage,
  AgenciesPage,
  EvaluationAdminPage,
  MyReviewsPage,
  PanelSelectionsPage,
  PublicResultsPage,
  ReviewPage,
  CatalogPage,
  InnovationPage,
  InnovationHistoryPage,
  MyInnovationsPage,
  NewInnovationPage,
  EditInnovationPage,
  ImportInnovationsPage,
  ApprovalsPage,
  CategoriesPage,
  SearchSynonymsPage,
  ChangePasswordPage,
  DashboardPage,
  NationalDashboardPage,
  RegionPage,
  LandingPage,
  LoginPage,
  UsersPage,
  IncentivePage,
  IncentiveRuleSetPage,
  IncentiveScenarioPage,
  IncentiveRecommendationPage,
  IncentiveRecommendationsPage,
  IncentiveComparePage,
  IncentiveFactsPage,
  IncentivePrecheckPage,
  NotificationsPage,
  NotificationPreferencesPage,
  ReplicationsPage,
  ReplicationCasePage,
  HubsPage,
  HubPage,
  MentorHomePage,
} from './pages';
import { pathAliases, paths } from './paths';

/** A page listed in the navigation table: guarded by the audience given there. */
function guarded(page: NavItemId, element: ReactNode): ReactNode {
  return <RequireAccess page={page}>{element}</RequireAccess>;
}

/** The route table. A new feature adds its lazy page in `pages.ts` and a line here. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.home, element: guarded('home', <LandingPage />) },
      { path: paths.catalog, element: guarded('catalog', <CatalogPage />) },
      { path: paths.innovation, element: guarded('innovation', <InnovationPage />) },
      { path: paths.innovationHistory, element: guarded('innovationHistory', <InnovationHistoryPage />) },
      { path: paths.myInnovations, element: guarded('myInnovations', <MyInnovationsPage />) },
      { path: paths.newInnovation, element: guarded('newInnovation', <NewInnovationPage />) },
      { path: paths.editInnovation, element: guarded('editInnovation', <EditInnovationPage />) },
      { path: paths.importInnovations, element: guarded('importInnovations', <ImportInnovationsPage />) },
      { path: paths.innovationApprovals, element: guarded('innovationApprovals', <ApprovalsPage />) },
      { path: paths.innovationCategories, element: guarded('innovationCategories', <CategoriesPage />) },
      { path: paths.searchSynonyms, element: guarded('searchSynonyms', <SearchSynonymsPage />) },
      { path: paths.login, element: <LoginPage /> },
      { path: paths.acceptInvite, element: <AcceptInvitePage /> },
      { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
      { path: paths.resetPassword, element: <ResetPasswordPage /> },
      { path: paths.dashboard, element: guarded('dashboard', <DashboardPage />) },
      { path: paths.changePassword, element: guarded('changePassword', <ChangePasswordPage />) },
      { path: paths.adminUsers, element: guarded('adminUsers', <UsersPage />) },
      { path: paths.adminAgencies, element: guarded('adminAgencies', <AgenciesPage />) },
      { path: paths.evaluationAdmin, element: guarded('evaluationAdmin', <EvaluationAdminPage />) },
      { path: paths.myReviews, element: guarded('myReviews', <MyReviewsPage />) },
      { path: paths.panelSelections, element: guarded('panelSelections', <PanelSelectionsPage />) },
      { path: paths.review, element: guarded('review', <ReviewPage />) },
      { path: paths.publicResults, element: guarded('publicResults', <PublicResultsPage />) },
      { path: paths.competitions, element: guarded('competitions', <CompetitionsPage />) },
      { path: paths.competition, element: guarded('competition', <CompetitionPage />) },
      { path: paths.competitionConfig, element: guarded('competitionConfig', <CompetitionConfigPage />) },
      { path: paths.myProposals, element: guarded('myProposals', <MyProposalsPage />) },
      { path: paths.proposal, element: guarded('proposal', <ProposalPage />) },
      { path: paths.adminCheck, element: guarded('adminCheck', <AdminCheckPage />) },
      { path: paths.incentive, element: guarded('incentive', <IncentivePage />) },
      { path: paths.incentiveRuleSet, element: guarded('incentiveRuleSet', <IncentiveRuleSetPage />) },
      { path: paths.incentiveScenario, element: guarded('incentiveScenario', <IncentiveScenarioPage />) },
      { path: paths.incentiveCompare, element: guarded('incentiveCompare', <IncentiveComparePage />) },
      { path: paths.incentiveFacts, element: guarded('incentiveFacts', <IncentiveFactsPage />) },
      { path: paths.incentivePrecheck, element: guarded('incentivePrecheck', <IncentivePrecheckPage />) },
      { path: paths.incentiveRecommendations, element: guarded('incentiveRecommendations', <IncentiveRecommendationsPage />) },
      { path: paths.incentiveRecommendation, element: guarded('incentiveRecommendation', <IncentiveRecommendationPage />) },
      { path: paths.notifications, element: guarded('notifications', <NotificationsPage />) },
      { path: paths.notificationPreferences, element: guarded('notificationPreferences', <NotificationPreferencesPage />) },
      { path: paths.replications, element: guarded('replications', <ReplicationsPage />) },
      { path: paths.replicationCase, element: guarded('replicationCase', <ReplicationCasePage />) },
      { path: paths.hubs, element: guarded('hubs', <HubsPage />) },
      { path: paths.hub, element: guarded('hub', <HubPage />) },
      { path: paths.mentorHome, element: guarded('mentorHome', <MentorHomePage />) },
      { path: paths.statistics, element: guarded('statistics', <NationalDashboardPage />) },
      { path: paths.region, element: guarded('region', <RegionPage />) },
      ...Object.entries(pathAliases).map(([path, to]) => ({
        path,
        element: <Navigate to={to} replace />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
