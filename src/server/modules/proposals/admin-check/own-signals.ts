import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Db } from '../../../db/types.js';
import type { CompetitionRecord } from '../../competitions/service.js';
import type { QuestionView } from '../../competitions/schemas.js';
import type { SubmittedContent } from '../submitted-content.js';
import { type FlagInput, type OwnFlags, ownContentFlags, ownFlagCount } from './flags.js';

/**
 * The stored own-content flags of submitted proposals (`proposal_check_signals`). A submitted
 * proposal's content is frozen, so its own flags are computed once in the submit transaction;
 * only the competition's rules can still move under them (a question made required, a group's
 * minimum age raised) or the heuristics themselves. The row's `rules_key` fingerprints all of
 * these, and `refreshOwnSignals` recomputes rows whose key no longer matches — and rows that
 * are missing (proposals submitted before the table existed, or written by bulk loaders) —
 * before the list filters or sorts on them.
 */

/** Raise when `ownContentFlags` or its thresholds change, so every stored row is recomputed. */
const HEURISTICS_VERSION = 'own-v1';

/** Rows recomputed per transaction: short row locks, and PGlite's one connection is not held for long. */
const REFRESH_CHUNK = 200;

/** What of the competition's questions the own flags read: which exist, their numbers, whether required, their type. */
function questionsKey(questions: QuestionView[]): string {
  const relevant = questions.map((q) => [q.id, q.number, q.required, q.answerType]);
  return createHash('sha256').update(JSON.stringify(relevant)).digest('hex').slice(0, 32);
}

/** The fingerprint of everything besides the frozen content that the own flags depend on. */
export function rulesKey(questions: QuestionView[], minAgeMonths: number): string {
  return `${HEURISTICS_VERSION}:${questionsKey(questions)}:${minAgeMonths}`;
}

export interface OwnSignals {
  proposalId: string;
  flags: OwnFlags;
  rulesKey: string;
}

/** Writes (or replaces) the own flags of these proposals; inside the caller's transaction. */
export async function storeOwnSignals(trx: Transaction<Database>, rows: OwnSignals[], now: Date): Promise<void> {
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
export async function removeOwnSignals(trx: Transaction<Database>, proposalId: string): Promise<void> {
  await trx.deleteFrom('proposal_check_signals').where('proposal_id', '=', proposalId).execute();
}

/** Submitted proposals of the competition whose stored flags are missing or were computed under other rules. */
async function staleIds(db: Db, record: CompetitionRecord): Promise<string[]> {
  const qKey = questionsKey(record.questions);
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('competition_groups as g', 'g.id', 'p.group_id')
    .leftJoin('proposal_check_signals as s', 's.proposal_id', 'p.id')
    .select('p.id')
    .where('p.competition_id', '=', record.row.id)
    .where('p.status', '=', 'submitted')
    .where((eb) => eb.or([eb('s.proposal_id', 'is', null), eb('s.rules_key', '<>', sql<string>`${`${HEURISTICS_VERSION}:${qKey}:`} || g.min_innovation_age_months::text`)]))
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Brings the stored own flags of one competition up to date; returns how many rows it wrote.
 * Usually nothing is stale and this is one indexed query. Each chunk reads the proposals under
 * a share lock, so a withdrawal in between cannot leave a row behind for a withdrawn proposal.
 */
export async function refreshOwnSignals(db: Db, record: CompetitionRecord, now: Date): Promise<number> {
  const ids = await staleIds(db, record);
  const minAge = new Map(record.groups.map((g) => [g.id, g.minInnovationAgeMonths]));
  let written = 0;
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    const chunk = ids.slice(i, i + REFRESH_CHUNK);
    written += await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('proposals')
        .select(['id', 'title', 'innovation_id', 'group_id', 'submitted_at', 'submitted_content'])
        .where('id', 'in', chunk)
        .where('status', '=', 'submitted')
        .forShare()
        .execute();
      const signals = rows.map((row): OwnSignals => {
        const months = minAge.get(row.group_id) ?? 0;
        const input: FlagInput = {
          id: row.id,
          title: row.title,
          innovationId: row.innovation_id,
          submittedAt: new Date(row.submitted_at!),
          minAgeMonths: months,
          content: row.submitted_content as SubmittedContent,
        };
        return { proposalId: row.id, flags: ownContentFlags(input, record.questions), rulesKey: rulesKey(record.questions, months) };
      });
      await storeOwnSignals(trx, signals, now);
      return rows.length;
    });
  }
  return written;
}
