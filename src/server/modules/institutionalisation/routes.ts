import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../storage/index.js';
import { attachDocument, DOCUMENT_LIMIT_BYTES, DOCUMENT_TYPES, readDocument } from './documents-service.js';
import { requestContext } from '../../http/request-context.js';
import {
  budgetLineInput,
  documentParams,
  factParams,
  innovationParams,
  institutionalisationView,
  legalBasisInput,
  performanceTargetInput,
  planInclusionInput,
  publicMaturityView,
} from './schemas.js';
import { addFact, getMaturity, getRecord, removeFact } from './service.js';

const tags = ['institutionalisation'];
const refused = refusals(400, 401, 403, 404, 409);

/** An innovation's institutionalisation record and its maturity stage. */
export function institutionalisationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/api/innovations/:id/institutionalisation';
    const manage = { access: 'institutionalisation.manage' } as const;
    const storage = storageFor(deps.config);

    app.get(
      '/api/innovations/:id/maturity',
      {
        config: { access: 'public' },
        schema: { tags, summary: "The innovation's maturity stage and its reason in plain words", params: innovationParams, response: { 200: publicMaturityView, ...refused } },
      },
      async (request) => getMaturity(requestContext(deps, request), request.params.id),
    );
    app.get(
      base,
      {
        config: { access: 'institutionalisation.read' },
        schema: {
          tags,
          summary: 'The institutionalisation record (own agency; the ministry reads all)',
          params: innovationParams,
          response: { 200: institutionalisationView, ...refused },
        },
      },
      async (request) => getRecord(requestContext(deps, request), request.params.id),
    );
    app.post(
      `${base}/legal-bases`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Add a legal basis (not dated in the future)',
          params: innovationParams,
          body: legalBasisInput,
          response: { 201: institutionalisationView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await addFact(requestContext(deps, request), request.params.id, { section: 'legal-bases', input: request.body })),
    );
    app.post(
      `${base}/budget-lines`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Add a budget line (whole rupiah, above 0, at most Rp 100 trillion)',
          params: innovationParams,
          body: budgetLineInput,
          response: { 201: institutionalisationView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await addFact(requestContext(deps, request), request.params.id, { section: 'budget-lines', input: request.body })),
    );
    app.post(
      `${base}/plans`,
      {
        config: manage,
        schema: {
          tags,
          summary: "Record the innovation's inclusion in a plan (RPJMD, Renstra, RKPD, Renja)",
          params: innovationParams,
          body: planInclusionInput,
          response: { 201: institutionalisationView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await addFact(requestContext(deps, request), request.params.id, { section: 'plans', input: request.body })),
    );
    app.post(
      `${base}/targets`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Set a performance target for an indicator and year (replaces the same pair; never below 0)',
          params: innovationParams,
          body: performanceTargetInput,
          response: { 201: institutionalisationView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await addFact(requestContext(deps, request), request.params.id, { section: 'targets', input: request.body })),
    );
    app.delete(
      `${base}/:section/:itemId`,
      { config: manage, schema: { tags, summary: 'Remove one entry of the record', params: factParams, response: { 200: institutionalisationView, ...refused } } },
      async (request) => removeFact(requestContext(deps, request), request.params.id, request.params.section, request.params.itemId, storage),
    );
    app.post(
      `${base}/:section/:itemId/document`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Attach (or replace) the document of a legal basis or plan inclusion: PDF or a PNG/JPEG/WebP scan, at most 10 MB, in the form field `file`',
          consumes: ['multipart/form-data'],
          params: documentParams,
          response: { 201: institutionalisationView, ...refused, ...refusals(413) },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', Math.min(DOCUMENT_LIMIT_BYTES, deps.config.UPLOAD_LIMIT_BYTES));
        const view = await attachDocument(requestContext(deps, request), storage, request.params.id, request.params.section, request.params.itemId, upload);
        return reply.status(201).send(view);
      },
    );
    app.get(
      `${base}/:section/:itemId/document`,
      {
        config: { access: 'institutionalisation.read' },
        schema: {
          tags,
          summary: 'Download the document of a legal basis or plan inclusion (whoever may read the record; 404 otherwise)',
          params: documentParams,
          produces: [...DOCUMENT_TYPES],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const file = await readDocument(requestContext(deps, request), storage, request.params.id, request.params.section, request.params.itemId);
        reply.headers(safeDownloadHeaders(file.contentType, file.filename));
        return reply.send(file.bytes);
      },
    );
  };
}
