import { appendAudit } from '../../audit/audit-log.js';
import type { EvaluationRoundRow } from '../../db/schema/evaluation.js';
import { errors } from '../../http/errors.js';
import { type CandidateFacts, findUsersByEmail, listEvaluatorFacts, listRoundCandidates } from './candidates.js';
import { conflictIndex } from './conflicts-service.js';
import { type Db, type EvaluationContext, PROPOSAL, refusals } from './context.js';
import { type AssignmentInfeasibility, solveReviewerAssignment } from './domain/index.js';
import { formatAssignmentCsv, parseAssignmentCsv } from './assignment-csv.js';
import {
  type AssignmentRecord,
  deleteAssignments,
  insertAssignments,
  insertBulkAction,
  lastBulkAction,
  listAssignments,
  listPool,
  markBulkActionUndone,
  type PoolMember,
  pairKey,
  publishAssignments,
  refreshAssignmentStatistics,
  scoredPairs,
} from './repository.js';
import { requireRound } from './rounds-service.js';

/**
 * Who reviews what. Every change runs in one transaction with the round row locked, so two
 * administrators cannot interleave; bulk changes keep the previous assignment set for undo.
 */

interface RoundState {
  round: EvaluationRoundRow;
  candidates: CandidateFacts[];
  pool: PoolMember[];
  assignments: AssignmentRecord[];
  conflicts: Map<string, string[]>;
}

async function loadState(trx: Db, roundId: string): Promise<RoundState> {
  const round = await requireRound(trx, roundId, { forUpdate: true });
  if (round.status === 'closed') throw refusals.stageClosed();
  const [candidates, pool, assignments] = await Promise.all([listRoundCandidates(trx, round), listPool(trx, roundId), listAssignments(trx, roundId)]);
  const conflicts = await conflictIndex(
    trx,
    candidates,
    pool.map((m) => m.userId),
  );
  return { round, candidates, pool, assignments, conflicts };
}

function infeasible(reasons: readonly AssignmentInfeasibility[]) {
  return errors.conflict(
    'ASSIGNMENT_INFEASIBLE',
    {
      id: `Penugasan tidak dapat memenuhi semua aturan (${reasons.length} masalah): tambah penilai, naikkan batas beban, atau selesaikan konflik kepentingan.`,
      en: `No assignment satisfies every rule (${reasons.length} problem(s)): add evaluators, raise caps, or resolve conflicts of interest.`,
    },
    { reasons: reasons.slice(0, 50) },
  );
}

/** Optimal automatic assignment (min-cost flow): exactly k per proposal, caps, conflicts, balance, expertise. */
export async function autoAssign(ctx: EvaluationContext, roundId: string) {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    const candidateIds = new Set(state.candidates.map((c) => c.id));
    const result = solveReviewerAssignment({
      proposals: state.candidates.map((c) => ({ id: c.id, categoryId: c.categoryId, reviewersRequired: state.round.reviewers_per_proposal })),
      evaluators: state.pool.map((m) => ({ id: m.userId, maxProposals: m.maxProposals, expertiseCategoryIds: m.expertiseCategoryIds })),
      isConflicted: (e, p) => state.conflicts.has(pairKey(p, e)),
      fixedAssignments: state.assignments.filter((a) => candidateIds.has(a.proposalId)),
    });
    if (!result.feasible) throw infeasible(result.reasons);
    const added = result.assignments.filter((a) => !a.fixed).map((a) => ({ proposalId: a.proposalId, evaluatorId: a.evaluatorId, source: 'auto' as const }));
    const summary = { added: added.length, kept: result.assignments.length - added.length, totalCost: result.totalCost, expertiseMatches: result.expertiseMatches };
    const action = await insertBulkAction(trx, { roundId, kind: 'auto_assign', previous: state.assignments, summary, actorId: ctx.actor.userId });
    await insertAssignments(trx, roundId, added);
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.assignment.auto',
      entityType: 'evaluation_round',
      entityId: roundId,
      after: { bulkActionId: action.id, ...summary, assignments: added },
    });
    return { bulkActionId: action.id, ...summary, loads: [...result.evaluatorLoads] };
  });
  await refreshAssignmentStatistics(ctx.db);
  return outcome;
}

