import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { pingDatabase } from './repository.js';

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Liveness and database reachability',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }),
            503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']), version: z.string() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await pingDatabase(deps.db);
          return { status: 'ok' as const, database: deps.dbKind, version: deps.version };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const, database: deps.dbKind, version: deps.version });
        }
      },
    );
  };
}
