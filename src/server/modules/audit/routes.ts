import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from '../../audit/audit-log.js';
import type { AppDeps } from '../../deps.js';
import { pageBounds, paginationQuery } from '../../http/pagination.js';

const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Audit entries, newest first',
          querystring: z.strictObject({
            entityType: z.string().max(100).optional(),
            entityId: z.string().max(100).optional(),
            actorId: z.uuid().optional(),
            action: z.string().max(100).optional(),
            ...paginationQuery,
          }),
          response: { 200: z.object({ items: z.array(auditEntry) }) },
        },
      },
      async (request) => {
        const { page, pageSize, entityType, entityId, actorId, action } = request.query;
        let q = deps.db.selectFrom('audit_log').selectAll();
        if (entityType) q = q.where('entity_type', '=', entityType);
        if (entityId) q = q.where('entity_id', '=', entityId);
        if (actorId) q = q.where('actor_id', '=', actorId);
        if (action) q = q.where('action', '=', action);
        const { limit, offset } = pageBounds(page, pageSize);
        const rows = await q.orderBy('id', 'desc').limit(limit).offset(offset).execute();
        return {
          items: rows.map((r) => ({
            id: r.id,
            at: new Date(r.at).toISOString(),
            actorId: r.actor_id,
            actorRole: r.actor_role,
            action: r.action,
            entityType: r.entity_type,
            entityId: r.entity_id,
            before: r.before,
            after: r.after,
            requestId: r.request_id,
            hash: r.hash,
          })),
        };
      },
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Verify the hash chain; reports the first broken link',
          response: { 200: z.object({ ok: z.boolean(), entries: z.number(), firstBroken: z.object({ id: z.string(), reason: z.string() }).optional() }) },
        },
      },
      async () => verifyAuditChain(deps.db),
    );
  };
}
