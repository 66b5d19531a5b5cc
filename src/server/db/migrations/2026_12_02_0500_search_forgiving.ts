import { type Kysely, sql } from 'kysely';
import { SEED_SYNONYMS } from '../search-synonyms-seed.js';

/**
 * A search that forgives (issue #13.4).
 *
 * - `search_vocabulary`: every word of the published titles and summaries (unaccented, lower
 *   case, 3–40 letters, stop words left out) with its `indonesian` lexeme and the number of
 *   records that brought it. Typo corrections and "did you mean" come from it (pg_trgm, GIN).
 *   Statement-level triggers add the words of rows that become published or whose title or
 *   summary change while published, so bulk loaders and every service keep it current. Words
 *   are never removed: a suggestion is only offered after it is checked to find published
 *   records, so a word of a withdrawn record suggests nothing.
 * - `search_synonyms`: equivalence groups maintained by the ministry (variants, synonyms,
 *   acronyms), applied as query expansion; seeded with search-synonyms-seed.ts.
 * - `catalog_search_generation`: a sequence bumped by every statement that changes innovations,
 *   their awards, the synonyms, categories or regions; cached search answers carry the value
 *   they were made under.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function simpul_text_words(t text) returns setof text
      language sql immutable parallel safe strict
      as $$ select distinct w from regexp_split_to_table(lower(simpul_unaccent(t)), '[^a-z0-9]+') w
            where length(w) between 3 and 40 and w !~ '^[0-9]+$' $$;

    create table search_vocabulary (
      word text primary key,
      lexeme text not null,
      n integer not null default 0
    );
    create index search_vocabulary_trgm on search_vocabulary using gin (word gin_trgm_ops);
    create index search_vocabulary_lexeme on search_vocabulary (lexeme);

    create function search_vocabulary_add_inserted() returns trigger language plpgsql as $$
    begin
      with words as (
        select v.w, count(*)::int as n from new_rows r cross join lateral simpul_text_words(r.title || ' ' || r.summary) v(w)
        where r.workflow_state = 'published' group by v.w
      )
      insert into search_vocabulary (word, lexeme, n)
      select w, l, n from words cross join lateral (select t.lexeme as l from unnest(to_tsvector('indonesian', w)) t limit 1) s
      on conflict (word) do update set n = search_vocabulary.n + excluded.n;
      return null;
    end $$;
    create trigger innovations_vocabulary_insert after insert on innovations
      referencing new table as new_rows for each statement execute function search_vocabulary_add_inserted();

    create function search_vocabulary_add_updated() returns trigger language plpgsql as $$
    begin
      with changed as (
        select r.title, r.summary from new_rows r join old_rows o on o.id = r.id
        where r.workflow_state = 'published'
          and (o.workflow_state <> 'published' or o.title <> r.title or o.summary <> r.summary)
      ), words as (
        select v.w, count(*)::int as n from changed r cross join lateral simpul_text_words(r.title || ' ' || r.summary) v(w) group by v.w
      )
      insert into search_vocabulary (word, lexeme, n)
      select w, l, n from words cross join lateral (select t.lexeme as l from unnest(to_tsvector('indonesian', w)) t limit 1) s
      on conflict (word) do update set n = search_vocabulary.n + excluded.n;
      return null;
    end $$;
    create trigger innovations_vocabulary_update after update on innovations
      referencing old table as old_rows new table as new_rows for each statement execute function search_vocabulary_add_updated();

    with words as (
      select v.w, count(*)::int as n from innovations r cross join lateral simpul_text_words(r.title || ' ' || r.summary) v(w)
      where r.workflow_state = 'published' group by v.w
    )
    insert into search_vocabulary (word, lexeme, n)
    select w, l, n from words cross join lateral (select t.lexeme as l from unnest(to_tsvector('indonesian', w)) t limit 1) s;

    create table search_synonyms (
      id serial primary key,
      terms text[] not null check (cardinality(terms) between 2 and 12),
      note text not null default '' check (length(note) <= 300),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      updated_by uuid references users(id)
    );

    create sequence catalog_search_generation;
    create function catalog_search_bump() returns trigger language plpgsql as $$
    begin
      perform nextval('catalog_search_generation');
      return null;
    end $$;
    create trigger innovations_search_generation after insert or update or delete on innovations
      for each statement execute function catalog_search_bump();
    create trigger innovation_awards_search_generation after insert or update or delete on innovation_awards
      for each statement execute function catalog_search_bump();
    create trigger search_synonyms_generation after insert or update or delete on search_synonyms
      for each statement execute function catalog_search_bump();
    -- Facet labels (category and region names) are cached with the answers too.
    create trigger innovation_categories_search_generation after insert or update or delete on innovation_categories
      for each statement execute function catalog_search_bump();
    create trigger regions_search_generation after insert or update or delete on regions
      for each statement execute function catalog_search_bump();
  `.execute(db);
  const rows = SEED_SYNONYMS.map(([note, terms]) => sql`(${sql.val(terms)}::text[], ${note})`);
  await sql`insert into search_synonyms (terms, note) values ${sql.join(rows)}`.execute(db);
}
