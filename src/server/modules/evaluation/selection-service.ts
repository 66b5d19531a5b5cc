import { appendAudit } from '../../audit/audit-log.js';
import type { ComputedReason, EvaluationRoundRow } from '../../db/schema/evaluation.js';
import { errors } from '../../http/errors.js';
import { recordCompetitionAwards } from '../catalog/awards-service.js';
import { loadCompetitionConfig } from '../competitions/service.js';
import { type CandidateFacts, competitionFacts, listRoundCandidates } from './candidates.js';
import { type EvaluationContext, PROPOSAL, refusals, SELECTION } from './context.js';
import { type SelectionProblem, selectTop } from './domain/index.js';
import { canRecordDecision, canSeeResults, maySeeObjectorEmail } from './policy.js';
import { computeRoundResults } from './results-service.js';
import { requireRound } from './rounds-service.js';
import { resultsMasking } from './results-masking.js';
import { checkSelectionRules } from './selection-rules-check.js';
import type { CreateSelectionInput, SelectionRulesInput } from './schemas.js';
import {
  answerObjectionRow,
  findObjection,
  findSelection,
  insertDecisions,
  insertSelection,
  listDecisions,
  listObjections,
  listOpenSelections,
  listSelectionsOfRound,
  type SelectionRecord,
  updateDecision,
  updateSelection,
} from './selection-repository.js';

/**
 * Top-N selection: computed from the ranking under the spread rules, adjusted by the panel with
 * a rationale per proposal, published for a public objection period, then finalised with the
 * decree, which writes the awards onto the catalog innovations. Each step is audited.
 */

const AWARD_LABEL: Record<string, { id: string; en: string }> = {
  top_99: { id: 'Top 99', en: 'Top 99' },
  top_45: { id: 'Top 45', en: 'Top 45' },
  top_5: { id: 'Top 5 Outstanding Achievement', en: 'Top 5 Outstanding Achievement' },
  special: { id: 'Penghargaan Khusus', en: 'Special award' },
};

/** The catalog keeps labels to 200 characters; a long competition name is shortened, not refused. */
function awardLabel(level: string, competitionName: string): string {
  const label = `${AWARD_LABEL[level]!.id} ${competitionName}`;
  return label.length > 200 ? `${label.slice(0, 199)}…` : label;
}

function problemText(p: SelectionProblem): string {
  switch (p.kind) {
    case 'minimum-exceeds-size':
      return `minimum ${p.minimum} (${p.constraint.type}) > ${p.size}`;
    case 'minimums-exceed-size':
      return `${p.family} minimums ${p.totalMinimum} > ${p.size}`;
    case 'not-enough-candidates':
      return `${p.constraint.type}: ${p.available} < ${p.minimum}`;
    case 'minimums-jointly-infeasible':
      return 'minimums jointly infeasible';
    default:
      return 'search limit';
  }
}

async function requireSelection(ctx: EvaluationContext, id: string, options: { forUpdate?: boolean } = {}): Promise<SelectionRecord> {
  const s = await findSelection(ctx.db, id, options);
  if (!s) throw errors.notFound(SELECTION);
  return s;
}

