import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../storage/index.js';
import { addAttachment, readAttachment, removeAttachment } from './attachments.js';
import type { ProposalsContext } from './context.js';
import { attachmentParams, attachmentView, proposalIdParams } from './schemas.js';

/** Upload, download and removal of a proposal's supporting documents. */
export function registerAttachmentRoutes(app: FastifyInstance, deps: AppDeps, context: (request: FastifyRequest) => ProposalsContext): void {
  const storage = storageFor(deps.config);
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/proposals/:proposalId/attachments',
    {
      config: { access: 'proposals.draft' },
      schema: {
        tags: ['proposals'],
        summary: 'Attach a document (PDF, PNG, JPEG, WebP; multipart field `file`), optionally to a file question',
        consumes: ['multipart/form-data'],
        params: proposalIdParams,
        querystring: z.strictObject({ questionId: z.uuid().optional() }),
        response: { 201: attachmentView, ...refusals(400, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const upload = await readSingleUpload(request, 'file', deps.config.UPLOAD_LIMIT_BYTES);
      const created = await addAttachment(context(request), storage, request.params.proposalId, upload, request.query.questionId ?? null);
      return reply.status(201).send(created);
    },
  );

  typed.get(
    '/api/proposals/:proposalId/attachments/:attachmentId',
    {
      config: { access: 'proposals.read' },
      schema: { tags: ['proposals'], summary: 'Download an attachment', params: attachmentParams, response: { 200: z.any().describe('the file'), ...refusals(404) } },
    },
    async (request, reply) => {
      const file = await readAttachment(context(request), storage, request.params.proposalId, request.params.attachmentId);
      return reply.headers(safeDownloadHeaders(file.contentType, file.filename, { inline: true })).send(file.bytes);
    },
  );

  typed.delete(
    '/api/proposals/:proposalId/attachments/:attachmentId',
    {
      config: { access: 'proposals.draft' },
      schema: { tags: ['proposals'], summary: 'Remove an attachment from a draft', params: attachmentParams, response: { 204: z.null(), ...refusals(404, 409) } },
    },
    async (request, reply) => {
      await removeAttachment(context(request), storage, request.params.proposalId, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
}
