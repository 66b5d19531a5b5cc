import { randomUUID } from 'node:crypto';
import { dayInZone } from '../../../common/competitions.js';
import type { ColumnMapping } from '../../../common/historical-import.js';
import { type Actor, appendAudit } from '../../audit/audit-log.js';
import type { Db, Trx } from '../../db/types.js';
import { AppError, errors, type Language, type LocalizedText } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { importLimits, readTable } from '../../imports/guarded-reader.js';
import { type FileStorage, storageKey, type Upload } from '../../storage/index.js';
import { agencyDirectory } from '../agencies/service.js';
import { regionNameIndex } from '../regions/service.js';
import { recordHistoricalAwards } from './awards-service.js';
import { categoriesFor } from './categories-service.js';
import { mayImportHistory } from './policy.js';
import { buildAgencyIndex } from './historical/agency-match.js';
import { suggestMapping } from './historical/fields.js';
import { type AgencyChoice, type AgencyDecisionView, decideAgencies, type MatchView, PENDING_TEXT, type PlannedRow, planRows } from './historical/plan.js';
import { fieldLabel, mappingProblems, readRows, type RowNote } from './historical/rows.js';
import { findImportFile, findMappingByName, insertImportFile, listMappings, recordsByExternalKey, recordsOfAgencies, saveMappingRow } from './historical-repository.js';
import { commitJobView, type HistoricalJobView, startCommitJob } from './historical-jobs.js';

/**
 * The ministry's import of historical records (issue #13): upload a file (CSV or XLSX through the
 * guarded reader), map its columns, confirm the organisations, read the dry-run report, commit.
 * The commit is all or nothing: records are published directly by the ministry (marked imported,
 * narrative left as the source had it), each with its version row and audit entry; awards go
 * through the catalog's award writer; re-importing updates instead of duplicating.
 */
export const MAX_HISTORICAL_ROWS = 5000;

export interface HistoricalInput {
  mapping: ColumnMapping;
  agencies: Record<string, AgencyChoice>;
  matches: Record<string, 'update' | 'new'>;
  defaultCategory: string;
  saveMapping?: { name: string; global: boolean } | undefined;
}

export interface HistoricalReport {
  ok: boolean;
  dryRun: boolean;
  fileId: string;
  filename: string;
  rows: number;
  ready: number;
  created: number;
  updated: number;
  awards: number;
  pending: number;
  ignoredColumns: string[];
  problems: { row: number; column: string; message: string }[];
  warnings: { row: number; column: string; message: string }[];
  agencies: AgencyDecisionView[];
  matches: MatchView[];
  ids: string[];
}

function requireMinistry(ctx: RequestContext) {
  if (!ctx.user || !mayImportHistory(ctx.user)) throw errors.forbidden();
  return ctx.user;
}

const limitsFor = (field: string, maxBytes: number) => importLimits({ field, maxBytes, maxRows: MAX_HISTORICAL_ROWS, maxColumns: 60, sheetName: 'Inovasi' });

async function loadTable(ctx: RequestContext, storage: FileStorage, fileId: string, maxBytes: number) {
  const file = await findImportFile(ctx.db, fileId);
  if (!file || file.uploaded_by !== ctx.user!.id) throw errors.notFound({ id: 'Berkas impor', en: 'Import file' });
  const bytes = await storage.get(file.storage_key);
  if (!bytes) throw errors.notFound({ id: 'Berkas impor', en: 'Import file' });
  const [header = [], ...body] = await readTable(bytes, limitsFor('file', maxBytes));
  return { file, header, body };
}

/** Step 1: stores the file and answers its columns with a suggested mapping and the saved ones. */
export async function uploadHistoricalFile(ctx: RequestContext, storage: FileStorage, upload: Upload, maxBytes: number) {
  const user = requireMinistry(ctx);
  const [header = [], ...body] = await readTable(upload.bytes, limitsFor(upload.field, maxBytes));
  const headers = header.filter((h) => h.trim());
  if (headers.length === 0 || body.length === 0) {
    throw errors.validation(
      { id: `Data tidak valid: '${upload.field}' tidak berisi baris judul dan baris data.`, en: `Invalid data: '${upload.field}' holds no header and data rows.` },
      { fields: [{ field: upload.field }] },
    );
  }
  const key = storageKey('historical-imports', randomUUID());
  await storage.put(key, upload.bytes);
  const fileId = await ctx.db.transaction().execute((trx) => insertImportFile(trx, { uploadedBy: user.id, filename: upload.filename, storageKey: key, rows: body.length }));
  return { fileId, filename: upload.filename, rows: body.length, headers, suggested: suggestMapping(headers), saved: await listMappings(ctx.db, user.id) };
}

