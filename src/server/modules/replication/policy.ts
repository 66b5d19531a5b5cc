import type { CaseState } from '../../../common/replication.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { errors } from '../../http/errors.js';
import { canTransition, isOpen } from './state-machine.js';

/**
 * Record-level rules of the replication network, in one place. The permission table decides
 * which roles reach an action; these decide which hubs and cases. Deny by default; a case the
 * caller may not see answers 404.
 *
 * Cases: the two parties' staff (adopter and origin agency) see their own cases; a mentor the
 * cases assigned to them; a hub coordinator the cases whose adopter or origin lies in the hub's
 * province; the ministry all.
 */

/** The caller as the replication policy needs them: their account, mentor appointment and hubs. */
export interface NetworkViewer {
  user: AuthUser;
  mentorId: string | null;
  hubs: readonly { id: string; provinceCode: string }[];
}

export interface CaseFacts {
  originAgencyId: string;
  adopterAgencyId: string;
  originProvinceCode: string | null;
  adopterProvinceCode: string | null;
  hubId: string | null;
  mentorId: string | null;
  state: CaseState;
}

const isStaff = (v: NetworkViewer) => v.user.role === 'agency_admin' || v.user.role === 'agency_operator';
const isMinistry = (v: NetworkViewer) => v.user.role === 'ministry_admin';
const isAdopter = (v: NetworkViewer, c: CaseFacts) => isStaff(v) && v.user.agencyId === c.adopterAgencyId;
const isOrigin = (v: NetworkViewer, c: CaseFacts) => isStaff(v) && v.user.agencyId === c.originAgencyId;
const isMentor = (v: NetworkViewer, c: CaseFacts) => v.user.role === 'mentor' && v.mentorId !== null && v.mentorId === c.mentorId;
/** The coordinator of the adopter's hub (the hub the case was filed under). */
const isCaseHub = (v: NetworkViewer, c: CaseFacts) => v.user.role === 'hub_coordinator' && c.hubId !== null && v.hubs.some((h) => h.id === c.hubId);
const isProvinceHub = (v: NetworkViewer, c: CaseFacts) =>
  v.user.role === 'hub_coordinator' && v.hubs.some((h) => h.provinceCode === c.adopterProvinceCode || h.provinceCode === c.originProvinceCode);

export function canViewCase(v: NetworkViewer, c: CaseFacts): boolean {
  return isMinistry(v) || isAdopter(v, c) || isOrigin(v, c) || isMentor(v, c) || isCaseHub(v, c) || isProvinceHub(v, c);
}

/** Who may take each kind of action on the case, whatever its state (403 otherwise). */
export function caseRights(v: NetworkViewer, c: CaseFacts) {
  const party = isAdopter(v, c) || isMinistry(v);
  return {
    accept: isOrigin(v, c),
    decline: isOrigin(v, c),
    assignMentor: isMinistry(v) || isCaseHub(v, c),
    /** Assigning a mentor from outside the case's hub, or over their cap, needs the ministry. */
    overrideMentorRules: isMinistry(v),
    agree: party || isOrigin(v, c),
    start: party,
    editPlan: party,
    editIndicators: party,
    markMilestone: party || isMentor(v, c),
    log: party || isOrigin(v, c) || isMentor(v, c) || isCaseHub(v, c),
    complete: party,
    stop: party,
  };
}
export type CaseRight = keyof ReturnType<typeof caseRights>;

/** What the caller may do with the case now: rights and the state together (the web shows buttons from it). */
export function caseAbilities(v: NetworkViewer, c: CaseFacts): Record<CaseRight | 'attachAgreement', boolean> {
  const r = caseRights(v, c);
  const open = isOpen(c.state);
  return {
    accept: r.accept && canTransition('accept', c.state),
    decline: r.decline && canTransition('decline', c.state),
    assignMentor: r.assignMentor && (canTransition('assign_mentor', c.state) || canTransition('reassign_mentor', c.state)),
    overrideMentorRules: r.overrideMentorRules,
    agree: r.agree && canTransition('agree', c.state),
    start: r.start && canTransition('start', c.state),
    editPlan: r.editPlan && (c.state === 'agreed' || c.state === 'in_progress'),
    editIndicators: r.editIndicators && open && c.state !== 'requested',
    markMilestone: r.markMilestone && c.state === 'in_progress',
    log: r.log && open && c.state !== 'requested',
    complete: r.complete && canTransition('complete', c.state),
    stop: r.stop && canTransition('stop', c.state),
    /** The signed agreement's document, once the agreement is recorded and while the case runs. */
    attachAgreement: r.agree && (c.state === 'agreed' || c.state === 'in_progress'),
  };
}

const CASE = { id: 'Kasus replikasi', en: 'Replication case' };

export function assertCaseVisible(v: NetworkViewer, c: CaseFacts | undefined): asserts c is CaseFacts {
  if (!c || !canViewCase(v, c)) throw errors.notFound(CASE);
}

/** 404 for a case the caller cannot see, 403 for one they see but may not act on this way; the state is the service's (409). */
export function assertCaseRight(v: NetworkViewer, c: CaseFacts | undefined, right: CaseRight): asserts c is CaseFacts {
  assertCaseVisible(v, c);
  if (!caseRights(v, c)[right]) throw errors.forbidden();
}

/** Which cases a list may show: every case (ministry), or those matching one of the scopes. */
export interface CaseScope {
  all: boolean;
  agencyId: string | null;
  mentorId: string | null;
  provinceCodes: string[];
}

export function caseScope(v: NetworkViewer): CaseScope {
  if (isMinistry(v)) return { all: true, agencyId: null, mentorId: null, provinceCodes: [] };
  return {
    all: false,
    agencyId: isStaff(v) ? v.user.agencyId : null,
    mentorId: v.user.role === 'mentor' ? v.mentorId : null,
    provinceCodes: v.user.role === 'hub_coordinator' ? v.hubs.map((h) => h.provinceCode) : [],
  };
}

/** A hub's members, work plan and log: its coordinators and the ministry. */
export function canManageHub(v: NetworkViewer, hubId: string): boolean {
  return isMinistry(v) || (v.user.role === 'hub_coordinator' && v.hubs.some((h) => h.id === hubId));
}

export function canDesignateHubs(v: NetworkViewer | null): boolean {
  return !!v && isMinistry(v);
}

/** The ministry sees the whole network's figures (mentor activity of every hub). */
export function isMinistryViewer(v: NetworkViewer): boolean {
  return isMinistry(v);
}

/** Which of the caller's appointments the policy needs looked up: a mentor's appointment, a coordinator's hubs. */
export function viewerLookups(user: AuthUser): { mentor: boolean; hubs: boolean } {
  return { mentor: user.role === 'mentor', hubs: user.role === 'hub_coordinator' };
}

/** An account that may be named a hub's coordinator: active, with the hub coordinator role. */
export function mayCoordinateHub(account: { role: string; active: boolean }): boolean {
  return account.active && account.role === 'hub_coordinator';
}

/** An account that may be appointed mentor: active, with the mentor role. */
export function mayBeAppointedMentor(account: { role: string; active: boolean }): boolean {
  return account.active && account.role === 'mentor';
}
