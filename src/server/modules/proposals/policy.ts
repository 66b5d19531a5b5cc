import type { ProposalStatus } from '../../../common/competitions.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { ProposalAction } from './state-machine.js';

/**
 * Which proposals a signed-in account may read or act on (the permission table already decided
 * the role may use the action at all). Deny by default.
 *
 * - Agency proposals: the agency's own operators and coordinator; the coordinator alone returns,
 *   submits and withdraws. Another agency's staff never see them.
 * - Citizen proposals: only the citizen who started them.
 * - The ministry reads what was submitted (or withdrawn after submission); drafts stay private.
 */
export interface ProposalFacts {
  applicantKind: 'agency' | 'citizen';
  agencyId: string | null;
  ownerId: string;
  status: ProposalStatus;
}

function isAgencyStaff(user: AuthUser, p: ProposalFacts): boolean {
  return p.applicantKind === 'agency' && p.agencyId !== null && user.agencyId === p.agencyId && (user.role === 'agency_operator' || user.role === 'agency_admin');
}

function isCitizenOwner(user: AuthUser, p: ProposalFacts): boolean {
  return p.applicantKind === 'citizen' && user.role === 'citizen' && user.id === p.ownerId;
}

export function canRead(user: AuthUser, p: ProposalFacts): boolean {
  if (isAgencyStaff(user, p) || isCitizenOwner(user, p)) return true;
  return user.role === 'ministry_admin' && (p.status === 'submitted' || p.status === 'withdrawn');
}

export function canEditContent(user: AuthUser, p: ProposalFacts): boolean {
  return isAgencyStaff(user, p) || isCitizenOwner(user, p);
}

export function canAct(user: AuthUser, p: ProposalFacts, action: ProposalAction): boolean {
  switch (action) {
    case 'mark_ready':
    case 'reopen':
      return isAgencyStaff(user, p) || isCitizenOwner(user, p);
    case 'return':
      return isAgencyStaff(user, p) && user.role === 'agency_admin';
    case 'submit':
    case 'withdraw':
      return (isAgencyStaff(user, p) && user.role === 'agency_admin') || isCitizenOwner(user, p);
    default:
      return false;
  }
}

/** The list filter for "my proposals": own agency, own citizen entries, or (ministry) submitted ones. */
export type ListScope = { kind: 'agency'; agencyId: string } | { kind: 'owner'; userId: string } | { kind: 'submitted' } | { kind: 'none' };

export function listScope(user: AuthUser): ListScope {
  if ((user.role === 'agency_operator' || user.role === 'agency_admin') && user.agencyId) return { kind: 'agency', agencyId: user.agencyId };
  if (user.role === 'citizen') return { kind: 'owner', userId: user.id };
  if (user.role === 'ministry_admin') return { kind: 'submitted' };
  return { kind: 'none' };
}

/** A citizen enters on their own behalf; everyone else enters for their agency. */
export function entersAsCitizen(user: AuthUser): boolean {
  return user.role === 'citizen';
}
