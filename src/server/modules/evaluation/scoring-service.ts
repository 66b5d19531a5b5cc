import type { MyAssignment, Review, SavedScore, SheetStatus } from '../../../common/evaluation.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { type CandidateFacts, findRoundCandidate, identifyingNames, submittedContentOf } from './candidates.js';
import { pairConflicts } from './conflicts-service.js';
import { type CriterionView, toDomainCriterion } from './criteria.js';
import { type Db, type EvaluationContext, refusals } from './context.js';
import { computeWeightedTotal, type ScoreSheetError } from './domain/index.js';
import { blindCode, identifyingTerms, REDACTION_MARK, redactText, redactValue } from './redaction.js';
import { findAssignment, findRedaction, lockAssignment, findRoundStage, findScore, listMyAssignmentRows, listRedactionTitles, listRoundScores, upsertScore } from './repository.js';
import { requireRound, roundCriteria } from './rounds-service.js';
import { sameSheet } from './same-as-stored.js';
import type { ScoreInput } from './schemas.js';

/**
 * The evaluator's side. An evaluator reaches a proposal only through a published assignment of
 * their own, in a round past setup, and never when a conflict of interest exists (even one
 * declared after the assignment). Nothing here returns another evaluator's score unless the round
 * says so, and never an aggregate or a rank.
 */

function requireUser(ctx: EvaluationContext) {
  if (!ctx.user) throw errors.unauthenticated();
  return ctx.user;
}

export async function listMyAssignments(ctx: EvaluationContext): Promise<MyAssignment[]> {
  const user = requireUser(ctx);
  const rows = await listMyAssignmentRows(ctx.db, user.id);
  // A blind round masks the agency and region in titles here too, not only on the review page.
  const blindIds = rows.filter((r) => r.blind).map((r) => r.proposal_id);
  const [names, redactedTitles] = await Promise.all([identifyingNames(ctx.db, blindIds), listRedactionTitles(ctx.db, blindIds)]);
  // A blind round shows the secretariat's redacted title, else a code: the submitted title and
  // the registration number are published (catalog, announced lists) and would name the agency.
  const titleOf = (r: (typeof rows)[number]) => {
    if (!r.blind) return r.title;
    const redacted = redactedTitles.get(r.proposal_id);
    return redacted === undefined ? blindCode(r.round_id, r.proposal_id) : redactText(redacted, identifyingTerms(names.get(r.proposal_id) ?? []));
  };
  return rows.map((r) => ({
    roundId: r.round_id,
    roundName: r.round_name,
    roundStatus: r.round_status,
    blind: r.blind,
    proposalId: r.proposal_id,
    proposalNumber: r.blind ? blindCode(r.round_id, r.proposal_id) : r.number,
    title: titleOf(r),
    deadline: r.deadline ? new Date(r.deadline).toISOString() : null,
    myStatus: (r.score_status ?? 'not_started') as SheetStatus,
    myTotal: r.my_total === null ? null : Number(r.my_total),
  }));
}

interface ReviewAccess {
  round: Awaited<ReturnType<typeof requireRound>>;
  proposal: CandidateFacts;
}

/** The gate in front of every evaluator read and write of one proposal. */
async function reviewAccess(db: Db, userId: string, roundId: string, proposalId: string): Promise<ReviewAccess> {
  const round = await requireRound(db, roundId);
  const assignment = await findAssignment(db, roundId, proposalId, userId);
  if (!assignment || !assignment.published || round.status === 'setup') throw refusals.notAssigned();
  const proposal = await findRoundCandidate(db, round, proposalId);
  if (!proposal) throw refusals.notAssigned();
  const conflicts = await pairConflicts(db, proposal, userId);
  if (conflicts.length > 0) throw refusals.conflicted(conflicts);
  return { round, proposal };
}