function requireCandidate(state: RoundState, proposalId: string): CandidateFacts {
  const c = state.candidates.find((x) => x.id === proposalId);
  if (!c) throw errors.notFound(PROPOSAL);
  return c;
}

function requirePoolMember(state: RoundState, evaluatorId: string): PoolMember {
  const m = state.pool.find((x) => x.userId === evaluatorId);
  if (!m) {
    throw errors.validation({ id: 'Penilai ini bukan anggota tim penilai tahap ini.', en: 'This evaluator is not in the round’s pool.' }, { field: 'evaluatorId' });
  }
  return m;
}

function loadOf(assignments: readonly { evaluatorId: string }[], evaluatorId: string): number {
  return assignments.filter((a) => a.evaluatorId === evaluatorId).length;
}

function capExceeded(name: string, cap: number) {
  return errors.conflict('EVALUATOR_CAP_REACHED', {
    id: `Penilai ${name} sudah mencapai batas beban (${cap} usulan).`,
    en: `Evaluator ${name} already has the maximum load (${cap} proposals).`,
  });
}

/** Manual assignment of one evaluator to one proposal (hidden until published). */
export async function assignOne(ctx: EvaluationContext, roundId: string, proposalId: string, evaluatorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    requireCandidate(state, proposalId);
    const member = requirePoolMember(state, evaluatorId);
    const reasons = state.conflicts.get(pairKey(proposalId, evaluatorId));
    if (reasons) throw refusals.conflicted(reasons);
    if (state.assignments.some((a) => a.proposalId === proposalId && a.evaluatorId === evaluatorId)) {
      throw errors.conflict('ALREADY_ASSIGNED', { id: 'Penilai ini sudah ditugaskan pada usulan tersebut.', en: 'This evaluator is already assigned to that proposal.' });
    }
    if (loadOf(state.assignments, evaluatorId) >= member.maxProposals) throw capExceeded(evaluatorId, member.maxProposals);
    await insertAssignments(trx, roundId, [{ proposalId, evaluatorId, source: 'manual' }]);
    await appendAudit(trx, ctx.actor, { action: 'evaluation.assignment.add', entityType: 'evaluation_round', entityId: roundId, after: { proposalId, evaluatorId } });
    return { proposalId, evaluatorId };
  });
}

export async function unassignOne(ctx: EvaluationContext, roundId: string, proposalId: string, evaluatorId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    if (!state.assignments.some((a) => a.proposalId === proposalId && a.evaluatorId === evaluatorId)) {
      throw errors.notFound({ id: 'Penugasan', en: 'Assignment' });
    }
    if ((await scoredPairs(trx, roundId)).has(pairKey(proposalId, evaluatorId))) throw refusals.workStarted(1);
    await deleteAssignments(trx, roundId, [{ proposalId, evaluatorId }]);
    await appendAudit(trx, ctx.actor, { action: 'evaluation.assignment.remove', entityType: 'evaluation_round', entityId: roundId, before: { proposalId, evaluatorId } });
  });
}

/**
 * Moves every not-yet-scored assignment of one evaluator: to a named evaluator, or (without one)
 * re-solved optimally over the rest of the pool with everything else kept fixed.
 */
