import type { Role } from '../../../common/roles.js';
import type { AuthUser } from '../../auth/auth-user.js';

/**
 * Who may manage which accounts. The ministry manages everyone. An agency's coordinator
 * (Admin Lokal) manages only its own agency's service-unit operators — it creates UPP logins.
 */
export function canManageUser(actor: AuthUser, target: { role: Role; agencyId: string | null }): boolean {
  if (actor.role === 'ministry_admin') return true;
  if (actor.role === 'agency_admin') {
    return target.role === 'agency_operator' && target.agencyId !== null && target.agencyId === actor.agencyId;
  }
  return false;
}

/** The agency filter a list must apply for this actor, or null for no restriction. */
export function userListScope(actor: AuthUser): string | null | 'none' {
  if (actor.role === 'ministry_admin') return null;
  if (actor.role === 'agency_admin' && actor.agencyId) return actor.agencyId;
  return 'none';
}

/** Nobody locks themselves out: an account neither deactivates itself nor changes its own role. */
export function changesOwnAccess(actor: AuthUser, targetId: string, current: { role: Role }, patch: { role?: Role | undefined; active?: boolean | undefined }): boolean {
  return targetId === actor.id && (patch.active === false || (patch.role !== undefined && patch.role !== current.role));
}
