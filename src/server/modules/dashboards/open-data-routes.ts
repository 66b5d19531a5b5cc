import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type DashboardFilters, dashboardFilters, localized } from '../../../common/dashboards.js';
import type { AppDeps } from '../../deps.js';
import { errors } from '../../http/errors.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { safeDownloadHeaders } from '../../storage/index.js';
import { EXPORT_COLUMNS, exportRows } from '../catalog/export/export-rows.js';
import { csvStream } from '../catalog/export/spreadsheet-writers.js';
import { OPEN_DATA_LICENCE } from './export-xlsx.js';
import { CATALOG_COLUMN_DESCRIPTIONS } from './open-data-dictionary.js';
import { emptyNationalDashboard, nationalDashboard } from './service.js';
import { type FigureTable, nationalTables } from './tables.js';

/**
 * Open data (issue #19): the public figures and the published catalog under stable URLs, as CSV
 * (UTF-8 with BOM, formula-like cells neutralised by the catalog's CSV writer) or JSON, with a
 * data dictionary and the licence. `GET /api/open-data` is the index and dictionary.
 */
const FIGURE_DATASETS = ['innovations-by-province', 'innovations-by-category', 'innovations-by-sdg', 'innovations-by-start-year', 'kipp-history', 'special-calls'] as const;

const ATTRIBUTION = {
  id: 'Sumber: Simpul, katalog inovasi pelayanan publik (hanya data terbit). Kode dan nama wilayah dari idn-area-data, © kontributornya, lisensi ODbL 1.0.',
  en: 'Source: Simpul public service innovation catalog (published records only). Region codes and names from idn-area-data, © its contributors, ODbL 1.0.',
};

const column = z.object({ key: z.string(), header: localized, description: localized });
const datasetView = z.object({
  id: z.string(),
  title: localized,
  /** The older URL that takes `?format=csv|json`; kept working. */
  url: z.string(),
  formats: z.array(z.enum(['csv', 'json'])),
  /** One stable URL per format. */
  downloads: z.object({ csv: z.string(), json: z.string() }),
  columns: z.array(column),
});
const indexView = z.object({ licence: localized, attribution: localized, datasets: z.array(datasetView) });
const figureQuery = dashboardFilters.extend({ format: z.enum(['csv', 'json']).default('json') });
const figureJson = z.object({
  dataset: z.string(),
  title: localized,
  generatedAt: z.string(),
  filters: z.object({ year: z.number().nullable(), province: z.string().nullable() }),
  licence: localized,
  attribution: localized,
  columns: z.array(column),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
});
const binary = z.any().describe('file');
const BOTH: ('csv' | 'json')[] = ['csv', 'json'];

function catalogColumns() {
  return EXPORT_COLUMNS.map((c) => ({ key: c.header, header: { id: c.header, en: c.header }, description: CATALOG_COLUMN_DESCRIPTIONS[c.key] }));
}

async function* jsonArray(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]\n';
}

