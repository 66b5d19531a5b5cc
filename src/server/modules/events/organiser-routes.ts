import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MATERIAL_LIMIT_BYTES } from '../../../common/events.js';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { requestContext } from '../../http/request-context.js';
import { readSingleUpload, safeDownloadHeaders, storageFor } from '../../storage/index.js';
import { addDocument, addVideo, readDocument, removeMaterial } from './materials-service.js';
import type { EventsContext } from './notices.js';
import { cancelEvent, cancelRegistration, listInterests, listRegistrations, registrationsWorkbook, updateEvent } from './organiser-service.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { fileResponse } from '../../http/file-response.js';
import { eventIdParams, eventUpdateBody, eventView, interestList, materialQuery, refused, registrationList, videoBody } from './schemas.js';

const tags = ['events'];
const materialParams = z.strictObject({ eventId: z.uuid(), materialId: z.uuid() });

/** The organiser's routes (edit, cancel, registrations, interests, materials) and the registrant's "Batal". */
export function eventOrganiserRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  const context = (request: Parameters<typeof requestContext>[1]): EventsContext => ({ ...requestContext(deps, request), publicUrl: deps.config.publicUrl });
  return async (app) => {
    app.put(
      '/api/events/:eventId',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Edit an event (organiser); registrants are notified', params: eventIdParams, body: eventUpdateBody, response: { 200: eventView, ...refused } },
      },
      async (request) => updateEvent(context(request), request.params.eventId, request.body),
    );

    app.post(
      '/api/events/:eventId/cancel',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Cancel an event (organiser); registrants are notified', params: eventIdParams, response: { 200: eventView, ...refused } },
      },
      async (request) => cancelEvent(context(request), request.params.eventId),
    );

    app.delete(
      '/api/events/:eventId/registrations',
      {
        config: { access: 'signedIn' },
        schema: {
          tags,
          summary: 'Cancel the caller’s registration; a freed seat goes to the first on the waiting list',
          params: eventIdParams,
          response: { 200: eventView, ...refused },
        },
      },
      async (request) => cancelRegistration(context(request), request.params.eventId),
    );

    app.get(
      '/api/events/:eventId/registrations',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Registrations and the waiting list of one event (organiser)', params: eventIdParams, response: { 200: registrationList, ...refused } },
      },
      async (request) => listRegistrations(context(request), request.params.eventId),
    );

    app.get(
      '/api/events/:eventId/registrations.xlsx',
      {
        config: { access: 'events.manage' },
        schema: {
          tags,
          summary: 'The registrations of one event as an XLSX workbook (organiser)',
          params: eventIdParams,
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) =>
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', 'attachment; filename="pendaftar-acara.xlsx"')
          .send(await registrationsWorkbook(context(request), request.params.eventId)),
    );

    app.get(
      '/api/events/:eventId/interests',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Replication interests marked at one event (organiser)', params: eventIdParams, response: { 200: interestList, ...refused } },
      },
      async (request) => listInterests(context(request), request.params.eventId),
    );

    app.post(
      '/api/events/:eventId/materials',
      {
        config: { access: 'events.manage' },
        schema: {
          tags,
          summary: 'Upload a document (PDF, PowerPoint, Word, Excel, PNG, JPEG; at most 20 MB) in the form field `file`, titled by `?title=`',
          consumes: ['multipart/form-data'],
          params: eventIdParams,
          querystring: materialQuery,
          response: { 201: eventView, ...refusals(413), ...refused },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', Math.min(MATERIAL_LIMIT_BYTES, deps.config.UPLOAD_LIMIT_BYTES));
        return reply.status(201).send(await addDocument(context(request), storage, request.params.eventId, request.query.title, upload));
      },
    );

    app.post(
      '/api/events/:eventId/videos',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Add a video link as a material', params: eventIdParams, body: videoBody, response: { 201: eventView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await addVideo(context(request), request.params.eventId, request.body)),
    );

    app.delete(
      '/api/events/:eventId/materials/:materialId',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Remove a material (and its stored file)', params: materialParams, response: { 200: eventView, ...refused } },
      },
      async (request) => removeMaterial(context(request), storage, request.params.eventId, request.params.materialId),
    );

    app.get(
      '/api/events/:eventId/materials/:materialId/file',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Download a document of an event (as an attachment unless an inert image)',
          params: materialParams,
          produces: ['application/pdf', 'application/octet-stream'],
          response: { 200: z.any().describe('file'), ...refusals(400, 404) },
        },
      },
      async (request, reply) => {
        const file = await readDocument(context(request), storage, request.params.eventId, request.params.materialId);
        reply.headers(safeDownloadHeaders(file.contentType, file.filename));
        return reply.send(file.bytes);
      },
    );
  };
}
