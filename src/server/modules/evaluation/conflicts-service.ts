import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { findRegion } from '../regions/service.js';
import { type CandidateFacts, listEvaluatorFacts, listRoundCandidates } from './candidates.js';
import { type ConflictEntry, type ConflictReason, conflictMatrix } from './conflicts.js';
import type { Db, EvaluationContext } from './context.js';
import { insertDeclaredConflict, listDeclaredConflictRows, listDeclaredConflicts, listPool, pairKey } from './repository.js';
import { requireRound } from './rounds-service.js';
import type { DeclareConflictInput } from './schemas.js';

/** All conflicted (proposal, evaluator) pairs among the given proposals and evaluators, keyed by `pairKey`. */
export async function conflictIndex(db: Db, proposals: readonly CandidateFacts[], evaluatorIds: readonly string[]): Promise<Map<string, ConflictReason[]>> {
  const [facts, declared] = await Promise.all([listEvaluatorFacts(db, evaluatorIds), listDeclaredConflicts(db, evaluatorIds)]);
  const index = new Map<string, ConflictReason[]>();
  for (const c of conflictMatrix(facts, declared, proposals)) index.set(pairKey(c.proposalId, c.evaluatorId), c.reasons);
  return index;
}

/** Conflict reasons of one pair (empty when none). */
export async function pairConflicts(db: Db, proposal: CandidateFacts, evaluatorId: string): Promise<ConflictReason[]> {
  return (await conflictIndex(db, [proposal], [evaluatorId])).get(pairKey(proposal.id, evaluatorId)) ?? [];
}

export interface ConflictCheckView {
  proposals: number;
  evaluators: number;
  conflicts: (ConflictEntry & { proposalNumber: string; evaluatorName: string })[];
  /** Per evaluator: how many proposals they may not see. */
  perEvaluator: { evaluatorId: string; name: string; conflicted: number; eligible: number }[];
}

/** The standalone conflict check: every conflict of the round's pool, before anything is assigned. */
export async function conflictCheck(ctx: EvaluationContext, roundId: string): Promise<ConflictCheckView> {
  const round = await requireRound(ctx.db, roundId);
  const [candidates, pool] = await Promise.all([listRoundCandidates(ctx.db, round), listPool(ctx.db, roundId)]);
  const ids = pool.map((m) => m.userId);
  const [facts, declared] = await Promise.all([listEvaluatorFacts(ctx.db, ids), listDeclaredConflicts(ctx.db, ids)]);
  const matrix = conflictMatrix(facts, declared, candidates);
  const numbers = new Map(candidates.map((c) => [c.id, c.number]));
  const names = new Map(facts.map((f) => [f.id, f.name]));
  const counts = new Map<string, number>();
  for (const c of matrix) counts.set(c.evaluatorId, (counts.get(c.evaluatorId) ?? 0) + 1);
  return {
    proposals: candidates.length,
    evaluators: ids.length,
    conflicts: matrix.map((c) => ({ ...c, proposalNumber: numbers.get(c.proposalId) ?? '', evaluatorName: names.get(c.evaluatorId) ?? '' })),
    perEvaluator: ids.map((id) => ({
      evaluatorId: id,
      name: names.get(id) ?? '',
      conflicted: counts.get(id) ?? 0,
      eligible: candidates.length - (counts.get(id) ?? 0),
    })),
  };
}

export async function declareConflict(ctx: EvaluationContext, input: DeclareConflictInput) {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  return ctx.db.transaction().execute(async (trx) => {
    if (input.kind === 'agency') {
      if (!(await findAgency(trx, input.agencyId)))
        throw errors.validation({ id: 'Instansi (agencyId) tidak ditemukan.', en: 'The agency (agencyId) does not exist.' }, { field: 'agencyId' });
    }
    if (input.kind === 'region') {
      if (!(await findRegion(trx, input.regionCode)))
        throw errors.validation({ id: 'Kode wilayah (regionCode) tidak dikenal.', en: 'Unknown region code (regionCode).' }, { field: 'regionCode' });
    }
    const row = await insertDeclaredConflict(trx, {
      evaluatorId: user.id,
      kind: input.kind,
      agencyId: input.kind === 'agency' ? input.agencyId : null,
      regionCode: input.kind === 'region' ? input.regionCode : null,
      personEmail: input.kind === 'person' ? input.personEmail.toLowerCase() : null,
      reason: input.reason,
    });
    await appendAudit(trx, ctx.actor, { action: 'evaluation.conflict.declare', entityType: 'evaluation_conflict', entityId: row.id, after: row });
    return declaredView(row);
  });
}

function declaredView(row: Awaited<ReturnType<typeof listDeclaredConflictRows>>[number]) {
  return {
    id: row.id,
    kind: row.kind,
    agencyId: row.agency_id,
    regionCode: row.region_code,
    personEmail: row.person_email,
    reason: row.reason,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listMyConflicts(ctx: EvaluationContext) {
  if (!ctx.user) throw errors.unauthenticated();
  return (await listDeclaredConflictRows(ctx.db, [ctx.user.id])).map(declaredView);
}
