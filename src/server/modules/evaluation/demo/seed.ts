import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { AuthUser } from '../../../auth/auth-user.js';
import type { Database } from '../../../db/schema.js';
import { demoEmailsWithRole, withRole } from '../../../seed/demo-accounts.js';
import { ensureDemoSeedUsers, findAuthUsers } from '../../../seed/demo-seed-users.js';
import { findAgencyId } from '../../agencies/service.js';
import { loadCompetitionConfig } from '../../competitions/service.js';
import { autoAssign, publishRoundAssignments } from '../assignment-service.js';
import type { EvaluationContext } from '../context.js';
import { findDemoCall } from '../repository.js';
import { createRound, moveRound, type RoundView, setCriteria, setPool } from '../rounds-service.js';
import { listMyAssignments, saveScore } from '../scoring-service.js';
import { DEMO_EVALUATOR_EXPERTISE, DEMO_EXTRA_EVALUATORS, type DemoEvaluator } from './evaluators.js';
import { demoDraftSheet, demoSheet } from './score-sheets.js';

/**
 * Demo evaluation, through the same services the ministry's and evaluators' screens use
 * (validated and audited): the open KIPP call gets its desk review round (blind, 3 evaluators per
 * proposal, the five KIPP criteria) with the demo evaluator and four more academics in the pool.
 * When proposals have passed the administrative check, the automatic assignment is run and
 * published and the round opened; the other evaluators have submitted all but one of their sheets
 * (that one is a saved draft), while the demo evaluator's work is all still to do.
 * Idempotent: a call that already has rounds is left alone.
 */
export async function seedDemoEvaluation(db: Kysely<Database>, now = new Date()): Promise<void> {
  const call = await findDemoCall(db);
  if (!call || call.rounds > 0) return;
  const ctx = { db, actor: SYSTEM_ACTOR, user: null, now };
  const round = await createRound(ctx, {
    competitionId: call.id,
    stageId: call.deskStageId,
    name: 'Evaluasi proposal oleh Tim Evaluasi',
    reviewerRole: 'evaluator',
    reviewersPerProposal: 3,
    defaultMaxPerEvaluator: 400,
    blind: true,
    showOthersAfterSubmit: false,
    scoresEditableAfterSubmit: true,
    aggregation: 'normalised',
  });
  const numeric = { kind: 'numeric' as const, min: 1, max: 10 };
  await setCriteria(ctx, round.id, [
    { name: 'Kebaruan', description: 'Seberapa baru pendekatannya di konteks daerah tersebut.', weight: 20, scale: numeric, required: true, includedInTotal: true },
    { name: 'Efektivitas', description: 'Seberapa jauh masalah pelayanan terselesaikan, dengan data.', weight: 25, scale: numeric, required: true, includedInTotal: true },
    { name: 'Kebermanfaatan', description: 'Siapa dan berapa banyak yang merasakan manfaatnya.', weight: 25, scale: numeric, required: true, includedInTotal: true },
    { name: 'Dapat direplikasi', description: 'Dapat ditiru daerah lain dengan sumber daya wajar.', weight: 15, scale: numeric, required: true, includedInTotal: true },
    {
      name: 'Keberlanjutan',
      description: 'Dasar hukum, anggaran, dan kelembagaan yang menjamin keberlanjutan.',
      weight: 15,
      scale: { kind: 'levels', levels: ['Kurang', 'Cukup', 'Baik', 'Sangat baik'] },
      required: true,
      includedInTotal: true,
    },
  ]);
  const members = await poolMembers(db, round);
  const withPool = await setPool(
    ctx,
    round.id,
    members.map((m) => ({ userId: m.user.id, expertiseCategoryIds: m.expertise })),
  );
  if (withPool.counts.proposals === 0 || members.length < round.reviewersPerProposal) return;
  await autoAssign(ctx, round.id);
  await publishRoundAssignments(ctx, round.id);
  const open = await moveRound(ctx, round.id, 'open');
  for (const member of members) {
    if (member.evaluator) await scoreAsEvaluator({ ...ctx, user: member.user, actor: SYSTEM_ACTOR }, open, member.evaluator);
  }
}

interface PoolMember {
  user: AuthUser;
  expertise: string[];
  /** Set for the seeded evaluators who have already scored; absent for the demo account. */
  evaluator?: DemoEvaluator;
}

/** The demo evaluator account and the other evaluators (created here without a password), with their expertise as category ids. */
async function poolMembers(db: Kysely<Database>, round: RoundView): Promise<PoolMember[]> {
  const categories = (await loadCompetitionConfig(db, round.competitionId))?.categories ?? [];
  const idsOf = (codes: readonly string[]) => categories.filter((c) => codes.includes(c.code)).map((c) => c.id);
  const agencyNames = DEMO_EXTRA_EVALUATORS.flatMap((e) => (e.agency ? [e.agency] : []));
  const agencies = new Map(await Promise.all(agencyNames.map(async (name) => [name, (await findAgencyId(db, { name })) ?? null] as const)));
  const seeded = await ensureDemoSeedUsers(
    db,
    DEMO_EXTRA_EVALUATORS.map((e) => ({ email: e.email, name: e.name, role: 'evaluator' as const, agencyId: e.agency ? (agencies.get(e.agency) ?? null) : null })),
  );
  const accounts = await findAuthUsers(db, demoEmailsWithRole('evaluator'));
  const members: PoolMember[] = withRole(accounts.values(), 'evaluator').map((user) => ({ user, expertise: idsOf(DEMO_EVALUATOR_EXPERTISE) }));
  for (const evaluator of DEMO_EXTRA_EVALUATORS) {
    for (const user of withRole([seeded.get(evaluator.email)], 'evaluator')) members.push({ user, expertise: idsOf(evaluator.expertise), evaluator });
  }
  return members;
}

/** One seeded evaluator's work so far: every published assignment scored and submitted, except the last, saved as a draft. */
async function scoreAsEvaluator(ctx: EvaluationContext, round: RoundView, evaluator: DemoEvaluator): Promise<void> {
  const mine = (await listMyAssignments(ctx)).filter((a) => a.roundId === round.id);
  for (const [i, assignment] of mine.entries()) {
    const last = i === mine.length - 1;
    const sheet = (last ? demoDraftSheet : demoSheet)(round.criteria, assignment.proposalNumber, evaluator.email, evaluator.leniency);
    await saveScore(ctx, round.id, assignment.proposalId, sheet);
  }
}
