import { sql } from 'kysely';
import type { WorkflowState } from '../../../common/catalog.js';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Records resembling a title (and summary): trigram-similar titles through the title index, or
 * titles whose words all appear in a record with a similar summary. `agencyScope` 'all' sees
 * every record; an agency id (or null) sees published records and that agency's own.
 */
export async function similarRecords(
  db: DbOrTrx,
  input: { title: string; summary: string; excludeId?: string | undefined; agencyScope: 'all' | string | null },
  limit: number,
  bounds: { titleThreshold: number; summaryThreshold: number; maxCandidates: number },
) {
  const summary = input.summary;
  const visible = input.agencyScope === 'all' ? sql`true` : sql`(i.published or i.agency_id = ${input.agencyScope ?? '00000000-0000-0000-0000-000000000000'}::uuid)`;
  const exclude = input.excludeId ? sql`and i.id <> ${input.excludeId}::uuid` : sql``;
  const result = await sql<{
    id: string;
    title: string;
    agency_name: string;
    workflow_state: WorkflowState;
    title_similarity: number;
    summary_similarity: number | null;
  }>`
    with query as (select simpul_unaccent(${input.title}) as title, ${summary}::text as summary),
    candidates as (
      (select i.id from innovations i
        where simpul_unaccent(i.title) % simpul_unaccent(${input.title}) and ${visible} ${exclude}
        limit ${bounds.maxCandidates})
      union
      (select i.id from innovations i
        where i.search_vector @@ plainto_tsquery('indonesian', simpul_unaccent(${input.title}))
          and ${summary} <> '' and ${visible} ${exclude}
        limit ${bounds.maxCandidates})
    )
    select i.id, i.title, a.name as agency_name, i.workflow_state,
      round(similarity(simpul_unaccent(i.title), q.title)::numeric, 3)::float8 as title_similarity,
      case when q.summary <> '' then round(similarity(i.summary, q.summary)::numeric, 3)::float8 end as summary_similarity
    from candidates c
    join innovations i on i.id = c.id
    join agencies a on a.id = i.agency_id
    cross join query q
    where similarity(simpul_unaccent(i.title), q.title) >= ${bounds.titleThreshold}
       or (q.summary <> '' and similarity(i.summary, q.summary) >= ${bounds.summaryThreshold})
    order by greatest(similarity(simpul_unaccent(i.title), q.title), coalesce(similarity(i.summary, q.summary), 0)) desc, i.id
    limit ${limit}
  `.execute(db);
  return result.rows;
}
