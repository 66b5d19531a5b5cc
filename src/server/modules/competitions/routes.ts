import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import {
  categoriesBody,
  cloneCompetitionBody,
  competitionIdParams,
  competitionSummary,
  competitionView,
  createCompetitionBody,
  groupsBody,
  listCompetitionsQuery,
  questionsBody,
  stagesBody,
  statusBody,
  updateCompetitionBody,
} from './schemas.js';
import { type CompetitionsContext, cloneCompetition, createCompetition, getCompetition, listCompetitions, moveCompetition, replaceSection, updateCompetition } from './service.js';

const refused = refusals(400, 404, 409, 422);

/** Competitions and special calls: public reading of published calls, configuration by the ministry. */
export function competitionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): CompetitionsContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth?.user ?? null,
    now: new Date(),
  });

  return async (app) => {
    app.get(
      '/api/competitions',
      {
        config: { access: 'public' },
        schema: {
          tags: ['competitions'],
          summary: 'Competitions and special calls (drafts only for the ministry)',
          querystring: listCompetitionsQuery,
          response: { 200: z.object({ items: z.array(competitionSummary) }) },
        },
      },
      async (request) => ({ items: await listCompetitions(context(request), request.query) }),
    );

    app.get(
      '/api/competitions/:competitionId',
      {
        config: { access: 'public' },
        schema: {
          tags: ['competitions'],
          summary: 'One competition with its groups, categories, form and stages',
          params: competitionIdParams,
          response: { 200: competitionView, ...refusals(404) },
        },
      },
      async (request) => getCompetition(context(request), request.params.competitionId),
    );

    app.post(
      '/api/competitions',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Configure a new competition (starts as a draft)',
          body: createCompetitionBody,
          response: { 201: competitionView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await createCompetition(context(request), request.body)),
    );

    app.patch(
      '/api/competitions/:competitionId',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Edit name, year, theme, participant types, SDG rule or grace period',
          params: competitionIdParams,
          body: updateCompetitionBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => updateCompetition(context(request), request.params.competitionId, request.body),
    );

    app.put(
      '/api/competitions/:competitionId/groups',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Replace the groups and their eligibility rules (ordered)',
          params: competitionIdParams,
          body: groupsBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => replaceSection(context(request), request.params.competitionId, 'groups', request.body.groups),
    );

    app.put(
      '/api/competitions/:competitionId/categories',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Replace the categories (ordered)',
          params: competitionIdParams,
          body: categoriesBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => replaceSection(context(request), request.params.competitionId, 'categories', request.body.categories),
    );

    app.put(
      '/api/competitions/:competitionId/questions',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Replace the proposal form: numbered questions in order',
          params: competitionIdParams,
          body: questionsBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => replaceSection(context(request), request.params.competitionId, 'questions', request.body.questions),
    );

    app.put(
      '/api/competitions/:competitionId/stages',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Replace the stages and their dates (instants)',
          params: competitionIdParams,
          body: stagesBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => replaceSection(context(request), request.params.competitionId, 'stages', request.body.stages),
    );

    app.post(
      '/api/competitions/:competitionId/clone',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Copy a competition into a new draft for another year',
          params: competitionIdParams,
          body: cloneCompetitionBody,
          response: { 201: competitionView, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await cloneCompetition(context(request), request.params.competitionId, request.body)),
    );

    app.post(
      '/api/competitions/:competitionId/status',
      {
        config: { access: 'competitions.manage' },
        schema: {
          tags: ['competitions'],
          summary: 'Publish, unpublish or archive',
          params: competitionIdParams,
          body: statusBody,
          response: { 200: competitionView, ...refused },
        },
      },
      async (request) => moveCompetition(context(request), request.params.competitionId, request.body.to),
    );
  };
}
