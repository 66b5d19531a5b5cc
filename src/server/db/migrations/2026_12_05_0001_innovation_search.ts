import { type Kysely, sql } from 'kysely';

/**
 * Catalog search's own narrow table (issue #13.6: throughput under load). Measured with EXPLAIN
 * (ANALYZE, BUFFERS) at 100,000 innovations: `innovations` keeps its heap narrow for list pages
 * (`toast_tuple_target = 256`, migration 2026_11_22_0100), so every column a search reads per
 * row — the text vectors, but also the title and the SDG array — sits out of line in TOAST:
 * ~6 buffer visits a row. A facet sample of 2,000 rows cost 13,000 buffers and 108 ms; the
 * bounded count of 1,500 matches 39,000 buffers and 190 ms.
 *
 * `innovation_search` is one row per PUBLISHED innovation with exactly what a search filters,
 * counts, ranks and orders by, all inline (`storage main`: compressed in the row, never moved
 * out; ~2.6 KB a row, 3 a page, no TOAST): the same 2,000-row sample reads ~700 buffers. Rows are
 * first written in id order — ids are random — so a page of the table is a random handful of
 * records and a page sample (`tablesample system`) behaves like a row sample.
 *
 * Kept by triggers on innovations in the same statement as every write (insert, an update of
 * any column it copies, unpublish; delete cascades), so it is never stale and the search
 * generation (migration 0901) still covers it. The app never writes it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table innovation_search (
      id uuid primary key references innovations(id) on delete cascade,
      agency_id uuid not null,
      agency_type text not null,
      province_code text not null,
      regency_code text,
      category_id integer not null,
      start_date date not null,
      year_started integer not null,
      status text not null,
      sdgs smallint[] not null,
      title text not null,
      title_vector tsvector not null,
      search_vector tsvector not null
    );
    alter table innovation_search
      alter column sdgs set storage main, alter column title set storage main,
      alter column title_vector set storage main, alter column search_vector set storage main;

    insert into innovation_search (id, agency_id, agency_type, province_code, regency_code, category_id, start_date, year_started, status, sdgs, title, title_vector, search_vector)
      select id, agency_id, agency_type, province_code, regency_code, category_id, start_date, year_started, status, coalesce(sdgs, '{}'), title,
        coalesce(title_vector, ''::tsvector), coalesce(search_vector, ''::tsvector)
      from innovations where published order by id;

    create index innovation_search_text_idx on innovation_search using gin (search_vector);
    create index innovation_search_title_idx on innovation_search using gin (title_vector);
    create index innovation_search_title_trgm on innovation_search using gin (simpul_unaccent(title) gin_trgm_ops);
    create index innovation_search_start_idx on innovation_search (start_date desc, id);
    create index innovation_search_province_idx on innovation_search (province_code, start_date desc, id);
    create index innovation_search_regency_idx on innovation_search (regency_code, start_date desc, id);
    create index innovation_search_category_idx on innovation_search (category_id);
    create index innovation_search_agency_type_idx on innovation_search (agency_type);
    create index innovation_search_agency_idx on innovation_search (agency_id);
    create index innovation_search_status_idx on innovation_search (status);
    create index innovation_search_sdgs_idx on innovation_search using gin (sdgs);

    create function simpul_innovation_search_sync() returns trigger language plpgsql as $$
    begin
      if new.published then
        insert into innovation_search (id, agency_id, agency_type, province_code, regency_code, category_id, start_date, year_started, status, sdgs, title, title_vector, search_vector)
        values (new.id, new.agency_id, new.agency_type, new.province_code, new.regency_code, new.category_id, new.start_date, new.year_started, new.status,
          coalesce(new.sdgs, '{}'), new.title, coalesce(new.title_vector, ''::tsvector), coalesce(new.search_vector, ''::tsvector))
        on conflict (id) do update
          set agency_id = excluded.agency_id, agency_type = excluded.agency_type, province_code = excluded.province_code,
              regency_code = excluded.regency_code, category_id = excluded.category_id, start_date = excluded.start_date,
              year_started = excluded.year_started, status = excluded.status, sdgs = excluded.sdgs, title = excluded.title,
              title_vector = excluded.title_vector, search_vector = excluded.search_vector;
      elsif tg_op = 'UPDATE' and old.published then
        delete from innovation_search where id = new.id;
      end if;
      return null;
    end $$;
    create trigger innovation_search_insert after insert on innovations
      for each row execute function simpul_innovation_search_sync();
    create trigger innovation_search_update after update on innovations
      for each row when (
        old.published is distinct from new.published or old.search_vector is distinct from new.search_vector or
        old.title is distinct from new.title or old.agency_id is distinct from new.agency_id or
        old.agency_type is distinct from new.agency_type or old.region_code is distinct from new.region_code or
        old.category_id is distinct from new.category_id or old.start_date is distinct from new.start_date or
        old.status is distinct from new.status or old.sdgs is distinct from new.sdgs
      )
      execute function simpul_innovation_search_sync();
    analyze innovation_search;
  `.execute(db);
}
