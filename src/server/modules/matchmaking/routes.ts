import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { type RequestContext, requestContext } from '../../http/request-context.js';
import { suggestMentors } from './mentors-service.js';
import { answerProposal, getProposal, listProposals, proposeMatch, withdrawProposal } from './proposals-service.js';
import {
  answerMatchBody,
  caseIdParams,
  conflictRefusals,
  matchProposalList,
  matchProposalsQuery,
  matchProposalView,
  mentorSuggestionList,
  proposalIdParams,
  proposeMatchBody,
  refused,
  suggestionList,
  suggestionsQuery,
} from './schemas.js';
import { suggestSolutions } from './suggestions-service.js';

const tags = ['matchmaking'];

/** Matchmaking (issue #15): problem-first suggestions, mentor suggestions, proposals. */
export function matchmakingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/matchmaking/suggestions',
      {
        config: { access: 'matchmaking.suggest' },
        schema: { tags, summary: 'Source innovations for a problem, ranked, each with its reasons', querystring: suggestionsQuery, response: { 200: suggestionList, ...refused } },
      },
      async (request) => suggestSolutions(requestContext(deps, request), request.query),
    );

    app.get(
      '/api/matchmaking/cases/:caseId/mentors',
      {
        config: { access: 'replication.assign' },
        schema: {
          tags,
          summary: 'Mentors for a replication case: expertise, same hub, load under the cap, past outcomes',
          params: caseIdParams,
          response: { 200: mentorSuggestionList, ...refused },
        },
      },
      async (request) => suggestMentors(requestContext(deps, request), request.params.caseId),
    );

    app.post(
      '/api/matchmaking/proposals',
      {
        config: { access: 'matchmaking.propose' },
        schema: {
          tags,
          summary: 'Propose a pairing of an adopter agency and a source innovation (optionally a mentor)',
          body: proposeMatchBody,
          response: { 201: matchProposalView, ...conflictRefusals },
        },
      },
      async (request, reply) => reply.status(201).send(await proposeMatch(requestContext(deps, request), request.body)),
    );

    app.get(
      '/api/matchmaking/proposals',
      {
        config: { access: 'matchmaking.suggest' },
        schema: {
          tags,
          summary: 'Open or past match proposals the caller may see, with their outcome',
          querystring: matchProposalsQuery,
          response: { 200: matchProposalList, ...refused },
        },
      },
      async (request) => listProposals(requestContext(deps, request), request.query),
    );

    app.get(
      '/api/matchmaking/proposals/:proposalId',
      { config: { access: 'matchmaking.suggest' }, schema: { tags, summary: 'One match proposal', params: proposalIdParams, response: { 200: matchProposalView, ...refused } } },
      async (request) => getProposal(requestContext(deps, request), request.params.proposalId),
    );

    app.post(
      '/api/matchmaking/proposals/:proposalId/answer',
      {
        config: { access: 'matchmaking.respond' },
        schema: {
          tags,
          summary: 'Accept or decline a proposal for the own agency (the adopter first; its acceptance opens a replication case)',
          params: proposalIdParams,
          body: answerMatchBody,
          response: { 200: matchProposalView, ...conflictRefusals },
        },
      },
      async (request) => {
        // With the public URL: an adopter's acceptance files a replication request, which e-mails the origin agency a link.
        const ctx: RequestContext & { publicUrl: string } = { ...requestContext(deps, request), publicUrl: deps.config.publicUrl };
        return answerProposal(ctx, request.params.proposalId, request.body);
      },
    );

    app.post(
      '/api/matchmaking/proposals/:proposalId/withdraw',
      {
        config: { access: 'matchmaking.propose' },
        schema: {
          tags,
          summary: 'Withdraw a proposal nobody has answered (its proposer or the ministry)',
          params: proposalIdParams,
          response: { 200: matchProposalView, ...conflictRefusals },
        },
      },
      async (request) => withdrawProposal(requestContext(deps, request), request.params.proposalId),
    );
  };
}
