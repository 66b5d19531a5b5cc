import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { errors } from '../../http/errors.js';
import { refusals } from '../../http/errors.js';
import { todoList } from './schemas.js';
import { myTodo } from './todo-service.js';

export function todoRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/me/todo',
      {
        config: { access: 'signedIn' },
        schema: {
          tags: ['dashboards'],
          summary: 'What waits for the signed-in user, by role: counts, nearest deadlines and where to act',
          response: { 200: todoList, ...refusals(401) },
        },
      },
      async (request) => {
        const user = request.auth?.user;
        if (!user) throw errors.unauthenticated();
        return myTodo({ db: deps.db, user, now: new Date() });
      },
    );
  };
}