export async function historicalMappings(ctx: RequestContext) {
  return { items: await listMappings(ctx.db, requireMinistry(ctx).id) };
}

const localize = (notes: RowNote[], language: Language) => notes.map((n) => ({ row: n.row, column: n.column, message: n.message[language] }));

async function analyse(ctx: RequestContext, storage: FileStorage, fileId: string, input: HistoricalInput, maxBytes: number) {
  const { file, header, body } = await loadTable(ctx, storage, fileId, maxBytes);
  const unknown = Object.keys(input.mapping).filter((h) => !header.includes(h));
  if (unknown.length > 0) {
    throw errors.validation(
      {
        id: `Data tidak valid: 'mapping' menyebut kolom yang tidak ada di berkas: ${unknown.join(', ')}.`,
        en: `Invalid data: 'mapping' names columns the file lacks: ${unknown.join(', ')}.`,
      },
      { fields: [{ field: 'mapping' }] },
    );
  }
  const headerProblems = mappingProblems(header, input.mapping);
  if (headerProblems.length > 0) {
    const text: LocalizedText = {
      id: `Berkas ditolak: ${headerProblems.map((p) => p.message.id).join('; ')}.`,
      en: `File refused: ${headerProblems.map((p) => p.message.en).join('; ')}.`,
    };
    throw errors.validation(text, { fields: [{ field: 'mapping' }] });
  }
  const categories = (await categoriesFor(ctx.db, false)).map((c) => ({ id: c.id, code: c.code, nameId: c.nameId, nameEn: c.nameEn }));
  const fallback = categories.find((c) => c.code === input.defaultCategory);
  if (!fallback)
    throw errors.validation(
      {
        id: `Data tidak valid: 'defaultCategory' ${input.defaultCategory} bukan kategori aktif.`,
        en: `Invalid data: 'defaultCategory' ${input.defaultCategory} is not an active category.`,
      },
      { fields: [{ field: 'defaultCategory' }] },
    );
  const directory = await agencyDirectory(ctx.db);
  const outcome = readRows(header, body, {
    mapping: input.mapping,
    regions: await regionNameIndex(ctx.db),
    agencies: buildAgencyIndex(directory),
    categories,
    defaultCategoryId: fallback.id,
    today: dayInZone(ctx.now, 'WIT'),
  });
  const agencyColumn = Object.entries(input.mapping).find(([, f]) => f === 'agencyName')?.[0] ?? fieldLabel('agencyName').id;
  const agencies = decideAgencies(outcome.agencies, input.agencies, new Map(directory.map((a) => [a.id, a.name])), outcome.problems, agencyColumn);
  const agencyIds = [...new Set(agencies.flatMap((a) => (a.agency ? [a.agency.id] : [])))];
  const existing = {
    byKey: await recordsByExternalKey(
      ctx.db,
      outcome.rows.flatMap((r) => (r.externalKey ? [r.externalKey] : [])),
    ),
    byAgency: await recordsOfAgencies(ctx.db, agencyIds, [...new Set(outcome.rows.map((r) => r.year))]),
  };
  const plan = planRows(outcome.rows, agencies, existing, input.matches);
  return { file, outcome, agencies, plan, rows: body.filter((r) => r.some((c) => c.trim())).length };
}

function report(a: Awaited<ReturnType<typeof analyse>>, language: Language, fileId: string): HistoricalReport {
  const problems = a.outcome.problems.sort((x, y) => x.row - y.row);
  return {
    ok: problems.length === 0 && a.plan.pending === 0 && a.plan.planned.length > 0,
    dryRun: true,
    fileId,
    filename: a.file.filename,
    rows: a.rows,
    ready: a.plan.planned.length,
    created: 0,
    updated: 0,
    awards: 0,
    pending: a.plan.pending,
    ignoredColumns: a.outcome.ignoredColumns,
    problems: localize(problems, language),
    warnings: localize(a.outcome.warnings, language),
    agencies: a.agencies,
    matches: a.plan.matches,
    ids: [],
  };
}