function sheetView(row: Awaited<ReturnType<typeof findScore>>) {
  if (!row) return null;
  return {
    values: row.criterion_values as Record<string, number | 'abstain'>,
    comments: row.criterion_comments as Record<string, string>,
    overallComment: row.overall_comment,
    total: row.total === null ? null : Number(row.total),
    status: row.status,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
  };
}

export async function getReview(ctx: EvaluationContext, roundId: string, proposalId: string): Promise<Review> {
  const user = requireUser(ctx);
  const { round, proposal } = await reviewAccess(ctx.db, user.id, roundId, proposalId);
  const [criteria, mine, content, redaction, stage] = await Promise.all([
    roundCriteria(ctx.db, roundId),
    findScore(ctx.db, roundId, proposalId, user.id),
    submittedContentOf(ctx.db, proposalId),
    round.blind ? findRedaction(ctx.db, proposalId) : undefined,
    findRoundStage(ctx.db, round.stage_id),
  ]);
  const terms = round.blind ? identifyingTerms([proposal.agencyName, proposal.regionName, proposal.provinceName]) : [];
  // A blind round serves the secretariat's redacted copy when there is one, masked automatically on top.
  const redacted = new Map(((redaction?.answers ?? []) as { number: number; value: string }[]).map((a) => [a.number, a.value]));
  const answers = ((content as { answers?: { number: number; question: string; value: unknown }[] } | null)?.answers ?? []).map((a) => ({
    number: a.number,
    question: a.question,
    value: round.blind ? redactValue(redacted.has(a.number) ? redacted.get(a.number) : a.value, terms) : a.value,
  }));
  let others: { label: string; total: number; comments: string }[] | null = null;
  if (round.show_others_after_submit && mine?.status === 'submitted') {
    const all = await listRoundScores(ctx.db, roundId, { submittedOnly: true, proposalId });
    others = all.filter((s) => s.evaluator_id !== user.id).map((s, i) => ({ label: `#${i + 1}`, total: Number(s.total), comments: s.overall_comment }));
  }
  return {
    round: {
      id: round.id,
      name: round.name,
      status: round.status,
      blind: round.blind,
      showOthersAfterSubmit: round.show_others_after_submit,
      scoresEditableAfterSubmit: round.scores_editable_after_submit,
      deadline: stage ? new Date(stage.ends_at).toISOString() : null,
      // Said by the server's clock, so the form does not depend on the reviewer's.
      deadlinePassed: stage ? ctx.now > new Date(stage.ends_at) : false,
    },
    proposal: {
      id: proposal.id,
      number: round.blind ? blindCode(round.id, proposal.id) : proposal.number,
      title: round.blind ? (redaction ? redactText(redaction.title, terms) : blindCode(round.id, proposal.id)) : proposal.title,
      categoryId: proposal.categoryId,
      groupId: proposal.groupId,
      agencyName: round.blind ? REDACTION_MARK : proposal.agencyName,
      regionName: round.blind ? REDACTION_MARK : proposal.regionName,
      answers,
    },
    criteria,
    myScore: sheetView(mine),
    others,
  };
}

function sheetRefusal(criteria: readonly CriterionView[], problems: readonly ScoreSheetError[]) {
  const names = new Map(criteria.map((c) => [c.id, c.name]));
  const describe = (e: ScoreSheetError): [string, string] => {
    switch (e.code) {
      case 'out-of-scale':
        return [
          `nilai "${names.get(e.criterionId)}" harus ${e.integerOnly ? 'salah satu tingkat ' : ''}antara ${e.min} dan ${e.max} (diberikan ${e.value})`,
          `"${names.get(e.criterionId)}" must be ${e.integerOnly ? 'a level ' : ''}between ${e.min} and ${e.max} (got ${e.value})`,
        ];
      case 'missing-required':
        return [`kriteria wajib "${names.get(e.criterionId)}" belum dinilai`, `required criterion "${names.get(e.criterionId)}" is not scored`];
      case 'unknown-criterion':
        return [`kriteria "${e.criterionId}" tidak dikenal`, `unknown criterion "${e.criterionId}"`];
      default:
        return ['tidak ada kriteria terhitung yang dinilai', 'no counted criterion was scored'];
    }
  };
  const texts = problems.map(describe);
  return errors.validation(
    { id: `Lembar nilai ditolak: ${texts.map((t) => t[0]).join('; ')}.`, en: `Score sheet refused: ${texts.map((t) => t[1]).join('; ')}.` },
    { field: 'values', problems },
  );
}

