import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { requestContext } from '../../http/request-context.js';
import { refusals, suggestionList, suggestionsQuery } from './schemas.js';
import { suggestSolutions } from './suggestions-service.js';

const tags = ['matchmaking'];

/** Matchmaking (issue #15): problem-first suggestions, mentor suggestions, proposals. */
export function matchmakingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/matchmaking/suggestions',
      { config: { access: 'matchmaking.suggest' }, schema: { tags, summary: 'Source innovations for a problem, ranked, each with its reasons', querystring: suggestionsQuery, response: { 200: suggestionList, ...refusals } } },
      async (request) => suggestSolutions(requestContext(deps, request), request.query),
    );
  };
}
