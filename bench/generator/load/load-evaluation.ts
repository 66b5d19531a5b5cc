import { type Kysely, sql } from 'kysely';
import {
  aggregateScores,
  type ConflictPair,
  type Criterion,
  computeWeightedTotal,
  rankProposals,
  solveReviewerAssignment,
} from '../../../src/server/modules/evaluation/domain/index.js';
import type { EvaluatorSpec } from '../accounts.js';
import type { AgencySpec } from '../agencies.js';
import { KIPP_CATEGORY_OF_THEME } from '../competitions.js';
import { Rng } from '../rng.js';
import { BatchInserter, type Column, insertRows } from './bulk-insert.js';
import type { LoadedCompetition } from './load-competitions.js';
import type { ProposalRecord } from './load-proposals.js';

/**
 * A KIPP year's desk evaluation in the evaluation module's tables: the round with the five KIPP
 * criteria, the pool of evaluators, an optimal assignment (the module's own min-cost-flow
 * solver, respecting affiliation, home-province and declared conflicts), submitted score sheets,
 * the final Top 99 with the decree, and the resulting awards (Top 99 / Top 45 / Top 5) written to
 * the catalog. Scores follow a hidden quality per innovation plus each evaluator's harshness.
 */
export const KIPP_CRITERIA = [
  { name: 'Kebaruan', description: 'Seberapa baru dibandingkan praktik sebelumnya.', weight: 25 },
  { name: 'Efektivitas', description: 'Seberapa efektif menjawab masalah.', weight: 20 },
  { name: 'Kemanfaatan', description: 'Manfaat bagi penerima layanan.', weight: 20 },
  { name: 'Dapat direplikasi', description: 'Dapat diterapkan di tempat lain.', weight: 20 },
  { name: 'Keberlanjutan', description: 'Dasar hukum, anggaran dan kelembagaan.', weight: 15 },
] as const;

export interface EvaluationRefs {
  readonly evaluators: readonly EvaluatorSpec[];
  readonly evaluatorIds: readonly string[];
  readonly agencies: readonly AgencySpec[];
  readonly innovationIds: readonly string[];
  readonly panelistId: string | null;
}

export interface EvaluationOutcome {
  readonly scores: number;
  /** Innovation indexes awarded Top 45 or Top 5 this year. */
  readonly topWinners: readonly number[];
  readonly awards: number;
  /** Why the round was left out (e.g. too few evaluators for the conflicts at tiny sizes). */
  readonly skipped?: string;
}

const K = 3;
const DAY = 86_400_000;

