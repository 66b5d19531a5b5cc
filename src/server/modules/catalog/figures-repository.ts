import { type RawBuilder, sql } from 'kysely';
import type { Db, DbOrTrx } from '../../db/types.js';

/**
 * The catalog's figures for the dashboards (issue #19): awards, a region's newest records, agency
 * workloads. Innovation counts come from the dashboards' count tables (migration 0700).
 */
export interface FigureScope {
  year?: number | undefined;
  provinceCode?: string | undefined;
  regencyCode?: string | undefined;
}

function scopeCondition(s: FigureScope): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`i.published`];
  if (s.year !== undefined) parts.push(sql`i.year_started = ${s.year}`);
  if (s.provinceCode) parts.push(sql`i.province_code = ${s.provinceCode}`);
  if (s.regencyCode) parts.push(sql`i.regency_code = ${s.regencyCode}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

export interface CompetitionAwardCount {
  competitionId: string;
  top99: number;
  top45: number;
  winners: number;
}

/** Published innovations awarded by each competition (Top 5 ⊂ Top 45 ⊂ Top 99). */
export async function awardCountsByCompetition(db: Db, scope: FigureScope): Promise<CompetitionAwardCount[]> {
  const { rows } = await sql<{ competition_id: string; top99: string; top45: string; winners: string }>`
    select a.competition_id,
      count(distinct a.innovation_id) filter (where a.level in ('top_99', 'top_45', 'top_5')) as top99,
      count(distinct a.innovation_id) filter (where a.level in ('top_45', 'top_5')) as top45,
      count(distinct a.innovation_id) as winners
    from innovation_awards a
    join innovations i on i.id = a.innovation_id
    where a.competition_id is not null and ${scopeCondition({ provinceCode: scope.provinceCode, regencyCode: scope.regencyCode })}
    group by a.competition_id`.execute(db);
  return rows.map((r) => ({ competitionId: r.competition_id, top99: Number(r.top99), top45: Number(r.top45), winners: Number(r.winners) }));
}

/** Published innovations of a scope holding each award level. */
export async function awardLevelCounts(db: Db, scope: FigureScope): Promise<{ level: string; count: number }[]> {
  const { rows } = await sql<{ level: string; n: string }>`
    select a.level, count(distinct a.innovation_id) as n
    from innovation_awards a
    join innovations i on i.id = a.innovation_id
    where ${scopeCondition(scope)}
    group by a.level`.execute(db);
  return rows.map((r) => ({ level: r.level, count: Number(r.n) }));
}

/** The newest published innovations of a scope (ids, newest first) for a region's page. */
export async function newestInnovationIds(db: Db, scope: FigureScope, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select i.id from innovations i where ${scopeCondition(scope)} order by i.start_date desc, i.id limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

export interface AgencyRecordWorkload {
  drafts: number;
  /** Drafts sent back by the approver with a note. */
  returned: number;
  submitted: number;
  staleRunning: number;
}

/** An agency's records waiting for someone (role homes); null agency = every agency (the ministry). */
export async function agencyRecordWorkload(db: Db, agencyId: string | null, staleMonths: number): Promise<AgencyRecordWorkload> {
  const scope = agencyId ? sql`i.agency_id = ${agencyId}` : sql`true`;
  const { rows } = await sql<{ drafts: string; returned: string; submitted: string; stale: string }>`
    select
      count(*) filter (where i.workflow_state = 'draft' and i.review_note is null) as drafts,
      count(*) filter (where i.workflow_state = 'draft' and i.review_note is not null) as returned,
      count(*) filter (where i.workflow_state = 'submitted') as submitted,
      count(*) filter (where i.published and i.status = 'running' and i.status_confirmed_at < now() - make_interval(months => ${staleMonths})) as stale
    from innovations i where ${scope}`.execute(db);
  const r = rows[0]!;
  return { drafts: Number(r.drafts), returned: Number(r.returned), submitted: Number(r.submitted), staleRunning: Number(r.stale) };
}

/**
 * Published innovations per agency that were running in each year from `fromYear` to `toYear`:
 * started in or before the year, and either still running or stopped (status confirmed) in or
 * after it. One Agency One Innovation's realisation (modules/institutionalisation/oaoi-*).
 */
export async function runningPerAgencyYear(db: Db, fromYear: number, toYear: number, agencyId?: string): Promise<{ agency_id: string; year: number; n: number }[]> {
  const rows = await sql<{ agency_id: string; year: number; n: string }>`
    select i.agency_id, y.year::int as year, count(*)::text as n
    from innovations i
    join generate_series(${fromYear}::int, ${toYear}::int) as y(year)
      on i.year_started <= y.year and (i.status = 'running' or extract(year from i.status_confirmed_at) >= y.year)
    where i.published ${agencyId ? sql`and i.agency_id = ${agencyId}::uuid` : sql``}
    group by i.agency_id, y.year`.execute(db);
  return rows.rows.map((r) => ({ agency_id: r.agency_id, year: r.year, n: Number(r.n) }));
}

/** Whether the catalog holds any record at all (the demo loads only into an empty one). */
export async function anyInnovationExists(db: DbOrTrx): Promise<boolean> {
  return (await db.selectFrom('innovations').select('id').limit(1).executeTakeFirst()) !== undefined;
}
