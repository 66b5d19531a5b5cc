import type { z } from 'zod';
import { todayWib } from '../../../common/replication.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { fieldError, type NetworkContext, viewerOf } from './context.js';
import {
  type CaseFactsRow,
  findMilestone,
  insertEvent,
  insertLog,
  listIndicators,
  listMilestones,
  lockCase,
  markMilestoneDone,
  replaceIndicators,
  replaceMilestones,
  updateCase,
} from './cases-repository.js';
import { factsOf, getCaseFor } from './cases-read-service.js';
import type { indicatorsBody, logBody, MilestoneInput } from './cases-schemas.js';
import { checkMilestones } from './cases-service.js';
import { assertCaseRight, type CaseRight, caseAbilities, type NetworkViewer } from './policy.js';

/** Changes within a case that do not move its state: the plan, milestones done, the log, the indicators. */

function wrongState(action: string, state: string) {
  return errors.conflict('CASE_STATE_CONFLICT', {
    id: `Tindakan '${action}' tidak dapat dilakukan pada kasus replikasi berstatus '${state}'.`,
    en: `Action '${action}' is not possible on a replication case in state '${state}'.`,
  });
}

async function change(
  ctx: NetworkContext,
  caseId: string,
  right: CaseRight,
  action: string,
  apply: (trx: Trx, row: CaseFactsRow, viewer: NetworkViewer) => Promise<{ before?: unknown; after: unknown; note?: string | null }>,
) {
  const viewer = await viewerOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockCase(trx, caseId);
    assertCaseRight(viewer, row && factsOf(row), right);
    if (!caseAbilities(viewer, factsOf(row!))[right]) throw wrongState(action, row!.state);
    const result = await apply(trx, row!, viewer);
    await updateCase(trx, caseId, {});
    await insertEvent(trx, { caseId, action, from: null, to: null, actorId: viewer.user.id, note: result.note ?? null });
    await appendAudit(trx, ctx.actor, { action: `replication.${action}`, entityType: 'replication_case', entityId: caseId, before: result.before ?? null, after: result.after });
  });
  return getCaseFor(ctx, viewer, caseId);
}

/** Replace the transfer plan (items with an id keep their "done" mark). */
export function replacePlan(ctx: NetworkContext, caseId: string, milestones: MilestoneInput[]) {
  return change(ctx, caseId, 'editPlan', 'plan', async (trx, row) => {
    checkMilestones(milestones, row.agreement_date);
    const before = await listMilestones(trx, caseId);
    await replaceMilestones(trx, caseId, milestones);
    return { before: { milestones: before.map((m) => ({ id: m.id, kind: m.kind, title: m.title, dueOn: m.due_on })) }, after: { milestones } };
  });
}

export function completeMilestone(ctx: NetworkContext, caseId: string, milestoneId: string) {
  return change(ctx, caseId, 'markMilestone', 'milestone_done', async (trx) => {
    const milestone = await findMilestone(trx, caseId, milestoneId);
    if (!milestone) throw errors.notFound({ id: 'Tonggak', en: 'Milestone' });
    if (milestone.done_at) throw errors.conflict('MILESTONE_ALREADY_DONE', { id: 'Tonggak ini sudah ditandai selesai.', en: 'This milestone is already marked done.' });
    await markMilestoneDone(trx, caseId, milestoneId, ctx.now);
    return { after: { milestoneId, title: milestone.title }, note: milestone.title };
  });
}

export function addLog(ctx: NetworkContext, caseId: string, input: z.infer<typeof logBody>) {
  if (input.heldOn > todayWib(ctx.now)) throw fieldError('heldOn', { id: 'tidak boleh di masa depan', en: 'must not be in the future' });
  return change(ctx, caseId, 'log', 'log', async (trx, _row, viewer) => {
    const id = await insertLog(trx, { caseId, heldOn: input.heldOn, mode: input.mode, notes: input.notes, authorId: viewer.user.id });
    return { after: { logId: id, ...input }, note: `${input.mode} ${input.heldOn}` };
  });
}

export function setIndicators(ctx: NetworkContext, caseId: string, input: z.infer<typeof indicatorsBody>) {
  return change(ctx, caseId, 'editIndicators', 'indicators', async (trx) => {
    const before = await listIndicators(trx, caseId);
    await replaceIndicators(trx, caseId, input.indicators);
    return {
      before: { indicators: before.map((x) => ({ name: x.name, unit: x.unit, baseline: Number(x.baseline), followUp: x.follow_up === null ? null : Number(x.follow_up) })) },
      after: { indicators: input.indicators },
    };
  });
}
