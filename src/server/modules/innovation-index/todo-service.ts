import type { RequestContext } from '../../http/request-context.js';
import { AppError } from '../../http/errors.js';
import { NOMINEES_DEFAULT_N } from '../../../common/index-nominees.js';
import { listNominees } from './nominees-service.js';
import { selectModels } from './repository.js';
import { getOwnReport } from './reports-service.js';
import { verificationQueue } from './verification-service.js';

/**
 * Read models for the role homes (`/api/me/todo`): the newest published model's work for a
 * region's staff (report not sent, rejections to answer) and for verifiers (sent reports).
 */

async function currentModel(ctx: RequestContext) {
  return (await selectModels(ctx.db)).find((m) => m.status === 'published') ?? null;
}

async function currentYear(ctx: RequestContext): Promise<number | null> {
  return (await currentModel(ctx))?.year ?? null;
}

export async function regionIndexWork(ctx: RequestContext): Promise<{ year: number; unsent: boolean; toAnswer: number; closesAt: Date | null } | null> {
  const model = await currentModel(ctx);
  if (model === null) return null;
  const year = model.year;
  try {
    const report = await getOwnReport(ctx, year);
    const toAnswer = report?.rows.filter((r) => r.status === 'rejected' && !r.answer && r.answerDueAt && r.answerDueAt > ctx.now).length ?? 0;
    return { year, unsent: !report || report.status === 'draft' || report.status === 'ready', toAnswer, closesAt: model.windowClosesAt };
  } catch (error) {
    // Not a regional government's staff: nothing to report.
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

export async function verifierIndexWork(ctx: RequestContext): Promise<{ year: number; toVerify: number } | null> {
  const year = await currentYear(ctx);
  if (year === null) return null;
  return { year, toVerify: (await verificationQueue(ctx, year, { status: 'sent', page: 1, pageSize: 1 })).total };
}

/** The index team's work on the newest published model: reports to verify, the window's close, results still to publish once it closed. */
export async function adminIndexWork(
  ctx: RequestContext,
): Promise<{ year: number; toVerify: number; windowOpen: boolean; closesAt: Date | null; resultsToPublish: boolean; nomineesToSend: number } | null> {
  const model = await currentModel(ctx);
  if (model === null) return null;
  const toVerify = (await verificationQueue(ctx, model.year, { status: 'sent', page: 1, pageSize: 1 })).total;
  const opened = model.windowOpensAt !== null && model.windowOpensAt <= ctx.now;
  const closed = model.windowClosesAt !== null && model.windowClosesAt <= ctx.now;
  // Once published: the default top N of every cluster not sent to a panel round yet.
  const nomineesToSend = model.resultsPublishedAt
    ? (await listNominees(ctx, model.year, { n: NOMINEES_DEFAULT_N })).clusters.flatMap((c) => c.items).filter((i) => !i.sent && i.agencyId).length
    : 0;
  return {
    year: model.year,
    toVerify,
    windowOpen: opened && !closed,
    closesAt: model.windowClosesAt,
    resultsToPublish: closed && model.resultsPublishedAt === null,
    nomineesToSend,
  };
}
