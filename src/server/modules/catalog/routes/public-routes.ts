import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../../../common/competitions.js';
import type { AppDeps } from '../../../deps.js';
import { errors, refusals } from '../../../http/errors.js';
import { safeDownloadHeaders, storageFor } from '../../../storage/index.js';
import { categoriesForViewer } from '../categories-service.js';
import { readDocument } from '../documents-service.js';
import { countUpTo, EXPORT_COLUMNS, exportMode, exportRows, MAX_EXPORT_ROWS } from '../export/export-rows.js';
import { opsiCase } from '../export/opsi-case.js';
import { opsiMarkdown } from '../export/opsi-markdown.js';
import { opsiPdf } from '../export/opsi-pdf.js';
import { readPreferences } from '../../auth/preferences.js';
import { csvStream, xlsxStream } from '../export/spreadsheet-writers.js';
import { getInnovation } from '../innovation-service.js';
import { caseQuery, categoryListQuery, categoryView, documentParams, exportQuery, idParams, innovationView, searchQuery, searchResponse } from '../schemas.js';
import { resolveFilters, searchCatalog } from '../search-service.js';
import { catalogContext } from './context.js';

import { XLSX_TYPE } from '../../../exports/xlsx.js';
const binary = z.any().describe('file');

/** What anyone may use: search, read published records, their documents and exports. */
export function publicCatalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  return async (app) => {
    app.get(
      '/api/innovations',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'Search the public catalog',
          description:
            'Full-text search in Bahasa Indonesia (stemmed, accents ignored; titles similar to the query when no word matches), filters as comma-separated values, facet counts. Counts are exact up to 3,000 matches and estimated beyond (`approximate`).',
          querystring: searchQuery,
          response: { 200: searchResponse, ...refusals(400) },
        },
      },
      async (request) => searchCatalog(deps.db, request.query),
    );

    app.get(
      '/api/innovations/export',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'Export a search result as CSV or XLSX (newest first)',
          querystring: exportQuery,
          produces: ['text/csv', XLSX_TYPE],
          response: { 200: binary, ...refusals(400) },
        },
      },
      async (request, reply) => {
        const { format, sort: _sort, ...given } = request.query;
        const filters = await resolveFilters(deps.db, given);
        const mode = await exportMode(deps.db, filters);
        if ((await countUpTo(deps.db, filters, mode, MAX_EXPORT_ROWS)) > MAX_EXPORT_ROWS) {
          throw errors.validation(
            {
              id: `Hasil lebih dari ${MAX_EXPORT_ROWS.toLocaleString('id-ID')} inovasi; persempit pencarian sebelum mengekspor.`,
              en: `More than ${MAX_EXPORT_ROWS.toLocaleString('en')} innovations match; narrow the search before exporting.`,
            },
            { fields: [{ field: 'q' }] },
          );
        }
        const rows = exportRows(deps.db, filters, mode, deps.config.publicUrl);
        // The reader's calendar day (their zone when signed in, else WIB), not the UTC one.
        const zone = request.auth ? (await readPreferences(deps.db, request.auth.user.id)).timeZone : DEFAULT_TIME_ZONE;
        const stamp = dayInZone(new Date(), zone);
        const filename = `katalog-inovasi-${stamp}.${format}`;
        const type = format === 'csv' ? 'text/csv' : XLSX_TYPE;
        reply.headers(safeDownloadHeaders(type, filename));
        return reply.send(format === 'csv' ? csvStream(EXPORT_COLUMNS, rows) : xlsxStream('Inovasi', EXPORT_COLUMNS, rows));
      },
    );

    app.get(
      '/api/innovations/:id',
      {
        config: { access: 'public' },
        schema: { tags: ['catalog'], summary: 'One innovation (published, or your agency’s own)', params: idParams, response: { 200: innovationView, ...refusals(404) } },
      },
      async (request) => getInnovation(catalogContext(deps, request), request.params.id),
    );

    app.get(
      '/api/innovations/:id/case',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'English one-page case (OECD OPSI sections) as Markdown or PDF',
          params: idParams,
          querystring: caseQuery,
          produces: ['text/markdown', 'application/pdf'],
          response: { 200: binary, ...refusals(404) },
        },
      },
      async (request, reply) => {
        const view = await getInnovation(catalogContext(deps, request), request.params.id);
        const c = opsiCase(view, `${deps.config.publicUrl}/katalog/${view.id}`);
        const base = `innovation-${view.id.slice(0, 8)}`;
        if (request.query.format === 'pdf') {
          reply.headers(safeDownloadHeaders('application/pdf', `${base}.pdf`));
          return reply.send(await opsiPdf(c));
        }
        reply.headers(safeDownloadHeaders('text/markdown', `${base}.md`));
        return reply.send(opsiMarkdown(c));
      },
    );

    app.get(
      '/api/innovations/:id/documents/:documentId',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'Download a supporting document',
          params: documentParams,
          produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
          response: { 200: binary, ...refusals(404) },
        },
      },
      async (request, reply) => {
        const file = await readDocument(catalogContext(deps, request), storage, request.params.id, request.params.documentId);
        reply.headers(safeDownloadHeaders(file.contentType, file.filename, { inline: file.contentType.startsWith('image/') }));
        return reply.send(file.bytes);
      },
    );

    app.get(
      '/api/innovation-categories',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'The category list (inactive ones too with `all=true`, for the ministry)',
          querystring: categoryListQuery,
          response: { 200: z.object({ items: z.array(categoryView) }) },
        },
      },
      async (request) => ({ items: await categoriesForViewer(deps.db, request.auth?.user, request.query.all === 'true') }),
    );
  };
}