/** Saves a draft (partial allowed) or submits (complete) one score sheet, audited with before/after. */
export async function saveScore(ctx: EvaluationContext, roundId: string, proposalId: string, input: ScoreInput): Promise<SavedScore> {
  const user = requireUser(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    // Before reading the stored sheet: concurrent saves of this sheet wait here, one at a time.
    await lockAssignment(trx, roundId, proposalId, user.id);
    const { round } = await reviewAccess(trx, user.id, roundId, proposalId);
    if (round.status !== 'open') throw refusals.stageClosed();
    // A round scheduled in a competition stage takes scores until the stage ends, even if nobody closed it yet.
    const stage = await findRoundStage(trx, round.stage_id);
    if (stage && ctx.now > new Date(stage.ends_at)) throw refusals.deadlinePassed(stage);
    const before = await findScore(trx, roundId, proposalId, user.id);
    const criteria = await roundCriteria(trx, roundId);
    const known = new Set(criteria.map((c) => c.id));
    for (const key of Object.keys(input.comments)) {
      if (!known.has(key)) throw sheetRefusal(criteria, [{ code: 'unknown-criterion', criterionId: key }]);
    }
    for (const [criterionId, value] of Object.entries(input.values)) {
      if (value === 'abstain' && (input.comments[criterionId]?.trim().length ?? 0) < 3) {
        throw errors.validation(
          { id: 'Abstain pada sebuah kriteria memerlukan alasan di kolom komentarnya.', en: 'Abstaining on a criterion needs a reason in its comment.' },
          { field: `comments.${criterionId}` },
        );
      }
    }
    const result = computeWeightedTotal(criteria.map(toDomainCriterion), input.values);
    let total: number | null = null;
    if (result.ok) total = result.total;
    else {
      // A draft may be incomplete; every other problem (out of scale, unknown) is refused.
      const blocking = result.errors.filter((e) => input.submit || (e.code !== 'missing-required' && e.code !== 'nothing-to-total'));
      if (blocking.length > 0) throw sheetRefusal(criteria, blocking);
    }
    const status = input.submit ? 'submitted' : before?.status === 'submitted' ? 'submitted' : 'draft';
    if (status === 'submitted' && total === null) throw sheetRefusal(criteria, result.ok ? [] : result.errors);
    const after = {
      roundId,
      proposalId,
      evaluatorId: user.id,
      values: input.values,
      comments: input.comments,
      overallComment: input.overallComment,
      total,
      status: status as 'draft' | 'submitted',
      submittedAt: status === 'submitted' ? (before?.submitted_at ? new Date(before.submitted_at) : ctx.now) : null,
    };
    const saved: SavedScore = { total, status, contributions: result.ok ? [...result.contributions] : [] };
    // Saving the sheet exactly as stored changes nothing, so it writes nothing and audits nothing:
    // a PUT repeated by a client or a reverse proxy after a lost response stays one event.
    if (before && sameSheet(before, after)) return saved;
    if (before?.status === 'submitted' && !round.scores_editable_after_submit) throw refusals.scoresLocked();
    await upsertScore(trx, after);
    await appendAudit(trx, ctx.actor, {
      action: input.submit ? 'evaluation.score.submit' : 'evaluation.score.save',
      entityType: 'evaluation_score',
      entityId: `${roundId}:${proposalId}:${user.id}`,
      before: before ? { values: before.criterion_values, total: before.total === null ? null : Number(before.total), status: before.status } : null,
      after: { values: after.values, total, status },
    });
    return saved;
  });
}
