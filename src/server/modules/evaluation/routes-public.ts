import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { filedObjectionShape, publicResultsShape } from '../../../common/evaluation-admin.js';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { certificatePdf } from './certificate-pdf.js';
import { fileObjection } from './objection-service.js';
import { certificateFacts, publicResults } from './public-results-service.js';
import { contextFor, fileAnswer } from './routes-context.js';
import { competitionIdParams, objectionBody, selectionIdParams, selectionProposalParams } from './schemas.js';

/** Published results, certificates and public objections: open to anyone. */
export function evaluationPublicRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const ctx = contextFor(deps);
  const open = { access: 'public' } as const;
  const tags = ['evaluation'];
  return async (app) => {
    app.get(
      '/api/evaluation/results/:competitionId',
      {
        config: open,
        schema: {
          tags,
          summary: 'Published and final selections of a competition',
          params: competitionIdParams,
          response: { 200: publicResultsShape, ...refusals(400, 404) },
        },
      },
      async (request) => publicResults(ctx(request), request.params.competitionId),
    );
    app.post(
      '/api/evaluation/selections/:selectionId/objections',
      {
        config: open,
        schema: {
          tags,
          summary: 'File an objection during the objection period (limited per client address and per e-mail; an exact repeat is refused)',
          params: selectionIdParams,
          body: objectionBody,
          response: { 201: filedObjectionShape, ...refusals(400, 404, 409, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await fileObjection(ctx(request), request.params.selectionId, request.body, request.ip)),
    );
    app.get(
      '/api/evaluation/selections/:selectionId/certificates/:proposalId',
      {
        config: open,
        schema: {
          tags,
          summary: 'Certificate (PDF) of an awarded proposal',
          produces: ['application/pdf'],
          params: selectionProposalParams,
          response: { 200: fileAnswer[200], ...refusals(400, 404) },
        },
      },
      async (request, reply) => {
        const facts = await certificateFacts(ctx(request), request.params.selectionId, request.params.proposalId);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="sertifikat-${facts.proposalNumber.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`)
          .send(await certificatePdf(facts));
      },
    );
  };
}
