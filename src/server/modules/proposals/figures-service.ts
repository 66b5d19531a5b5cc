import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import { type CompetitionProposalCount, pendingChecks, type StatusWorkload, submittedCountsByCompetition, workloadByStatus } from './figures-repository.js';
import { listScope } from './policy.js';

/**
 * The proposals module's read model for dashboards (issue #19): public history counts
 * (submitted proposals, passed the administrative check) and what waits for a user.
 */
export type { CompetitionProposalCount, StatusWorkload };

export function proposalHistory(db: Db, provinceCode: string | undefined): Promise<CompetitionProposalCount[]> {
  return submittedCountsByCompetition(db, provinceCode);
}

/** The user's proposals by status (own agency, own citizen entries), scoped by the module's policy. */
export function proposalWorkload(db: Db, user: AuthUser, statuses: readonly ('draft' | 'ready' | 'returned')[], now: Date): Promise<StatusWorkload[]> {
  const scope = listScope(user);
  if (scope.kind === 'submitted') return Promise.resolve([]);
  return workloadByStatus(db, scope, statuses, now);
}

export function pendingAdminChecks(db: Db): Promise<number> {
  return pendingChecks(db);
}
