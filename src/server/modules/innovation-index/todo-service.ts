import type { RequestContext } from '../../http/request-context.js';
import { AppError } from '../../http/errors.js';
import { selectModels } from './repository.js';
import { getOwnReport } from './reports-service.js';
import { verificationQueue } from './verification-service.js';

/**
 * Read models for the role homes (`/api/me/todo`): the newest published model's work for a
 * region's staff (report not sent, rejections to answer) and for verifiers (sent reports).
 */

async function currentYear(ctx: RequestContext): Promise<number | null> {
  return (await selectModels(ctx.db)).find((m) => m.status === 'published')?.year ?? null;
}

export async function regionIndexWork(ctx: RequestContext): Promise<{ year: number; unsent: boolean; toAnswer: number } | null> {
  const year = await currentYear(ctx);
  if (year === null) return null;
  try {
    const report = await getOwnReport(ctx, year);
    const toAnswer = report?.rows.filter((r) => r.status === 'rejected' && !r.answer && r.answerDueAt && r.answerDueAt > ctx.now).length ?? 0;
    return { year, unsent: !report || report.status === 'draft' || report.status === 'ready', toAnswer };
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
