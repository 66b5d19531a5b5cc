import { sql } from 'kysely';
import type { Db, Trx } from '../../../db/types.js';
import { competitionGroupsView } from '../../competitions/read-model.js';
import { ownFlagCount } from './flags.js';
import type { OwnSignals } from './own-signals.js';

/** The queries of the stored own-content flags (`proposal_check_signals`); the rules are in own-signals.ts. */

/** Writes (or replaces) the own flags of these proposals; inside the caller's transaction. */
export async function storeOwnSignals(trx: Trx, rows: OwnSignals[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('proposal_check_signals')
    .values(rows.map((r) => ({ proposal_id: r.proposalId, own_flags: JSON.stringify(r.flags), own_flag_count: ownFlagCount(r.flags), rules_key: r.rulesKey, computed_at: now })))
    .onConflict((oc) =>
      oc.column('proposal_id').doUpdateSet((eb) => ({
        own_flags: eb.ref('excluded.own_flags'),
        own_flag_count: eb.ref('excluded.own_flag_count'),
        rules_key: eb.ref('excluded.rules_key'),
        computed_at: eb.ref('excluded.computed_at'),
      })),
    )
    .execute();
}

/** A withdrawn proposal leaves the check; its flags go with it. */
export async function removeOwnSignals(trx: Trx, proposalId: string): Promise<void> {
  await trx.deleteFrom('proposal_check_signals').where('proposal_id', '=', proposalId).execute();
}

/**
 * Submitted proposals of the competition whose stored flags are missing or whose rules key is
 * not `keyPrefix` followed by their group's minimum innovation age.
 */
export async function submittedWithStaleSignals(db: Db, competitionId: string, keyPrefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin(competitionGroupsView(db, 'g'), 'g.id', 'p.group_id')
    .leftJoin('proposal_check_signals as s', 's.proposal_id', 'p.id')
    .select('p.id')
    .where('p.competition_id', '=', competitionId)
    .where('p.status', '=', 'submitted')
    .where((eb) => eb.or([eb('s.proposal_id', 'is', null), eb('s.rules_key', '<>', sql<string>`${keyPrefix} || g.min_innovation_age_months::text`)]))
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The frozen content of these proposals that are still submitted, under a share lock (a withdrawal waits). */
export function lockSubmittedForSignals(trx: Trx, ids: readonly string[]) {
  return trx
    .selectFrom('proposals')
    .select(['id', 'title', 'innovation_id', 'group_id', 'submitted_at', 'submitted_content'])
    .where('id', 'in', ids)
    .where('status', '=', 'submitted')
    .forShare()
    .execute();
}
