import type { CaseState } from '../../../common/replication.js';
import { errors } from '../../http/errors.js';

/**
 * The replication case, an explicit state machine (issue #14):
 *
 *   requested → accepted | declined          the origin agency confirms (or declines, with a reason)
 *   accepted → mentor_assigned               the ministry or the adopter's hub assigns a mentor
 *   mentor_assigned → agreed                 cooperation agreement (number, date, document)
 *   agreed → in_progress                     transfer plan with dated milestones
 *   in_progress → completed                  outcome replicated / adapted, recorded in the catalog
 *   requested … in_progress → stopped        with a reason (from requested: the adopter withdraws)
 *
 * A mentor may be reassigned while the case is open (the state stays). Every transition writes
 * an audit entry and a timeline event in its transaction (cases-service.ts).
 */
export const CASE_TRANSITIONS = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  assign_mentor: { from: ['accepted'], to: 'mentor_assigned' },
  reassign_mentor: { from: ['mentor_assigned', 'agreed', 'in_progress'], to: null },
  agree: { from: ['mentor_assigned'], to: 'agreed' },
  start: { from: ['agreed'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  stop: { from: ['requested', 'accepted', 'mentor_assigned', 'agreed', 'in_progress'], to: 'stopped' },
} as const satisfies Record<string, { from: readonly CaseState[]; to: CaseState | null }>;

export type CaseTransition = keyof typeof CASE_TRANSITIONS;

export function canTransition(transition: CaseTransition, from: CaseState): boolean {
  return (CASE_TRANSITIONS[transition].from as readonly CaseState[]).includes(from);
}

/** The state after `transition` from `from`, or a 409 naming both when the table does not allow it. */
export function transitionTarget(transition: CaseTransition, from: CaseState): CaseState {
  if (!canTransition(transition, from)) {
    throw errors.conflict(
      'CASE_STATE_CONFLICT',
      {
        id: `Tindakan '${transition}' tidak dapat dilakukan pada kasus replikasi berstatus '${from}'.`,
        en: `Action '${transition}' is not possible on a replication case in state '${from}'.`,
      },
      { state: from, transition },
    );
  }
  return CASE_TRANSITIONS[transition].to ?? from;
}

/** Open cases (not yet declined, completed or stopped) may still change. */
export function isOpen(state: CaseState): boolean {
  return state !== 'declined' && state !== 'completed' && state !== 'stopped';
}
