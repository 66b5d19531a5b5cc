import { type Kysely, sql } from 'kysely';

/**
 * Problem-first suggestions at national scale (issue #15.4, target p95 < 150 ms at 100,000
 * innovations). `innovations.match_vector` (migration 2026_12_03_0400) is stored OUT OF LINE:
 * an innovation's row is over the 2 KB TOAST threshold, so PostgreSQL moves its larger columns,
 * the vector among them, into the TOAST table. Every `match_vector @@ …` of the candidate pool
 * then fetched the vector from TOAST again (four buffers a row and a word: ~300,000 buffer visits
 * and 1.2 s for one request's pool of ~8,700 rows under load, measured with EXPLAIN (ANALYZE,
 * BUFFERS)).
 *
 * `innovation_match` is one narrow row per PUBLISHED innovation: the filters suggestions use and
 * the vector without positions or weights (`strip`: the queries are plain OR-ed lexemes, which
 * need neither), ~530 bytes, so it stays inline in the row (about 15 rows a page) and the pool
 * reads each page once. Kept by triggers on innovations in the same statement as every write
 * (insert, update of any column the row copies, unpublish, delete), so it is never stale; the
 * GIN index moves here from innovations (nothing else read it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table innovation_match (
      innovation_id uuid primary key references innovations(id) on delete cascade,
      agency_id uuid not null,
      category_id integer not null,
      status text not null,
      sdgs smallint[] not null default '{}',
      terms tsvector not null
    );
    insert into innovation_match (innovation_id, agency_id, category_id, status, sdgs, terms)
      select id, agency_id, category_id, status, coalesce(sdgs, '{}'), strip(match_vector) from innovations where published;
    create index innovation_match_terms_idx on innovation_match using gin (terms);
    drop index innovations_match_idx;

    create function simpul_innovation_match_sync() returns trigger language plpgsql as $$
    begin
      if new.published then
        insert into innovation_match (innovation_id, agency_id, category_id, status, sdgs, terms)
        values (new.id, new.agency_id, new.category_id, new.status, coalesce(new.sdgs, '{}'), strip(new.match_vector))
        on conflict (innovation_id) do update
          set agency_id = excluded.agency_id, category_id = excluded.category_id, status = excluded.status,
              sdgs = excluded.sdgs, terms = excluded.terms;
      elsif tg_op = 'UPDATE' and old.published then
        delete from innovation_match where innovation_id = new.id;
      end if;
      return null;
    end $$;
    create trigger innovation_match_insert after insert on innovations
      for each row execute function simpul_innovation_match_sync();
    create trigger innovation_match_update after update on innovations
      for each row when (
        old.published is distinct from new.published or old.match_vector is distinct from new.match_vector or
        old.agency_id is distinct from new.agency_id or old.category_id is distinct from new.category_id or
        old.status is distinct from new.status or old.sdgs is distinct from new.sdgs
      )
      execute function simpul_innovation_match_sync();
  `.execute(db);
}
