import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyTargetInput, defaultTargetInput, oaoiAgencyView, oaoiCoverageQuery, oaoiCoverageView, oaoiYearQuery } from '../../../common/institutionalisation.js';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { requestContext } from '../../http/request-context.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { oaoiAgencyRows, oaoiCoverage, oaoiOfAgency, raiseAgencyTarget, setDefaultTarget } from './oaoi-service.js';
import { oaoiWorkbook } from './oaoi-xlsx.js';

const tags = ['oaoi'];
const refused = refusals(400, 401, 403, 404, 409);
const agencyParams = z.strictObject({ id: z.uuid() });

/** One Agency One Innovation: coverage (ministry), an agency's target vs realisation, targets. */
export function oaoiRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/oaoi/coverage',
      {
        config: { access: 'oaoi.coverage' },
        schema: {
          tags,
          summary: 'Coverage nationally, per province, type and year, and one page of the agencies (filters: province, type, status, name; sort) (ministry)',
          querystring: oaoiCoverageQuery,
          response: { 200: oaoiCoverageView, ...refused },
        },
      },
      async (request) => oaoiCoverage(requestContext(deps, request), request.query),
    );
    app.get(
      '/api/oaoi/coverage.xlsx',
      {
        config: { access: 'oaoi.coverage' },
        schema: {
          tags,
          summary: "Every agency's target and realisation, and coverage per province, as XLSX (ministry)",
          querystring: oaoiYearQuery,
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const ctx = requestContext(deps, request);
        const coverage = await oaoiCoverage(ctx, request.query);
        const rows = (await oaoiAgencyRows(ctx, coverage.year)).sort((a, b) => (a.provinceCode ?? '').localeCompare(b.provinceCode ?? '') || a.name.localeCompare(b.name));
        const body = await oaoiWorkbook(coverage.year, rows, coverage.byProvince);
        return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="satu-instansi-satu-inovasi-${coverage.year}.xlsx"`).send(body);
      },
    );
    app.put(
      '/api/oaoi/default-targets',
      {
        config: { access: 'oaoi.defaults' },
        schema: { tags, summary: 'Set the default yearly target for an agency type', body: defaultTargetInput, response: { 200: oaoiCoverageView, ...refused } },
      },
      async (request) => setDefaultTarget(requestContext(deps, request), request.body),
    );
    app.get(
      '/api/oaoi/agencies/:id',
      {
        config: { access: 'oaoi.read' },
        schema: {
          tags,
          summary: "An agency's target vs realisation over the years (own agency; the ministry any)",
          params: agencyParams,
          querystring: oaoiYearQuery,
          response: { 200: oaoiAgencyView, ...refused },
        },
      },
      async (request) => oaoiOfAgency(requestContext(deps, request), request.params.id, request.query),
    );
    app.put(
      '/api/oaoi/agencies/:id/target',
      {
        config: { access: 'oaoi.raise' },
        schema: {
          tags,
          summary: 'The agency raises its own yearly target (never below the default)',
          params: agencyParams,
          body: agencyTargetInput,
          response: { 200: oaoiAgencyView, ...refused },
        },
      },
      async (request) => raiseAgencyTarget(requestContext(deps, request), request.params.id, request.body),
    );
  };
}
