import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DashboardFilters } from '../../../common/dashboards.js';
import type { AppDeps } from '../../deps.js';
import { AppError, pickLanguage, refusals } from '../../http/errors.js';
import { safeDownloadHeaders } from '../../storage/index.js';
import { PDF_TYPE, tablesPdf } from './export-pdf.js';
import { sentMonthlyReport } from './monthly-report.js';
import { tablesWorkbook, XLSX_TYPE } from './export-xlsx.js';
import { openDataRoutes } from './open-data-routes.js';
import { dashboardFilters, monthlyReportParams, nationalDashboard, nationalExportQuery, regionCodeParams, regionExportQuery, regionProfile } from './schemas.js';
import { nationalDashboard as loadNational, regionProfile as loadRegion } from './service.js';
import { nationalTables, regionTables } from './tables.js';
import { todoRoutes } from './todo-routes.js';

const binary = z.any().describe('file');

function filterText(f: DashboardFilters, lang: 'id' | 'en'): string {
  const parts = [f.year ? `${lang === 'id' ? 'tahun' : 'year'} ${f.year}` : null, f.province ? `${lang === 'id' ? 'provinsi' : 'province'} ${f.province}` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : lang === 'id' ? 'semua data' : 'all data';
}

/** Public dashboards over published records (issue #19), their exports, open data and the role homes. */
export function dashboardRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dashboard/national',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'National figures: innovations by province, category, SDG and start year; KIPP history and special calls',
          description: 'Published records only. `year` filters innovations by start year and competitions by year; `province` (Kemendagri code) by province.',
          querystring: dashboardFilters,
          response: { 200: nationalDashboard, ...refusals(400) },
        },
      },
      async (request) => loadNational({ db: deps.db, now: new Date() }, request.query),
    );

    app.get(
      '/api/dashboard/national/export',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'The national view as an XLSX workbook (one sheet per figure, a dated sheet with filters and licence) or a PDF with server-drawn charts and a dated footer',
          querystring: nationalExportQuery,
          produces: [XLSX_TYPE, PDF_TYPE],
          response: { 200: binary, ...refusals(400) },
        },
      },
      async (request, reply) => {
        const { format, ...filters } = request.query;
        const lang = pickLanguage(request.headers['accept-language']);
        const now = new Date();
        const view = await loadNational({ db: deps.db, now }, filters);
        const title = lang === 'id' ? 'Dasbor nasional inovasi pelayanan publik' : 'National public service innovation dashboard';
        const tables = nationalTables(view);
        const body =
          format === 'pdf' ? await tablesPdf(title, filterText(filters, lang), tables, lang, now) : await tablesWorkbook(title, filterText(filters, lang), tables, lang, now);
        reply.headers(safeDownloadHeaders(format === 'pdf' ? PDF_TYPE : XLSX_TYPE, `dasbor-nasional-${now.toISOString().slice(0, 10)}.${format}`));
        return reply.send(body);
      },
    );

    app.get(
      '/api/dashboard/monthly/:month/export',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'A sent monthly summary report: the national figures as they were when it was sent, as XLSX or PDF',
          description: "The figures are the public national view stored with the report when it was sent (not today's). A month never sent answers 404.",
          params: monthlyReportParams,
          querystring: regionExportQuery,
          produces: [XLSX_TYPE, PDF_TYPE],
          response: { 200: binary, ...refusals(400, 404) },
        },
      },
      async (request, reply) => {
        const { month } = request.params;
        const report = await sentMonthlyReport(deps.db, month);
        if (!report) {
          throw new AppError(404, 'MONTHLY_REPORT_NOT_FOUND', {
            id: `Laporan bulanan ${month} tidak ditemukan (belum dikirim).`,
            en: `No monthly report for ${month} (not sent).`,
          });
        }
        const lang = pickLanguage(request.headers['accept-language']);
        const title = lang === 'id' ? `Laporan ringkas bulanan ${month}` : `Monthly summary report ${month}`;
        const asOf = `${lang === 'id' ? 'angka per' : 'figures as of'} ${report.sentAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
        const format = request.query.format;
        const tables = nationalTables(report.view);
        const body = format === 'pdf' ? await tablesPdf(title, asOf, tables, lang, report.sentAt) : await tablesWorkbook(title, asOf, tables, lang, report.sentAt);
        reply.headers(safeDownloadHeaders(format === 'pdf' ? PDF_TYPE : XLSX_TYPE, `laporan-bulanan-${month}.${format}`));
        return reply.send(body);
      },
    );

    app.get(
      '/api/regions/:code/profile',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'A province or regency/city profile: innovations, awards, newest records, peers',
          description: 'An unknown code answers `region: null` with empty figures.',
          params: regionCodeParams,
          response: { 200: regionProfile, ...refusals(400) },
        },
      },
      async (request) => loadRegion({ db: deps.db, now: new Date() }, request.params.code),
    );

    app.get(
      '/api/regions/:code/profile/export',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'A region profile as an XLSX workbook or a PDF',
          params: regionCodeParams,
          querystring: regionExportQuery,
          produces: [XLSX_TYPE, PDF_TYPE],
          response: { 200: binary, ...refusals(400) },
        },
      },
      async (request, reply) => {
        const lang = pickLanguage(request.headers['accept-language']);
        const now = new Date();
        const profile = await loadRegion({ db: deps.db, now }, request.params.code);
        const name = profile.region?.name ?? request.params.code;
        const title = `${lang === 'id' ? 'Profil wilayah' : 'Region profile'}: ${name}`;
        const format = request.query.format;
        const body =
          format === 'pdf'
            ? await tablesPdf(title, profile.region?.code ?? '-', regionTables(profile), lang, now)
            : await tablesWorkbook(title, profile.region?.code ?? '-', regionTables(profile), lang, now);
        const safeCode = (profile.region?.code ?? 'tidak-dikenal').replace(/[^0-9.]/g, '');
        reply.headers(safeDownloadHeaders(format === 'pdf' ? PDF_TYPE : XLSX_TYPE, `profil-wilayah-${safeCode || 'tidak-dikenal'}-${now.toISOString().slice(0, 10)}.${format}`));
        return reply.send(body);
      },
    );

    await app.register(openDataRoutes(deps));
    await app.register(todoRoutes(deps));
  };
}