/** The dry run: what the commit would do, row by row, naming the file's own columns. */
export async function previewHistorical(
  ctx: RequestContext,
  storage: FileStorage,
  fileId: string,
  input: HistoricalInput,
  maxBytes: number,
  language: Language,
): Promise<HistoricalReport> {
  requireMinistry(ctx);
  return report(await analyse(ctx, storage, fileId, input, maxBytes), language, fileId);
}

/**
 * The commit, step 1 (in the request): the dry run must be clean, then a background job writes all
 * rows or none (`historical-jobs.ts`) while the wizard polls its progress. 202 with the job.
 */
export async function startHistoricalCommit(
  ctx: RequestContext,
  storage: FileStorage,
  fileId: string,
  input: HistoricalInput,
  maxBytes: number,
  language: Language,
): Promise<HistoricalJobView> {
  const user = requireMinistry(ctx);
  const analysed = await analyse(ctx, storage, fileId, input, maxBytes);
  const dry = report(analysed, language, fileId);
  if (!dry.ok) {
    const text: LocalizedText = dry.problems.length
      ? { id: `Berkas memiliki ${dry.problems.length} masalah; tidak ada yang disimpan.`, en: `The file has ${dry.problems.length} problem(s); nothing was saved.` }
      : dry.pending
        ? PENDING_TEXT
        : { id: 'Tidak ada baris untuk disimpan.', en: 'No rows to save.' };
    throw new AppError(400, 'IMPORT_INVALID', text, dry);
  }
  refuseDoubleUpdates(analysed.plan.planned);
  return startCommitJob(ctx, user.id, { fileId, filename: analysed.file.filename, planned: analysed.plan.planned, dry }, async (trx, written) => {
    const recorded = await recordHistoricalAwards(trx, ctx.actor, written.awards);
    if (input.saveMapping) await saveMapping(trx, ctx, user.id, input.saveMapping, input.mapping);
    return recorded.recorded.length;
  });
}

/** Two rows deciding to update one record (an uncertain match confirmed twice) would overwrite each other. */
function refuseDoubleUpdates(planned: readonly PlannedRow[]): void {
  const first = new Map<string, number>();
  for (const row of planned) {
    if (!row.updateId) continue;
    const earlier = first.get(row.updateId);
    if (earlier !== undefined)
      throw new AppError(400, 'IMPORT_INVALID', {
        id: `Baris ${earlier} dan ${row.row} sama-sama memperbarui satu inovasi; pilih "baru" untuk salah satunya.`,
        en: `Rows ${earlier} and ${row.row} would both update one innovation; choose "new" for one of them.`,
      });
    first.set(row.updateId, row.row);
  }
}

/** The commit's progress: running with rows done, or the final report, or why it failed (nothing written). */
export async function historicalJob(ctx: RequestContext, jobId: string, language: Language): Promise<HistoricalJobView> {
  const user = requireMinistry(ctx);
  return commitJobView(ctx.db, jobId, user.id, language);
}

async function saveMapping(trx: Trx, ctx: RequestContext, userId: string | null, save: { name: string; global: boolean }, mapping: ColumnMapping): Promise<void> {
  const owner = save.global ? null : userId;
  const existing = await findMappingByName(trx, owner, save.name);
  const id = await saveMappingRow(trx, existing?.id ?? null, { userId: owner, name: save.name, mapping });
  await appendAudit(trx, ctx.actor, {
    action: 'innovation.import_mapping.save',
    entityType: 'import_mapping',
    entityId: id,
    before: existing ? { mapping: existing.mapping } : null,
    after: { name: save.name, global: save.global, mapping },
  });
}

/** For the demo seeder: a shared mapping, saved (and audited) like one saved at import. */
export async function saveSharedMapping(db: Db, actor: Actor, name: string, mapping: ColumnMapping): Promise<void> {
  await db.transaction().execute((trx) => saveMapping(trx, { db, actor, user: null, now: new Date() }, null, { name, global: true }, mapping));
}
