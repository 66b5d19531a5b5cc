import { z } from 'zod';
import { refusals } from '../../http/errors.js';

export {
  answerMatchBody,
  matchProposalList,
  matchProposalsQuery,
  matchProposalView,
  proposeMatchBody,
  type MentorSuggestionList,
  mentorSuggestionList,
  type SuggestionList,
  type SuggestionsQuery,
  suggestionList,
  suggestionsQuery,
} from '../../../common/matchmaking.js';

export const refused = refusals(400, 401, 403, 404);

export const caseIdParams = z.strictObject({ caseId: z.uuid() });
export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const conflictRefusals = { ...refused, ...refusals(409) } as const;
