import { ROLES, type Role } from '../../common/roles.js';

/**
 * The one permission table of the platform: each permission lists the roles that hold it.
 * Anything not listed is denied. Every API route names exactly one access rule (see
 * `RouteAccess`), and `test/authorization.test.ts` walks every route for every role against it.
 *
 * This table answers "may this role use this kind of action at all"; which records a holder may
 * touch (own agency, assigned proposals, phase visibility) is each module's policy.
 */
const SIGNED_IN: readonly Role[] = ROLES;

export const PERMISSIONS = {
  /** Own account: profile, password, logout. */
  'account.self': SIGNED_IN,
  /** Create, invite, deactivate accounts: any role for the ministry, own operators for an agency admin. */
  'users.manage': ['ministry_admin', 'agency_admin'],
  /** Create and edit organisations. */
  'agencies.manage': ['ministry_admin'],
  /** Browse the organisation directory (needed to pick agencies in forms). */
  'agencies.read': ['ministry_admin', 'agency_admin', 'agency_operator', 'evaluator', 'panelist', 'hub_coordinator', 'mentor', 'finance_viewer', 'index_admin', 'index_verifier'],
  /** Mark regions as remote/frontier/outermost (3T) for selection quotas. */
  'regions.manage': ['ministry_admin'],
  /** Read and verify the audit chain. */
  'audit.read': ['ministry_admin'],
  /** Configure competitions and special calls: groups, rules, categories, form, stages, cloning. */
  'competitions.manage': ['ministry_admin'],
  /** Read proposals: own agency's or own (citizen); submitted ones for the ministry. Scoped by the proposals policy. */
  'proposals.read': ['ministry_admin', 'agency_admin', 'agency_operator', 'citizen'],
  /** Start and edit a proposal, attach documents, mark it ready (own agency, or own for a citizen). */
  'proposals.draft': ['agency_admin', 'agency_operator', 'citizen'],
  /** Submit to the ministry and withdraw before the deadline: the agency's coordinator, or the citizen entrant. */
  'proposals.submit': ['agency_admin', 'citizen'],
  /** Return a ready proposal to its drafters with comments (Admin Lokal). */
  'proposals.review': ['agency_admin'],
  /** The secretariat's administrative check, live counts and exports. */
  'proposals.check': ['ministry_admin'],
  /** Evaluation rounds: criteria, evaluator pools, conflicts, assignments, selection, objections, interviews, exports. */
  'evaluation.manage': ['ministry_admin'],
  /** Own published assignments, score sheets and declared conflicts (Tim Evaluasi, TPI). Scoped by the evaluation policy. */
  'evaluation.review': ['evaluator', 'panelist'],
  /** Aggregated scores, rankings and the panel's selection decisions: never a blind evaluator. Scoped by the evaluation policy. */
  'evaluation.results': ['ministry_admin', 'panelist'],
  /** Register and edit innovations, their documents, status and imports: own agency only (catalog policy). */
  'innovations.author': ['agency_operator', 'agency_admin'],
  /** Publish, return or unpublish innovations: an agency admin for its own agency, the ministry for any. */
  'innovations.approve': ['agency_admin', 'ministry_admin'],
  /** The ministry's import of historical records (published winners' lists) and its saved column mappings. */
  'innovations.import_historical': ['ministry_admin'],
  /** Staff lists of unpublished records, reminders, version history, duplicate checks. */
  'innovations.workspace': ['agency_operator', 'agency_admin', 'ministry_admin'],
  /** Configure the innovation category list. */
  'innovations.categories': ['ministry_admin'],
  /** Regional incentive: read rule sets, every scenario, comparisons and downloads (the Ministry of Finance reads all). */
  'incentive.read': ['ministry_admin', 'finance_viewer'],
  /** Regional incentive: configure rule sets, run scenarios, publish the recommendation. */
  'incentive.manage': ['ministry_admin'],
  /** Regional incentive: record and import region facts (audit opinion, budget on time, …) — the ministry or the finance office. */
  'incentive.facts': ['ministry_admin', 'finance_viewer'],
  /** Regional incentive: a regional government's staff read their own region's pre-check (incentive policy). */
  'incentive.precheck': ['agency_admin', 'agency_operator'],
  /** Regional innovation index: the yearly model, reporting window, border flags, recomputation and publication of results. */
  'index.manage': ['index_admin'],
  /** Regional innovation index: read every sent report, the verification queue and unpublished results. */
  'index.read': ['index_admin', 'index_verifier'],
  /** Regional innovation index: accept, reject or correct rows of sent reports (never evidence). */
  'index.verify': ['index_verifier'],
  /** Regional innovation index: a regional government's staff fill their own region's report (index policy). */
  'index.report': ['agency_admin', 'agency_operator'],
  /** Regional innovation index: the region's coordinator approves the report and sends it, or returns it (local review). */
  'index.send': ['agency_admin'],
  /** JIPP network: designate hubs by decree, appoint hub coordinators and mentors. */
  'network.manage': ['ministry_admin'],
  /** A hub's members, annual work plan and activity log: its coordinators (network policy), the ministry for any hub. */
  'network.hub': ['ministry_admin', 'hub_coordinator'],
  /** Replication cases the caller is party to, mentors, coordinates the hub of, or (ministry) all: list, read, export. Scoped by the replication policy. */
  'replication.read': ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'],
  /** Ask to replicate another agency's published innovation; as the origin agency, accept or decline. */
  'replication.request': ['agency_admin', 'agency_operator'],
  /** Assign a mentor to an accepted case: the ministry, or the coordinator of the adopter's hub (replication policy). */
  'replication.assign': ['ministry_admin', 'hub_coordinator'],
  /** A party's decisions on its case: agreement, transfer plan, milestones, indicators, outcome, stop (replication policy). */
  'replication.manage': ['ministry_admin', 'agency_admin', 'agency_operator'],
  /** Mentoring log entries and milestones done: the parties, the assigned mentor, the hub, the ministry (replication policy). */
  'replication.log': ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'],
  /** A mentor's home: own cases, milestones due and overdue, log entries owed. */
  'replication.mentor': ['mentor'],
  /** Institutionalisation record of an innovation (legal basis, budget, plans, targets): the owning agency's staff, the ministry reads all (institutionalisation policy). */
  'institutionalisation.read': ['ministry_admin', 'agency_admin', 'agency_operator'],
  /** Enter and remove the facts of the own agency's institutionalisation records (institutionalisation policy). */
  'institutionalisation.manage': ['agency_admin', 'agency_operator'],
  /** One Agency One Innovation: coverage nationally, per province, type and year, the agency lists and their XLSX. */
  'oaoi.coverage': ['ministry_admin'],
  /** One Agency One Innovation: an agency's target vs realisation (own agency for its staff, any for the ministry; institutionalisation policy). */
  'oaoi.read': ['ministry_admin', 'agency_admin', 'agency_operator'],
  /** One Agency One Innovation: default yearly targets per agency type. */
  'oaoi.defaults': ['ministry_admin'],
  /** One Agency One Innovation: an agency raises its own yearly target (own agency only). */
  'oaoi.raise': ['agency_admin'],
  /** Update campaigns: create them and follow progress per agency and province. */
  'campaigns.manage': ['ministry_admin'],
  /** Update campaigns: read a campaign and its own agency's records (agency staff) or all (ministry). */
  'campaigns.read': ['ministry_admin', 'agency_admin', 'agency_operator'],
  /** Update campaigns: confirm the own agency's records — continuing, developed or stopped (campaign policy). */
  'campaigns.confirm': ['agency_admin', 'agency_operator'],
  /** Problem-first suggestions of source innovations (own agency; the ministry and hubs on an agency's behalf) and mentor suggestions. */
  'matchmaking.suggest': ['ministry_admin', 'agency_admin', 'agency_operator', 'hub_coordinator'],
  /** Propose a pairing (adopter, source, optional mentor): the ministry, or a hub coordinator for its hub's agencies (matchmaking policy). */
  'matchmaking.propose': ['ministry_admin', 'hub_coordinator'],
  /** See the proposals addressed to the own agency and accept or decline them (matchmaking policy). */
  'matchmaking.respond': ['agency_admin', 'agency_operator'],
  /** Create knowledge-sharing events, record attendance, read the interests per event: the ministry, a hub coordinator for its hubs (events policy). */
  'events.manage': ['ministry_admin', 'hub_coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** `public`: anyone, signed in or not. `signedIn`: any account. Otherwise a permission. */
export type RouteAccess = 'public' | 'signedIn' | Permission;

export function roleHas(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRouteAccess(value: unknown): value is RouteAccess {
  return value === 'public' || value === 'signedIn' || (typeof value === 'string' && value in PERMISSIONS);
}
