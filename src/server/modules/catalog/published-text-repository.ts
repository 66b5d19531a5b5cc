import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Which published catalog texts a piece of text reproduces (issue #12.5): the secretariat's
 * redaction screen flags a proposal's answers that are published word for word (or nearly) in
 * the public catalog, since a blind evaluator could find the agency with one catalog search.
 * Candidates come from the full-text index (the first words of the text must all occur in the
 * record), then pg_trgm decides: the best of similarity and word similarity in both directions
 * (a text copied from part of a field, or a field copied into a longer text), over the title and
 * every narrative field of published records only.
 */

export interface PublishedTextMatch {
  innovationId: string;
  title: string;
  field: string;
  /** 0–1, pg_trgm. */
  similarity: number;
}

/** From this similarity an answer counts as reproducing a published text. */
export const PUBLISHED_TEXT_THRESHOLD = 0.6;
/** Texts shorter than this are too generic to say anything ("Ya", a number). */
const MIN_CHARACTERS = 30;
const CANDIDATE_WORDS = 40;
const MAX_CANDIDATES = 50;

export async function findPublishedTextMatches(db: DbOrTrx, text: string, limit = 3): Promise<PublishedTextMatch[]> {
  const body = text.trim();
  if (body.length < MIN_CHARACTERS) return [];
  const head = body.split(/\s+/).slice(0, CANDIDATE_WORDS).join(' ');
  const result = await sql<{ id: string; title: string; field: string; score: number }>`
    with q as (select ${body}::text as t),
    candidates as (
      select i.id from innovations i
      where i.published and i.search_vector @@ plainto_tsquery('indonesian', simpul_unaccent(${head}))
      limit ${MAX_CANDIDATES}
    ),
    scored as (
      select i.id, i.title, f.field,
        greatest(similarity(f.body, q.t), word_similarity(q.t, f.body), word_similarity(f.body, q.t)) as score
      from candidates c
      join innovations i on i.id = c.id
      cross join q
      cross join lateral (values
        ('title', i.title), ('summary', i.summary), ('problem', i.problem), ('approach', i.approach),
        ('implementation_steps', i.implementation_steps), ('results', i.results), ('stakeholders', i.stakeholders),
        ('resources', i.resources), ('sustainability', i.sustainability), ('replication_potential', i.replication_potential)
      ) as f(field, body)
      where length(f.body) >= ${MIN_CHARACTERS}
    )
    select id, title, field, round(score::numeric, 3)::float8 as score from scored
    where score >= ${PUBLISHED_TEXT_THRESHOLD}
    order by score desc, id, field
    limit ${limit}
  `.execute(db);
  return result.rows.map((r) => ({ innovationId: r.id, title: r.title, field: r.field, similarity: Number(r.score) }));
}

/** The published title closest to a proposal's title (the title index), when it is near enough. */
export async function findPublishedTitleMatches(db: DbOrTrx, title: string, limit = 3): Promise<PublishedTextMatch[]> {
  const result = await sql<{ id: string; title: string; score: number }>`
    select i.id, i.title, round(similarity(simpul_unaccent(i.title), simpul_unaccent(${title}))::numeric, 3)::float8 as score
    from innovations i
    where i.published and simpul_unaccent(i.title) % simpul_unaccent(${title})
      and similarity(simpul_unaccent(i.title), simpul_unaccent(${title})) >= ${PUBLISHED_TEXT_THRESHOLD}
    order by score desc, i.id
    limit ${limit}
  `.execute(db);
  return result.rows.map((r) => ({ innovationId: r.id, title: r.title, field: 'title', similarity: Number(r.score) }));
}