export async function createSelection(ctx: EvaluationContext, roundId: string, input: CreateSelectionInput) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, roundId, { forUpdate: true });
    if (round.status !== 'closed') {
      throw errors.conflict('ROUND_NOT_CLOSED', { id: 'Tutup tahap penilaian sebelum menyusun seleksi.', en: 'Close the round before making a selection.' });
    }
    const config = await loadCompetitionConfig(trx, round.competition_id);
    const knownIds = new Set([...(config?.categories ?? []), ...(config?.groups ?? [])].map((k) => k.id));
    for (const [field, record] of [
      ['rules.minPerCategory', input.rules.minPerCategory],
      ['rules.minPerGroup', input.rules.minPerGroup],
    ] as const) {
      for (const key of Object.keys(record ?? {})) {
        if (!knownIds.has(key)) {
          throw errors.validation(
            { id: `${field}: "${key}" bukan kategori/kelompok kompetisi ini.`, en: `${field}: "${key}" is not a category/group of this competition.` },
            { field },
          );
        }
      }
    }
    const basis = input.basis ?? round.aggregation;
    const results = await computeRoundResults(trx, round, basis);
    if (results.ranked.length === 0) {
      throw errors.conflict('NOTHING_TO_SELECT', { id: 'Belum ada usulan dengan nilai terkirim pada tahap ini.', en: 'No proposal in this round has a submitted score yet.' });
    }
    const ranked = results.ranked.map((r) => ({
      proposalId: r.proposal.id,
      categoryId: r.proposal.categoryId,
      groupId: r.proposal.groupId,
      provinceCode: r.proposal.provinceCode ?? 'pusat',
      remote3T: r.proposal.remote3T,
    }));
    const outcome = selectTop(ranked, { size: input.size, ...input.rules });
    if (!outcome.ok) {
      throw errors.conflict(
        'SELECTION_INFEASIBLE',
        {
          id: `Aturan sebaran tidak dapat dipenuhi: ${outcome.problems.map(problemText).join('; ')}.`,
          en: `The spread rules cannot be met: ${outcome.problems.map(problemText).join('; ')}.`,
        },
        { problems: outcome.problems },
      );
    }
    const reason = new Map<string, ComputedReason>();
    for (const s of outcome.selected) reason.set(s.candidate.proposalId, s.beyondPlainCut ? 'rule' : 'plain_cut');
    for (const p of outcome.passedOver) reason.set(p.candidate.proposalId, p.reason === 'province-cap' ? 'province_cap' : 'displaced_by_quota');
    const selection = await insertSelection(trx, {
      round_id: roundId,
      name: input.name,
      award_level: input.awardLevel,
      size: input.size,
      rules: JSON.stringify(input.rules),
      basis,
    });
    await insertDecisions(
      trx,
      results.ranked.map((r) => {
        const why = reason.get(r.proposal.id) ?? 'below_cut';
        return { selection_id: selection.id, proposal_id: r.proposal.id, rank: r.rank, score: r.score, selected: why === 'plain_cut' || why === 'rule', computed_reason: why };
      }),
    );
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.selection.create',
      entityType: 'evaluation_selection',
      entityId: selection.id,
      after: { roundId, name: input.name, size: input.size, basis, rules: input.rules, selected: outcome.selected.map((s) => s.candidate.proposalId), shortBy: outcome.shortBy },
    });
    return selection.id;
  });
  return getSelection(ctx, id);
}

async function roundOf(ctx: EvaluationContext, selection: SelectionRecord): Promise<EvaluationRoundRow> {
  return requireRound(ctx.db, selection.round_id);
}

export async function getSelection(ctx: EvaluationContext, id: string) {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  const selection = await requireSelection(ctx, id);
  const round = await roundOf(ctx, selection);
  if (!canSeeResults(user, round)) throw refusals.resultsNotVisible();
  const [decisions, objections, candidates] = await Promise.all([listDecisions(ctx.db, id), listObjections(ctx.db, id), listRoundCandidates(ctx.db, round)]);
  const show = await resultsMasking(
    ctx.db,
    user,
    decisions.map((d) => d.proposal_id),
  );
  const facts = new Map(candidates.map((c) => [c.id, c]));
  const shown = new Map(candidates.map((c) => [c.id, show(c)]));
  return {
    ...selectionHeader(selection),
    roundId: selection.round_id,
    rules: selection.rules as SelectionRulesInput,
    basis: selection.basis,
    selectedCount: decisions.filter((d) => d.selected).length,
    ruleCheck: checkSelectionRules(
      selection.rules as SelectionRulesInput,
      decisions.filter((d) => d.selected).flatMap((d) => facts.get(d.proposal_id) ?? []),
    ),
    decisions: decisions.map((d) => {
      const f = shown.get(d.proposal_id);
      return {
        proposalId: d.proposal_id,
        proposalNumber: f?.number ?? '',
        title: f?.title ?? '',
        agencyName: f?.agencyName ?? null,
        regionName: f?.regionName ?? null,
        categoryId: f?.categoryId ?? null,
        groupId: f?.groupId ?? null,
        remote3T: f?.remote3T ?? false,
        rank: d.rank,
        score: Number(d.score),
        selected: d.selected,
        computedReason: d.computed_reason,
        rationale: d.rationale,
        decidedAt: d.decided_at ? new Date(d.decided_at).toISOString() : null,
      };
    }),
    objections: objections.map((o) => ({
      id: o.id,
      proposalId: o.proposal_id,
      name: o.name,
      email: maySeeObjectorEmail(user) ? o.email : null,
      reason: o.reason,
      status: o.status,
      answer: o.answer,
      createdAt: new Date(o.created_at).toISOString(),
    })),
  };
}

