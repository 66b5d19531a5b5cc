import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../deps.js';
import { refusals } from '../../../http/errors.js';
import { requestContext } from '../../../http/request-context.js';
import { readSingleUpload, storageFor } from '../../../storage/index.js';
import { fileParams, historicalBody, historicalJob, historicalReport, jobParams, mappingList, uploadAnswer } from '../historical-schemas.js';
import { historicalJob as jobView, historicalMappings, previewHistorical, startHistoricalCommit, uploadHistoricalFile } from '../historical-service.js';

const refused = refusals(400, 401, 403, 404);

/** The ministry's historical import wizard: upload → map → confirm agencies → dry run → commit. */
export function historicalImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  const limit = deps.config.UPLOAD_LIMIT_BYTES;
  return async (app) => {
    app.post(
      '/api/historical-imports',
      {
        config: { access: 'innovations.import_historical' },
        schema: {
          tags: ['catalog'],
          summary: 'Upload a historical file (CSV or XLSX, field `file`): its columns, a suggested mapping and the saved mappings',
          consumes: ['multipart/form-data'],
          response: { 201: uploadAnswer, ...refused, ...refusals(413) },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', limit);
        return reply.status(201).send(await uploadHistoricalFile(requestContext(deps, request), storage, upload, limit));
      },
    );

    app.get(
      '/api/historical-imports/mappings',
      {
        config: { access: 'innovations.import_historical' },
        schema: { tags: ['catalog'], summary: 'Saved column mappings: own and global', response: { 200: mappingList, ...refusals(401, 403) } },
      },
      async (request) => historicalMappings(requestContext(deps, request)),
    );

    app.post(
      '/api/historical-imports/:fileId/preview',
      {
        config: { access: 'innovations.import_historical' },
        schema: {
          tags: ['catalog'],
          summary: "Dry run: the row report (naming the file's columns), the agencies to confirm and the records a row would update",
          params: fileParams,
          body: historicalBody,
          response: { 200: historicalReport, ...refused },
        },
      },
      async (request) => previewHistorical(requestContext(deps, request), storage, request.params.fileId, request.body, limit, request.language),
    );

    app.post(
      '/api/historical-imports/:fileId/commit',
      {
        config: { access: 'innovations.import_historical' },
        schema: {
          tags: ['catalog'],
          summary: 'Import all rows or none, in the background: published as imported historical records, audited per record',
          description:
            'Answers 202 with a job to poll (`GET /api/historical-imports/jobs/{jobId}`). Refused (400, the report in `error.details`) while the dry run has problems, unconfirmed agencies or undecided matches; 409 while the same file is being imported.',
          params: fileParams,
          body: historicalBody,
          response: { 202: historicalJob, ...refused, ...refusals(409) },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await startHistoricalCommit(requestContext(deps, request), storage, request.params.fileId, request.body, limit, request.language)),
    );

    app.get(
      '/api/historical-imports/jobs/:jobId',
      {
        config: { access: 'innovations.import_historical' },
        schema: {
          tags: ['catalog'],
          summary: "A commit's progress (rows written), then its report or why it failed (nothing written)",
          params: jobParams,
          response: { 200: historicalJob, ...refused },
        },
      },
      async (request) => jobView(requestContext(deps, request), request.params.jobId, request.language),
    );
  };
}
