import { JUDGED_RECORDS } from './corpus.js';

/**
 * The judged records as one parameterised INSERT (for the bench server's raw driver and for the
 * tests), published under `agencyId`. Records already present (same title) are skipped, so a
 * re-run adds nothing; a category code missing from the database falls back to the first one.
 */
export function corpusInsert(agencyId: string, regionCode: string): { sql: string; parameters: unknown[] } {
  return {
    sql: `insert into innovations (agency_id, region_code, title, summary, problem, start_date, category_id, sdgs, workflow_state, published_at)
      select $1::uuid, $2, r.title, r.summary, r.problem, r.start_date::date,
        coalesce(c.id, (select min(id) from innovation_categories)), array[3]::smallint[], 'published', now()
      from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as r(title, summary, problem, start_date, category)
      left join innovation_categories c on c.code = r.category
      where not exists (select 1 from innovations i where i.title = r.title)`,
    parameters: [
      agencyId,
      regionCode,
      JUDGED_RECORDS.map((r) => r.title),
      JUDGED_RECORDS.map((r) => r.summary),
      JUDGED_RECORDS.map((r) => r.problem ?? ''),
      JUDGED_RECORDS.map((r) => r.startDate),
      JUDGED_RECORDS.map((r) => r.category),
    ],
  };
}

export function corpusDelete(): { sql: string; parameters: unknown[] } {
  return { sql: 'delete from innovations where title = any($1::text[])', parameters: [JUDGED_RECORDS.map((r) => r.title)] };
}

export const TITLE_TO_KEY: ReadonlyMap<string, string> = new Map(JUDGED_RECORDS.map((r) => [r.title, r.key]));

/** Counts the published records outside the judged ones that satisfy a query's rule (`~*` per pattern). */
export function ruleCount(rule: readonly string[]): { sql: string; parameters: unknown[] } {
  const conditions = rule.map((_p, i) => `(title || ' ' || summary) ~* $${i + 2}`).join(' and ');
  return {
    sql: `select count(*)::int as n from innovations where published and not (title = any($1::text[])) and ${conditions}`,
    parameters: [JUDGED_RECORDS.map((r) => r.title), ...rule],
  };
}
