import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { createUserBody, inviteResponse, listUsersQuery, updateUserBody, userIdParams, userView } from './schemas.js';
import { createUser, listUsersFor, reinviteUser, resetUserPassword, updateUser, type UsersContext } from './service.js';
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
        schema: {
          tags: ['users'],
          summary: 'Accounts the caller manages',
          querystring: listUsersQuery,
          response: { 200: z.object({ items: z.array(userView), total: z.number() }) },
        },
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
        schema: {
          tags: ['users'],
          summary: 'Create an account and send an invitation',
          body: createUserBody,
          response: { 201: inviteResponse, ...refusals(400, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createUser(context(request), request.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: 'Edit, deactivate or reactivate an account',
          params: userIdParams,
          body: updateUserBody,
          response: { 200: userView, ...refusals(400, 404) },
        },
      },
      async (request) => updateUser(context(request), request.params.id, request.body),
    );

    app.post(
      '/api/users/:id/invite',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: 'Send a fresh invitation link (only to an account that has never set a password)',
          params: userIdParams,
          response: { 200: inviteResponse, ...refusals(404, 409) },
        },
      },
      async (request) => reinviteUser(context(request), request.params.id),
    );

    app.post(
      '/api/users/:id/password-reset',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: "Reset an active account's password: its sessions end and a link goes to the account's own e-mail",
          params: userIdParams,
          response: { 202: z.object({ user: userView }), ...refusals(404, 409) },
        },
      },
      async (request, reply) => reply.status(202).send(await resetUserPassword(context(request), request.params.id)),
    );
  };
}
