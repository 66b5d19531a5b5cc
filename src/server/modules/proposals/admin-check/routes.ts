import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../deps.js';
import { actorOf } from '../../../http/actor.js';
import { readPreferences } from '../../auth/preferences.js';
import { refusals } from '../../../http/errors.js';
import { safeDownloadHeaders } from '../../../storage/download-headers.js';
import type { ProposalsContext } from '../context.js';
import { exportCompetition } from './export.js';
import type { CheckFilter } from './repository.js';
import { bulkDecisionBody, bulkResult, checkListResponse, checkParams, decisionBody, decisionOutcome, exportQuery, listChecksQuery, statsParams, statsView } from './schemas.js';
import { decide, decideBulk, listChecks } from './service.js';
import { competitionStats } from './stats.js';

const refused = refusals(400, 404, 409, 422);

type Flag = 'true' | 'false' | undefined;
const asBoolean = (value: Flag) => (value === undefined ? undefined : value === 'true');

function toFilter(q: {
  competitionId: string;
  status?: CheckFilter['status'];
  groupId?: string;
  categoryId?: string;
  province?: string;
  participantType?: string;
  late?: Flag;
  flagged?: Flag;
  q?: string;
}): CheckFilter {
  return { ...q, late: asBoolean(q.late), flagged: asBoolean(q.flagged) };
}

/** The secretariat's administrative check, live counts and exports (ministry only). */
export function adminCheckRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): ProposalsContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth!.user,
    now: new Date(),
    publicUrl: deps.config.publicUrl,
  });

  return async (app) => {
    app.get(
      '/api/admin-checks',
      {
        config: { access: 'proposals.check' },
        schema: {
          tags: ['administrative check'],
          summary: 'Submitted proposals of a call with check status and machine flags (age, completeness, nonsense, copy-paste, duplicate titles)',
          querystring: listChecksQuery,
          response: { 200: checkListResponse, ...refused },
        },
      },
      async (request) => {
        const { page, pageSize, sort, ...filter } = request.query;
        return listChecks(context(request), toFilter(filter), { page, pageSize, sort });
      },
    );

    app.post(
      '/api/admin-checks/:proposalId/decision',
      {
        config: { access: 'proposals.check' },
        schema: {
          tags: ['administrative check'],
          summary: 'Pass or fail one proposal, with a reason the participant reads',
          params: checkParams,
          body: decisionBody,
          response: { 200: decisionOutcome, ...refused },
        },
      },
      async (request) => decide(context(request), request.params.proposalId, request.body),
    );

    app.post(
      '/api/admin-checks/bulk',
      {
        config: { access: 'proposals.check' },
        schema: {
          tags: ['administrative check'],
          summary: 'One decision for chosen proposals or for everything matching a filter',
          body: bulkDecisionBody,
          response: { 200: bulkResult, ...refused },
        },
      },
      async (request) => {
        const { filter, ...rest } = request.body;
        return decideBulk(context(request), { ...rest, filter: filter ? toFilter(filter) : undefined });
      },
    );

    app.get(
      '/api/competitions/:competitionId/stats',
      {
        config: { access: 'proposals.check' },
        schema: {
          tags: ['administrative check'],
          summary: 'Live counts by stage, group, category, province and participant type',
          params: statsParams,
          response: { 200: statsView, ...refusals(404) },
        },
      },
      async (request) => competitionStats(deps.db, request.params.competitionId, new Date()),
    );

    app.get(
      '/api/competitions/:competitionId/export',
      {
        config: { access: 'proposals.check' },
        schema: {
          tags: ['administrative check'],
          summary: 'Export the submitted proposals or the counts as CSV or XLSX',
          params: statsParams,
          querystring: exportQuery,
          produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          response: { 200: z.any().describe('the file'), ...refusals(404) },
        },
      },
      async (request, reply) => {
        const { timeZone } = await readPreferences(deps.db, request.auth!.user.id);
        const file = await exportCompetition(deps.db, request.params.competitionId, request.query.report, request.query.format, new Date(), timeZone);
        return reply.headers(safeDownloadHeaders(file.contentType, file.filename)).send(file.bytes);
      },
    );
  };
}