export async function reassign(ctx: EvaluationContext, roundId: string, fromId: string, toId?: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    requirePoolMember(state, fromId);
    const scored = await scoredPairs(trx, roundId);
    const moving = state.assignments.filter((a) => a.evaluatorId === fromId && !scored.has(pairKey(a.proposalId, a.evaluatorId)));
    if (moving.length === 0) {
      throw errors.conflict('NOTHING_TO_REASSIGN', { id: 'Penilai ini tidak memiliki penugasan yang belum dinilai.', en: 'This evaluator has no unscored assignments to move.' });
    }
    const kept = state.assignments.filter((a) => !moving.includes(a));
    let added: { proposalId: string; evaluatorId: string }[];
    if (toId) {
      const target = requirePoolMember(state, toId);
      for (const a of moving) {
        const reasons = state.conflicts.get(pairKey(a.proposalId, toId));
        if (reasons) throw refusals.conflicted(reasons);
        if (kept.some((k) => k.proposalId === a.proposalId && k.evaluatorId === toId)) {
          throw errors.conflict('ALREADY_ASSIGNED', {
            id: 'Penilai tujuan sudah ditugaskan pada salah satu usulan tersebut.',
            en: 'The target evaluator already reviews one of these proposals.',
          });
        }
      }
      if (loadOf(kept, toId) + moving.length > target.maxProposals) throw capExceeded(toId, target.maxProposals);
      added = moving.map((a) => ({ proposalId: a.proposalId, evaluatorId: toId }));
    } else {
      const movingIds = new Set(moving.map((a) => a.proposalId));
      const result = solveReviewerAssignment({
        proposals: state.candidates.filter((c) => movingIds.has(c.id)).map((c) => ({ id: c.id, categoryId: c.categoryId, reviewersRequired: state.round.reviewers_per_proposal })),
        evaluators: state.pool
          .filter((m) => m.userId !== fromId)
          .map((m) => ({
            id: m.userId,
            maxProposals: Math.max(
              0,
              m.maxProposals -
                loadOf(
                  kept.filter((k) => !movingIds.has(k.proposalId)),
                  m.userId,
                ),
            ),
            expertiseCategoryIds: m.expertiseCategoryIds,
          })),
        isConflicted: (e, p) => state.conflicts.has(pairKey(p, e)),
        fixedAssignments: kept.filter((k) => movingIds.has(k.proposalId)),
      });
      if (!result.feasible) throw infeasible(result.reasons);
      added = result.assignments.filter((a) => !a.fixed).map((a) => ({ proposalId: a.proposalId, evaluatorId: a.evaluatorId }));
    }
    const summary = { from: fromId, to: toId ?? null, moved: moving.length };
    const action = await insertBulkAction(trx, { roundId, kind: 'reassign', previous: state.assignments, summary, actorId: ctx.actor.userId });
    await deleteAssignments(trx, roundId, moving);
    await insertAssignments(
      trx,
      roundId,
      added.map((a) => ({ ...a, source: 'reassign' as const })),
    );
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.assignment.reassign',
      entityType: 'evaluation_round',
      entityId: roundId,
      before: { removed: moving },
      after: { bulkActionId: action.id, added },
    });
    return { bulkActionId: action.id, ...summary, added };
  });
}

/** Makes every hidden assignment of the round visible to its evaluator. */
export async function publishRoundAssignments(ctx: EvaluationContext, roundId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    await requireRound(trx, roundId, { forUpdate: true });
    const published = await publishAssignments(trx, roundId);
    await appendAudit(trx, ctx.actor, { action: 'evaluation.assignment.publish', entityType: 'evaluation_round', entityId: roundId, after: { published } });
    return { published };
  });
}

