import { type Audience, ROLES, type Role } from '../auth/roles';
import type { Translations } from '../i18n/id';
import { paths } from '../routes/paths';

/**
 * The one table of who may open what. Each entry is a page; `audience` lists who may see and
 * open it, and nobody else may (deny by default: an entry with an empty audience is shown to
 * no one and its route answers 403). The navbar, the user menu and the route guard all read
 * this table, so a new feature adds its entry here and nowhere else.
 */
export interface NavItem {
  id: string;
  path: string;
  /** Key in the `nav` translation namespace. */
  labelKey: keyof Translations['nav'];
  audience: readonly Audience[];
  /** Where the link is shown; `none` for pages reached by other means (still guarded). */
  placement: 'navbar' | 'userMenu' | 'none';
  /** Optional heading the navbar groups the item under. */
  section?: 'admin';
}

export const SIGNED_IN: readonly Role[] = ROLES;
export const EVERYONE: readonly Audience[] = ['public', ...ROLES];

export const NAVIGATION = [
  { id: 'home', path: paths.home, labelKey: 'home', audience: EVERYONE, placement: 'navbar' },
  {
    id: 'dashboard',
    path: paths.dashboard,
    labelKey: 'dashboard',
    audience: SIGNED_IN,
    placement: 'navbar',
  },
  {
    id: 'catalog',
    path: paths.catalog,
    labelKey: 'catalog',
    audience: EVERYONE,
    placement: 'navbar',
  },
  { id: 'innovation', path: paths.innovation, labelKey: 'catalog', audience: EVERYONE, placement: 'none' },
  { id: 'innovationHistory', path: paths.innovationHistory, labelKey: 'catalog', audience: ['agency_operator', 'agency_admin', 'ministry_admin'], placement: 'none' },
  {
    id: 'myInnovations',
    path: paths.myInnovations,
    labelKey: 'myInnovations',
    audience: ['agency_operator', 'agency_admin', 'ministry_admin'],
    placement: 'navbar',
  },
  { id: 'newInnovation', path: paths.newInnovation, labelKey: 'myInnovations', audience: ['agency_operator', 'agency_admin'], placement: 'none' },
  { id: 'editInnovation', path: paths.editInnovation, labelKey: 'myInnovations', audience: ['agency_operator', 'agency_admin'], placement: 'none' },
  { id: 'importInnovations', path: paths.importInnovations, labelKey: 'myInnovations', audience: ['agency_operator', 'agency_admin'], placement: 'none' },
  { id: 'historicalImport', path: paths.historicalImport, labelKey: 'historicalImport', audience: ['ministry_admin'], placement: 'navbar', section: 'admin' },
  {
    id: 'innovationApprovals',
    path: paths.innovationApprovals,
    labelKey: 'innovationApprovals',
    audience: ['agency_admin', 'ministry_admin'],
    placement: 'navbar',
  },
  {
    id: 'innovationCategories',
    path: paths.innovationCategories,
    labelKey: 'innovationCategories',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  {
    id: 'searchSynonyms',
    path: paths.searchSynonyms,
    labelKey: 'searchSynonyms',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  { id: 'statistics', path: paths.statistics, labelKey: 'statistics', audience: EVERYONE, placement: 'navbar' },
  { id: 'region', path: paths.region, labelKey: 'statistics', audience: EVERYONE, placement: 'none' },
  {
    id: 'competitions',
    path: paths.competitions,
    labelKey: 'competitions',
    audience: EVERYONE,
    placement: 'navbar',
  },
  { id: 'competition', path: paths.competition, labelKey: 'competitions', audience: EVERYONE, placement: 'none' },
  {
    id: 'myProposals',
    path: paths.myProposals,
    labelKey: 'myProposals',
    audience: ['agency_operator', 'agency_admin', 'citizen'],
    placement: 'navbar',
  },
  {
    id: 'proposal',
    path: paths.proposal,
    labelKey: 'myProposals',
    audience: ['agency_operator', 'agency_admin', 'citizen', 'ministry_admin'],
    placement: 'none',
  },
  {
    id: 'competitionConfig',
    path: paths.competitionConfig,
    labelKey: 'competitions',
    audience: ['ministry_admin'],
    placement: 'none',
  },
  {
    id: 'adminCheck',
    path: paths.adminCheck,
    labelKey: 'adminCheck',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  {
    id: 'adminUsers',
    path: paths.adminUsers,
    labelKey: 'adminUsers',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  {
    id: 'adminAgencies',
    path: paths.adminAgencies,
    labelKey: 'adminAgencies',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  {
    id: 'evaluationAdmin',
    path: paths.evaluationAdmin,
    labelKey: 'evaluationAdmin',
    audience: ['ministry_admin'],
    placement: 'navbar',
    section: 'admin',
  },
  {
    id: 'myReviews',
    path: paths.myReviews,
    labelKey: 'myReviews',
    audience: ['evaluator', 'panelist'],
    placement: 'navbar',
  },
  {
    id: 'panelSelections',
    path: paths.panelSelections,
    labelKey: 'panelSelections',
    audience: ['panelist', 'ministry_admin'],
    placement: 'navbar',
  },
  {
    id: 'review',
    path: paths.review,
    labelKey: 'myReviews',
    audience: ['evaluator', 'panelist'],
    placement: 'none',
  },
  {
    id: 'publicResults',
    path: paths.publicResults,
    labelKey: 'publicResults',
    audience: EVERYONE,
    placement: 'none',
  },
  { id: 'incentive', path: paths.incentive, labelKey: 'incentive', audience: ['ministry_admin', 'finance_viewer'], placement: 'navbar' },
  { id: 'incentiveRuleSet', path: paths.incentiveRuleSet, labelKey: 'incentive', audience: ['ministry_admin', 'finance_viewer'], placement: 'none' },
  { id: 'incentiveScenario', path: paths.incentiveScenario, labelKey: 'incentive', audience: ['ministry_admin', 'finance_viewer'], placement: 'none' },
  { id: 'incentiveCompare', path: paths.incentiveCompare, labelKey: 'incentive', audience: ['ministry_admin', 'finance_viewer'], placement: 'none' },
  { id: 'incentiveFacts', path: paths.incentiveFacts, labelKey: 'incentive', audience: ['ministry_admin', 'finance_viewer'], placement: 'none' },
  { id: 'incentivePrecheck', path: paths.incentivePrecheck, labelKey: 'incentivePrecheck', audience: ['agency_admin', 'agency_operator'], placement: 'navbar' },
  { id: 'indexResults', path: paths.indexResults, labelKey: 'indexResults', audience: EVERYONE, placement: 'navbar' },
  { id: 'indexReport', path: paths.indexReport, labelKey: 'indexReport', audience: ['agency_admin', 'agency_operator'], placement: 'navbar' },
  { id: 'indexVerification', path: paths.indexVerification, labelKey: 'indexVerification', audience: ['index_admin', 'index_verifier'], placement: 'navbar' },
  { id: 'indexModels', path: paths.indexModels, labelKey: 'indexModels', audience: ['index_admin'], placement: 'navbar' },
  { id: 'incentiveRecommendations', path: paths.incentiveRecommendations, labelKey: 'incentiveRecommendations', audience: EVERYONE, placement: 'none' },
  { id: 'incentiveRecommendation', path: paths.incentiveRecommendation, labelKey: 'incentiveRecommendations', audience: EVERYONE, placement: 'none' },
  { id: 'notifications', path: paths.notifications, labelKey: 'notifications', audience: SIGNED_IN, placement: 'userMenu' },
  { id: 'notificationPreferences', path: paths.notificationPreferences, labelKey: 'notificationPreferences', audience: SIGNED_IN, placement: 'userMenu' },
  {
    id: 'problemSearch',
    path: paths.problemSearch,
    labelKey: 'problemSearch',
    audience: ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator'],
    placement: 'navbar',
  },
  {
    id: 'matchProposals',
    path: paths.matchProposals,
    labelKey: 'matchProposals',
    audience: ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator'],
    placement: 'navbar',
  },
  { id: 'events', path: paths.events, labelKey: 'events', audience: EVERYONE, placement: 'navbar' },
  { id: 'event', path: paths.event, labelKey: 'events', audience: EVERYONE, placement: 'none' },
  { id: 'newEvent', path: paths.newEvent, labelKey: 'events', audience: ['ministry_admin', 'hub_coordinator'], placement: 'none' },
  { id: 'editEvent', path: paths.editEvent, labelKey: 'events', audience: ['ministry_admin', 'hub_coordinator'], placement: 'none' },
  { id: 'manageEvent', path: paths.manageEvent, labelKey: 'eventsManage', audience: ['ministry_admin', 'hub_coordinator'], placement: 'none' },
  { id: 'mentorHome', path: paths.mentorHome, labelKey: 'mentorHome', audience: ['mentor'], placement: 'navbar' },
  {
    id: 'replications',
    path: paths.replications,
    labelKey: 'replications',
    audience: ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'],
    placement: 'navbar',
  },
  {
    id: 'replicationCase',
    path: paths.replicationCase,
    labelKey: 'replications',
    audience: ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'],
    placement: 'none',
  },
  { id: 'oaoi', path: paths.oaoi, labelKey: 'oaoi', audience: ['ministry_admin', 'agency_admin', 'agency_operator'], placement: 'navbar' },
  { id: 'campaigns', path: paths.campaigns, labelKey: 'campaigns', audience: ['ministry_admin', 'agency_admin', 'agency_operator'], placement: 'navbar' },
  { id: 'campaign', path: paths.campaign, labelKey: 'campaigns', audience: ['ministry_admin', 'agency_admin', 'agency_operator'], placement: 'none' },
  { id: 'hubs', path: paths.hubs, labelKey: 'hubs', audience: EVERYONE, placement: 'navbar' },
  { id: 'hub', path: paths.hub, labelKey: 'hubs', audience: EVERYONE, placement: 'none' },
  { id: 'networkAdmin', path: paths.networkAdmin, labelKey: 'networkAdmin', audience: ['ministry_admin'], placement: 'navbar', section: 'admin' },
  {
    id: 'changePassword',
    path: paths.changePassword,
    labelKey: 'changePassword',
    audience: SIGNED_IN,
    placement: 'userMenu',
  },
] as const satisfies readonly NavItem[];

export type NavItemId = (typeof NAVIGATION)[number]['id'];

function audienceOf(role: Role | null): Audience {
  return role ?? 'public';
}

export function navItem(id: NavItemId): NavItem {
  const item = NAVIGATION.find((entry) => entry.id === id);
  if (!item) throw new Error(`Unknown navigation item: ${id}`);
  return item;
}

/** Whether a visitor with this role (null: anonymous) may open the page. */
export function canAccess(id: NavItemId, role: Role | null): boolean {
  return navItem(id).audience.includes(audienceOf(role));
}

/** True when only signed-in roles may open the page, so an anonymous visitor should sign in. */
export function requiresSignIn(id: NavItemId): boolean {
  return !navItem(id).audience.includes('public');
}

export function visibleItems(role: Role | null, placement: NavItem['placement']): NavItem[] {
  const audience = audienceOf(role);
  return NAVIGATION.filter((item: NavItem) => item.placement === placement && item.audience.includes(audience));
}

/**
 * The one entry the current page belongs to: the longest path that is the page's path or a
 * parent of it, so /inovasi/persetujuan highlights "Persetujuan" and not also "Inovasi".
 */
export function activeItemId(items: readonly NavItem[], pathname: string): string | null {
  let best: NavItem | null = null;
  for (const item of items) {
    const matches = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.id ?? null;
}
