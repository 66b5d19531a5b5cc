import type { Kysely, Transaction } from 'kysely';
import { AWARD_LEVELS, type AwardLevel } from '../../../common/catalog.js';
import { type Actor, appendAudit, appendAuditBatch } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';
import { errors, type LocalizedText } from '../../http/errors.js';
import {
  awardKey,
  type CompetitionAwardRow,
  existingInnovationIds,
  insertCompetitionAwards,
  lockCompetitionAwards,
  type HistoricalAwardRow,
  historicalAwardKey,
  historicalAwardKeys,
  insertHistoricalAwards,
  recordedAwardKeys,
  regionalAwardCounts,
} from './awards-repository.js';

/**
 * The catalog's one writer of awards won in a competition. Other modules (evaluation, when a
 * selection is finalised by decree) call it with their own transaction, so the decree and the
 * awards commit or vanish together; they never write `innovation_awards` themselves.
 *
 * Idempotent per (innovation, competition, level): an award already on record, or repeated in
 * the same call, is not written again and is reported in `alreadyRecorded`. Each award written
 * gets an audit entry on its innovation, in the caller's transaction.
 */

export type CompetitionAward = CompetitionAwardRow;

export interface RecordedAwards {
  /** Awards written by this call, in input order. */
  recorded: CompetitionAward[];
  /** Awards of the input that were on record already (or repeated within the input). */
  alreadyRecorded: CompetitionAward[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(field: string, text: LocalizedText) {
  return errors.validation({ id: `Data penghargaan tidak valid: '${field}' ${text.id}.`, en: `Invalid award: '${field}' ${text.en}.` }, { fields: [{ field, message: text }] });
}

/** The facts every award needs, from a competition or not. */
function checkAwardFacts<T extends HistoricalAward>(a: T, i: number): T {
  const at = `awards[${i}]`;
  if (typeof a.innovationId !== 'string' || !UUID.test(a.innovationId)) throw invalid(`${at}.innovationId`, { id: 'bukan pengenal inovasi', en: 'is not an innovation id' });
  if (!(AWARD_LEVELS as readonly string[]).includes(a.level)) {
    throw invalid(`${at}.level`, { id: `harus salah satu dari ${AWARD_LEVELS.join(', ')}`, en: `must be one of ${AWARD_LEVELS.join(', ')}` });
  }
  if (!Number.isInteger(a.year) || a.year < 2000 || a.year > 2100) throw invalid(`${at}.year`, { id: 'harus tahun 2000–2100', en: 'must be a year 2000–2100' });
  const label = typeof a.label === 'string' ? a.label.trim() : '';
  if (label.length < 2 || label.length > 200) throw invalid(`${at}.label`, { id: 'harus 2–200 karakter', en: 'must be 2–200 characters' });
  return { ...a, label };
}

function checkAward(a: CompetitionAward, i: number): CompetitionAward {
  if (typeof a.competitionId !== 'string' || !UUID.test(a.competitionId))
    throw invalid(`awards[${i}].competitionId`, { id: 'bukan pengenal kompetisi', en: 'is not a competition id' });
  return checkAwardFacts(a, i);
}

export async function recordCompetitionAwards(trx: Transaction<Database>, actor: Actor, awards: readonly CompetitionAward[]): Promise<RecordedAwards> {
  // A programming error, not a user's: without the caller's transaction the awards could
  // commit while the decree that grants them rolls back.
  if (!trx.isTransaction) throw new Error('recordCompetitionAwards needs the transaction of the decision that grants the awards');
  const checked = awards.map(checkAward);
  if (checked.length === 0) return { recorded: [], alreadyRecorded: [] };

  const innovationIds = [...new Set(checked.map((a) => a.innovationId))];
  const existing = await existingInnovationIds(trx, innovationIds);
  const missing = checked.findIndex((a) => !existing.has(a.innovationId));
  if (missing >= 0) throw invalid(`awards[${missing}].innovationId`, { id: 'tidak ada di katalog', en: 'is not in the catalog' });

  // Sorted, so two callers locking several competitions always take the locks in one order.
  const competitionIds = [...new Set(checked.map((a) => a.competitionId))].sort();
  for (const id of competitionIds) await lockCompetitionAwards(trx, id);
  const seen = await recordedAwardKeys(trx, competitionIds, innovationIds);

  const recorded: CompetitionAward[] = [];
  const alreadyRecorded: CompetitionAward[] = [];
  for (const a of checked) {
    const key = awardKey(a);
    if (seen.has(key)) {
      alreadyRecorded.push(a);
    } else {
      seen.add(key);
      recorded.push(a);
    }
  }
  await insertCompetitionAwards(trx, recorded);
  // Audit last: the audit chain's lock is then held for as short a time as possible.
  for (const a of recorded) {
    await appendAudit(trx, actor, {
      action: 'innovation.award',
      entityType: 'innovation',
      entityId: a.innovationId,
      after: { level: a.level, year: a.year, label: a.label, competitionId: a.competitionId },
    });
  }
  return { recorded, alreadyRecorded };
}

/** Per region and level, how many published innovations of regional governments won an award in `year` (read model for the incentive). */
export async function awardCountsByRegion(db: Kysely<Database>, year: number): Promise<{ regionCode: string; level: AwardLevel; count: number }[]> {
  return regionalAwardCounts(db, year);
}

export type HistoricalAward = HistoricalAwardRow;

/**
 * Awards won before this platform ran the competition (published winners' lists, other
 * programmes): no competition record, idempotent per (innovation, level, year, label), checked
 * like competition awards, one audit entry per award written, in the caller's transaction.
 */
export async function recordHistoricalAwards(
  trx: Transaction<Database>,
  actor: Actor,
  awards: readonly HistoricalAward[],
): Promise<{ recorded: HistoricalAward[]; alreadyRecorded: HistoricalAward[] }> {
  if (!trx.isTransaction) throw new Error('recordHistoricalAwards needs the transaction of the change that records the awards');
  const checked = awards.map(checkAwardFacts);
  if (checked.length === 0) return { recorded: [], alreadyRecorded: [] };
  const innovationIds = [...new Set(checked.map((a) => a.innovationId))];
  const existing = await existingInnovationIds(trx, innovationIds);
  const missing = checked.findIndex((a) => !existing.has(a.innovationId));
  if (missing >= 0) throw invalid(`awards[${missing}].innovationId`, { id: 'tidak ada di katalog', en: 'is not in the catalog' });
  await lockCompetitionAwards(trx, 'historical');
  const seen = await historicalAwardKeys(trx, innovationIds);
  const recorded: HistoricalAward[] = [];
  const alreadyRecorded: HistoricalAward[] = [];
  for (const a of checked) {
    const key = historicalAwardKey(a);
    if (seen.has(key)) alreadyRecorded.push(a);
    else {
      seen.add(key);
      recorded.push(a);
    }
  }
  await insertHistoricalAwards(trx, recorded);
  await appendAuditBatch(
    trx,
    actor,
    recorded.map((a) => ({
      action: 'innovation.award',
      entityType: 'innovation',
      entityId: a.innovationId,
      after: { level: a.level, year: a.year, label: a.label, competitionId: null },
    })),
  );
  return { recorded, alreadyRecorded };
}