/** Restores the assignment set from before the last bulk action (never dropping scored work). */
export async function undoLastBulkAction(ctx: EvaluationContext, roundId: string) {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    const action = await lastBulkAction(trx, roundId);
    if (!action) throw errors.conflict('NOTHING_TO_UNDO', { id: 'Tidak ada tindakan massal yang dapat dibatalkan.', en: 'There is no bulk action to undo.' });
    const previous = action.previous as AssignmentRecord[];
    const wanted = new Set(previous.map((a) => pairKey(a.proposalId, a.evaluatorId)));
    const current = new Set(state.assignments.map((a) => pairKey(a.proposalId, a.evaluatorId)));
    const toRemove = state.assignments.filter((a) => !wanted.has(pairKey(a.proposalId, a.evaluatorId)));
    const toAdd = previous.filter((a) => !current.has(pairKey(a.proposalId, a.evaluatorId)));
    const scored = await scoredPairs(trx, roundId);
    const blocked = toRemove.filter((a) => scored.has(pairKey(a.proposalId, a.evaluatorId)));
    if (blocked.length > 0) throw refusals.workStarted(blocked.length);
    // Conflicts declared since the action still win: a restored pair must not be conflicted now.
    const conflicted = toAdd.filter((a) => state.conflicts.has(pairKey(a.proposalId, a.evaluatorId)));
    if (conflicted.length > 0) throw refusals.conflicted(conflicted.map((a) => pairKey(a.proposalId, a.evaluatorId)));
    await deleteAssignments(trx, roundId, toRemove);
    await insertAssignments(
      trx,
      roundId,
      toAdd.map((a) => ({ proposalId: a.proposalId, evaluatorId: a.evaluatorId, source: a.source, published: a.published })),
    );
    await markBulkActionUndone(trx, action.id, ctx.now);
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.assignment.undo',
      entityType: 'evaluation_round',
      entityId: roundId,
      before: { bulkActionId: action.id, kind: action.kind, removed: toRemove },
      after: { restored: toAdd },
    });
    return { undone: action.kind, removed: toRemove.length, restored: toAdd.length };
  });
  await refreshAssignmentStatistics(ctx.db);
  return outcome;
}

export async function exportAssignmentsCsv(ctx: EvaluationContext, roundId: string): Promise<string> {
  const round = await requireRound(ctx.db, roundId);
  const [candidates, assignments] = await Promise.all([listRoundCandidates(ctx.db, round), listAssignments(ctx.db, roundId)]);
  const numbers = new Map(candidates.map((c) => [c.id, c.number]));
  const emails = new Map((await listEvaluatorFacts(ctx.db, [...new Set(assignments.map((a) => a.evaluatorId))])).map((f) => [f.id, f.email]));
  const rows = assignments
    .map((a) => ({ proposalNumber: numbers.get(a.proposalId) ?? a.proposalId, evaluatorEmail: emails.get(a.evaluatorId) ?? a.evaluatorId }))
    .sort((a, b) => a.proposalNumber.localeCompare(b.proposalNumber) || a.evaluatorEmail.localeCompare(b.evaluatorEmail));
  return formatAssignmentCsv(rows);
}

function csvRefusal(line: number, id: string, en: string) {
  return errors.validation({ id: `CSV baris ${line}: ${id}`, en: `CSV line ${line}: ${en}` }, { field: 'csv', line });
}

/**
 * Replaces the round's assignments with the file's. Every line is checked first (known proposal
 * of this round, known evaluator of the pool, no conflict, no duplicate, caps); the first problem
 * refuses the whole file and nothing changes. Scored assignments must stay in the file.
 */
