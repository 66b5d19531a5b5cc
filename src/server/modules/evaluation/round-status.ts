import type { RoundStatus } from '../../db/schema/evaluation.js';

/**
 * The round's state machine. `setup`: configure criteria, pool, assignments (hidden).
 * `open`: evaluators score. `closed`: scores frozen, results and selection. A closed round may be
 * reopened (e.g. to let a late evaluator finish); it never goes back to setup once opened, since
 * criteria must not change under scores already given.
 */
const TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  setup: ['open'],
  open: ['closed'],
  closed: ['open'],
};

export function canMoveRound(from: RoundStatus, to: RoundStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