export function openDataRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    async function figureTable(dataset: string, filters: DashboardFilters) {
      const table = nationalTables(await nationalDashboard({ db: deps.db, now: new Date() }, filters)).find((t) => t.id === dataset);
      if (!table) throw errors.notFound({ id: 'Set data', en: 'Dataset' });
      return table;
    }
    async function figureJsonOf(dataset: string, filters: DashboardFilters) {
      const table = await figureTable(dataset, filters);
      return {
        dataset: table.id,
        title: table.title,
        generatedAt: new Date().toISOString(),
        filters: { year: filters.year ?? null, province: filters.province ?? null },
        licence: OPEN_DATA_LICENCE,
        attribution: ATTRIBUTION,
        columns: table.columns,
        rows: table.rows,
      };
    }
    async function figureCsv(dataset: string, filters: DashboardFilters, reply: FastifyReply) {
      const table = await figureTable(dataset, filters);
      reply.headers(safeDownloadHeaders('text/csv', `${table.id}.csv`));
      const columns = table.columns.map((c) => ({ key: c.key, header: c.key, width: 0 }));
      return reply.send(csvStream(columns, Readable.from(table.rows)));
    }
    function catalogCsv(reply: FastifyReply) {
      reply.headers(safeDownloadHeaders('text/csv', `katalog-inovasi-terbit-${new Date().toISOString().slice(0, 10)}.csv`));
      return reply.send(csvStream(EXPORT_COLUMNS, exportRows(deps.db, {}, 'all', deps.config.publicUrl)));
    }
    function catalogJson(reply: FastifyReply) {
      const rows = exportRows(deps.db, {}, 'all', deps.config.publicUrl);
      async function* renamed() {
        for await (const r of rows) yield Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.header, r[c.key]]));
      }
      reply.header('content-type', 'application/json; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="katalog-inovasi-terbit-${new Date().toISOString().slice(0, 10)}.json"`);
      return reply.send(Readable.from(jsonArray(renamed())));
    }

    app.get(
      '/api/open-data',
      {
        config: { access: 'public' },
        schema: { tags: ['open-data'], summary: 'Open data index: datasets, stable URLs, data dictionary, licence', response: { 200: indexView } },
      },
      async (_request, reply) => {
        const sample = nationalTables(emptyNationalDashboard());
        const figures = FIGURE_DATASETS.map((id) => sample.find((t) => t.id === id)!).map((t: FigureTable) => ({
          id: t.id,
          title: t.title,
          url: `/api/open-data/figures/${t.id}`,
          formats: BOTH,
          downloads: { csv: `/api/open-data/figures/${t.id}/data.csv`, json: `/api/open-data/figures/${t.id}/data.json` },
          columns: t.columns,
        }));
        reply.header('cache-control', 'public, max-age=300');
        return {
          licence: OPEN_DATA_LICENCE,
          attribution: ATTRIBUTION,
          datasets: [
            {
              id: 'innovations',
              title: { id: 'Katalog inovasi terbit', en: 'Published innovation catalog' },
              url: '/api/open-data/innovations',
              formats: BOTH,
              downloads: { csv: '/api/open-data/innovations/data.csv', json: '/api/open-data/innovations/data.json' },
              columns: catalogColumns(),
            },
            ...figures,
          ],
        };
      },
    );

    app.get(
      '/api/open-data/figures/:dataset',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'One public figure as JSON (default) or CSV by `format` (older URL, kept; prefer …/data.json and …/data.csv)',
          params: z.strictObject({ dataset: z.enum(FIGURE_DATASETS) }),
          querystring: figureQuery,
          produces: ['application/json', 'text/csv'],
          response: { 200: z.union([figureJson, binary]), ...refusals(400, 404) },
        },
      },
      async (request, reply) => {
        const { format, ...filters } = request.query;
        return format === 'csv' ? figureCsv(request.params.dataset, filters, reply) : figureJsonOf(request.params.dataset, filters);
      },
    );

    const datasetParams = z.strictObject({ dataset: z.enum(FIGURE_DATASETS) });
    app.get(
      '/api/open-data/figures/:dataset/data.json',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'One public figure as JSON with its columns, licence and attribution; filters as on the national dashboard',
          params: datasetParams,
          querystring: dashboardFilters,
          response: { 200: figureJson, ...refusals(400, 404) },
        },
      },
      async (request) => figureJsonOf(request.params.dataset, request.query),
    );
    app.get(
      '/api/open-data/figures/:dataset/data.csv',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'One public figure as CSV (UTF-8 with BOM, column keys as headers); filters as on the national dashboard',
          params: datasetParams,
          querystring: dashboardFilters,
          produces: ['text/csv'],
          response: { 200: fileResponse, ...refusals(400, 404) },
        },
      },
      async (request, reply) => figureCsv(request.params.dataset, request.query, reply),
    );

    app.get(
      '/api/open-data/innovations',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'The whole published catalog as CSV (default) or JSON by `format` (older URL, kept; prefer …/data.csv and …/data.json)',
          querystring: z.strictObject({ format: z.enum(['csv', 'json']).default('csv') }),
          produces: ['text/csv', 'application/json'],
          response: { 200: binary, ...refusals(400) },
        },
      },
      async (request, reply) => (request.query.format === 'csv' ? catalogCsv(reply) : catalogJson(reply)),
    );
    app.get(
      '/api/open-data/innovations/data.csv',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'The whole published catalog as CSV (newest first), columns as in the data dictionary',
          produces: ['text/csv'],
          response: { 200: fileResponse },
        },
      },
      async (_request, reply) => catalogCsv(reply),
    );
    app.get(
      '/api/open-data/innovations/data.json',
      {
        config: { access: 'public' },
        schema: {
          tags: ['open-data'],
          summary: 'The whole published catalog as a JSON array (newest first), keys as in the data dictionary',
          produces: ['application/json'],
          response: { 200: fileResponse },
        },
      },
      async (_request, reply) => catalogJson(reply),
    );
  };
}
