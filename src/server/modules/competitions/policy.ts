import type { CompetitionStatus } from '../../../common/competitions.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { roleHas } from '../../auth/permissions.js';

/**
 * Who sees which competitions. The ministry (holders of `competitions.manage`) sees drafts it is
 * still configuring; everyone else, signed in or not, sees only published and archived calls.
 */
export function visibleStatuses(user: AuthUser | null): readonly CompetitionStatus[] {
  if (user && roleHas(user.role, 'competitions.manage')) return ['draft', 'published', 'archived'];
  return ['published', 'archived'];
}

export function canSeeCompetition(user: AuthUser | null, status: CompetitionStatus): boolean {
  return visibleStatuses(user).includes(status);
}
