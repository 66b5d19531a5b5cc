import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { databaseEngine, healthAnswer } from '../../../common/health.js';
import { checkReadiness, databaseAnswers } from './service.js';

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
            200: healthAnswer,
            503: z.object({ status: z.literal('unavailable'), database: databaseEngine, version: z.string() }),
          },
        },
      },
      async (_request, reply) => {
        if (await databaseAnswers(deps.db)) return { status: 'ok' as const, database: deps.dbKind, version: deps.version };
        return reply.status(503).send({ status: 'unavailable' as const, database: deps.dbKind, version: deps.version });
      },
    );

    app.get(
      '/api/ready',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Readiness: the database answers and every migration has run (503 otherwise)',
          response: {
            200: z.object({ status: z.literal('ready'), database: databaseEngine, version: z.string() }),
            503: z.object({
              status: z.literal('not_ready'),
              reason: z.enum(['database_unavailable', 'migrations_pending']),
              pendingMigrations: z.number().int(),
              database: databaseEngine,
              version: z.string(),
            }),
          },
        },
      },
      async (_request, reply) => {
        const readiness = await checkReadiness(deps.db);
        if (readiness.ready) return { status: 'ready' as const, database: deps.dbKind, version: deps.version };
        return reply.status(503).send({
          status: 'not_ready' as const,
          reason: readiness.reason,
          pendingMigrations: readiness.pending?.length ?? 0,
          database: deps.dbKind,
          version: deps.version,
        });
      },
    );
  };
}