export function selectionHeader(s: SelectionRecord) {
  return {
    id: s.id,
    name: s.name,
    awardLevel: s.award_level,
    size: s.size,
    status: s.status,
    publishedAt: s.published_at ? new Date(s.published_at).toISOString() : null,
    objectionEndsAt: s.objection_ends_at ? new Date(s.objection_ends_at).toISOString() : null,
    decreeNumber: s.decree_number,
    decreeDate: s.decree_date_text,
  };
}

/** The panel's worklist: draft and published selections of rounds whose results it may see. */
export async function listPanelSelections(ctx: EvaluationContext) {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  const rows = await listOpenSelections(ctx.db);
  return rows
    .filter((r) => canSeeResults(user, { reviewer_role: r.reviewer_role, status: r.round_status }))
    .map((r) => ({ ...selectionHeader(r), roundName: r.round_name, competitionName: r.competition_name, competitionYear: r.competition_year }));
}

/** The selections made from a round, under the same visibility rule as the round's results. */
export async function listRoundSelections(ctx: EvaluationContext, roundId: string) {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  const round = await requireRound(ctx.db, roundId);
  if (!canSeeResults(user, round)) throw refusals.resultsNotVisible();
  return (await listSelectionsOfRound(ctx.db, roundId)).map(selectionHeader);
}

function notDraft() {
  return errors.conflict('SELECTION_NOT_DRAFT', { id: 'Seleksi yang sudah diumumkan tidak dapat diubah.', en: 'A published selection cannot be changed.' });
}

/** The panel's decision on one proposal, with its rationale; never more than N selected. */
export async function recordDecision(ctx: EvaluationContext, selectionId: string, proposalId: string, input: { selected: boolean; rationale: string }) {
  const user = ctx.user;
  if (!user || !canRecordDecision(user)) throw errors.forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, selectionId, { forUpdate: true });
    if (!selection) throw errors.notFound(SELECTION);
    const round = await requireRound(trx, selection.round_id);
    if (!canSeeResults(user, round)) throw errors.conflict('RESULTS_NOT_VISIBLE', { id: 'Seleksi ini belum dapat dilihat.', en: 'This selection is not visible yet.' });
    const decisions = await listDecisions(trx, selectionId);
    const decision = decisions.find((d) => d.proposal_id === proposalId);
    // Checked before the draft rule: the decision already recorded, resent after publication, is the same intent.
    if (decision && decision.selected === input.selected && decision.rationale === input.rationale) return;
    if (selection.status !== 'draft') throw notDraft();
    if (!decision) throw errors.notFound(PROPOSAL);
    const selectedAfter = decisions.filter((d) => (d.proposal_id === proposalId ? input.selected : d.selected)).length;
    if (selectedAfter > selection.size) {
      throw errors.conflict(
        'SELECTION_OVER_SIZE',
        {
          id: `Tidak dapat memilih lebih dari ${selection.size} usulan; batalkan pilihan lain lebih dulu.`,
          en: `Cannot select more than ${selection.size} proposals; deselect another one first.`,
        },
        { size: selection.size },
      );
    }
    await updateDecision(trx, selectionId, proposalId, { selected: input.selected, rationale: input.rationale, decided_by: user.id, decided_at: ctx.now });
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.selection.decide',
      entityType: 'evaluation_selection',
      entityId: selectionId,
      before: { proposalId, selected: decision.selected, rationale: decision.rationale },
      after: { proposalId, selected: input.selected, rationale: input.rationale },
    });
  });
  return getSelection(ctx, selectionId);
}

export async function publishSelection(ctx: EvaluationContext, id: string, objectionHours: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, id, { forUpdate: true });
    if (!selection) throw errors.notFound(SELECTION);
    if (selection.status !== 'draft') throw notDraft();
    const endsAt = new Date(ctx.now.getTime() + objectionHours * 3600_000);
    await updateSelection(trx, id, { status: 'published', published_at: ctx.now, objection_ends_at: endsAt });
    const selected = (await listDecisions(trx, id)).filter((d) => d.selected).map((d) => d.proposal_id);
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.selection.publish',
      entityType: 'evaluation_selection',
      entityId: id,
      after: { objectionEndsAt: endsAt.toISOString(), selected },
    });
  });
  return getSelection(ctx, id);
}

/**
 * Back to draft after an upheld objection: the panel corrects the list and the ministry publishes
 * it again with a new objection period. Answered objections stay on record.
 */
