import type { CompetitionStatus } from '../../../common/competitions.js';

/**
 * The life of a competition's configuration. A draft is invisible to participants; publishing
 * opens it (within its stage dates); archiving keeps it as read-only history. Going back to
 * draft is only possible while nobody has started a proposal (checked by the service).
 */
export const COMPETITION_TRANSITIONS: Readonly<Record<CompetitionStatus, readonly CompetitionStatus[]>> = {
  draft: ['published'],
  published: ['draft', 'archived'],
  archived: ['published'],
};

export function canMoveCompetition(from: CompetitionStatus, to: CompetitionStatus): boolean {
  return COMPETITION_TRANSITIONS[from].includes(to);
}
