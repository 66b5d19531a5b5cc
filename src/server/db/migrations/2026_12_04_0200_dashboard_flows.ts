import { type Kysely, sql } from 'kysely';

/**
 * The last dashboard figures that read whole tables per request, pre-aggregated (issue #19
 * item 6), kept by triggers in the same transaction as every write, the way 0700 keeps the
 * innovation counts:
 *
 * - `dashboard_replication_flows`: confirmed replications (register rows with an adopter region)
 *   per year (of `coalesce(started_on, created_at)`; `year = 0` holds all years) from the source
 *   innovation's province to the adopter region's province.
 * - `dashboard_replication_region_counts`: per region (province and regency/city codes),
 *   replications adopted there (`replicated_in`, by the register row's region) and of its
 *   innovations elsewhere (`replicated_out`, by the source innovation's region).
 * - `dashboard_proposal_counts`: per call and province of the proposing agency (`''` = the
 *   nation, which also counts citizens' proposals), proposals submitted and, of those, passed the
 *   administrative check.
 *
 * Writes that move them: replication rows inserted/updated/deleted/truncated (statement-level,
 * transition tables: a bulk load is one grouped upsert); a source innovation changing region (a
 * row trigger that fires only when `region_code` changes); proposals inserted/updated (status,
 * call, agency); admin checks inserted/updated/deleted; a proposal deleted (a BEFORE row trigger,
 * while its check still exists — the check goes by cascade); an agency changing region.
 * Cells that fall to zero are kept (readers skip zeros).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dashboard_replication_flows (
      year integer not null,
      from_province text not null,
      to_province text not null,
      n integer not null,
      primary key (year, from_province, to_province)
    );
    create table dashboard_replication_region_counts (
      region_code text primary key,
      replicated_in integer not null,
      replicated_out integer not null
    );

    create type dashboard_replication_delta as (year integer, from_region text, to_region text, sign integer);

    -- from_region: the source innovation's region; to_region: the register row's (null: no flow,
    -- no "in", but still an "out"). Keys in a fixed order, so concurrent writers lock alike.
    create function dashboard_replications_apply(deltas dashboard_replication_delta[]) returns void language sql as $$
      insert into dashboard_replication_flows as t (year, from_province, to_province, n)
      select y.year, split_part(d.from_region, '.', 1), split_part(d.to_region, '.', 1), sum(d.sign)
        from unnest(deltas) d cross join lateral (values (d.year), (0)) y(year)
       where d.to_region is not null
       group by 1, 2, 3 having sum(d.sign) <> 0
       order by 1, 2, 3
      on conflict (year, from_province, to_province) do update set n = t.n + excluded.n;
      insert into dashboard_replication_region_counts as t (region_code, replicated_in, replicated_out)
      select c.region_code, sum(c.n_in), sum(c.n_out)
        from (
          select r.code as region_code, d.sign as n_in, 0 as n_out
            from unnest(deltas) d cross join lateral (values (split_part(d.to_region, '.', 1)), (case when strpos(d.to_region, '.') > 0 then d.to_region end)) r(code)
           where r.code is not null
          union all
          select r.code, 0, d.sign
            from unnest(deltas) d cross join lateral (values (split_part(d.from_region, '.', 1)), (case when strpos(d.from_region, '.') > 0 then d.from_region end)) r(code)
           where r.code is not null
        ) c
       group by 1 having sum(c.n_in) <> 0 or sum(c.n_out) <> 0
       order by 1
      on conflict (region_code) do update set replicated_in = t.replicated_in + excluded.replicated_in, replicated_out = t.replicated_out + excluded.replicated_out;
    $$;

    create function dashboard_replications_inserted() returns trigger language plpgsql as $$
    begin
      perform dashboard_replications_apply(array(
        select row(extract(year from coalesce(r.started_on, r.created_at::date))::int, i.region_code, r.region_code, 1)::dashboard_replication_delta
          from new_rows r join innovations i on i.id = r.innovation_id));
      return null;
    end $$;
    create trigger innovation_replications_dashboard_insert after insert on innovation_replications
      referencing new table as new_rows for each statement execute function dashboard_replications_inserted();

    create function dashboard_replications_deleted() returns trigger language plpgsql as $$
    begin
      perform dashboard_replications_apply(array(
        select row(extract(year from coalesce(r.started_on, r.created_at::date))::int, i.region_code, r.region_code, -1)::dashboard_replication_delta
          from old_rows r join innovations i on i.id = r.innovation_id));
      return null;
    end $$;
    create trigger innovation_replications_dashboard_delete after delete on innovation_replications
      referencing old table as old_rows for each statement execute function dashboard_replications_deleted();

    create function dashboard_replications_updated() returns trigger language plpgsql as $$
    begin
      perform dashboard_replications_apply(array(
        with changed as (
          select o.id from old_rows o join new_rows r on r.id = o.id
           where (o.innovation_id, o.region_code, o.started_on, o.created_at) is distinct from (r.innovation_id, r.region_code, r.started_on, r.created_at)
        )
        select row(extract(year from coalesce(o.started_on, o.created_at::date))::int, i.region_code, o.region_code, -1)::dashboard_replication_delta
          from old_rows o join changed c on c.id = o.id join innovations i on i.id = o.innovation_id
        union all
        select row(extract(year from coalesce(r.started_on, r.created_at::date))::int, i.region_code, r.region_code, 1)::dashboard_replication_delta
          from new_rows r join changed c on c.id = r.id join innovations i on i.id = r.innovation_id));
      return null;
    end $$;
    create trigger innovation_replications_dashboard_update after update on innovation_replications
      referencing old table as old_rows new table as new_rows for each statement execute function dashboard_replications_updated();

    create function dashboard_replications_truncated() returns trigger language plpgsql as $$
    begin
      truncate dashboard_replication_flows, dashboard_replication_region_counts;
      return null;
    end $$;
    create trigger innovation_replications_dashboard_truncate after truncate on innovation_replications
      for each statement execute function dashboard_replications_truncated();

    -- A source innovation moved to another region: its replications move with it.
    create function dashboard_replications_source_moved() returns trigger language plpgsql as $$
    begin
      perform dashboard_replications_apply(array(
        select row(extract(year from coalesce(r.started_on, r.created_at::date))::int, s.region_code, r.region_code, s.sign)::dashboard_replication_delta
          from innovation_replications r cross join (values (old.region_code, -1), (new.region_code, 1)) s(region_code, sign)
         where r.innovation_id = new.id));
      return null;
    end $$;
    create trigger innovations_dashboard_replications_region after update of region_code on innovations
      for each row when (old.region_code is distinct from new.region_code) execute function dashboard_replications_source_moved();

    select dashboard_replications_apply(array(
      select row(extract(year from coalesce(r.started_on, r.created_at::date))::int, i.region_code, r.region_code, 1)::dashboard_replication_delta
        from innovation_replications r join innovations i on i.id = r.innovation_id));

    create table dashboard_proposal_counts (
      competition_id uuid not null,
      province_code text not null,
      submitted integer not null,
      passed_check integer not null,
      primary key (competition_id, province_code)
    );

    create type dashboard_proposal_delta as (competition_id uuid, province_code text, submitted integer, passed integer);

    -- Each submitted proposal counts in the nation ('') and in its agency's province.
    create function dashboard_proposals_apply(deltas dashboard_proposal_delta[]) returns void language sql as $$
      insert into dashboard_proposal_counts as t (competition_id, province_code, submitted, passed_check)
      select d.competition_id, l.province_code, sum(d.submitted), sum(d.passed)
        from unnest(deltas) d cross join lateral (values (''), (d.province_code)) l(province_code)
       where l.province_code is not null
       group by 1, 2 having sum(d.submitted) <> 0 or sum(d.passed) <> 0
       order by 1, 2
      on conflict (competition_id, province_code) do update set submitted = t.submitted + excluded.submitted, passed_check = t.passed_check + excluded.passed_check;
    $$;

    -- A proposal's contribution: submitted or not, with its check's verdict.
    -- Arguments: call, agency (null: a citizen), proposal, sign.
    create function dashboard_proposal_delta_of(uuid, uuid, uuid, integer) returns dashboard_proposal_delta language sql stable as $$
      select row($1, (select split_part(a.region_code, '.', 1) from agencies a where a.id = $2), $4,
                 case when exists (select 1 from proposal_admin_checks ac where ac.proposal_id = $3 and ac.status = 'passed') then $4 else 0 end)::dashboard_proposal_delta;
    $$;

    create function dashboard_proposals_inserted() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        select dashboard_proposal_delta_of(p.competition_id, p.agency_id, p.id, 1) from new_rows p where p.status = 'submitted'));
      return null;
    end $$;
    create trigger proposals_dashboard_insert after insert on proposals
      referencing new table as new_rows for each statement execute function dashboard_proposals_inserted();

    create function dashboard_proposals_updated() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        with changed as (
          select o.id from old_rows o join new_rows r on r.id = o.id
           where (o.status = 'submitted' or r.status = 'submitted')
             and (o.status, o.competition_id, o.agency_id) is distinct from (r.status, r.competition_id, r.agency_id)
        )
        select dashboard_proposal_delta_of(o.competition_id, o.agency_id, o.id, -1) from old_rows o join changed c on c.id = o.id where o.status = 'submitted'
        union all
        select dashboard_proposal_delta_of(r.competition_id, r.agency_id, r.id, 1) from new_rows r join changed c on c.id = r.id where r.status = 'submitted'));
      return null;
    end $$;
    create trigger proposals_dashboard_update after update on proposals
      referencing old table as old_rows new table as new_rows for each statement execute function dashboard_proposals_updated();

    -- Before the row goes, while its admin check (deleted by cascade) is still there.
    create function dashboard_proposals_deleting() returns trigger language plpgsql as $$
    begin
      if old.status = 'submitted' then
        perform dashboard_proposals_apply(array[dashboard_proposal_delta_of(old.competition_id, old.agency_id, old.id, -1)]);
      end if;
      return old;
    end $$;
    create trigger proposals_dashboard_delete before delete on proposals
      for each row execute function dashboard_proposals_deleting();

    create function dashboard_proposals_truncated() returns trigger language plpgsql as $$
    begin
      truncate dashboard_proposal_counts;
      return null;
    end $$;
    create trigger proposals_dashboard_truncate after truncate on proposals
      for each statement execute function dashboard_proposals_truncated();

    -- An agency moved to another region: its submitted proposals move with it.
    create function dashboard_proposals_agency_moved() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        select row(p.competition_id, split_part(s.region_code, '.', 1), s.sign,
                   case when exists (select 1 from proposal_admin_checks ac where ac.proposal_id = p.id and ac.status = 'passed') then s.sign else 0 end)::dashboard_proposal_delta
          from proposals p cross join (values (old.region_code, -1), (new.region_code, 1)) s(region_code, sign)
         where p.agency_id = new.id and p.status = 'submitted'));
      return null;
    end $$;
    create trigger agencies_dashboard_proposals_region after update of region_code on agencies
      for each row when (old.region_code is distinct from new.region_code) execute function dashboard_proposals_agency_moved();

    -- An admin check's verdict changes what a submitted proposal counts as "passed". Checks of a
    -- proposal being deleted (the cascade) find no proposal and change nothing: the proposal's
    -- own trigger took its whole contribution away.
    create function dashboard_admin_checks_inserted() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        select row(p.competition_id, split_part(a.region_code, '.', 1), 0, 1)::dashboard_proposal_delta
          from new_rows c join proposals p on p.id = c.proposal_id left join agencies a on a.id = p.agency_id
         where c.status = 'passed' and p.status = 'submitted'));
      return null;
    end $$;
    create trigger proposal_admin_checks_dashboard_insert after insert on proposal_admin_checks
      referencing new table as new_rows for each statement execute function dashboard_admin_checks_inserted();

    create function dashboard_admin_checks_deleted() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        select row(p.competition_id, split_part(a.region_code, '.', 1), 0, -1)::dashboard_proposal_delta
          from old_rows c join proposals p on p.id = c.proposal_id left join agencies a on a.id = p.agency_id
         where c.status = 'passed' and p.status = 'submitted'));
      return null;
    end $$;
    create trigger proposal_admin_checks_dashboard_delete after delete on proposal_admin_checks
      referencing old table as old_rows for each statement execute function dashboard_admin_checks_deleted();

    create function dashboard_admin_checks_updated() returns trigger language plpgsql as $$
    begin
      perform dashboard_proposals_apply(array(
        with verdicts as (
          select o.proposal_id, -1 as sign from old_rows o where o.status = 'passed'
          union all
          select r.proposal_id, 1 from new_rows r where r.status = 'passed'
        )
        select row(p.competition_id, split_part(a.region_code, '.', 1), 0, sum(v.sign)::int)::dashboard_proposal_delta
          from verdicts v join proposals p on p.id = v.proposal_id left join agencies a on a.id = p.agency_id
         where p.status = 'submitted'
         group by p.competition_id, a.region_code having sum(v.sign) <> 0));
      return null;
    end $$;
    create trigger proposal_admin_checks_dashboard_update after update on proposal_admin_checks
      referencing old table as old_rows new table as new_rows for each statement execute function dashboard_admin_checks_updated();

    select dashboard_proposals_apply(array(
      select dashboard_proposal_delta_of(p.competition_id, p.agency_id, p.id, 1) from proposals p where p.status = 'submitted'));
  `.execute(db);
}
