import { type Kysely, sql } from 'kysely';

/**
 * Institutionalisation, One Agency One Innovation and update campaigns (issue #16).
 *
 * - inst_legal_bases / inst_budget_lines / inst_plan_inclusions / inst_performance_targets: the
 *   institutionalisation record of an innovation, entered by its agency (one row per fact).
 * - innovation_maturity: the part of the maturity stage that the facts decide
 *   (`fact_stage` implemented | institutionalised, null when the facts lift nothing) and its
 *   plain-words reason; refreshed in the transaction of every change. The time-dependent part
 *   (not started / under a year / longer) is derived from the start date when read.
 * - oaoi_default_targets (per agency type and year, the ministry) and oaoi_agency_targets (an
 *   agency raising its own): the yearly innovation target; no row means 1.
 * - update_campaigns / update_campaign_records / update_campaign_reminders: the yearly update
 *   campaign, the records it asks about (fixed when it is created) and the reminders sent.
 * Money is numeric(18,0): whole rupiah, carried as text by the driver.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inst_legal_bases (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      kind text not null check (kind in ('perda', 'perkada', 'keputusan_kepala', 'sop')),
      number text not null check (length(number) between 1 and 120),
      issued_on date not null,
      title text not null default '' check (length(title) <= 300),
      document_key text,
      document_name text check (length(document_name) <= 200),
      document_type text,
      document_size integer check (document_size >= 0),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index inst_legal_bases_innovation_idx on inst_legal_bases (innovation_id);

    create table inst_budget_lines (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      fiscal_year integer not null check (fiscal_year between 2000 and 2100),
      source text not null check (source in ('apbd', 'apbn', 'other')),
      amount numeric(18, 0) not null check (amount > 0 and amount <= 100000000000000),
      programme text not null check (length(programme) between 2 and 300),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index inst_budget_lines_innovation_idx on inst_budget_lines (innovation_id, fiscal_year);

    create table inst_plan_inclusions (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      plan text not null check (plan in ('rpjmd', 'renstra', 'rkpd', 'renja')),
      year integer not null check (year between 2000 and 2100),
      document text not null check (length(document) between 2 and 300),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index inst_plan_inclusions_innovation_idx on inst_plan_inclusions (innovation_id);

    create table inst_performance_targets (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      indicator text not null check (length(indicator) between 2 and 300),
      unit text not null default '' check (length(unit) <= 40),
      baseline numeric(20, 4) check (baseline >= 0),
      year integer not null check (year between 2000 and 2100),
      target numeric(20, 4) not null check (target >= 0),
      realisation numeric(20, 4) check (realisation >= 0),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (innovation_id, indicator, year)
    );

    create table innovation_maturity (
      innovation_id uuid primary key references innovations(id) on delete cascade,
      fact_stage text check (fact_stage in ('implemented', 'institutionalised')),
      reason jsonb not null default '{}'::jsonb,
      refreshed_at timestamptz not null default now()
    );
    create index innovation_maturity_stage_idx on innovation_maturity (fact_stage) where fact_stage is not null;

    create table oaoi_default_targets (
      agency_type text not null check (agency_type in ('kementerian','lembaga','provinsi','kabupaten','kota')),
      year integer not null check (year between 2013 and 2100),
      target integer not null check (target between 1 and 1000),
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      primary key (agency_type, year)
    );

    create table oaoi_agency_targets (
      agency_id uuid not null references agencies(id),
      year integer not null check (year between 2013 and 2100),
      target integer not null check (target between 1 and 1000),
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      primary key (agency_id, year)
    );

    create table update_campaigns (
      id uuid primary key default gen_random_uuid(),
      year integer not null unique check (year between 2013 and 2100),
      title text not null check (length(title) between 5 and 200),
      message text not null default '' check (length(message) <= 4000),
      opens_at timestamptz not null,
      closes_at timestamptz not null,
      record_scope text not null check (record_scope in ('running', 'all')),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check (closes_at > opens_at)
    );

    create table update_campaign_records (
      campaign_id uuid not null references update_campaigns(id) on delete cascade,
      innovation_id uuid not null references innovations(id) on delete cascade,
      agency_id uuid not null references agencies(id),
      province_code text,
      title text not null,
      answer text check (answer in ('continuing', 'developed', 'stopped')),
      note text check (length(note) <= 2000),
      confirmed_at timestamptz,
      confirmed_by uuid references users(id),
      primary key (campaign_id, innovation_id),
      check ((answer is null) = (confirmed_at is null)),
      check (answer <> 'stopped' or length(note) > 0)
    );
    create index update_campaign_records_agency_idx on update_campaign_records (campaign_id, agency_id);
    create index update_campaign_records_open_idx on update_campaign_records (innovation_id) where answer is null;

    create table update_campaign_reminders (
      campaign_id uuid not null references update_campaigns(id) on delete cascade,
      kind text not null check (kind in ('before', 'after')),
      sent_at timestamptz not null default now(),
      recipients integer not null default 0,
      primary key (campaign_id, kind)
    );
  `.execute(db);
}
