import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { requestContext } from '../../http/request-context.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../storage/index.js';
import { addFileEvidence, addLinkEvidence, evidenceFile, MAX_EVIDENCE_BYTES, removeEvidence } from './evidence-service.js';
import { reportCardPdf, reportCardWorkbook, resultsWorkbook } from './exports.js';
import { changeModel, createModel, getModel, listModels, publishModel, setBorderFlag, setWindow } from './models-service.js';
import { addInnovation, answerRejection, availableInnovations, getOwnReport, markReady, removeInnovation, reviewReport, setLevel } from './reports-service.js';
import { listResults, publishResults, recomputeResults, reportCard } from './results-service.js';
import {
  answerBody,
  availableView,
  borderBody,
  changeModelBody,
  createModelBody,
  decisionBody,
  evidenceTypeQuery,
  idParams,
  innovationBody,
  levelBody,
  linkEvidenceBody,
  modelView,
  ownReportView,
  queueQuery,
  queueView,
  recomputeView,
  regionParams,
  reportCardView,
  reportRowParams,
  reportView,
  resultsQuery,
  resultsView,
  reviewBody,
  windowBody,
  yearIdParams,
  yearParams,
} from './schemas.js';
import { decide, finishVerification, reportForStaff, verificationQueue } from './verification-service.js';

const tags = ['innovation-index'];
const refused = refusals(400, 401, 403, 404, 409);

