import { type Kysely, sql } from 'kysely';
import type { WorkflowState } from '../../../common/catalog.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';

export interface DuplicateCandidate {
  id: string;
  title: string;
  agencyName: string;
  workflowState: WorkflowState;
  titleSimilarity: number;
  summarySimilarity: number | null;
}

/** Title trigram similarity (0–1) from which a record is listed as a possible duplicate. */
const TITLE_THRESHOLD = 0.3;
/** Summary similarity from which a record with a different title is still listed. */
const SUMMARY_THRESHOLD = 0.45;
const MAX_CANDIDATES = 200;

/**
 * Records that look like the one being registered: similar titles (trigram, through the title
 * index), or titles whose words all appear in another record whose summary is similar. The
 * caller sees published records of every agency and the unpublished ones of its own agency
 * (the ministry: all), so one innovation is not registered twice.
 */
export async function findDuplicates(
  db: Kysely<Database>,
  user: AuthUser,
  input: { title: string; summary?: string | undefined; excludeId?: string | undefined },
  limit = 10,
): Promise<DuplicateCandidate[]> {
  const summary = input.summary?.trim() ?? '';
  const visible = user.role === 'ministry_admin' ? sql`true` : sql`(i.published or i.agency_id = ${user.agencyId ?? '00000000-0000-0000-0000-000000000000'}::uuid)`;
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
        limit ${MAX_CANDIDATES})
      union
      (select i.id from innovations i
        where i.search_vector @@ plainto_tsquery('indonesian', simpul_unaccent(${input.title}))
          and ${summary} <> '' and ${visible} ${exclude}
        limit ${MAX_CANDIDATES})
    )
    select i.id, i.title, a.name as agency_name, i.workflow_state,
      round(similarity(simpul_unaccent(i.title), q.title)::numeric, 3)::float8 as title_similarity,
      case when q.summary <> '' then round(similarity(i.summary, q.summary)::numeric, 3)::float8 end as summary_similarity
    from candidates c
    join innovations i on i.id = c.id
    join agencies a on a.id = i.agency_id
    cross join query q
    where similarity(simpul_unaccent(i.title), q.title) >= ${TITLE_THRESHOLD}
       or (q.summary <> '' and similarity(i.summary, q.summary) >= ${SUMMARY_THRESHOLD})
    order by greatest(similarity(simpul_unaccent(i.title), q.title), coalesce(similarity(i.summary, q.summary), 0)) desc, i.id
    limit ${limit}
  `.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    title: r.title,
    agencyName: r.agency_name,
    workflowState: r.workflow_state,
    titleSimilarity: Number(r.title_similarity),
    summarySimilarity: r.summary_similarity === null ? null : Number(r.summary_similarity),
  }));
}
