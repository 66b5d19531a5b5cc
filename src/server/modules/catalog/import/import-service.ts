import { appendAudit } from '../../../audit/audit-log.js';
import { errors, type Language } from '../../../http/errors.js';
import type { Upload } from '../../../storage/index.js';
import type { CatalogContext } from '../innovation-service.js';
import { toColumns } from '../profile-fields.js';
import { analyzeInnovations } from '../historical-repository.js';
import { insertVersion, listRecordsByIds } from '../repository.js';
import { insertInnovationRows, mostSimilarTitles } from './import-repository.js';
import { diffSnapshots } from '../profile-fields.js';
import { snapshotOf } from '../view.js';
import { MAX_IMPORT_ROWS } from './import-columns.js';
import { authoringStaff, mayPublishOnImport } from '../policy.js';
import { readSheet } from './read-sheet.js';
import { checkHeader, type RowProblem, validateRows } from './row-validation.js';

export interface ImportReport {
  ok: boolean;
  /** True when nothing was written (a dry run, or a file with problems). */
  dryRun: boolean;
  rows: number;
  created: number;
  ids: string[];
  errors: { row: number; column: string; message: string }[];
  /** Rows that resemble a record already in the catalog: allowed, but worth a look. */
  warnings: { row: number; column: string; message: string }[];
}

const INSERT_CHUNK = 200;

function localize(problems: RowProblem[], language: Language) {
  return problems.map((p) => ({ row: p.row, column: p.column, message: p.message[language] }));
}

async function similarTitleWarnings(ctx: CatalogContext, titles: { row: number; title: string }[]): Promise<RowProblem[]> {
  if (titles.length === 0) return [];
  const agency = ctx.user!.agencyId!;
  const found = await mostSimilarTitles(
    ctx.db,
    agency,
    titles.map((t) => t.title),
    0.5,
  );
  return found.map((r) => ({
    row: titles[Number(r.n) - 1]!.row,
    column: 'judul',
    message: { id: `mirip dengan "${r.title}" yang sudah ada di katalog`, en: `resembles "${r.title}", already in the catalog` },
  }));
}

/**
 * Bulk import for the caller's agency: every row is checked first and the report names each bad
 * row, column and reason; only a file without problems is written, in one transaction (all rows
 * or none). Rows become drafts; an agency admin may publish them at once (`publish`), which then
 * requires the complete narrative on every row.
 */
export async function importInnovations(
  ctx: CatalogContext,
  upload: Upload,
  options: { dryRun: boolean; publish: boolean; maxBytes: number },
  language: Language,
): Promise<ImportReport> {
  const { user, agencyId } = authoringStaff(ctx.user);
  if (options.publish && !mayPublishOnImport(user)) {
    throw errors.validation(
      { id: "Data tidak valid: 'publish' hanya untuk admin instansi.", en: "Invalid data: 'publish' is for agency admins only." },
      { fields: [{ field: 'publish' }] },
    );
  }
  const sheet = await readSheet(upload, options.maxBytes);
  if (sheet.length < 2) {
    throw errors.validation(
      { id: `Data tidak valid: '${upload.field}' tidak berisi baris inovasi.`, en: `Invalid data: '${upload.field}' holds no innovation rows.` },
      { fields: [{ field: upload.field }] },
    );
  }
  if (sheet.length - 1 > MAX_IMPORT_ROWS) {
    throw errors.validation(
      {
        id: `Data tidak valid: '${upload.field}' berisi ${sheet.length - 1} baris; paling banyak ${MAX_IMPORT_ROWS}.`,
        en: `Invalid data: '${upload.field}' has ${sheet.length - 1} rows; at most ${MAX_IMPORT_ROWS}.`,
      },
      { fields: [{ field: upload.field }] },
    );
  }
  const header = checkHeader(sheet[0]!);
  const { valid, problems } = header.problems.length
    ? { valid: [], problems: header.problems }
    : await validateRows(ctx.db, sheet, header.index, { requireComplete: options.publish });
  const warnings = problems.length
    ? []
    : await similarTitleWarnings(
        ctx,
        valid.map((v) => ({ row: v.row, title: v.input.title })),
      );
  const report: ImportReport = {
    ok: problems.length === 0 && valid.length > 0,
    dryRun: true,
    rows: sheet.length - 1,
    created: 0,
    ids: [],
    errors: localize(problems, language),
    warnings: localize(warnings, language),
  };
  if (!report.ok || options.dryRun) return report;

  const now = new Date();
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const created: string[] = [];
    for (let i = 0; i < valid.length; i += INSERT_CHUNK) {
      const chunkIds = await insertInnovationRows(
        trx,
        valid.slice(i, i + INSERT_CHUNK).map((v) => ({
          ...toColumns(v.input),
          title: v.input.title,
          summary: v.input.summary,
          region_code: v.input.regionCode,
          start_date: v.input.startDate,
          category_id: v.input.categoryId,
          sdgs: v.input.sdgs,
          agency_id: agencyId,
          created_by: user.id,
          updated_by: user.id,
          status_confirmed_at: now,
          ...(options.publish ? { workflow_state: 'published' as const, published_at: now, published_by: user.id } : {}),
        })),
      );
      for (const record of await listRecordsByIds(trx, chunkIds)) {
        const snapshot = snapshotOf(record, []);
        await insertVersion(trx, { innovationId: record.id, version: 1, action: 'import', changedBy: user.id, changes: diffSnapshots(null, snapshot), snapshot });
      }
      created.push(...chunkIds);
    }
    await appendAudit(trx, ctx.actor, {
      action: 'innovation.import',
      entityType: 'innovation',
      entityId: null,
      after: { file: upload.filename, count: created.length, published: options.publish, ids: created },
    });
    return created;
  });
  // Fresh planner statistics after a bulk change keep catalog search plans good.
  await analyzeInnovations(ctx.db);
  return { ...report, dryRun: false, created: ids.length, ids };
}
