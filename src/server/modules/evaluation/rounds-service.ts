import { appendAudit } from '../../audit/audit-log.js';
import type { EvaluationRoundRow, RoundStatus } from '../../db/schema/evaluation.js';
import { errors } from '../../http/errors.js';
import { loadCompetitionConfig } from '../competitions/service.js';
import { competitionFacts, listEvaluatorFacts, listRoundCandidates } from './candidates.js';
import { type CriterionView, criterionView, toDomainCriterion } from './criteria.js';
import { type Db, type EvaluationContext, ROUND, refusals } from './context.js';
import { validateCriteria } from './domain/index.js';
import { mayJoinPool } from './policy.js';
import { findRound, insertRound, listAssignments, listCriteria, listPool, listRounds, replaceCriteria, replacePool, updateRound } from './repository.js';
import { canMoveRound } from './round-status.js';
import { findSelectionRound } from './selection-repository.js';
import { sameCriteria, samePool } from './same-as-stored.js';
import type { CreateRoundInput, CriteriaInput, PoolInput, UpdateRoundInput } from './schemas.js';

export interface RoundSettingsView {
  id: string;
  competitionId: string;
  stageId: string | null;
  name: string;
  reviewerRole: 'evaluator' | 'panelist';
  reviewersPerProposal: number;
  defaultMaxPerEvaluator: number;
  sourceSelectionId: string | null;
  blind: boolean;
  showOthersAfterSubmit: boolean;
  scoresEditableAfterSubmit: boolean;
  aggregation: 'mean' | 'median' | 'normalised';
  disagreementThreshold: number | null;
  carryOverWeight: number;
  status: RoundStatus;
}

export function roundSettings(row: EvaluationRoundRow): RoundSettingsView {
  return {
    id: row.id,
    competitionId: row.competition_id,
    stageId: row.stage_id,
    name: row.name,
    reviewerRole: row.reviewer_role,
    reviewersPerProposal: row.reviewers_per_proposal,
    defaultMaxPerEvaluator: row.default_max_per_evaluator,
    sourceSelectionId: row.source_selection_id,
    blind: row.blind,
    showOthersAfterSubmit: row.show_others_after_submit,
    scoresEditableAfterSubmit: row.scores_editable_after_submit,
    aggregation: row.aggregation,
    disagreementThreshold: row.disagreement_threshold === null ? null : Number(row.disagreement_threshold),
    carryOverWeight: Number(row.carry_over_weight),
    status: row.status,
  };
}

export async function requireRound(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<EvaluationRoundRow> {
  const row = await findRound(db, id, options);
  if (!row) throw errors.notFound(ROUND);
  return row;
}

export async function roundCriteria(db: Db, roundId: string): Promise<CriterionView[]> {
  return (await listCriteria(db, roundId)).map(criterionView);
}

export interface RoundView extends RoundSettingsView {
  criteria: CriterionView[];
  pool: { userId: string; name: string; email: string; agencyName: string | null; maxProposals: number; expertiseCategoryIds: string[]; load: number }[];
  counts: { proposals: number; assignments: number; unpublished: number };
}

export async function getRound(ctx: EvaluationContext, id: string): Promise<RoundView> {
  const row = await requireRound(ctx.db, id);
  const [criteria, pool, assignments, candidates] = await Promise.all([
    roundCriteria(ctx.db, id),
    listPool(ctx.db, id),
    listAssignments(ctx.db, id),
    listRoundCandidates(ctx.db, row),
  ]);
  const facts = new Map(
    (
      await listEvaluatorFacts(
        ctx.db,
        pool.map((m) => m.userId),
      )
    ).map((f) => [f.id, f]),
  );
  const load = new Map<string, number>();
  for (const a of assignments) load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
  return {
    ...roundSettings(row),
    criteria,
    pool: pool.map((m) => ({
      userId: m.userId,
      name: facts.get(m.userId)?.name ?? '',
      email: facts.get(m.userId)?.email ?? '',
      agencyName: facts.get(m.userId)?.agencyName ?? null,
      maxProposals: m.maxProposals,
      expertiseCategoryIds: m.expertiseCategoryIds,
      load: load.get(m.userId) ?? 0,
    })),
    counts: { proposals: candidates.length, assignments: assignments.length, unpublished: assignments.filter((a) => !a.published).length },
  };
}

export async function listCompetitionRounds(ctx: EvaluationContext, competitionId: string): Promise<RoundSettingsView[]> {
  return (await listRounds(ctx.db, competitionId)).map(roundSettings);
}

export async function createRound(ctx: EvaluationContext, input: CreateRoundInput): Promise<RoundView> {
  const competition = await competitionFacts(ctx.db, input.competitionId);
  if (!competition) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (input.stageId) {
      const config = await loadCompetitionConfig(trx, input.competitionId);
      if (!config?.stages.some((s) => s.id === input.stageId))
        throw errors.validation(
          { id: 'Tahap kompetisi (stageId) bukan milik kompetisi ini.', en: 'The stage (stageId) does not belong to this competition.' },
          { field: 'stageId' },
        );
    }
    if (input.sourceSelectionId) {
      const source = await findSelectionRound(trx, input.sourceSelectionId);
      if (source?.competition_id !== input.competitionId)
        throw errors.validation(
          { id: 'Seleksi sumber (sourceSelectionId) bukan milik kompetisi ini.', en: 'The source selection (sourceSelectionId) does not belong to this competition.' },
          { field: 'sourceSelectionId' },
        );
    }
    const row = await insertRound(trx, {
      competition_id: input.competitionId,
      stage_id: input.stageId ?? null,
      name: input.name,
      reviewer_role: input.reviewerRole,
      reviewers_per_proposal: input.reviewersPerProposal,
      default_max_per_evaluator: input.defaultMaxPerEvaluator,
      source_selection_id: input.sourceSelectionId ?? null,
      blind: input.blind,
      show_others_after_submit: input.showOthersAfterSubmit,
      scores_editable_after_submit: input.scoresEditableAfterSubmit,
      aggregation: input.aggregation,
      disagreement_threshold: input.disagreementThreshold ?? null,
      carry_over_weight: input.carryOverWeight ?? 0,
    });
    await appendAudit(trx, ctx.actor, { action: 'evaluation.round.create', entityType: 'evaluation_round', entityId: row.id, after: roundSettings(row) });
    return row.id;
  });
  return getRound(ctx, id);
}

