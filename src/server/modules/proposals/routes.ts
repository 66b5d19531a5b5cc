import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { safeDownloadHeaders } from '../../storage/download-headers.js';
import { registerAttachmentRoutes } from './attachment-routes.js';
import { receiptPdf } from './receipt-pdf.js';
import type { ProposalsContext } from './context.js';
import {
  createProposalBody,
  listProposalsQuery,
  listProposalsResponse,
  proposalIdParams,
  proposalView,
  receiptView,
  returnBody,
  saveProposalBody,
  withdrawBody,
} from './schemas.js';
import { createProposal, getProposal, listMyProposals, saveProposal } from './service.js';
import { getReceipt, markReady, reopen, returnProposal, submitProposal, withdrawProposal } from './workflow.js';

const refused = refusals(400, 403, 404, 409, 422);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** Drafting, review, submission and withdrawal of proposals, for participants. */
export function proposalRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): ProposalsContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth!.user,
    // Deadlines are judged on when the request arrived, not on when a lock was granted.
    now: new Date(),
    publicUrl: deps.config.publicUrl,
  });

  return async (app) => {
    app.get(
      '/api/proposals',
      {
        config: { access: 'proposals.read' },
        schema: {
          tags: ['proposals'],
          summary: "My proposals: own agency's, own (citizen), or submitted ones (ministry)",
          querystring: listProposalsQuery,
          response: { 200: listProposalsResponse },
        },
      },
      async (request) => listMyProposals(context(request), request.query),
    );

    app.post(
      '/api/proposals',
      {
        config: { access: 'proposals.draft' },
        schema: {
          tags: ['proposals'],
          summary: 'Start a proposal from a catalog innovation (or register one on the way)',
          body: createProposalBody,
          response: { 201: proposalView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await createProposal(context(request), request.body)),
    );

    app.get(
      '/api/proposals/:proposalId',
      {
        config: { access: 'proposals.read' },
        schema: {
          tags: ['proposals'],
          summary: 'One proposal with answers, attachments, return comments and check outcome',
          params: proposalIdParams,
          response: { 200: proposalView, ...refusals(404) },
        },
      },
      async (request) => getProposal(context(request), request.params.proposalId),
    );

    app.patch(
      '/api/proposals/:proposalId',
      {
        config: { access: 'proposals.draft' },
        schema: {
          tags: ['proposals'],
          summary: 'Save a draft (autosave): title, group, category, answers',
          params: proposalIdParams,
          body: saveProposalBody,
          response: { 200: proposalView, ...refused },
        },
      },
      async (request) => saveProposal(context(request), request.params.proposalId, request.body),
    );

    app.post(
      '/api/proposals/:proposalId/ready',
      {
        config: { access: 'proposals.draft' },
        schema: { tags: ['proposals'], summary: 'Mark complete for the coordinator’s review', params: proposalIdParams, response: { 200: proposalView, ...refused } },
      },
      async (request) => markReady(context(request), request.params.proposalId),
    );

    app.post(
      '/api/proposals/:proposalId/reopen',
      {
        config: { access: 'proposals.draft' },
        schema: { tags: ['proposals'], summary: 'Take a ready proposal back into drafting', params: proposalIdParams, response: { 200: proposalView, ...refused } },
      },
      async (request) => reopen(context(request), request.params.proposalId),
    );

    app.post(
      '/api/proposals/:proposalId/return',
      {
        config: { access: 'proposals.review' },
        schema: {
          tags: ['proposals'],
          summary: 'Return to the drafters with comments (agency coordinator)',
          params: proposalIdParams,
          body: returnBody,
          response: { 200: proposalView, ...refused },
        },
      },
      async (request) => returnProposal(context(request), request.params.proposalId, request.body.comment),
    );

    app.post(
      '/api/proposals/:proposalId/submit',
      {
        config: { access: 'proposals.submit' },
        schema: {
          tags: ['proposals'],
          summary: 'Submit to the ministry (idempotent: a repeat returns the same receipt)',
          description: 'Send an `Idempotency-Key` header (one per intent to submit) to make retries explicit; a repeat answers 200 with `replayed: true`.',
          params: proposalIdParams,
          headers: z.object({ 'idempotency-key': z.string().regex(IDEMPOTENCY_KEY).optional() }),
          response: { 200: receiptView, ...refused },
        },
      },
      async (request) => submitProposal(context(request), request.params.proposalId, request.headers['idempotency-key'] ?? null),
    );

    app.post(
      '/api/proposals/:proposalId/withdraw',
      {
        config: { access: 'proposals.submit' },
        schema: {
          tags: ['proposals'],
          summary: 'Withdraw a submitted proposal before the deadline',
          params: proposalIdParams,
          body: withdrawBody,
          response: { 200: proposalView, ...refused },
        },
      },
      async (request) => withdrawProposal(context(request), request.params.proposalId, request.body.reason),
    );

    app.get(
      '/api/proposals/:proposalId/receipt',
      {
        config: { access: 'proposals.read' },
        schema: {
          tags: ['proposals'],
          summary: 'Submission receipt: time, number and SHA-256 of the submitted content',
          params: proposalIdParams,
          response: { 200: receiptView, ...refusals(404) },
        },
      },
      async (request) => getReceipt(context(request), request.params.proposalId),
    );

    app.get(
      '/api/proposals/:proposalId/receipt.pdf',
      {
        config: { access: 'proposals.read' },
        schema: {
          tags: ['proposals'],
          summary: 'Printable submission receipt (PDF, one A4 page)',
          params: proposalIdParams,
          produces: ['application/pdf'],
          response: { 200: z.any().describe('the PDF'), ...refusals(404) },
        },
      },
      async (request, reply) => {
        const receipt = await getReceipt(context(request), request.params.proposalId);
        const filename = `tanda-terima-${receipt.number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
        return reply.headers(safeDownloadHeaders('application/pdf', filename)).send(await receiptPdf(receipt));
      },
    );

    registerAttachmentRoutes(app, deps, context);
  };
}
