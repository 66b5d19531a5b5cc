import type { AgencyView } from '../../../common/agencies.js';
import type { AuthUser } from '../../auth/auth-user.js';

/**
 * Which agencies a caller may act for in matchmaking, and which proposals they may see.
 * Deny by default. The ministry: any agency. A hub coordinator: agencies in its hubs'
 * provinces. Agency staff: their own agency only.
 */
export interface MatchViewer {
  user: AuthUser;
  hubProvinces: readonly string[];
}

export function mayActFor(viewer: MatchViewer, agency: Pick<AgencyView, 'id' | 'provinceCode'> | undefined): boolean {
  if (!agency) return false;
  const { user } = viewer;
  if (user.role === 'ministry_admin') return true;
  if (user.role === 'hub_coordinator') return agency.provinceCode !== null && viewer.hubProvinces.includes(agency.provinceCode);
  return user.agencyId === agency.id;
}

/** A coordinator proposes only pairings whose adopter is in one of its hubs' provinces; the ministry any. */
export function mayPropose(viewer: MatchViewer, adopter: Pick<AgencyView, 'id' | 'provinceCode'> | undefined): boolean {
  const role = viewer.user.role;
  return (role === 'ministry_admin' || role === 'hub_coordinator') && mayActFor(viewer, adopter);
}

export interface ProposalParties {
  adopterAgencyId: string;
  sourceAgencyId: string;
  adopterProvinceCode: string | null;
  sourceProvinceCode: string | null;
  proposedBy: string | null;
}

/** Who sees a proposal: the ministry, its proposer, a coordinator of either side's province, staff of either agency. */
export function maySeeProposal(viewer: MatchViewer, p: ProposalParties): boolean {
  const { user } = viewer;
  if (user.role === 'ministry_admin' || p.proposedBy === user.id) return true;
  if (user.role === 'hub_coordinator') return [p.adopterProvinceCode, p.sourceProvinceCode].some((c) => c !== null && viewer.hubProvinces.includes(c));
  return user.agencyId !== null && (user.agencyId === p.adopterAgencyId || user.agencyId === p.sourceAgencyId);
}

/** Which side of a proposal the caller answers for (agency staff only), or null. */
export function sideOf(viewer: MatchViewer, p: ProposalParties): 'adopter' | 'source' | null {
  const { user } = viewer;
  if (user.role !== 'agency_admin' && user.role !== 'agency_operator') return null;
  if (user.agencyId === p.adopterAgencyId) return 'adopter';
  if (user.agencyId === p.sourceAgencyId) return 'source';
  return null;
}

/** A proposal is withdrawn by its proposer or the ministry (while open: the service checks the state). */
export function mayWithdraw(viewer: MatchViewer, proposedBy: string | null): boolean {
  return viewer.user.role === 'ministry_admin' || proposedBy === viewer.user.id;
}

/** What a proposal list shows (the SQL form of maySeeProposal): all for the ministry; else own proposals, the hubs' provinces (coordinator) or the own agency. */
export function proposalListScope(viewer: MatchViewer) {
  const { user } = viewer;
  const coordinator = user.role === 'hub_coordinator';
  return {
    all: user.role === 'ministry_admin',
    userId: user.id,
    agencyId: coordinator ? null : user.agencyId,
    provinces: coordinator ? viewer.hubProvinces : [],
  };
}