/** Visibility rules may change at any time; the shape of the work (k, caps, reviewers) only in setup. */
export async function updateRoundSettings(ctx: EvaluationContext, id: string, input: UpdateRoundInput): Promise<RoundView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireRound(trx, id, { forUpdate: true });
    const structural = ['reviewerRole', 'reviewersPerProposal', 'defaultMaxPerEvaluator', 'stageId'] as const;
    if (row.status !== 'setup' && structural.some((k) => input[k] !== undefined)) throw refusals.roundNotInSetup();
    const updated = await updateRound(trx, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.stageId !== undefined && { stage_id: input.stageId }),
      ...(input.reviewerRole !== undefined && { reviewer_role: input.reviewerRole }),
      ...(input.reviewersPerProposal !== undefined && { reviewers_per_proposal: input.reviewersPerProposal }),
      ...(input.defaultMaxPerEvaluator !== undefined && { default_max_per_evaluator: input.defaultMaxPerEvaluator }),
      ...(input.blind !== undefined && { blind: input.blind }),
      ...(input.showOthersAfterSubmit !== undefined && { show_others_after_submit: input.showOthersAfterSubmit }),
      ...(input.scoresEditableAfterSubmit !== undefined && { scores_editable_after_submit: input.scoresEditableAfterSubmit }),
      ...(input.aggregation !== undefined && { aggregation: input.aggregation }),
      ...(input.disagreementThreshold !== undefined && { disagreement_threshold: input.disagreementThreshold }),
      ...(input.carryOverWeight !== undefined && { carry_over_weight: input.carryOverWeight }),
    });
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.round.update',
      entityType: 'evaluation_round',
      entityId: id,
      before: roundSettings(row),
      after: roundSettings(updated),
    });
  });
  return getRound(ctx, id);
}

