import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { addLog, completeMilestone, replacePlan, setIndicators } from './cases-plan-service.js';
import { exportCases, getCase, listCases, mentorHome } from './cases-read-service.js';
import {
  agreementBody,
  assignMentorBody,
  caseIdParams,
  caseList,
  caseView,
  completeBody,
  exportCasesQuery,
  flowsQuery,
  flowsView,
  indicatorsBody,
  lineageView,
  listCasesQuery,
  logBody,
  mentorHome as mentorHomeView,
  milestoneParams,
  milestonesBody,
  optionalReasonBody,
  reasonBody,
  requestBody,
  startBody,
  stopBody,
} from './cases-schemas.js';
import { acceptCase, assignMentor, completeCase, declineCase, recordAgreement, requestReplication, startTransfer, stopCase } from './cases-service.js';
import { casesWorkbook } from './cases-xlsx.js';
import type { NetworkContext } from './context.js';
import { lineageOf, nationalFlows } from './lineage-service.js';
import { replicationFileRoutes } from './files-routes.js';
import { networkRoutes } from './network-routes.js';

const tags = ['replication'];
const refused = refusals(400, 403, 404, 409);

/** Replication cases from request to outcome, the mentor's home, lineage and national flows. */
export function replicationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): NetworkContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth?.user ?? null,
    now: new Date(),
    publicUrl: deps.config.publicUrl,
  });

  return async (app) => {
    await app.register(networkRoutes(deps));
    await app.register(replicationFileRoutes(deps));

    app.post(
      '/api/replications',
      {
        config: { access: 'replication.request' },
        schema: { tags, summary: 'Ask to replicate another agency’s published innovation', body: requestBody, response: { 201: caseView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await requestReplication(context(request), request.body)),
    );

    app.get(
      '/api/replications',
      {
        config: { access: 'replication.read' },
        schema: {
          tags,
          summary: 'Cases the caller may see, filtered; overdue and silent cases flagged',
          querystring: listCasesQuery,
          response: { 200: caseList, ...refusals(400) },
        },
      },
      async (request) => listCases(context(request), request.query),
    );

    app.get(
      '/api/replications/export.xlsx',
      {
        config: { access: 'replication.read' },
        schema: {
          tags,
          summary: 'The filtered case list as an XLSX workbook',
          querystring: exportCasesQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          response: { 200: fileResponse },
        },
      },
      async (request, reply) => {
        const workbook = await casesWorkbook(await exportCases(context(request), request.query));
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="replikasi.xlsx"')
          .send(workbook);
      },
    );

    app.get(
      '/api/replications/mentor-home',
      { config: { access: 'replication.mentor' }, schema: { tags, summary: 'A mentor’s cases, milestones due and overdue, log entries owed', response: { 200: mentorHomeView } } },
      async (request) => mentorHome(context(request)),
    );

    app.get(
      '/api/replications/flows',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Confirmed replications between provinces, and counts per province', querystring: flowsQuery, response: { 200: flowsView } },
      },
      async (request) => nationalFlows(context(request), request.query.year),
    );

    app.get(
      '/api/innovations/:id/lineage',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The family of a record across generations, from confirmed replications',
          params: z.strictObject({ id: z.uuid() }),
          response: { 200: lineageView, ...refusals(404) },
        },
      },
      async (request) => lineageOf(context(request), request.params.id),
    );

    app.get(
      '/api/replications/:caseId',
      {
        config: { access: 'replication.read' },
        schema: { tags, summary: 'One case with its plan, log, indicators and timeline', params: caseIdParams, response: { 200: caseView, ...refusals(404) } },
      },
      async (request) => getCase(context(request), request.params.caseId),
    );

    const action = <B extends z.ZodType>(
      path: string,
      access: 'replication.request' | 'replication.assign' | 'replication.manage' | 'replication.log',
      summary: string,
      body: B,
      run: (ctx: NetworkContext, caseId: string, body: z.infer<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/api/replications/:caseId/${path}`,
        { config: { access }, schema: { tags, summary, params: caseIdParams, body, response: { 200: caseView, ...refused } } },
        async (request) => run(context(request), request.params.caseId, request.body as z.infer<B>) as never,
      );

    action('accept', 'replication.request', 'The origin agency accepts the request', optionalReasonBody, (ctx, id, b) => acceptCase(ctx, id, b.reason));
    action('decline', 'replication.request', 'The origin agency declines the request, with a reason', reasonBody, (ctx, id, b) => declineCase(ctx, id, b.reason));
    action('mentor', 'replication.assign', 'Assign (or reassign) a mentor', assignMentorBody, (ctx, id, b) => assignMentor(ctx, id, b));
    action('agreement', 'replication.manage', 'Record the cooperation agreement', agreementBody, (ctx, id, b) => recordAgreement(ctx, id, b));
    action('start', 'replication.manage', 'Start the transfer with a dated plan (default milestones when none are given)', startBody, (ctx, id, b) =>
      startTransfer(ctx, id, b.milestones),
    );
    action('complete', 'replication.manage', 'Record the outcome: replicated or adapted (recorded in the catalog)', completeBody, (ctx, id, b) => completeCase(ctx, id, b));
    action('stop', 'replication.manage', 'Stop the case, with a reason', stopBody, (ctx, id, b) => stopCase(ctx, id, b.reason));
    action('logs', 'replication.log', 'Add a mentoring log entry', logBody, (ctx, id, b) => addLog(ctx, id, b));

    app.put(
      '/api/replications/:caseId/milestones',
      {
        config: { access: 'replication.manage' },
        schema: { tags, summary: 'Replace the transfer plan’s milestones', params: caseIdParams, body: milestonesBody, response: { 200: caseView, ...refused } },
      },
      async (request) => replacePlan(context(request), request.params.caseId, request.body.milestones),
    );

    app.put(
      '/api/replications/:caseId/indicators',
      {
        config: { access: 'replication.manage' },
        schema: { tags, summary: 'Replace the baseline and follow-up indicators', params: caseIdParams, body: indicatorsBody, response: { 200: caseView, ...refused } },
      },
      async (request) => setIndicators(context(request), request.params.caseId, request.body),
    );

    app.post(
      '/api/replications/:caseId/milestones/:milestoneId/done',
      { config: { access: 'replication.log' }, schema: { tags, summary: 'Mark a milestone done', params: milestoneParams, response: { 200: caseView, ...refused } } },
      async (request) => completeMilestone(context(request), request.params.caseId, request.params.milestoneId),
    );
  };
}
