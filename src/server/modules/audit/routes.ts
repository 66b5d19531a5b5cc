import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { auditEntry, auditListQuery, chainReport, refusals } from './schemas.js';
import { listAudit, verifyChain } from './service.js';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: { tags: ['audit'], summary: 'Audit entries, newest first', querystring: auditListQuery, response: { 200: z.object({ items: z.array(auditEntry) }), ...refusals } },
      },
      async (request) => listAudit(deps.db, request.query),
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: 'audit.read' },
        schema: { tags: ['audit'], summary: 'Verify the hash chain; reports the first broken link', response: { 200: chainReport, ...refusals } },
      },
      async () => verifyChain(deps.db),
    );
  };
}