export async function setCriteria(ctx: EvaluationContext, id: string, input: CriteriaInput): Promise<RoundView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireRound(trx, id, { forUpdate: true });
    const before = await roundCriteria(trx, id);
    // Checked before the setup rule: a resend of what is stored is the same intent even after the round opened.
    if (sameCriteria(before, input)) return;
    if (row.status !== 'setup') throw refusals.roundNotInSetup();
    input.forEach((c, i) => {
      if (c.scale.kind === 'numeric' && !(c.scale.min < c.scale.max)) {
        throw errors.validation(
          { id: `Kriteria ${i + 1} (${c.name}): skala harus memiliki nilai minimum lebih kecil dari maksimum.`, en: `Criterion ${i + 1} (${c.name}): the scale needs min < max.` },
          { field: `criteria.${i}.scale` },
        );
      }
    });
    if (!input.some((c) => c.includedInTotal)) {
      throw errors.validation(
        { id: 'Setidaknya satu kriteria harus dihitung dalam nilai total.', en: 'At least one criterion must count toward the total.' },
        { field: 'criteria' },
      );
    }
    await replaceCriteria(
      trx,
      id,
      input.map((c, i) => ({
        position: i + 1,
        name: c.name,
        name_en: c.nameEn || null,
        description: c.description,
        weight: c.weight,
        scale_kind: c.scale.kind,
        scale_min: c.scale.kind === 'numeric' ? c.scale.min : null,
        scale_max: c.scale.kind === 'numeric' ? c.scale.max : null,
        levels: c.scale.kind === 'levels' ? c.scale.levels : [],
        required: c.required,
        included_in_total: c.includedInTotal,
      })),
    );
    const after = await roundCriteria(trx, id);
    validateCriteria(after.map(toDomainCriterion));
    await appendAudit(trx, ctx.actor, { action: 'evaluation.criteria.replace', entityType: 'evaluation_round', entityId: id, before, after });
  });
  return getRound(ctx, id);
}

export async function setPool(ctx: EvaluationContext, id: string, input: PoolInput): Promise<RoundView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireRound(trx, id, { forUpdate: true });
    const members = input.map((m) => ({ userId: m.userId, maxProposals: m.maxProposals ?? row.default_max_per_evaluator, expertiseCategoryIds: m.expertiseCategoryIds }));
    const before = await listPool(trx, id);
    // Checked before the closed rule: a resend of the stored pool is the same intent even after the round closed.
    if (samePool(before, members)) return;
    if (row.status === 'closed') throw refusals.stageClosed();
    const ids = input.map((m) => m.userId);
    if (new Set(ids).size !== ids.length) {
      throw errors.validation({ id: 'Seorang penilai tercantum dua kali.', en: 'An evaluator is listed twice.' }, { field: 'members' });
    }
    const facts = new Map((await listEvaluatorFacts(trx, ids)).map((f) => [f.id, f]));
    input.forEach((m, i) => {
      const f = facts.get(m.userId);
      if (!f || !mayJoinPool(f, row)) {
        throw errors.validation(
          {
            id: `Anggota ${i + 1} bukan akun aktif dengan peran ${row.reviewer_role === 'evaluator' ? 'Tim Evaluasi (evaluator)' : 'Tim Panel Independen (panelist)'}.`,
            en: `Member ${i + 1} is not an active account with the ${row.reviewer_role} role.`,
          },
          { field: `members.${i}.userId` },
        );
      }
    });
    const assigned = new Set((await listAssignments(trx, id)).map((a) => a.evaluatorId));
    const dropped = before.filter((m) => assigned.has(m.userId) && !ids.includes(m.userId));
    if (dropped.length > 0) {
      throw errors.conflict(
        'POOL_MEMBER_HAS_ASSIGNMENTS',
        {
          id: 'Penilai yang masih memiliki penugasan tidak dapat dikeluarkan; pindahkan penugasannya lebih dulu.',
          en: 'An evaluator who still holds assignments cannot be removed; reassign their work first.',
        },
        { evaluatorIds: dropped.map((m) => m.userId) },
      );
    }
    await replacePool(trx, id, members);
    await appendAudit(trx, ctx.actor, { action: 'evaluation.pool.replace', entityType: 'evaluation_round', entityId: id, before, after: members });
  });
  return getRound(ctx, id);
}

export async function moveRound(ctx: EvaluationContext, id: string, to: RoundStatus): Promise<RoundView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireRound(trx, id, { forUpdate: true });
    if (!canMoveRound(row.status, to)) {
      throw errors.conflict('ROUND_TRANSITION_NOT_ALLOWED', {
        id: `Tahap tidak dapat dipindahkan dari "${row.status}" ke "${to}".`,
        en: `The round cannot move from "${row.status}" to "${to}".`,
      });
    }
    if (to === 'open' && (await listCriteria(trx, id)).length === 0) {
      throw errors.conflict('ROUND_HAS_NO_CRITERIA', { id: 'Tentukan kriteria penilaian sebelum membuka tahap.', en: 'Set the scoring criteria before opening the round.' });
    }
    await updateRound(trx, id, { status: to });
    await appendAudit(trx, ctx.actor, {
      action: `evaluation.round.${to === 'closed' ? 'close' : 'open'}`,
      entityType: 'evaluation_round',
      entityId: id,
      before: { status: row.status },
      after: { status: to },
    });
  });
  return getRound(ctx, id);
}
