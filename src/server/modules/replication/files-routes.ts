import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../storage/index.js';
import { caseFileParams, caseIdParams, caseLogParams, caseView } from './cases-schemas.js';
import type { NetworkContext } from './context.js';
import { AGREEMENT_LIMIT_BYTES, addAgreementFile, addLogPhoto, PHOTO_LIMIT_BYTES, readCaseFile } from './files-service.js';

const tags = ['replication'];
const refused = refusals(400, 403, 404, 409, 413);

/** Uploads of a case (multipart/form-data, field `file`, checked by content) and their download. */
export function replicationFileRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  const limit = (own: number) => Math.min(own, deps.config.UPLOAD_LIMIT_BYTES);
  const context = (request: FastifyRequest): NetworkContext => ({ db: deps.db, actor: actorOf(request), user: request.auth?.user ?? null, now: new Date() });

  return async (app) => {
    app.post(
      '/api/replications/:caseId/agreement/files',
      {
        config: { access: 'replication.manage' },
        schema: {
          tags,
          summary: 'Attach the signed cooperation agreement (PDF or a PNG/JPEG/WebP scan, at most 10 MB) in the form field `file`',
          consumes: ['multipart/form-data'],
          params: caseIdParams,
          response: { 201: caseView, ...refused },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', limit(AGREEMENT_LIMIT_BYTES));
        return reply.status(201).send(await addAgreementFile(context(request), storage, request.params.caseId, upload));
      },
    );

    app.post(
      '/api/replications/:caseId/logs/:logId/photos',
      {
        config: { access: 'replication.log' },
        schema: {
          tags,
          summary: 'Attach a photo (PNG/JPEG/WebP, at most 5 MB) to a mentoring log entry in the form field `file`',
          consumes: ['multipart/form-data'],
          params: caseLogParams,
          response: { 201: caseView, ...refused },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', limit(PHOTO_LIMIT_BYTES));
        return reply.status(201).send(await addLogPhoto(context(request), storage, request.params.caseId, request.params.logId, upload));
      },
    );

    app.get(
      '/api/replications/:caseId/files/:fileId',
      {
        config: { access: 'replication.read' },
        schema: {
          tags,
          summary: 'Download a file of a case the caller may see (images inline, others as attachments)',
          params: caseFileParams,
          produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
          response: { 200: z.any().describe('file'), ...refusals(404) },
        },
      },
      async (request, reply) => {
        const file = await readCaseFile(context(request), storage, request.params.caseId, request.params.fileId);
        reply.headers(safeDownloadHeaders(file.contentType, file.filename, { inline: true }));
        return reply.send(file.bytes);
      },
    );
  };
}
