import { errorResponse } from '../../http/errors.js';

export { type SuggestionList, type SuggestionsQuery, suggestionList, suggestionsQuery } from '../../../common/matchmaking.js';

export const refusals = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse } as const;
