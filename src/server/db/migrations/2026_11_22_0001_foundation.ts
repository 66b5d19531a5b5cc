import { type Kysely, sql } from 'kysely';

/**
 * Foundation: regions, agencies, accounts, sessions, the audit chain and the notification outbox.
 * Plain SQL that runs on PostgreSQL 15 and PGlite alike (no PostgreSQL 16+ syntax).
 * Landed migrations are never edited; add a new file instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;
    create extension if not exists unaccent;

    create table regions (
      code text primary key,
      name text not null,
      level text not null check (level in ('province', 'regency')),
      province_code text references regions(code),
      kind text check (kind in ('kabupaten', 'kota')),
      is_3t boolean not null default false,
      check ((level = 'province') = (province_code is null))
    );
    create index regions_province_idx on regions (province_code);

    create table agencies (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 2 and 300),
      type text not null check (type in ('kementerian','lembaga','provinsi','kabupaten','kota','bumn','bumd','perguruan_tinggi','swasta','komunitas')),
      region_code text references regions(code),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (type not in ('provinsi','kabupaten','kota','bumd') or region_code is not null)
    );
    create unique index agencies_name_unique on agencies (lower(name));
    create index agencies_region_idx on agencies (region_code);
    create index agencies_type_idx on agencies (type);
    create index agencies_name_trgm on agencies using gin (name gin_trgm_ops);

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      role text not null check (role in ('ministry_admin','agency_admin','agency_operator','evaluator','panelist','hub_coordinator','mentor','finance_viewer','citizen')),
      agency_id uuid references agencies(id),
      password_hash text,
      active boolean not null default true,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (role not in ('agency_admin','agency_operator','hub_coordinator','mentor') or agency_id is not null)
    );
    create unique index users_email_unique on users (lower(email));
    create index users_agency_idx on users (agency_id);

    create table invitations (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table sessions (
      id_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index sessions_user_idx on sessions (user_id);

    create table login_throttle (
      key text primary key,
      failures integer not null,
      window_started_at timestamptz not null
    );

    create table audit_log (
      id bigserial primary key,
      at timestamptz not null,
      actor_id uuid,
      actor_role text,
      action text not null,
      entity_type text not null,
      entity_id text,
      before jsonb,
      after jsonb,
      request_id text,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_entity_idx on audit_log (entity_type, entity_id);
    create index audit_actor_idx on audit_log (actor_id);

    -- Append-only: history can be read and added to, never rewritten.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_is_append_only();

    create table outbox (
      id bigserial primary key,
      channel text not null check (channel in ('email')),
      recipient text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      attempts integer not null default 0,
      last_error text
    );
    create index outbox_pending_idx on outbox (created_at) where sent_at is null;
  `.execute(db);
}
