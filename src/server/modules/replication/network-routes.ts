import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import type { NetworkContext } from './context.js';
import { mentorActivity, mentorActivityWorkbook } from './activity-service.js';
import { hubReportPdf, hubReportXlsx } from './hub-report.js';
import { hubsWorkbook, networkWorkbook } from './network-xlsx.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { addActivity, addLogEntry, addMember, designateHub, getHub, hubReport, listHubs, removeMember, setCoordinators, updateHub } from './hubs-service.js';
import { appointMentor, listMentors, updateMentor } from './mentors-service.js';
import {
  activityBody,
  activityLogBody,
  appointMentorBody,
  coordinatorsBody,
  designateHubBody,
  hubIdParams,
  hubMemberParams,
  hubSummary,
  hubView,
  hubReportQuery,
  hubYearQuery,
  memberBody,
  mentorActivityQuery,
  mentorActivity as mentorActivitySchema,
  mentorIdParams,
  mentorsQuery,
  mentorView,
  updateHubBody,
  updateMentorBody,
} from './network-schemas.js';

const tags = ['network'];
const refused = refusals(400, 404, 409);

/** JIPP hubs (public pages; designation by the ministry; members, work plan and log by the hub) and mentors. */
export function networkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): NetworkContext => ({ db: deps.db, actor: actorOf(request), user: request.auth?.user ?? null, now: new Date() });

  return async (app) => {
    app.get(
      '/api/hubs',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'The JIPP hubs with their decree, coordinators and figures', response: { 200: z.object({ items: z.array(hubSummary) }) } },
      },
      async (request) => ({
        items: await listHubs(context(request)),
      }),
    );

    app.get(
      '/api/hubs.xlsx',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'The JIPP hubs of the public hubs page as XLSX', produces: [XLSX_TYPE], response: { 200: fileResponse, ...refusals(400) } },
      },
      async (request, reply) =>
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', 'attachment; filename="hub-jipp.xlsx"')
          .send(await hubsWorkbook(await listHubs(context(request)))),
    );

    app.get(
      '/api/hubs/:hubId',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A hub page: members, work plan and log of a year, mentors, completed replications, figures',
          params: hubIdParams,
          querystring: hubYearQuery,
          response: { 200: hubView, ...refusals(404) },
        },
      },
      async (request) => getHub(context(request), request.params.hubId, request.query.year),
    );

    app.post(
      '/api/hubs',
      {
        config: { access: 'network.manage' },
        schema: { tags, summary: 'Designate a province as a hub by decree', body: designateHubBody, response: { 201: hubView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await designateHub(context(request), request.body)),
    );

    app.patch(
      '/api/hubs/:hubId',
      {
        config: { access: 'network.manage' },
        schema: { tags, summary: 'Edit a hub’s decree, period or status', params: hubIdParams, body: updateHubBody, response: { 200: hubView, ...refused } },
      },
      async (request) => updateHub(context(request), request.params.hubId, request.body),
    );

    app.put(
      '/api/hubs/:hubId/coordinators',
      {
        config: { access: 'network.manage' },
        schema: {
          tags,
          summary: 'Appoint the hub’s coordinators (accounts with role hub_coordinator)',
          params: hubIdParams,
          body: coordinatorsBody,
          response: { 200: hubView, ...refused },
        },
      },
      async (request) => setCoordinators(context(request), request.params.hubId, request.body.userIds),
    );

    app.post(
      '/api/hubs/:hubId/members',
      {
        config: { access: 'network.hub' },
        schema: {
          tags,
          summary: 'Add a member: an agency of the province, a university or a partner',
          params: hubIdParams,
          body: memberBody,
          response: { 201: hubView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await addMember(context(request), request.params.hubId, request.body)),
    );

    app.delete(
      '/api/hubs/:hubId/members/:memberId',
      { config: { access: 'network.hub' }, schema: { tags, summary: 'Remove a member', params: hubMemberParams, response: { 200: hubView, ...refused } } },
      async (request) => removeMember(context(request), request.params.hubId, request.params.memberId),
    );

    app.post(
      '/api/hubs/:hubId/activities',
      {
        config: { access: 'network.hub' },
        schema: { tags, summary: 'Add an activity with its target to the annual work plan', params: hubIdParams, body: activityBody, response: { 201: hubView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await addActivity(context(request), request.params.hubId, request.body)),
    );

    app.post(
      '/api/hubs/:hubId/activity-log',
      {
        config: { access: 'network.hub' },
        schema: { tags, summary: 'Record what the hub did (date, type, participants, notes)', params: hubIdParams, body: activityLogBody, response: { 201: hubView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await addLogEntry(context(request), request.params.hubId, request.body)),
    );

    app.get(
      '/api/hubs/:hubId/report',
      {
        config: { access: 'network.hub' },
        schema: {
          tags,
          summary: 'The annual hub report as XLSX or a short PDF (its coordinators, the ministry)',
          params: hubIdParams,
          querystring: hubReportQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
          response: { 200: fileResponse, ...refusals(404) },
        },
      },
      async (request, reply) => {
        const hub = await hubReport(context(request), request.params.hubId, request.query.year);
        const pdf = request.query.format === 'pdf';
        const body = pdf ? await hubReportPdf(hub) : await hubReportXlsx(hub);
        return reply
          .header('content-type', pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="laporan-hub-${hub.province.code}-${hub.year}.${pdf ? 'pdf' : 'xlsx'}"`)
          .send(body);
      },
    );

    app.get(
      '/api/mentors',
      {
        config: { access: 'replication.assign' },
        schema: { tags, summary: 'Mentors with their hub, expertise and active cases', querystring: mentorsQuery, response: { 200: z.object({ items: z.array(mentorView) }) } },
      },
      async (request) => ({ items: await listMentors(context(request), request.query.hubId) }),
    );

    app.get(
      '/api/mentors/activity',
      {
        config: { access: 'replication.assign' },
        schema: {
          tags,
          summary: 'Mentor activity per month of a year: log entries and visits on each mentor’s cases (the ministry; a hub coordinator for their hub)',
          querystring: mentorActivityQuery,
          response: { 200: mentorActivitySchema, ...refusals(404) },
        },
      },
      async (request) => mentorActivity(context(request), request.query),
    );

    app.get(
      '/api/mentors/activity.xlsx',
      {
        config: { access: 'replication.assign' },
        schema: { tags, summary: 'Mentor activity per month as XLSX', querystring: mentorActivityQuery, produces: [XLSX_TYPE], response: { 200: fileResponse, ...refused } },
      },
      async (request, reply) => {
        const activity = await mentorActivity(context(request), request.query);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename="aktivitas-pendamping-${activity.year}.xlsx"`)
          .send(await mentorActivityWorkbook(activity));
      },
    );

    app.get(
      '/api/network/export.xlsx',
      {
        config: { access: 'network.manage' },
        schema: {
          tags,
          summary: 'The network as XLSX: hubs with decrees, mentors, mentor activity of the year',
          querystring: mentorActivityQuery.pick({ year: true }),
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const ctx = context(request);
        const [hubs, mentors, activity] = await Promise.all([listHubs(ctx), listMentors(ctx), mentorActivity(ctx, request.query)]);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename="jaringan-jipp-${activity.year}.xlsx"`)
          .send(await networkWorkbook(hubs, mentors, activity));
      },
    );

    app.post(
      '/api/mentors',
      { config: { access: 'network.manage' }, schema: { tags, summary: 'Appoint a mentor by decree', body: appointMentorBody, response: { 201: mentorView, ...refused } } },
      async (request, reply) => reply.status(201).send(await appointMentor(context(request), request.body)),
    );

    app.patch(
      '/api/mentors/:mentorId',
      {
        config: { access: 'network.manage' },
        schema: { tags, summary: 'Change a mentor’s hub, expertise, cap or activity', params: mentorIdParams, body: updateMentorBody, response: { 200: mentorView, ...refused } },
      },
      async (request) => updateMentor(context(request), request.params.mentorId, request.body),
    );
  };
}
