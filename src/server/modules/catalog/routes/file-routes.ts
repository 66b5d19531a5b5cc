import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../deps.js';
import { refusals } from '../../../http/errors.js';
import { fileResponse } from '../../../http/file-response.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../../storage/index.js';
import { categoriesFor } from '../categories-service.js';
import { addDocument, removeDocument } from '../documents-service.js';
import { importInnovations } from '../import/import-service.js';
import { csvTemplate, xlsxTemplate } from '../import/template.js';
import { documentParams, idParams, importQuery, importReport, importTemplateQuery, innovationView } from '../schemas.js';
import { catalogContext } from './context.js';

/** Uploads: supporting documents and bulk import (multipart/form-data, size-limited by UPLOAD_LIMIT_BYTES). */
export function fileCatalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  const limit = deps.config.UPLOAD_LIMIT_BYTES;
  return async (app) => {
    app.post(
      '/api/innovations/:id/documents',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Attach a supporting document (PDF or PNG/JPEG/WebP, checked by content) in the form field `file`',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: innovationView, ...refusals(400, 403, 404, 409, 413) },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', limit);
        return reply.status(201).send(await addDocument(catalogContext(deps, request), storage, request.params.id, upload));
      },
    );

    app.delete(
      '/api/innovations/:id/documents/:documentId',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Remove a supporting document',
          params: documentParams,
          response: { 200: innovationView, ...refusals(403, 404, 409) },
        },
      },
      async (request) => removeDocument(catalogContext(deps, request), storage, request.params.id, request.params.documentId),
    );

    app.get(
      '/api/innovations/import/template',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'The bulk-import template (CSV or XLSX with help and category sheets)',
          querystring: importTemplateQuery,
          produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          response: { 200: fileResponse, ...refusals(400) },
        },
      },
      async (request, reply) => {
        if (request.query.format === 'csv') {
          reply.headers(safeDownloadHeaders('text/csv', 'templat-impor-inovasi.csv'));
          return reply.send(csvTemplate());
        }
        reply.headers(safeDownloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'templat-impor-inovasi.xlsx'));
        return reply.send(await xlsxTemplate(await categoriesFor(deps.db, false)));
      },
    );

    app.post(
      '/api/innovations/import',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Bulk import from CSV or XLSX (field `file`): a row-level report; all rows are saved or none',
          description:
            '`dryRun=true` only checks. `publish=true` (agency admins) publishes the rows at once. A file with problems answers 400 with the same report in `error.details`.',
          consumes: ['multipart/form-data'],
          querystring: importQuery,
          response: { 200: importReport, 201: importReport, ...refusals(400, 413) },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', limit);
        const report = await importInnovations(
          catalogContext(deps, request),
          upload,
          { dryRun: request.query.dryRun === 'true', publish: request.query.publish === 'true', maxBytes: limit },
          request.language,
        );
        if (!report.ok) {
          const lang = request.language;
          return reply.status(400).send({
            error: {
              code: 'IMPORT_INVALID',
              message:
                lang === 'en' ? `The file has ${report.errors.length} problem(s); nothing was saved.` : `Berkas memiliki ${report.errors.length} masalah; tidak ada yang disimpan.`,
              details: report,
            },
          });
        }
        return reply.status(report.dryRun ? 200 : 201).send(report);
      },
    );
  };
}
