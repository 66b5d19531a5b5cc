import { type Actor, appendAudit } from '../../audit/audit-log.js';
import type { Db, Trx } from '../../db/types.js';
import { AppError, errors, type Language } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import type { PlannedRow } from './historical/plan.js';
import { type WrittenRows, writePlannedRows } from './historical-commit.js';
import { analyzeInnovations, failRunningJob, findImportJob, finishImportJob, insertImportJob, lockImportJob, tryLockImportJob } from './historical-repository.js';
import type { HistoricalReport } from './historical-service.js';

/**
 * The historical import's commit as a background job (issue #13.2). The request that starts it
 * validates and answers 202 at once; the job writes every row in ONE transaction (all or nothing)
 * and holds an advisory lock on the job for that whole transaction. Progress (rows written) lives
 * in this process's memory — the transaction is not visible to anyone else until it commits — and
 * the outcome (report or error) is stored on the job row. A job marked running whose lock is free
 * lost its process, and the next look at it marks it failed: its transaction rolled back with it.
 *
 * On PGlite the transaction holds the one connection, so other requests wait while it runs; the
 * batched writer (historical-commit.ts) keeps that to seconds for the 5,000-row maximum
 * (docs/PERFORMANCE.md, "Historical import"). On PostgreSQL the server stays responsive.
 */
export interface HistoricalJobView {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  /** Rows written so far (running, known to the instance running it), else total or 0. */
  done: number | null;
  report: HistoricalReport | null;
  error: { code: string; message: string } | null;
}

const progress = new Map<string, number>();

interface CommitPlan {
  fileId: string;
  filename: string;
  planned: readonly PlannedRow[];
  dry: HistoricalReport;
}

/** After the rows: the awards and the saved mapping, in the same transaction; returns awards recorded. */
type Finish = (trx: Trx, written: WrittenRows) => Promise<number>;

export async function startCommitJob(ctx: RequestContext, userId: string, plan: CommitPlan, finish: Finish): Promise<HistoricalJobView> {
  const jobId = await insertImportJob(ctx.db, { fileId: plan.fileId, createdBy: userId, total: plan.planned.length });
  if (!jobId)
    throw new AppError(409, 'IMPORT_RUNNING', {
      id: 'Berkas ini sedang diimpor; tunggu sampai selesai.',
      en: 'This file is being imported; wait until it finishes.',
    });
  progress.set(jobId, 0);
  // Detached on purpose: the request answers now; every outcome ends on the job row.
  void runJob(ctx.db, ctx.actor, userId, ctx.now, jobId, plan, finish);
  return { id: jobId, status: 'running', total: plan.planned.length, done: 0, report: null, error: null };
}

async function runJob(db: Db, actor: Actor, userId: string, now: Date, jobId: string, plan: CommitPlan, finish: Finish): Promise<void> {
  try {
    const outcome = await db.transaction().execute(async (trx) => {
      await lockImportJob(trx, jobId);
      const written = await writePlannedRows(trx, actor, userId, now, plan.planned, (done) => progress.set(jobId, done));
      const awards = await finish(trx, written);
      await appendAudit(trx, actor, {
        action: 'innovation.historical_import',
        entityType: 'innovation',
        entityId: null,
        after: {
          file: plan.filename,
          fileId: plan.fileId,
          job: jobId,
          created: written.ids.length - written.updated,
          updated: written.updated,
          awards,
          agenciesCreated: written.agenciesCreated,
        },
      });
      return { written, awards };
    });
    const { written, awards } = outcome;
    const report: HistoricalReport = { ...plan.dry, dryRun: false, created: written.ids.length - written.updated, updated: written.updated, awards, ids: written.ids };
    await finishImportJob(db, jobId, { status: 'done', report });
    // Fresh planner statistics after a bulk change keep catalog search plans good.
    await analyzeInnovations(db).catch(() => undefined);
  } catch (error) {
    await finishImportJob(db, jobId, { status: 'failed', error: errorOf(error) }).catch(() => undefined);
  } finally {
    progress.delete(jobId);
  }
}

function errorOf(error: unknown): { code: string; message: { id: string; en: string } } {
  if (error instanceof AppError) return { code: error.code, message: error.text };
  return { code: 'IMPORT_FAILED', message: { id: 'Impor gagal karena kesalahan server; tidak ada yang disimpan.', en: 'The import failed on a server error; nothing was saved.' } };
}

const INTERRUPTED = {
  code: 'IMPORT_INTERRUPTED',
  message: {
    id: 'Impor terhenti (server dimulai ulang); tidak ada yang disimpan. Jalankan lagi.',
    en: 'The import was interrupted (the server restarted); nothing was saved. Run it again.',
  },
};

export async function commitJobView(db: Db, jobId: string, userId: string, language: Language): Promise<HistoricalJobView> {
  let job = await findImportJob(db, jobId);
  if (!job || job.created_by !== userId) throw errors.notFound({ id: 'Pekerjaan impor', en: 'Import job' });
  if (job.status === 'running' && !progress.has(jobId)) {
    // Not this process's job: running elsewhere (its lock is held) or abandoned (free).
    const abandoned = await db.transaction().execute(async (trx) => (await tryLockImportJob(trx, jobId)) && failRunningJob(trx, jobId, INTERRUPTED));
    if (abandoned) job = (await findImportJob(db, jobId))!;
  }
  const stored = job.error as { code: string; message: { id: string; en: string } } | null;
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    done: job.status === 'done' ? job.total : job.status === 'running' ? (progress.get(jobId) ?? null) : 0,
    report: (job.report as HistoricalReport | null) ?? null,
    error: stored ? { code: stored.code, message: stored.message[language] } : null,
  };
}
