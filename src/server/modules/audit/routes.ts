import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { auditEntry, auditListQuery, checkpointView, refused, verification } from './schemas.js';
import { headCheckpoint, listAudit, verifyChain } from './service.js';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: { tags: ['audit'], summary: 'Audit entries, newest first', querystring: auditListQuery, response: { 200: z.object({ items: z.array(auditEntry) }), ...refused } },
      },
      async (request) => listAudit(deps.db, request.query),
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Verify the hash chain and its signed checkpoints; reports the first broken link, truncation and bad checkpoints',
          response: { 200: verification, ...refused },
        },
      },
      async () => verifyChain(deps.db),
    );

    // The published head digest: anyone may note it down and later hold the platform to it.
    app.get(
      '/api/audit/head',
      {
        config: { access: 'public' },
        schema: {
          tags: ['audit'],
          summary: 'The latest signed checkpoint of the audit chain (sequence, hash, time, HMAC signature)',
          response: { 200: z.object({ checkpoint: checkpointView.nullable() }) },
        },
      },
      async () => ({ checkpoint: await headCheckpoint(deps.db) }),
    );
  };
}
