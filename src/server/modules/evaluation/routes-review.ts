import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { declaredConflictShape, myAssignmentShape, reviewShape, savedScoreShape } from '../../../common/evaluation.js';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { declareConflict, listMyConflicts } from './conflicts-service.js';
import { contextFor } from './routes-context.js';
import { declareConflictBody, roundProposalParams, scoreBody } from './schemas.js';
import { getReview, listMyAssignments, saveScore } from './scoring-service.js';

/** Refusals of every review route: bad input, not signed in, not an evaluator/panelist. */
const refused = refusals(400, 401, 403);

/**
 * The evaluator's and panelist's own work: published assignments, score sheets, declared conflicts.
 * Answers go through the shapes of src/common/evaluation.ts: what is not in them is not sent.
 */
export function evaluationReviewRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const ctx = contextFor(deps);
  const review = { access: 'evaluation.review' } as const;
  const tags = ['evaluation'];
  return async (app) => {
    app.get(
      '/api/evaluation/my/assignments',
      {
        config: review,
        schema: { tags, summary: 'My published assignments (fixed order; never others’ scores)', response: { 200: z.object({ items: z.array(myAssignmentShape) }), ...refused } },
      },
      async (request) => ({
        items: await listMyAssignments(ctx(request)),
      }),
    );
    app.get(
      '/api/evaluation/my/conflicts',
      { config: review, schema: { tags, summary: 'Conflicts of interest I declared', response: { 200: z.object({ items: z.array(declaredConflictShape) }), ...refused } } },
      async (request) => ({ items: await listMyConflicts(ctx(request)) }),
    );
    app.post(
      '/api/evaluation/my/conflicts',
      {
        config: review,
        schema: {
          tags,
          summary: 'Declare a conflict of interest (agency, region or person)',
          body: declareConflictBody,
          response: { 201: declaredConflictShape, ...refused, ...refusals(409) },
        },
      },
      async (request, reply) => reply.status(201).send(await declareConflict(ctx(request), request.body)),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/proposals/:proposalId/review',
      {
        config: review,
        schema: {
          tags,
          summary: 'An assigned proposal to review, with the criteria and my sheet',
          params: roundProposalParams,
          response: { 200: reviewShape, ...refused, ...refusals(404, 409) },
        },
      },
      async (request) => getReview(ctx(request), request.params.roundId, request.params.proposalId),
    );
    app.put(
      '/api/evaluation/rounds/:roundId/proposals/:proposalId/score',
      {
        config: review,
        schema: {
          tags,
          summary: 'Save or submit my score sheet',
          params: roundProposalParams,
          body: scoreBody,
          response: { 200: savedScoreShape, ...refused, ...refusals(404, 409) },
        },
      },
      async (request) => saveScore(ctx(request), request.params.roundId, request.params.proposalId, request.body),
    );
  };
}
