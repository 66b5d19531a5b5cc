import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CLUSTERS } from '../../../common/innovation-index.js';
import { NOMINEES_DEFAULT_N, NOMINEES_MAX_N, nominationView, nomineesView, sendNomineesBody, sendNomineesResult } from '../../../common/index-nominees.js';
import type { AppDeps } from '../../deps.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { requestContext } from '../../http/request-context.js';
import { safeDownloadHeaders } from '../../storage/index.js';
import { nomineesWorkbook } from './exports.js';
import { getNomination, listNominees, ownNominations, sendNominees } from './nominees-service.js';
import { idParams, yearParams } from './schemas.js';

const tags = ['innovation-index'];
const refused = refusals(400, 401, 403, 404, 409);
const nomineesQuery = z.strictObject({
  n: z.coerce.number().int().min(1).max(NOMINEES_MAX_N).default(NOMINEES_DEFAULT_N),
  cluster: z.enum(CLUSTERS).optional(),
});

/** Award nominees per cluster of a published index year, sent to a competition's panel round (issue #17 item 4). */
export function indexNomineeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/index/:year/nominees',
      {
        config: { access: 'index.read' },
        schema: {
          tags,
          summary: 'Top N per cluster of a published year, with what was already sent',
          params: yearParams,
          querystring: nomineesQuery,
          response: { 200: nomineesView, ...refused },
        },
      },
      async (request) => listNominees(requestContext(deps, request), request.params.year, request.query),
    );
    app.get(
      '/api/index/:year/nominees.xlsx',
      {
        config: { access: 'index.read' },
        schema: {
          tags,
          summary: 'The top N of every cluster as XLSX, with what was sent where',
          params: yearParams,
          querystring: nomineesQuery,
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const view = await listNominees(requestContext(deps, request), request.params.year, { n: request.query.n });
        reply.headers(safeDownloadHeaders(XLSX_TYPE, `nominasi-indeks-inovasi-daerah-${request.params.year}.xlsx`));
        return reply.send(await nomineesWorkbook(view));
      },
    );
    app.post(
      '/api/index/:year/nominees/send',
      {
        config: { access: 'index.manage' },
        schema: {
          tags,
          summary: "Send a cluster's nominees to a competition's panel round (the year's award call by default); once each",
          params: yearParams,
          body: sendNomineesBody,
          response: { 200: sendNomineesResult, ...refused },
        },
      },
      async (request) => sendNominees(requestContext(deps, request), request.params.year, request.body, { publicUrl: deps.config.publicUrl }),
    );
    app.get(
      '/api/index/nominations',
      {
        config: { access: 'index.report' },
        schema: { tags, summary: "The caller's own region's award nominations", response: { 200: z.object({ items: z.array(nominationView) }), ...refused } },
      },
      async (request) => ({ items: await ownNominations(requestContext(deps, request)) }),
    );
    app.get(
      '/api/index/nominations/:id',
      {
        config: { access: 'signedIn' },
        schema: { tags, summary: 'One award nomination (index staff, or the nominated region’s staff)', params: idParams, response: { 200: nominationView, ...refused } },
      },
      async (request) => getNomination(requestContext(deps, request), request.params.id),
    );
  };
}
