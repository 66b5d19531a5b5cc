import { createHash } from 'node:crypto';
import type { Db } from '../../../db/types.js';
import type { CompetitionRecord } from '../../competitions/service.js';
import type { QuestionView } from '../../competitions/schemas.js';
import type { SubmittedContent } from '../submitted-content.js';
import { type FlagInput, type OwnFlags, ownContentFlags } from './flags.js';
import { lockSubmittedForSignals, removeOwnSignals, storeOwnSignals, submittedWithStaleSignals } from './signals-repository.js';

export { removeOwnSignals, storeOwnSignals };

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

/** Submitted proposals of the competition whose stored flags are missing or were computed under other rules. */
async function staleIds(db: Db, record: CompetitionRecord): Promise<string[]> {
  const qKey = questionsKey(record.questions);
  return submittedWithStaleSignals(db, record.row.id, `${HEURISTICS_VERSION}:${qKey}:`);
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
      const rows = await lockSubmittedForSignals(trx, chunk);
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
