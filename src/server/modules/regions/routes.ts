import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../audit/audit-log.js';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { errors } from '../../http/errors.js';
import { errorResponse } from '../../http/pagination.js';

const regionView = z.object({ code: z.string(), name: z.string(), provinceCode: z.string().nullable(), kind: z.string().nullable(), is3t: z.boolean() });

/** Public reference data: the 38 provinces and 514 regencies/cities (Kemendagri codes). */
export function regionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/regions/provinces',
      { config: { access: 'public' }, schema: { tags: ['regions'], summary: 'All provinces', response: { 200: z.object({ items: z.array(regionView) }) } } },
      async (_request, reply) => {
        const rows = await deps.db.selectFrom('regions').selectAll().where('level', '=', 'province').orderBy('code').execute();
        reply.header('cache-control', 'public, max-age=3600');
        return { items: rows.map((r) => ({ code: r.code, name: r.name, provinceCode: null, kind: null, is3t: r.is_3t })) };
      },
    );
    app.get(
      '/api/regions/regencies',
      {
        config: { access: 'public' },
        schema: {
          tags: ['regions'],
          summary: 'Regencies and cities, optionally of one province',
          querystring: z.strictObject({ province: z.string().regex(/^\d{2}$/).optional() }),
          response: { 200: z.object({ items: z.array(regionView) }) },
        },
      },
      async (request, reply) => {
        let q = deps.db.selectFrom('regions').selectAll().where('level', '=', 'regency');
        if (request.query.province) q = q.where('province_code', '=', request.query.province);
        const rows = await q.orderBy('code').execute();
        reply.header('cache-control', 'public, max-age=3600');
        return { items: rows.map((r) => ({ code: r.code, name: r.name, provinceCode: r.province_code, kind: r.kind, is3t: r.is_3t })) };
      },
    );

    app.patch(
      '/api/regions/:code',
      {
        config: { access: 'regions.manage' },
        schema: {
          tags: ['regions'],
          summary: 'Mark or unmark a region as 3T (remote, frontier, outermost) for selection quotas',
          params: z.strictObject({ code: z.string().regex(/^\d{2}(\.\d{2})?$/) }),
          body: z.strictObject({ is3t: z.boolean() }),
          response: { 200: regionView, 404: errorResponse },
        },
      },
      async (request) => {
        const { code } = request.params;
        return deps.db.transaction().execute(async (trx) => {
          const before = await trx.selectFrom('regions').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
          if (!before) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
          const r = await trx.updateTable('regions').set({ is_3t: request.body.is3t }).where('code', '=', code).returningAll().executeTakeFirstOrThrow();
          await appendAudit(trx, actorOf(request), { action: 'region.set_3t', entityType: 'region', entityId: code, before: { is3t: before.is_3t }, after: { is3t: r.is_3t } });
          return { code: r.code, name: r.name, provinceCode: r.province_code, kind: r.kind, is3t: r.is_3t };
        });
      },
    );
  };
}
