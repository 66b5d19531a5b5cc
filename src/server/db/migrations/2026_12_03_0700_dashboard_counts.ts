import { type Kysely, sql } from 'kysely';

/**
 * Dashboards at national scale without reading every record (issue #19 item 6).
 *
 * Published innovations counted per cell, kept by statement-level triggers on `innovations` in
 * the same transaction as every write that changes them (publish, unpublish, edits of the counted
 * fields, imports, bulk loads, deletes, truncation), so every service and loader keeps them
 * current without calling anything:
 *
 * - `dashboard_innovation_counts`: per province, regency/city, start year and category.
 * - `dashboard_innovation_sdg_counts`: per province, regency/city, start year and SDG (a record
 *   counts once under each of its goals).
 *
 * Each record is counted at three levels: the nation (`province_code = ''`, `regency_code = ''`),
 * its province (`regency_code = ''`) and its own regency/city (`'-'` for records registered at the
 * province level), and in `dashboard_innovation_counts` both under its category and under
 * `category_id = 0` (all categories), so every view reads only the few hundred cells it shows.
 * Cells that fall to zero are kept (readers skip `n = 0`).
 * No `check (n >= 0)`: an upsert checks the row it proposes (a -1 delta) before it finds the cell.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dashboard_innovation_counts (
      province_code text not null,
      regency_code text not null,
      year_started integer not null,
      category_id integer not null,
      n integer not null,
      primary key (province_code, regency_code, year_started, category_id)
    );
    create index dashboard_innovation_counts_level_idx on dashboard_innovation_counts (regency_code, category_id, year_started);

    create table dashboard_innovation_sdg_counts (
      province_code text not null,
      regency_code text not null,
      year_started integer not null,
      sdg smallint not null,
      n integer not null,
      primary key (province_code, regency_code, year_started, sdg)
    );

    create type dashboard_count_delta as (province_code text, regency_code text, year_started integer, category_id integer, sdgs smallint[], sign integer);

    -- Adds signed rows (+1 a record now counted, -1 one no longer counted) to both tables, at the
    -- three levels. Keys in a fixed order, so concurrent writers lock cells in the same order.
    create function dashboard_counts_apply(deltas dashboard_count_delta[]) returns void language sql as $$
      insert into dashboard_innovation_counts as t (province_code, regency_code, year_started, category_id, n)
      select l.province_code, l.regency_code, d.year_started, k.category_id, sum(d.sign)
        from unnest(deltas) d cross join lateral (values ('', ''), (d.province_code, ''), (d.province_code, coalesce(d.regency_code, '-'))) l(province_code, regency_code)
        cross join lateral (values (d.category_id), (0)) k(category_id)
       group by 1, 2, 3, 4 having sum(d.sign) <> 0
       order by 1, 2, 3, 4
      on conflict (province_code, regency_code, year_started, category_id) do update set n = t.n + excluded.n;
      insert into dashboard_innovation_sdg_counts as t (province_code, regency_code, year_started, sdg, n)
      select l.province_code, l.regency_code, d.year_started, s.sdg, sum(d.sign)
        from unnest(deltas) d cross join lateral (values ('', ''), (d.province_code, ''), (d.province_code, coalesce(d.regency_code, '-'))) l(province_code, regency_code)
        cross join lateral unnest(d.sdgs) s(sdg)
       group by 1, 2, 3, 4 having sum(d.sign) <> 0
       order by 1, 2, 3, 4
      on conflict (province_code, regency_code, year_started, sdg) do update set n = t.n + excluded.n;
    $$;

    create function dashboard_counts_inserted() returns trigger language plpgsql as $$
    begin
      perform dashboard_counts_apply(array(
        select row(r.province_code, r.regency_code, r.year_started, r.category_id, r.sdgs, 1)::dashboard_count_delta from new_rows r where r.published));
      return null;
    end $$;
    create trigger innovations_dashboard_counts_insert after insert on innovations
      referencing new table as new_rows for each statement execute function dashboard_counts_inserted();

    create function dashboard_counts_deleted() returns trigger language plpgsql as $$
    begin
      perform dashboard_counts_apply(array(
        select row(r.province_code, r.regency_code, r.year_started, r.category_id, r.sdgs, -1)::dashboard_count_delta from old_rows r where r.published));
      return null;
    end $$;
    create trigger innovations_dashboard_counts_delete after delete on innovations
      referencing old table as old_rows for each statement execute function dashboard_counts_deleted();

    -- Only rows whose counted fields changed: a title edit or a view counter costs one join.
    create function dashboard_counts_updated() returns trigger language plpgsql as $$
    begin
      perform dashboard_counts_apply(array(
        with changed as (
          select o.id from old_rows o join new_rows r on r.id = o.id
           where (o.published, o.province_code, o.regency_code, o.year_started, o.category_id, o.sdgs)
                 is distinct from (r.published, r.province_code, r.regency_code, r.year_started, r.category_id, r.sdgs)
        )
        select row(o.province_code, o.regency_code, o.year_started, o.category_id, o.sdgs, -1)::dashboard_count_delta
          from old_rows o join changed c on c.id = o.id where o.published
        union all
        select row(r.province_code, r.regency_code, r.year_started, r.category_id, r.sdgs, 1)::dashboard_count_delta
          from new_rows r join changed c on c.id = r.id where r.published));
      return null;
    end $$;
    create trigger innovations_dashboard_counts_update after update on innovations
      referencing old table as old_rows new table as new_rows for each statement execute function dashboard_counts_updated();

    create function dashboard_counts_truncated() returns trigger language plpgsql as $$
    begin
      truncate dashboard_innovation_counts, dashboard_innovation_sdg_counts;
      return null;
    end $$;
    create trigger innovations_dashboard_counts_truncate after truncate on innovations
      for each statement execute function dashboard_counts_truncated();

    select dashboard_counts_apply(array(
      select row(i.province_code, i.regency_code, i.year_started, i.category_id, i.sdgs, 1)::dashboard_count_delta from innovations i where i.published));
  `.execute(db);
}
