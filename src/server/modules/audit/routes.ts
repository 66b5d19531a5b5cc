import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditCheckpointSettings } from '../../audit/checkpoint-settings.js';
import { latestCheckpoint } from '../../audit/checkpoints.js';
import { verifyAuditLog } from '../../audit/verify.js';
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

const checkpointView = z.object({ sequence: z.string(), hash: z.string(), at: z.string(), signature: z.string() });

const verification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  firstBroken: z.object({ id: z.string(), reason: z.string() }).optional(),
  head: z.object({ sequence: z.string(), hash: z.string() }).nullable(),
  checkpoints: z.object({ database: z.number(), file: z.number().nullable(), latest: checkpointView.nullable() }),
  problems: z.array(z.object({ source: z.enum(['database', 'file']), reason: z.string(), sequence: z.string().nullable(), checkpointId: z.string().nullable() })),
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
          summary: 'Verify the hash chain and its signed checkpoints; reports the first broken link, truncation and bad checkpoints',
          response: { 200: verification },
        },
      },
      async () => verifyAuditLog(deps.db, auditCheckpointSettings()),
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
      async () => {
        const latest = await latestCheckpoint(deps.db);
        return { checkpoint: latest ? { sequence: latest.sequence, hash: latest.hash, at: latest.at, signature: latest.signature } : null };
      },
    );
  };
}