export async function withdrawSelection(ctx: EvaluationContext, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, id, { forUpdate: true });
    if (!selection) throw errors.notFound(SELECTION);
    if (selection.status !== 'published') {
      throw errors.conflict('SELECTION_NOT_PUBLISHED', {
        id: 'Hanya seleksi yang sedang diumumkan yang dapat ditarik kembali.',
        en: 'Only a published selection can be withdrawn.',
      });
    }
    const open = (await listObjections(trx, id)).filter((o) => o.status === 'open');
    if (open.length > 0) {
      throw errors.conflict(
        'OBJECTIONS_UNANSWERED',
        { id: `${open.length} sanggahan belum dijawab.`, en: `${open.length} objection(s) have not been answered.` },
        { count: open.length },
      );
    }
    await updateSelection(trx, id, { status: 'draft', published_at: null, objection_ends_at: null });
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.selection.withdraw',
      entityType: 'evaluation_selection',
      entityId: id,
      before: { status: 'published', objectionEndsAt: selection.objection_ends_at },
      after: { status: 'draft' },
    });
  });
  return getSelection(ctx, id);
}

export async function answerObjection(ctx: EvaluationContext, selectionId: string, objectionId: string, input: { status: 'upheld' | 'rejected'; answer: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, selectionId, { forUpdate: true });
    if (!selection) throw errors.notFound(SELECTION);
    if (selection.status === 'final') throw errors.conflict('SELECTION_FINAL', { id: 'Seleksi sudah final.', en: 'The selection is final.' });
    const objection = await findObjection(trx, selectionId, objectionId);
    if (!objection) throw errors.notFound({ id: 'Sanggahan', en: 'Objection' });
    if (objection.status !== 'open') throw errors.conflict('OBJECTION_ANSWERED', { id: 'Sanggahan ini sudah dijawab.', en: 'This objection has already been answered.' });
    await answerObjectionRow(trx, objectionId, { status: input.status, answer: input.answer, answered_by: ctx.actor.userId, answered_at: ctx.now });
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.objection.answer',
      entityType: 'evaluation_objection',
      entityId: objectionId,
      before: { status: 'open' },
      after: input,
    });
  });
  return getSelection(ctx, selectionId);
}

/** After the objection period, with every objection answered: the decree, and the awards. */
export async function finaliseSelection(ctx: EvaluationContext, id: string, input: { decreeNumber: string; decreeDate: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, id, { forUpdate: true });
    if (!selection) throw errors.notFound(SELECTION);
    if (selection.status !== 'published') {
      throw errors.conflict('SELECTION_NOT_PUBLISHED', { id: 'Hanya seleksi yang sudah diumumkan yang dapat difinalkan.', en: 'Only a published selection can be finalised.' });
    }
    if (selection.objection_ends_at && ctx.now < new Date(selection.objection_ends_at)) {
      throw errors.conflict('OBJECTION_PERIOD_RUNNING', { id: 'Masa sanggah belum berakhir.', en: 'The objection period has not ended yet.' });
    }
    const open = (await listObjections(trx, id)).filter((o) => o.status === 'open');
    if (open.length > 0) {
      throw errors.conflict(
        'OBJECTIONS_UNANSWERED',
        { id: `${open.length} sanggahan belum dijawab.`, en: `${open.length} objection(s) have not been answered.` },
        { count: open.length },
      );
    }
    const round = await requireRound(trx, selection.round_id);
    const competition = await competitionFacts(trx, round.competition_id);
    const candidates = new Map((await listRoundCandidates(trx, round)).map((c): [string, CandidateFacts] => [c.id, c]));
    const selected = (await listDecisions(trx, id)).filter((d) => d.selected);
    await updateSelection(trx, id, { status: 'final', decree_number: input.decreeNumber, decree_date: input.decreeDate, finalised_at: ctx.now });
    const level = selection.award_level;
    const awards =
      level && competition
        ? selected
            .map((d) => candidates.get(d.proposal_id))
            .filter((c): c is CandidateFacts => Boolean(c?.innovationId))
            .map((c) => ({ innovationId: c.innovationId!, level, year: competition.year, label: awardLabel(level, competition.name), competitionId: competition.id }))
        : [];
    // The catalog writes its own table (and audits each award) inside this transaction.
    await recordCompetitionAwards(trx, ctx.actor, awards);
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.selection.finalise',
      entityType: 'evaluation_selection',
      entityId: id,
      before: { status: 'published' },
      after: { status: 'final', ...input, selected: selected.map((d) => d.proposal_id), awards: awards.map((a) => a.innovationId) },
    });
  });
  return getSelection(ctx, id);
}
