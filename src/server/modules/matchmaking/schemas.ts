import { z } from 'zod';
import { errorResponse } from '../../http/errors.js';

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

export const refusals = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse } as const;

export const caseIdParams = z.strictObject({ caseId: z.uuid() });
export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const conflictRefusals = { ...refusals, 409: errorResponse } as const;
