import { type Kysely, sql } from 'kysely';

/**
 * Pre-aggregated tables for issue #16's national-scale pages (p95 < 100 ms at 100,000 innovations):
 *
 * - oaoi_running_spans: published innovations per agency and "running span" — from the start year
 *   to the year it stopped (9999 while running; the year its stop was confirmed otherwise), the
 *   same rule as catalog's runningPerAgencyYear. A year's realisation is the sum of the spans that
 *   cover it (a few thousand rows instead of every innovation times every year).
 * - update_campaign_tally: per campaign, agency and province (''= none), the records asked and the
 *   answers so far; silent = asked − answered.
 *
 * Both are kept equal to a recount by statement-level triggers (transition tables) in the
 * transaction of every write — the catalog's publish/unpublish/status change, a campaign's
 * creation and each confirmation, the national loader's bulk inserts — and filled here from the
 * rows that exist. Deltas are upserted in key order so concurrent writers lock rows in one order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table oaoi_running_spans (
      agency_id uuid not null,
      from_year integer not null,
      to_year integer not null,
      n integer not null default 0,
      primary key (agency_id, from_year, to_year)
    );

    create function oaoi_spans_on_insert() returns trigger language plpgsql as $$
    begin
      insert into oaoi_running_spans (agency_id, from_year, to_year, n)
      select agency_id, from_year, to_year, d from (
        select r.agency_id, r.year_started as from_year,
               case when r.status = 'running' then 9999 else extract(year from r.status_confirmed_at)::int end as to_year,
               count(*)::int as d
        from new_rows r where r.published and r.year_started is not null
        group by 1, 2, 3
      ) s order by 1, 2, 3
      on conflict (agency_id, from_year, to_year) do update set n = oaoi_running_spans.n + excluded.n;
      return null;
    end $$;
    create trigger innovations_oaoi_spans_insert after insert on innovations
      referencing new table as new_rows for each statement execute function oaoi_spans_on_insert();

    create function oaoi_spans_on_delete() returns trigger language plpgsql as $$
    begin
      insert into oaoi_running_spans (agency_id, from_year, to_year, n)
      select agency_id, from_year, to_year, d from (
        select r.agency_id, r.year_started as from_year,
               case when r.status = 'running' then 9999 else extract(year from r.status_confirmed_at)::int end as to_year,
               -count(*)::int as d
        from old_rows r where r.published and r.year_started is not null
        group by 1, 2, 3
      ) s order by 1, 2, 3
      on conflict (agency_id, from_year, to_year) do update set n = oaoi_running_spans.n + excluded.n;
      return null;
    end $$;
    create trigger innovations_oaoi_spans_delete after delete on innovations
      referencing old table as old_rows for each statement execute function oaoi_spans_on_delete();

    create function oaoi_spans_on_update() returns trigger language plpgsql as $$
    begin
      with changed as (
        select o.agency_id as o_agency, o.year_started as o_from, o.published as o_pub,
               case when o.status = 'running' then 9999 else extract(year from o.status_confirmed_at)::int end as o_to,
               r.agency_id as n_agency, r.year_started as n_from, r.published as n_pub,
               case when r.status = 'running' then 9999 else extract(year from r.status_confirmed_at)::int end as n_to
        from new_rows r join old_rows o on o.id = r.id
      ), moved as (
        select * from changed
        where (o_pub and o_from is not null) is distinct from (n_pub and n_from is not null)
           or (n_pub and (o_agency, o_from, o_to) is distinct from (n_agency, n_from, n_to))
      ), delta as (
        select agency_id, from_year, to_year, sum(d)::int as d from (
          select n_agency as agency_id, n_from as from_year, n_to as to_year, 1 as d from moved where n_pub and n_from is not null
          union all
          select o_agency, o_from, o_to, -1 from moved where o_pub and o_from is not null
        ) s group by 1, 2, 3 having sum(d) <> 0
      )
      insert into oaoi_running_spans (agency_id, from_year, to_year, n)
      select agency_id, from_year, to_year, d from delta order by 1, 2, 3
      on conflict (agency_id, from_year, to_year) do update set n = oaoi_running_spans.n + excluded.n;
      return null;
    end $$;
    create trigger innovations_oaoi_spans_update after update on innovations
      referencing old table as old_rows new table as new_rows for each statement execute function oaoi_spans_on_update();

    insert into oaoi_running_spans (agency_id, from_year, to_year, n)
    select r.agency_id, r.year_started,
           case when r.status = 'running' then 9999 else extract(year from r.status_confirmed_at)::int end,
           count(*)::int
    from innovations r where r.published and r.year_started is not null
    group by 1, 2, 3;

    create table update_campaign_tally (
      campaign_id uuid not null references update_campaigns(id) on delete cascade,
      agency_id uuid not null,
      province_code text not null,
      asked integer not null default 0,
      continuing integer not null default 0,
      developed integer not null default 0,
      stopped integer not null default 0,
      primary key (campaign_id, agency_id, province_code)
    );

    create function update_campaign_tally_on_insert() returns trigger language plpgsql as $$
    begin
      insert into update_campaign_tally (campaign_id, agency_id, province_code, asked, continuing, developed, stopped)
      select campaign_id, agency_id, coalesce(province_code, ''), count(*)::int,
             count(*) filter (where answer = 'continuing')::int, count(*) filter (where answer = 'developed')::int,
             count(*) filter (where answer = 'stopped')::int
      from new_rows group by 1, 2, 3 order by 1, 2, 3
      on conflict (campaign_id, agency_id, province_code) do update set
        asked = update_campaign_tally.asked + excluded.asked,
        continuing = update_campaign_tally.continuing + excluded.continuing,
        developed = update_campaign_tally.developed + excluded.developed,
        stopped = update_campaign_tally.stopped + excluded.stopped;
      return null;
    end $$;
    create trigger update_campaign_records_tally_insert after insert on update_campaign_records
      referencing new table as new_rows for each statement execute function update_campaign_tally_on_insert();

    -- A deleted record only leaves with its campaign (cascade) or its innovation; the tally row is
    -- updated, never created, so a campaign's cascade (which removes its tally too) is harmless.
    create function update_campaign_tally_on_delete() returns trigger language plpgsql as $$
    begin
      update update_campaign_tally t set
        asked = t.asked - d.asked, continuing = t.continuing - d.continuing, developed = t.developed - d.developed, stopped = t.stopped - d.stopped
      from (
        select campaign_id, agency_id, coalesce(province_code, '') as province_code, count(*)::int as asked,
               count(*) filter (where answer = 'continuing')::int as continuing, count(*) filter (where answer = 'developed')::int as developed,
               count(*) filter (where answer = 'stopped')::int as stopped
        from old_rows group by 1, 2, 3
      ) d
      where t.campaign_id = d.campaign_id and t.agency_id = d.agency_id and t.province_code = d.province_code;
      return null;
    end $$;
    create trigger update_campaign_records_tally_delete after delete on update_campaign_records
      referencing old table as old_rows for each statement execute function update_campaign_tally_on_delete();

    create function update_campaign_tally_on_update() returns trigger language plpgsql as $$
    begin
      with delta as (
        select campaign_id, agency_id, province_code, sum(a)::int as asked, sum(c)::int as continuing, sum(v)::int as developed, sum(s)::int as stopped from (
          select r.campaign_id, r.agency_id, coalesce(r.province_code, '') as province_code, 1 as a,
                 (r.answer = 'continuing')::int as c, (r.answer = 'developed')::int as v, (r.answer = 'stopped')::int as s
          from new_rows r join old_rows o using (campaign_id, innovation_id)
          where (r.agency_id, r.province_code, r.answer) is distinct from (o.agency_id, o.province_code, o.answer)
          union all
          select o.campaign_id, o.agency_id, coalesce(o.province_code, ''), -1,
                 -(o.answer = 'continuing')::int, -(o.answer = 'developed')::int, -(o.answer = 'stopped')::int
          from new_rows r join old_rows o using (campaign_id, innovation_id)
          where (r.agency_id, r.province_code, r.answer) is distinct from (o.agency_id, o.province_code, o.answer)
        ) x group by 1, 2, 3
      )
      insert into update_campaign_tally (campaign_id, agency_id, province_code, asked, continuing, developed, stopped)
      select campaign_id, agency_id, province_code, asked, coalesce(continuing, 0), coalesce(developed, 0), coalesce(stopped, 0)
      from delta order by 1, 2, 3
      on conflict (campaign_id, agency_id, province_code) do update set
        asked = update_campaign_tally.asked + excluded.asked,
        continuing = update_campaign_tally.continuing + excluded.continuing,
        developed = update_campaign_tally.developed + excluded.developed,
        stopped = update_campaign_tally.stopped + excluded.stopped;
      return null;
    end $$;
    create trigger update_campaign_records_tally_update after update on update_campaign_records
      referencing old table as old_rows new table as new_rows for each statement execute function update_campaign_tally_on_update();

    insert into update_campaign_tally (campaign_id, agency_id, province_code, asked, continuing, developed, stopped)
    select campaign_id, agency_id, coalesce(province_code, ''), count(*)::int,
           count(*) filter (where answer = 'continuing')::int, count(*) filter (where answer = 'developed')::int,
           count(*) filter (where answer = 'stopped')::int
    from update_campaign_records group by 1, 2, 3;
  `.execute(db);
}
