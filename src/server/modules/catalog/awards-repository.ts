import { type Kysely, sql, type Transaction } from 'kysely';
import type { AwardLevel } from '../../../common/catalog.js';
import type { Database } from '../../db/schema.js';

/** Writes and checks of `innovation_awards` for awards that come from a competition. */

export interface CompetitionAwardRow {
  innovationId: string;
  competitionId: string;
  level: AwardLevel;
  year: number;
  label: string;
}

/**
 * Serialises award writes of one competition across transactions and processes, so two
 * finalisations racing on the same competition cannot both see "not yet recorded" and insert
 * the same award twice. Transaction-scoped: released at commit or rollback.
 */
export async function lockCompetitionAwards(trx: Transaction<Database>, competitionId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261123, hashtext(${`innovation_awards:${competitionId}`}))`.execute(trx);
}

/** Which of `innovationIds` exist in the catalog (any workflow state). */
export async function existingInnovationIds(trx: Transaction<Database>, innovationIds: readonly string[]): Promise<Set<string>> {
  if (innovationIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('innovations')
    .select('id')
    .where('id', 'in', [...innovationIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Keys `innovation|competition|level` of the awards of these competitions already on record. */
export async function recordedAwardKeys(trx: Transaction<Database>, competitionIds: readonly string[], innovationIds: readonly string[]): Promise<Set<string>> {
  if (competitionIds.length === 0 || innovationIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('innovation_awards')
    .select(['innovation_id', 'competition_id', 'level'])
    .where('competition_id', 'in', [...competitionIds])
    .where('innovation_id', 'in', [...innovationIds])
    .execute();
  return new Set(rows.map((r) => awardKey({ innovationId: r.innovation_id, competitionId: r.competition_id ?? '', level: r.level })));
}

export function awardKey(a: { innovationId: string; competitionId: string; level: string }): string {
  return `${a.innovationId}|${a.competitionId}|${a.level}`;
}

export async function insertCompetitionAwards(trx: Transaction<Database>, rows: readonly CompetitionAwardRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('innovation_awards')
      .values(rows.slice(i, i + 1000).map((r) => ({ innovation_id: r.innovationId, competition_id: r.competitionId, level: r.level, year: r.year, label: r.label })))
      .execute();
  }
}

/**
 * Awards of one year won by regional governments' own innovations, counted per region and level:
 * the read model the incentive module uses for its performance categories. Only published
 * records count, and only innovations whose agency governs a region (province, regency, city),
 * attributed to that agency's region.
 */
export async function regionalAwardCounts(db: Kysely<Database>, year: number): Promise<{ regionCode: string; level: AwardLevel; count: number }[]> {
  const rows = await db
    .selectFrom('innovation_awards as aw')
    .innerJoin('innovations as i', 'i.id', 'aw.innovation_id')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .where('aw.year', '=', year)
    .where('i.published', '=', true)
    .where('a.type', 'in', ['provinsi', 'kabupaten', 'kota'])
    .where('a.region_code', 'is not', null)
    .select(['a.region_code', 'aw.level', sql<string>`count(distinct aw.innovation_id)`.as('n')])
    .groupBy(['a.region_code', 'aw.level'])
    .execute();
  return rows.map((r) => ({ regionCode: r.region_code!, level: r.level, count: Number(r.n) }));
}

export interface HistoricalAwardRow {
  innovationId: string;
  level: AwardLevel;
  year: number;
  label: string;
}

/** Keys `innovation|level|year|label` of awards on record without a competition of this platform. */
export async function historicalAwardKeys(trx: Transaction<Database>, innovationIds: readonly string[]): Promise<Set<string>> {
  if (innovationIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('innovation_awards')
    .select(['innovation_id', 'level', 'year', 'label'])
    .where('competition_id', 'is', null)
    .where('innovation_id', 'in', [...innovationIds])
    .execute();
  return new Set(rows.map((r) => historicalAwardKey({ innovationId: r.innovation_id, level: r.level, year: r.year, label: r.label })));
}

export function historicalAwardKey(a: HistoricalAwardRow): string {
  return `${a.innovationId}|${a.level}|${a.year}|${a.label.toLowerCase()}`;
}

export async function insertHistoricalAwards(trx: Transaction<Database>, rows: readonly HistoricalAwardRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('innovation_awards')
      .values(rows.slice(i, i + 1000).map((r) => ({ innovation_id: r.innovationId, competition_id: null, level: r.level, year: r.year, label: r.label })))
      .execute();
  }
}
