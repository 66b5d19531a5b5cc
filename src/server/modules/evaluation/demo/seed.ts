import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { Database } from '../../../db/schema.js';
import { DEMO_ACCOUNTS } from '../../../seed/demo-accounts.js';
import { findUsersByEmail } from '../candidates-repository.js';
import { findDemoCall } from '../repository.js';
import { createRound, setCriteria, setPool } from '../rounds-service.js';

/**
 * Demo evaluation set-up, through the same services the ministry's screens use (validated and
 * audited): the open KIPP call gets its desk review round (blind, 3 evaluators per proposal,
 * the five KIPP criteria) with the demo evaluator in the pool, still in setup since no proposal
 * has passed the administrative check yet. Idempotent: a call that already has rounds is left alone.
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
  const emails = DEMO_ACCOUNTS.filter((a) => a.role === 'evaluator').map((a) => a.email);
  const evaluators = (await findUsersByEmail(db, emails)).filter((u) => u.role === 'evaluator');
  await setPool(ctx, round.id, evaluators.map((u) => ({ userId: u.id, expertiseCategoryIds: [] })));
}
