import type { AuthUser } from '../../auth/auth-user.js';
import type { EvaluationRoundRow } from '../../db/schema/evaluation.js';

/**
 * Record-level rules of evaluation (the permission table decides only "may use this kind of
 * action at all"). Deny by default.
 */

/**
 * Aggregates and rankings of a round. The ministry always; the independent panel (TPI) sees the
 * desk review it selects Top 99 from, and its own rounds only once they are closed, so no panelist
 * can be steered by others' scores while still scoring. Evaluators never.
 */
export function canSeeResults(user: AuthUser, round: Pick<EvaluationRoundRow, 'reviewer_role' | 'status'>): boolean {
  if (user.role === 'ministry_admin') return true;
  if (user.role === 'panelist') return round.reviewer_role === 'evaluator' || round.status === 'closed';
  return false;
}

/** The panel records decisions and rationales on selections; the ministry too. */
export function canRecordDecision(user: AuthUser): boolean {
  return user.role === 'ministry_admin' || user.role === 'panelist';
}

/** A pool member must hold the round's reviewer role and be active. */
export function mayJoinPool(member: { role: string; active: boolean }, round: Pick<EvaluationRoundRow, 'reviewer_role'>): boolean {
  return member.active && member.role === round.reviewer_role;
}

/**
 * Blindness reaches past the blind round: a caller assigned in a blind round on a proposal sees
 * that proposal masked (code, no agency or region) wherever results, rankings and selections show
 * it — those of any round, e.g. the desk review a blind panel round follows. The ministry
 * (never assigned) sees everything. Returns the blind round whose code to show, or null.
 */
export function blindRoundMasking(user: AuthUser, blindRoundOf: ReadonlyMap<string, string>, proposalId: string): string | null {
  if (user.role === 'ministry_admin') return null;
  return blindRoundOf.get(proposalId) ?? null;
}

/** The ministry is never assigned, so it sees every proposal unmasked (no blind rounds to look up). */
export function seesEverythingUnmasked(user: AuthUser): boolean {
  return user.role === 'ministry_admin';
}

/** An objector's e-mail address is for the ministry's answer, not for the panel. */
export function maySeeObjectorEmail(user: AuthUser): boolean {
  return user.role === 'ministry_admin';
}

/** An interview panel member must be an active panelist account. */
export function mayServeOnPanel(member: { role: string; active: boolean }): boolean {
  return member.active && member.role === 'panelist';
}