export async function loadEvaluation(
  db: Kysely<any>,
  competition: LoadedCompetition,
  proposals: readonly ProposalRecord[],
  refs: EvaluationRefs,
  seed: number,
): Promise<EvaluationOutcome> {
  const year = competition.plan.year;
  const passed = proposals.filter((p) => p.passed);
  const empty: EvaluationOutcome = { scores: 0, topWinners: [], awards: 0 };
  if (passed.length === 0) return empty;
  const rng = new Rng(seed, 0x3e7a, year);
  const E = refs.evaluators.length;
  const cap = Math.ceil((passed.length * K * 1.1) / E) + 1;
  const expertiseCodes = refs.evaluators.map((e) => e.expertise.map((t) => KIPP_CATEGORY_OF_THEME[t]!).filter((c) => competition.categories.has(c)));

  const conflicts: ConflictPair[] = [];
  for (const p of passed) {
    refs.evaluators.forEach((e, i) => {
      if (e.agencyIndex === p.agencyIndex || e.homeProvince === p.provinceCode || e.declaredConflictAgencyIndexes.includes(p.agencyIndex)) {
        conflicts.push({ evaluatorId: refs.evaluatorIds[i]!, proposalId: p.id });
      }
    });
  }
  const solved = solveReviewerAssignment({
    proposals: passed.map((p) => ({ id: p.id, categoryId: p.categoryCode, reviewersRequired: K })),
    evaluators: refs.evaluators.map((_, i) => ({ id: refs.evaluatorIds[i]!, maxProposals: cap, expertiseCategoryIds: expertiseCodes[i]! })),
    conflicts,
  });
  if (!solved.feasible) return { ...empty, skipped: `KIPP ${year}: assignment infeasible with ${E} evaluators` };

  const deskEnds = new Date(competition.registrationEnds.getTime() + 60 * DAY);
  const round = await sql<{ id: string }>`
    insert into evaluation_rounds (competition_id, stage_id, name, reviewer_role, reviewers_per_proposal, default_max_per_evaluator, blind, aggregation, status, created_at, updated_at)
    values (${competition.id}, ${competition.deskStageId}, ${`Evaluasi proposal KIPP ${year}`}, 'evaluator', ${K}, ${cap}, true, 'normalised', 'closed', ${competition.registrationEnds}, ${deskEnds})
    returning id`.execute(db);
  const roundId = round.rows[0]!.id;
  const criteria = await sql<{ id: string; position: number }>`
    insert into evaluation_criteria (round_id, position, name, description, weight, scale_kind, scale_min, scale_max)
    select ${roundId}, c.position, c.name, c.description, c.weight, 'numeric', 1, 10
    from unnest(${KIPP_CRITERIA.map((_, i) => i + 1)}::int[], ${KIPP_CRITERIA.map((c) => c.name)}::text[], ${KIPP_CRITERIA.map((c) => c.description)}::text[], ${KIPP_CRITERIA.map((c) => c.weight)}::numeric[])
      as c(position, name, description, weight)
    returning id, position`.execute(db);
  const criteriaIds = [...criteria.rows].sort((a, b) => a.position - b.position).map((r) => r.id);
  const model: Criterion[] = KIPP_CRITERIA.map((c, i) => ({
    id: criteriaIds[i]!,
    weight: c.weight,
    scale: { kind: 'numeric', min: 1, max: 10 },
    required: true,
    includedInTotal: true,
  }));
  await insertRows(
    db,
    'evaluation_pool',
    [
      { name: 'round_id', type: 'uuid' },
      { name: 'user_id', type: 'uuid' },
      { name: 'max_proposals', type: 'integer' },
      { name: 'expertise_category_ids', type: 'uuid[]' },
    ],
    refs.evaluators.map((_, i) => [roundId, refs.evaluatorIds[i]!, cap, expertiseCodes[i]!.map((code) => competition.categories.get(code)!)]),
  );

  const assignments = new BatchInserter(db, 'evaluation_assignments', ASSIGNMENT_COLUMNS, 5000);
  const scores = new BatchInserter(db, 'evaluation_scores', SCORE_COLUMNS, 3000, { dependsOn: assignments });
  const byId = new Map(passed.map((p) => [p.id, p]));
  const harshness = new Map(refs.evaluatorIds.map((id, i) => [id, new Rng(seed, 0x4a25, i).normal(0, 0.8)]));
  const totals: { proposalId: string; evaluatorId: string; score: number }[] = [];
  for (const a of solved.assignments) {
    const proposal = byId.get(a.proposalId)!;
    const quality = new Rng(seed, 0x9a11, proposal.innovationIndex).normal(6, 1.3);
    const values: Record<string, number> = {};
    for (const id of criteriaIds) values[id] = Math.min(10, Math.max(1, Math.round(quality + harshness.get(a.evaluatorId)! + rng.normal(0, 0.9))));
    const total = computeWeightedTotal(model, values);
    if (!total.ok) throw new Error(`generated score sheet refused: ${JSON.stringify(total.errors)}`);
    const submittedAt = new Date(deskEnds.getTime() - rng.between(1, 40) * DAY);
    await assignments.add([roundId, a.proposalId, a.evaluatorId, 'auto', true, competition.registrationEnds]);
    await scores.add([roundId, a.proposalId, a.evaluatorId, values, '', total.total, 'submitted', submittedAt, submittedAt]);
    totals.push({ proposalId: a.proposalId, evaluatorId: a.evaluatorId, score: total.total });
  }
  await assignments.flush();
  await scores.flush();

  // Top 99 by the harshness-corrected score, as the panel's final, decreed list.
  const aggregates = aggregateScores(totals, { scale: { min: 0, max: 100 } }).proposals.map((x, i) => ({ ...x, proposalNumber: i + 1 }));
  const ranked = rankProposals(aggregates, { basis: 'normalised' });
  const size = Math.min(99, ranked.length);
  const decreeDate = `${year}-07-16`;
  const selection = await sql<{ id: string }>`
    insert into evaluation_selections (round_id, name, award_level, size, basis, status, published_at, objection_ends_at, decree_number, decree_date, finalised_at, created_at)
    values (${roundId}, ${`Top 99 KIPP ${year}`}, 'top_99', ${size}, 'normalised', 'final', ${`${year}-07-10T03:00:00Z`}, ${`${year}-07-15T16:59:59Z`},
            ${`Keputusan Menteri PANRB Nomor ${rng.between(100, 900)} Tahun ${year}`}, ${decreeDate}, ${`${year}-07-16T03:00:00Z`}, ${`${year}-07-01T03:00:00Z`})
    returning id`.execute(db);
  const selectionId = selection.rows[0]!.id;
  const decisions = new BatchInserter(db, 'evaluation_decisions', DECISION_COLUMNS, 3000);
  const awards = new BatchInserter(db, 'innovation_awards', AWARD_COLUMNS, 1000);
  const topWinners: number[] = [];
  for (const r of ranked) {
    const selected = r.rank <= size;
    await decisions.add([
      selectionId,
      r.proposal.proposalId,
      r.rank,
      r.proposal.normalised,
      selected,
      selected ? 'plain_cut' : 'below_cut',
      '',
      refs.panelistId,
      selected ? `${year}-07-09T03:00:00Z` : null,
    ]);
    if (!selected) continue;
    const level = r.rank <= 5 ? 'top_5' : r.rank <= 45 ? 'top_45' : 'top_99';
    const label = level === 'top_5' ? `Top 5 Outstanding Achievement KIPP ${year}` : level === 'top_45' ? `Top 45 Inovasi Pelayanan Publik Terpuji ${year}` : `Top 99 KIPP ${year}`;
    const innovationIndex = byId.get(r.proposal.proposalId)!.innovationIndex;
    await awards.add([refs.innovationIds[innovationIndex]!, level, year, label, competition.id, `${year}-10-21T03:00:00Z`]);
    if (level !== 'top_99') topWinners.push(innovationIndex);
  }
  await decisions.flush();
  await awards.flush();
  return { scores: totals.length, topWinners, awards: size };
}