/** The regional innovation index (Indeks Inovasi Daerah): model, self-report, verification, results. */
export function indexRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const storage = storageFor(deps.config);
    const manage = { access: 'index.manage' } as const;
    const report = { access: 'index.report' } as const;
    const publicUrl = deps.config.publicUrl;

    // Models
    app.get(
      '/api/index/models',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Published models (the index team also sees drafts)', response: { 200: z.object({ items: z.array(modelView) }), ...refused } },
      },
      async (request) => ({
        items: await listModels(requestContext(deps, request)),
      }),
    );
    app.get(
      '/api/index/models/:year',
      { config: { access: 'public' }, schema: { tags, summary: "A year's model", params: yearParams, response: { 200: modelView, ...refused } } },
      async (request) => getModel(requestContext(deps, request), request.params.year),
    );
    app.post(
      '/api/index/models',
      {
        config: manage,
        schema: { tags, summary: 'Start a year: a copy of another year (or the seeded 2023/2026 model)', body: createModelBody, response: { 201: modelView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await createModel(requestContext(deps, request), request.body)),
    );
    app.put(
      '/api/index/models/:year',
      {
        config: manage,
        schema: { tags, summary: 'Change a draft model (a published one is frozen: 409)', params: yearParams, body: changeModelBody, response: { 200: modelView, ...refused } },
      },
      async (request) => changeModel(requestContext(deps, request), request.params.year, request.body.config),
    );
    app.post(
      '/api/index/models/:year/publish',
      { config: manage, schema: { tags, summary: 'Publish (freeze) a model whose weights sum to its maximum', params: yearParams, response: { 200: modelView, ...refused } } },
      async (request) => publishModel(requestContext(deps, request), request.params.year),
    );
    app.put(
      '/api/index/models/:year/window',
      {
        config: manage,
        schema: { tags, summary: 'Set the reporting window (regions are told when it opens)', params: yearParams, body: windowBody, response: { 200: modelView, ...refused } },
      },
      async (request) => setWindow(requestContext(deps, request), request.params.year, request.body, { publicUrl }),
    );
    app.put(
      '/api/index/regions/:code/border',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Mark a region as a border region (perbatasan)',
          params: z.strictObject({ code: z.string().regex(/^[0-9.]{2,13}$/) }),
          body: borderBody,
          response: { 200: z.object({ regionCode: z.string(), border: z.boolean() }), ...refused },
        },
      },
      async (request) => setBorderFlag(requestContext(deps, request), request.params.code, request.body.border),
    );

    // The region's own report
    app.get(
      '/api/index/:year/report',
      {
        config: report,
        schema: {
          tags,
          summary: "The caller's region's report with claimed score, warnings and platform facts",
          params: yearParams,
          response: { 200: ownReportView, ...refused },
        },
      },
      async (request) => ({
        report: await getOwnReport(requestContext(deps, request), request.params.year),
      }),
    );
    app.get(
      '/api/index/:year/report/available',
      {
        config: report,
        schema: { tags, summary: "The region's own catalog innovations not yet in the report", params: yearParams, response: { 200: availableView, ...refused } },
      },
      async (request) => ({
        items: await availableInnovations(requestContext(deps, request), request.params.year),
      }),
    );
    app.post(
      '/api/index/:year/report/innovations',
      {
        config: report,
        schema: { tags, summary: 'Include one of the region’s own innovations', params: yearParams, body: innovationBody, response: { 200: reportView, ...refused } },
      },
      async (request) => addInnovation(requestContext(deps, request), request.params.year, request.body.innovationId),
    );
    app.delete(
      '/api/index/:year/report/innovations/:id',
      { config: report, schema: { tags, summary: 'Leave an innovation out (its rows go too)', params: yearIdParams, response: { 200: reportView, ...refused } } },
      async (request) => removeInnovation(requestContext(deps, request), request.params.year, request.params.id),
    );
    app.put(
      '/api/index/:year/report/levels',
      {
        config: report,
        schema: {
          tags,
          summary: 'Claim a level for an SPD indicator or an innovation’s SID indicator',
          params: yearParams,
          body: levelBody,
          response: { 200: reportView, ...refused },
        },
      },
      async (request) => setLevel(requestContext(deps, request), request.params.year, { ...request.body, basis: request.body.basis ?? null }),
    );
    app.post(
      '/api/index/:year/report/rows/:id/links',
      {
        config: report,
        schema: { tags, summary: 'Add a link or video link as evidence', params: yearIdParams, body: linkEvidenceBody, response: { 200: reportView, ...refused } },
      },
      async (request) => addLinkEvidence(requestContext(deps, request), request.params.year, request.params.id, request.body),
    );
    app.post(
      '/api/index/:year/report/rows/:id/files',
      {
        config: report,
        schema: {
          tags,
          summary: 'Upload a file as evidence (field `file`; type and size limits per evidence type)',
          consumes: ['multipart/form-data'],
          params: yearIdParams,
          querystring: evidenceTypeQuery,
          response: { 200: reportView, ...refused, ...refusals(413) },
        },
      },
      async (request) => {
        const upload = await readSingleUpload(request, 'file', MAX_EVIDENCE_BYTES);
        return addFileEvidence(requestContext(deps, request), storage, request.params.year, request.params.id, request.query.evidenceType, upload);
      },
    );
    app.delete(
      '/api/index/:year/report/evidence/:id',
      { config: report, schema: { tags, summary: 'Remove evidence', params: yearIdParams, response: { 200: reportView, ...refused } } },
      async (request) => removeEvidence(requestContext(deps, request), storage, request.params.year, request.params.id),
    );
    app.post(
      '/api/index/:year/report/rows/:id/answer',
      {
        config: report,
        schema: { tags, summary: 'Answer a rejection once (reopens the row)', params: yearIdParams, body: answerBody, response: { 200: reportView, ...refused } },
      },
      async (request) => answerRejection(requestContext(deps, request), request.params.year, request.params.id, request.body.answer),
    );
    app.post(
      '/api/index/:year/report/ready',
      { config: report, schema: { tags, summary: 'Ask for the local review', params: yearParams, response: { 200: reportView, ...refused } } },
      async (request) => markReady(requestContext(deps, request), request.params.year),
    );
    app.post(
      '/api/index/:year/report/review',
      {
        config: { access: 'index.send' },
        schema: { tags, summary: 'Local review: approve and send, or return to draft', params: yearParams, body: reviewBody, response: { 200: reportView, ...refused } },
      },
      async (request) => reviewReport(requestContext(deps, request), request.params.year, request.body.decision, request.body.note),
    );
    app.get(
      '/api/index/evidence/:id/file',
      {
        config: { access: 'signedIn' },
        schema: {
          tags,
          summary: 'Download an evidence file (the region’s staff; index staff once sent)',
          params: idParams,
          produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'video/mp4'],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const file = await evidenceFile(requestContext(deps, request), storage, request.params.id);
        reply.headers(safeDownloadHeaders(file.contentType, file.filename));
        return reply.send(file.bytes);
      },
    );

    // Verification
    app.get(
      '/api/index/:year/queue',
      {
        config: { access: 'index.read' },
        schema: { tags, summary: 'Verification queue of sent reports', params: yearParams, querystring: queueQuery, response: { 200: queueView, ...refused } },
      },
      async (request) => verificationQueue(requestContext(deps, request), request.params.year, request.query),
    );
    app.get(
      '/api/index/reports/:id',
      {
        config: { access: 'index.read' },
        schema: { tags, summary: 'A sent report with claimed and verified scores', params: idParams, response: { 200: reportView, ...refused } },
      },
      async (request) => reportForStaff(requestContext(deps, request), request.params.id),
    );
    app.post(
      '/api/index/reports/:id/rows/:rowId/decision',
      {
        config: { access: 'index.verify' },
        schema: { tags, summary: 'Accept, reject with a reason, or correct a row', params: reportRowParams, body: decisionBody, response: { 200: reportView, ...refused } },
      },
      async (request) => decide(requestContext(deps, request), request.params.id, request.params.rowId, request.body),
    );
    app.post(
      '/api/index/reports/:id/finish',
      {
        config: { access: 'index.verify' },
        schema: { tags, summary: 'Close verification when no row is pending; the region hears of rejections', params: idParams, response: { 200: reportView, ...refused } },
      },
      async (request) => finishVerification(requestContext(deps, request), request.params.id, { publicUrl }),
    );

    // Results
    app.post(
      '/api/index/:year/results/compute',
      { config: manage, schema: { tags, summary: 'Recompute every region’s result', params: yearParams, response: { 200: recomputeView, ...refused } } },
      async (request) => {
        const ctx = requestContext(deps, request);
        return recomputeResults(ctx.db, ctx.actor, request.params.year);
      },
    );
    app.post(
      '/api/index/:year/results/publish',
      { config: manage, schema: { tags, summary: 'Recompute and publish the results', params: yearParams, response: { 200: modelView, ...refused } } },
      async (request) => publishResults(requestContext(deps, request), request.params.year),
    );
    app.get(
      '/api/index/:year/results',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Results ranked per cluster (published only, except for index staff)',
          params: yearParams,
          querystring: resultsQuery,
          response: { 200: resultsView, ...refused },
        },
      },
      async (request) => listResults(requestContext(deps, request), request.params.year, request.query),
    );
    app.get(
      '/api/index/:year/results.xlsx',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Results as XLSX', params: yearParams, querystring: resultsQuery, produces: [XLSX_TYPE], response: { 200: fileResponse, ...refused } },
      },
      async (request, reply) => {
        const results = await listResults(requestContext(deps, request), request.params.year, request.query);
        reply.headers(safeDownloadHeaders(XLSX_TYPE, `indeks-inovasi-daerah-${request.params.year}.xlsx`));
        return reply.send(await resultsWorkbook(request.params.year, results.items));
      },
    );
    app.get(
      '/api/index/:year/results/:code',
      { config: { access: 'public' }, schema: { tags, summary: 'A region’s report card', params: regionParams, response: { 200: reportCardView, ...refused } } },
      async (request) => reportCard(requestContext(deps, request), request.params.year, request.params.code),
    );
    app.get(
      '/api/index/:year/results/:code/card.pdf',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'A region’s report card as PDF', params: regionParams, produces: ['application/pdf'], response: { 200: fileResponse, ...refused } },
      },
      async (request, reply) => {
        const card = await reportCard(requestContext(deps, request), request.params.year, request.params.code);
        reply.headers(safeDownloadHeaders('application/pdf', `rapor-iid-${card.year}-${card.regionCode}.pdf`));
        return reply.send(await reportCardPdf(card));
      },
    );
    app.get(
      '/api/index/:year/results/:code/card.xlsx',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'A region’s report card as XLSX', params: regionParams, produces: [XLSX_TYPE], response: { 200: fileResponse, ...refused } },
      },
      async (request, reply) => {
        const card = await reportCard(requestContext(deps, request), request.params.year, request.params.code);
        reply.headers(safeDownloadHeaders(XLSX_TYPE, `rapor-iid-${card.year}-${card.regionCode}.xlsx`));
        return reply.send(await reportCardWorkbook(card));
      },
    );
  };
}
