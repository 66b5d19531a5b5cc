import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { errorResponse } from '../../http/pagination.js';
import { createUserBody, inviteResponse, listUsersQuery, updateUserBody, userIdParams, userView } from './schemas.js';
import { createUser, listUsersFor, reinviteUser, updateUser, type UsersContext } from './service.js';
import type { FastifyRequest } from 'fastify';

export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): UsersContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth!.user,
    publicUrl: deps.config.publicUrl,
  });

  return async (app) => {
    app.get(
      '/api/users',
      {
        config: { access: 'users.manage' },
        schema: { tags: ['users'], summary: 'Accounts the caller manages', querystring: listUsersQuery, response: { 200: z.object({ items: z.array(userView), total: z.number() }) } },
      },
      async (request) => {
        const { active, ...rest } = request.query;
        return listUsersFor(context(request), { ...rest, ...(active ? { active: active === 'true' } : {}) });
      },
    );

    app.post(
      '/api/users',
      {
        config: { access: 'users.manage' },
        schema: { tags: ['users'], summary: 'Create an account and send an invitation', body: createUserBody, response: { 201: inviteResponse, 400: errorResponse, 409: errorResponse } },
      },
      async (request, reply) => reply.status(201).send(await createUser(context(request), request.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'users.manage' },
        schema: { tags: ['users'], summary: 'Edit, deactivate or reactivate an account', params: userIdParams, body: updateUserBody, response: { 200: userView, 400: errorResponse, 404: errorResponse } },
      },
      async (request) => updateUser(context(request), request.params.id, request.body),
    );

    app.post(
      '/api/users/:id/invite',
      {
        config: { access: 'users.manage' },
        schema: { tags: ['users'], summary: 'Send a fresh invitation link', params: userIdParams, response: { 200: inviteResponse, 404: errorResponse } },
      },
      async (request) => reinviteUser(context(request), request.params.id),
    );
  };
}