const ASSIGNMENT_COLUMNS: readonly Column[] = [
  { name: 'round_id', type: 'uuid' },
  { name: 'proposal_id', type: 'uuid' },
  { name: 'evaluator_id', type: 'uuid' },
  { name: 'source', type: 'text' },
  { name: 'published', type: 'boolean' },
  { name: 'created_at', type: 'timestamptz' },
];
const SCORE_COLUMNS: readonly Column[] = [
  { name: 'round_id', type: 'uuid' },
  { name: 'proposal_id', type: 'uuid' },
  { name: 'evaluator_id', type: 'uuid' },
  { name: 'criterion_values', type: 'jsonb' },
  { name: 'overall_comment', type: 'text' },
  { name: 'total', type: 'numeric' },
  { name: 'status', type: 'text' },
  { name: 'submitted_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];
const DECISION_COLUMNS: readonly Column[] = [
  { name: 'selection_id', type: 'uuid' },
  { name: 'proposal_id', type: 'uuid' },
  { name: 'rank', type: 'integer' },
  { name: 'score', type: 'numeric' },
  { name: 'selected', type: 'boolean' },
  { name: 'computed_reason', type: 'text' },
  { name: 'rationale', type: 'text' },
  { name: 'decided_by', type: 'uuid' },
  { name: 'decided_at', type: 'timestamptz' },
];
const AWARD_COLUMNS: readonly Column[] = [
  { name: 'innovation_id', type: 'uuid' },
  { name: 'level', type: 'text' },
  { name: 'year', type: 'integer' },
  { name: 'label', type: 'text' },
  { name: 'competition_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
];

/** Conflicts the evaluators declared (organisations they advised or worked for). */
export async function loadDeclaredConflicts(db: Kysely<any>, evaluators: readonly EvaluatorSpec[], evaluatorIds: readonly string[], agencyIds: readonly string[]): Promise<number> {
  const rows = evaluators.flatMap((e, i) =>
    e.declaredConflictAgencyIndexes.map((a) => [evaluatorIds[i]!, 'agency', agencyIds[a]!, 'Pernah menjadi pendamping atau konsultan instansi ini.'] as const),
  );
  await insertRows(
    db,
    'evaluation_declared_conflicts',
    [
      { name: 'evaluator_id', type: 'uuid' },
      { name: 'kind', type: 'text' },
      { name: 'agency_id', type: 'uuid' },
      { name: 'reason', type: 'text' },
    ],
    rows.map((r) => [...r]),
  );
  return rows.length;
}
