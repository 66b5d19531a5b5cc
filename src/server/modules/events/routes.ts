import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { requestContext } from '../../http/request-context.js';
import { eventIcs, eventsFeedIcs } from './calendar-service.js';
import { interestsWorkbook, markInterest } from './interests-service.js';
import type { EventsContext } from './notices.js';
import { attendanceBody, eventBody, eventIdParams, eventList, eventsQuery, eventView, interestBody, interestView, refused, registrationView } from './schemas.js';
import { createEvent, getEvent, listEvents, recordAttendance, registerForEvent } from './service.js';

const tags = ['events'];
const ICS = 'text/calendar; charset=utf-8';

/** Knowledge-sharing events (issue #15): public pages and calendar, registration, interests, organiser tools. */
export function eventRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: Parameters<typeof requestContext>[1]): EventsContext => ({ ...requestContext(deps, request), publicUrl: deps.config.publicUrl });
  return async (app) => {
    app.get(
      '/api/events',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Upcoming, past or all events, or those on in a range (the calendar’s month); 500 a page',
          querystring: eventsQuery,
          response: { 200: eventList, ...refusals(400) },
        },
      },
      async (request) => {
        const { when, ...filter } = request.query;
        return listEvents(requestContext(deps, request), when, filter);
      },
    );

    app.get(
      '/api/events/calendar.ics',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Every event as an iCalendar feed (RFC 5545, UTC times)', produces: ['text/calendar'], response: { 200: fileResponse, ...refusals(400) } },
      },
      async (request, reply) =>
        reply
          .header('content-type', ICS)
          .header('content-disposition', 'inline; filename="acara-simpul.ics"')
          .send(await eventsFeedIcs(requestContext(deps, request), deps.config.publicUrl)),
    );

    app.get(
      '/api/events/:eventId',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'One event with agenda, showcased innovations, materials and the caller’s registration',
          params: eventIdParams,
          response: { 200: eventView, ...refusals(400, 404) },
        },
      },
      async (request) => getEvent(requestContext(deps, request), request.params.eventId),
    );

    app.get(
      '/api/events/:eventId/calendar.ics',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'One event as an iCalendar file',
          params: eventIdParams,
          produces: ['text/calendar'],
          response: { 200: fileResponse, ...refusals(400, 404) },
        },
      },
      async (request, reply) =>
        reply
          .header('content-type', ICS)
          .header('content-disposition', 'attachment; filename="acara.ics"')
          .send(await eventIcs(requestContext(deps, request), request.params.eventId, deps.config.publicUrl)),
    );

    app.post(
      '/api/events',
      {
        config: { access: 'events.manage' },
        schema: { tags, summary: 'Create an event (the ministry, or a hub coordinator for its hub)', body: eventBody, response: { 201: eventView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await createEvent(requestContext(deps, request), request.body)),
    );

    app.post(
      '/api/events/:eventId/registrations',
      {
        config: { access: 'signedIn' },
        schema: { tags, summary: 'Register the caller: a seat while any is left, else the waiting list', params: eventIdParams, response: { 201: registrationView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await registerForEvent(context(request), request.params.eventId)),
    );

    app.post(
      '/api/events/:eventId/attendance',
      {
        config: { access: 'events.manage' },
        schema: {
          tags,
          summary: 'Mark registered participants as attended (or not)',
          params: eventIdParams,
          body: attendanceBody,
          response: { 200: z.object({ updated: z.number().int() }), ...refused },
        },
      },
      async (request) => recordAttendance(requestContext(deps, request), request.params.eventId, request.body),
    );

    app.post(
      '/api/events/:eventId/interests',
      {
        config: { access: 'replication.request' },
        schema: {
          tags,
          summary: '"Saya tertarik mereplikasi" on a showcased innovation: a replication request for the caller’s agency',
          params: eventIdParams,
          body: interestBody,
          response: { 201: interestView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await markInterest(context(request), request.params.eventId, request.body.innovationId)),
    );

    app.get(
      '/api/events/:eventId/interests.xlsx',
      {
        config: { access: 'events.manage' },
        schema: {
          tags,
          summary: 'The interests of one event as an XLSX workbook (organiser)',
          params: eventIdParams,
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) =>
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', 'attachment; filename="minat-replikasi.xlsx"')
          .send(await interestsWorkbook(requestContext(deps, request), request.params.eventId)),
    );
  };
}
