import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AwardLevel, InnovationStatus, SearchSort } from '../../../common/catalog.js';
import type { MaturityStage } from '../../../common/institutionalisation.js';
import type { Database } from '../../db/schema.js';
import type { SearchFilters, SearchItem } from './schemas.js';
import {
  allQuery,
  anyQuery,
  bodyMatch,
  filterCondition,
  maturityStageSql,
  type MatchMode,
  type ResolvedText,
  type TextAccess,
  textQuery,
  titleMatch,
} from './search-filter-repository.js';

/**
 * Which records fill a page of a catalog search, and their cards. Ranking (issue #13.4):
 * records matching more of the query's concepts come first, then those with the concepts in
 * the title, then ts_rank, then the newest. On broad result sets (see search-service.ts) the
 * same order is approximated by tiers read in start-date order: all concepts in the title, all
 * anywhere, any in the title, the rest.
 */
export const FUZZY_CAP = 500;

export type ResolvedFilters = SearchFilters & { categoryIds?: number[]; text?: ResolvedText };

/** The planner's row estimate for a condition: a few milliseconds, no rows read. */
export async function estimatedMatches(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<number> {
  const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) select 1 from innovation_search i where ${where}`.execute(db);
  const raw = plan.rows[0]?.['QUERY PLAN'];
  const parsed = typeof raw === 'string' ? (JSON.parse(raw) as typeof raw) : raw;
  return Number(parsed?.[0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY);
}

async function idsOf(db: Kysely<Database>, query: RawBuilder<{ id: string }>): Promise<string[]> {
  return (await query.execute(db)).rows.map((r) => r.id);
}

const NEWEST = sql`i.start_date desc, i.id`;

/**
 * Walk the start-date index (testing each row) when that reads fewer rows than all the matches:
 * with matches spread evenly, a page ending at row `window` needs about window × tableRows / total
 * rows walked.
 */
export function accessFor(total: number, tableRows: number, window: number): TextAccess {
  return window * tableRows < total * total ? 'walk' : 'indexed';
}

export interface PageContext {
  /** The match count (exact or estimated) and whether it was estimated. */
  total: number;
  approximate: boolean;
  tableRows: () => Promise<number>;
  exactRankCap: number;
}

function concepts(f: ResolvedFilters): RawBuilder<unknown>[] {
  return f.text && f.text.groups.length > 0 ? f.text.groups : [textQuery(f)];
}

export async function pageIds(db: Kysely<Database>, f: ResolvedFilters, mode: MatchMode, sort: SearchSort, ctx: PageContext, limit: number, offset: number): Promise<string[]> {
  const q = f.q;
  const broad = ctx.approximate || ctx.total > ctx.exactRankCap;
  const how: TextAccess = q && mode === 'fulltext' && broad ? accessFor(ctx.total, await ctx.tableRows(), offset + limit) : 'indexed';
  const where = filterCondition(f, mode, how);
  if (mode === 'fuzzy') {
    // Ordered among the same bounded candidates the counts came from.
    const order = sort === 'relevance' && q ? sql`word_similarity(simpul_unaccent(${q}), simpul_unaccent(i.title)) desc, ${NEWEST}` : NEWEST;
    return idsOf(
      db,
      sql<{ id: string }>`select i.id from (select i.id, i.title, i.start_date from innovation_search i where ${where} limit ${FUZZY_CAP}) i
        order by ${order} limit ${limit} offset ${offset}`,
    );
  }
  if (sort === 'replicated') return replicatedPage(db, where, limit, offset);
  if (sort !== 'relevance' || !q) {
    return idsOf(db, sql<{ id: string }>`select i.id from innovation_search i where ${where} order by ${NEWEST} limit ${limit} offset ${offset}`);
  }
  const groups = concepts(f);
  if (!broad) {
    const matched = sql.join(
      groups.map((g) => sql`(i.search_vector @@ ${g})::int`),
      sql` + `,
    );
    const inTitle = sql.join(
      groups.map((g) => sql`(i.title_vector @@ ${g})::int`),
      sql` + `,
    );
    return idsOf(
      db,
      sql<{ id: string }>`select i.id from innovation_search i where ${where}
        order by (${matched}) * 10 + (${inTitle}) * 3 desc, ts_rank(i.search_vector, ${textQuery(f)}) desc, ${NEWEST} limit ${limit} offset ${offset}`,
    );
  }
  const any = f.text && f.text.groups.length > 0 ? anyQuery(f.text) : textQuery(f);
  const tiers: Tier[] =
    groups.length > 1 && f.text
      ? [
          { query: allQuery(f.text), on: 'title' },
          { query: allQuery(f.text), on: 'body' },
          { query: any, on: 'title' },
          { query: any, on: 'body', matches: ctx.total },
        ]
      : [
          { query: any, on: 'title' },
          { query: any, on: 'body', matches: ctx.total },
        ];
  return tieredPage(db, f, tiers, ctx, limit, offset);
}

interface Tier {
  query: RawBuilder<unknown>;
  on: 'title' | 'body';
  /** How many records the tier matches, when known (any concept anywhere: the search's total); else the planner estimates it. */
  matches?: number;
}

function tierMatch(t: Tier, how: TextAccess): RawBuilder<boolean> {
  return t.on === 'title' ? titleMatch(t.query, how) : bodyMatch(t.query, how);
}

/** Broad text queries: tier after tier, newest first in each; a tier never repeats an earlier one's rows. */
async function tieredPage(db: Kysely<Database>, f: ResolvedFilters, tiers: Tier[], ctx: PageContext, limit: number, offset: number): Promise<string[]> {
  const base = filterCondition(f, 'all');
  const out: string[] = [];
  let skip = offset;
  for (let i = 0; i < tiers.length && out.length < limit; i++) {
    const earlier = tiers.slice(0, i).map((t) => sql`not ${tierMatch(t, 'walk')}`);
    const exclude = earlier.length ? sql` and ${sql.join(earlier, sql` and `)}` : sql``;
    const estimate = tiers[i]!.matches ?? (await estimatedMatches(db, sql<boolean>`${base} and ${tierMatch(tiers[i]!, 'indexed')}`));
    const how = accessFor(estimate, await ctx.tableRows(), skip + limit - out.length);
    const where = sql<boolean>`${base} and ${tierMatch(tiers[i]!, how)}${exclude}`;
    const rows = await idsOf(db, sql<{ id: string }>`select i.id from innovation_search i where ${where} order by ${NEWEST} limit ${limit - out.length} offset ${skip}`);
    if (rows.length > 0) {
      out.push(...rows);
      skip = 0;
    } else if (skip > 0) {
      // The whole tier lies before this page: how many rows it holds moves the start of the next.
      const n = Number((await sql<{ n: string }>`select count(*)::text as n from (select 1 from innovation_search i where ${where} limit ${skip}) t`.execute(db)).rows[0]!.n);
      skip -= n;
    }
  }
  return out;
}

/**
 * Most replicated first, then the most recently replicated. Replicated innovations are few (the
 * replication register), so they are ranked on their own — sorted from the register alone and
 * checked against the filters one by one until the page is full — and the other matches follow,
 * newest first. No per-row count over the whole catalog is needed.
 */
async function replicatedPage(db: Kysely<Database>, where: RawBuilder<boolean>, limit: number, offset: number): Promise<string[]> {
  // `offset 0` keeps the sorted register a separate step, so the filters run only until the page is full.
  const ranked = sql`
    select r.innovation_id as id from (
      select innovation_id, count(*) as n, max(created_at) as latest from innovation_replications
      group by innovation_id order by n desc, latest desc, innovation_id offset 0
    ) r
    where exists (select 1 from innovation_search i where i.id = r.innovation_id and ${where})`;
  const head = await idsOf(db, sql<{ id: string }>`${ranked} order by r.n desc, r.latest desc, r.innovation_id limit ${limit} offset ${offset}`);
  if (head.length === limit) return head;
  const before = head.length > 0 ? offset : Number((await sql<{ n: string }>`select count(*)::text as n from (${ranked} limit ${offset}) t`.execute(db)).rows[0]!.n);
  // NOT IN over the small replication register is a hashed lookup while walking the date index.
  const rest = await idsOf(
    db,
    sql<{ id: string }>`select i.id from innovation_search i where ${where} and i.id not in (select innovation_id from innovation_replications)
      order by ${NEWEST} limit ${limit - head.length} offset ${Math.max(0, offset - before)}`,
  );
  return [...head, ...rest];
}
/** A result card as read, before the names of its region, province and category are filled in from their codes. */
export type CardRow = Omit<SearchItem, 'unconfirmedSince' | 'regionName' | 'provinceName' | 'categoryCode' | 'categoryName'> & {
  regionCode: string;
  provinceCode: string;
  categoryId: number;
};

/**
 * Result cards without the update-campaign mark (the service adds it from institutionalisation's
 * read model) and without region and category names (the service has them cached per search
 * generation; joining them cost the statement most of its planning). One statement: the awards
 * and the replication count come from correlated subqueries over their (innovation_id) indexes,
 * for the page's few rows only.
 */
export async function searchCardRows(db: Kysely<Database>, ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`));
  const rows = await sql<{
    id: string;
    title: string;
    summary: string;
    agency_name: string;
    agency_type: string;
    region_code: string;
    province_code: string;
    category_id: number;
    sdgs: number[];
    year_started: number;
    status: InnovationStatus;
    maturity: MaturityStage;
    awards: Array<{ level: AwardLevel; year: number }>;
    replication_count: number;
  }>`
    select i.id, i.title, left(i.summary, 320) as summary, a.name as agency_name, i.agency_type, i.region_code, i.province_code, i.category_id,
      i.sdgs, i.year_started, i.status, ${maturityStageSql('i')} as maturity,
      coalesce((select json_agg(json_build_object('level', aw.level, 'year', aw.year) order by aw.year desc, aw.level)
        from innovation_awards aw where aw.innovation_id = i.id), '[]'::json) as awards,
      (select count(*) from innovation_replications ir where ir.innovation_id = i.id)::int as replication_count
    from innovations i
    join agencies a on a.id = i.agency_id
    where i.id in (${idList})`.execute(db);
  const byId = new Map(rows.rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      agencyName: r.agency_name,
      agencyType: r.agency_type,
      regionCode: r.region_code,
      provinceCode: r.province_code,
      categoryId: Number(r.category_id),
      sdgs: r.sdgs.map(Number),
      yearStarted: r.year_started,
      status: r.status,
      awards: r.awards.map((a) => ({ level: a.level, year: Number(a.year) })),
      replicationCount: Number(r.replication_count),
      maturity: r.maturity,
    }));
}

/** Every region's name (facet labels; cached per search generation by the service). */
export async function regionNames(db: Kysely<Database>): Promise<Array<{ code: string; name: string }>> {
  return db.selectFrom('regions').select(['code', 'name']).execute();
}