export async function importAssignmentsCsv(ctx: EvaluationContext, roundId: string, csv: string) {
  const parsed = parseAssignmentCsv(csv);
  if (!parsed.ok) {
    const what = {
      header: ['baris judul harus "proposal_number,evaluator_email".', 'the header must be "proposal_number,evaluator_email".'],
      columns: ['setiap baris memerlukan tepat dua kolom: nomor usulan dan e-mail penilai.', 'each line needs exactly two columns: proposal number and evaluator e-mail.'],
      empty: ['berkas tidak berisi penugasan.', 'the file holds no assignments.'],
    }[parsed.problem];
    throw csvRefusal(parsed.line, what[0]!, what[1]!);
  }
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const state = await loadState(trx, roundId);
    const byNumber = new Map(state.candidates.map((c) => [c.number, c]));
    const users = new Map(
      (
        await findUsersByEmail(
          trx,
          parsed.lines.map((l) => l.evaluatorEmail),
        )
      ).map((u) => [u.email.toLowerCase(), u]),
    );
    const pool = new Map(state.pool.map((m) => [m.userId, m]));
    const desired: { proposalId: string; evaluatorId: string }[] = [];
    const seen = new Set<string>();
    const load = new Map<string, number>();
    for (const l of parsed.lines) {
      const proposal = byNumber.get(l.proposalNumber);
      if (!proposal) throw csvRefusal(l.line, `nomor usulan "${l.proposalNumber}" tidak ada di tahap ini.`, `proposal number "${l.proposalNumber}" is not in this round.`);
      const user = users.get(l.evaluatorEmail);
      if (!user) throw csvRefusal(l.line, `penilai "${l.evaluatorEmail}" tidak dikenal.`, `unknown evaluator "${l.evaluatorEmail}".`);
      const member = pool.get(user.id);
      if (!member) throw csvRefusal(l.line, `"${l.evaluatorEmail}" bukan anggota tim penilai tahap ini.`, `"${l.evaluatorEmail}" is not in this round's pool.`);
      const key = pairKey(proposal.id, user.id);
      if (seen.has(key)) throw csvRefusal(l.line, 'pasangan usulan dan penilai ini tercantum dua kali.', 'this proposal and evaluator pair is listed twice.');
      seen.add(key);
      const reasons = state.conflicts.get(key);
      if (reasons) {
        throw csvRefusal(
          l.line,
          `"${l.evaluatorEmail}" memiliki konflik kepentingan dengan usulan ${l.proposalNumber} (${reasons.join(', ')}).`,
          `"${l.evaluatorEmail}" has a conflict of interest with proposal ${l.proposalNumber} (${reasons.join(', ')}).`,
        );
      }
      const n = (load.get(user.id) ?? 0) + 1;
      if (n > member.maxProposals)
        throw csvRefusal(
          l.line,
          `"${l.evaluatorEmail}" melebihi batas beban ${member.maxProposals} usulan.`,
          `"${l.evaluatorEmail}" exceeds the cap of ${member.maxProposals} proposals.`,
        );
      load.set(user.id, n);
      desired.push({ proposalId: proposal.id, evaluatorId: user.id });
    }
    const scored = await scoredPairs(trx, roundId);
    const toRemove = state.assignments.filter((a) => !seen.has(pairKey(a.proposalId, a.evaluatorId)));
    const blocked = toRemove.filter((a) => scored.has(pairKey(a.proposalId, a.evaluatorId)));
    if (blocked.length > 0) throw refusals.workStarted(blocked.length);
    const current = new Set(state.assignments.map((a) => pairKey(a.proposalId, a.evaluatorId)));
    const toAdd = desired.filter((d) => !current.has(pairKey(d.proposalId, d.evaluatorId)));
    const summary = { lines: parsed.lines.length, added: toAdd.length, removed: toRemove.length };
    const action = await insertBulkAction(trx, { roundId, kind: 'import', previous: state.assignments, summary, actorId: ctx.actor.userId });
    await deleteAssignments(trx, roundId, toRemove);
    await insertAssignments(
      trx,
      roundId,
      toAdd.map((a) => ({ ...a, source: 'import' as const })),
    );
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.assignment.import',
      entityType: 'evaluation_round',
      entityId: roundId,
      before: { removed: toRemove },
      after: { bulkActionId: action.id, added: toAdd },
    });
    const perProposal = new Map<string, number>();
    for (const d of desired) perProposal.set(d.proposalId, (perProposal.get(d.proposalId) ?? 0) + 1);
    const underCovered = state.candidates.filter((c) => (perProposal.get(c.id) ?? 0) < state.round.reviewers_per_proposal).map((c) => c.number);
    return { bulkActionId: action.id, ...summary, underCovered };
  });
  await refreshAssignmentStatistics(ctx.db);
  return outcome;
}
