import { type Kysely, sql } from 'kysely';

/**
 * The innovation registry (issue #3): the national innovation database that the public catalog,
 * competitions and replication draw on. Plain SQL for PostgreSQL 15 and PGlite.
 *
 * Column contract for other modules and for bulk loaders (e.g. the benchmark generator, which
 * inserts rows directly):
 *
 * innovations — columns a loader MUST give: agency_id, region_code, title, summary, start_date,
 *   category_id, sdgs. Everything else has a default. Do NOT write the GENERATED columns
 *   (`province_code`, `regency_code`, `year_started`, `published`, `search_vector`) nor
 *   `agency_type`, which a trigger copies from the agency. A published row needs
 *   `workflow_state = 'published'` and `published_at`.
 *   id uuid · agency_id uuid → agencies · unit_name text · region_code text → regions (a province
 *   `35` or a regency/city `35.78`) · title (5–200) · summary (≤ 2000) · problem · approach (what is
 *   new) · implementation_steps · results · stakeholders · resources · budget_source (enum below)
 *   · sustainability · replication_potential (all text, default '') · beneficiaries bigint ·
 *   cost_saved_idr bigint (per year) · time_saved_days numeric · indicators jsonb (array of
 *   {label, unit, before, after}) · website_url · video_url · start_date date · digital boolean ·
 *   form ('governance' | 'public_service' | 'other') · category_id int → innovation_categories ·
 *   sdgs smallint[] (1–17, at least one) · status ('running' | 'stopped') · stopped_reason ·
 *   status_confirmed_at timestamptz · workflow_state ('draft' | 'submitted' | 'published' |
 *   'unpublished') · review_note · submitted_at · published_at · published_by · created_by ·
 *   updated_by · created_at · updated_at · version int (bumped on every saved change).
 *   `published` (boolean, generated) is what other modules should filter on.
 * innovation_categories — the configurable category list (ministry admin manages).
 * innovation_awards — written by the evaluation module: level, year, label per innovation.
 * innovation_replications — where an innovation has been replicated. Empty until the replication
 *   module exists; the catalog only ever reads it (no placeholder counts anywhere).
 * innovation_versions — one snapshot + field diff per saved change of an innovation.
 * innovation_documents — supporting files; bytes live in the storage backend (`storage_key`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- unaccent() is only STABLE (it depends on search_path); pinning the dictionary and the
    -- schema makes this wrapper safe to declare IMMUTABLE, so it can feed a generated column and
    -- expression indexes.
    create function simpul_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

    create table innovation_categories (
      id serial primary key,
      code text not null unique check (code ~ '^[a-z0-9_]{2,40}$'),
      name_id text not null check (length(name_id) between 2 and 120),
      name_en text not null check (length(name_en) between 2 and 120),
      position integer not null default 0,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table innovations (
      id uuid primary key default gen_random_uuid(),
      agency_id uuid not null references agencies(id),
      agency_type text not null default '',
      unit_name text not null default '' check (length(unit_name) <= 200),
      region_code text not null references regions(code),
      province_code text generated always as (split_part(region_code, '.', 1)) stored,
      regency_code text generated always as (case when strpos(region_code, '.') > 0 then region_code end) stored,

      title text not null check (length(title) between 5 and 200),
      summary text not null check (length(summary) between 1 and 2000),
      problem text not null default '' check (length(problem) <= 10000),
      approach text not null default '' check (length(approach) <= 10000),
      implementation_steps text not null default '' check (length(implementation_steps) <= 10000),
      results text not null default '' check (length(results) <= 10000),
      stakeholders text not null default '' check (length(stakeholders) <= 10000),
      resources text not null default '' check (length(resources) <= 10000),
      budget_source text check (budget_source in ('apbn','apbd','apbdes','bumn_bumd','csr','swadaya','hibah','lainnya')),
      sustainability text not null default '' check (length(sustainability) <= 10000),
      replication_potential text not null default '' check (length(replication_potential) <= 10000),

      beneficiaries bigint check (beneficiaries >= 0),
      cost_saved_idr bigint check (cost_saved_idr >= 0),
      time_saved_days numeric(10,2) check (time_saved_days >= 0),
      indicators jsonb not null default '[]'::jsonb check (jsonb_typeof(indicators) = 'array'),

      website_url text check (website_url ~ '^https?://' and length(website_url) <= 500),
      video_url text check (video_url ~ '^https?://' and length(video_url) <= 500),

      start_date date not null,
      year_started integer generated always as ((extract(year from start_date))::integer) stored,
      digital boolean not null default false,
      form text not null default 'public_service' check (form in ('governance','public_service','other')),
      category_id integer not null references innovation_categories(id),
      sdgs smallint[] not null check (cardinality(sdgs) between 1 and 17 and sdgs <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]),

      status text not null default 'running' check (status in ('running','stopped')),
      stopped_reason text check (length(stopped_reason) <= 2000),
      status_confirmed_at timestamptz not null default now(),

      workflow_state text not null default 'draft' check (workflow_state in ('draft','submitted','published','unpublished')),
      published boolean generated always as (workflow_state = 'published') stored,
      review_note text check (length(review_note) <= 2000),
      submitted_at timestamptz,
      published_at timestamptz,
      published_by uuid references users(id),
      created_by uuid references users(id),
      updated_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,

      search_vector tsvector generated always as (
        setweight(to_tsvector('indonesian'::regconfig, simpul_unaccent(title)), 'A') ||
        setweight(to_tsvector('indonesian'::regconfig, simpul_unaccent(summary)), 'B') ||
        setweight(to_tsvector('indonesian'::regconfig, simpul_unaccent(
          unit_name || ' ' || problem || ' ' || approach || ' ' || implementation_steps || ' ' || results || ' ' ||
          stakeholders || ' ' || resources || ' ' || sustainability || ' ' || replication_potential)), 'C')
      ) stored,

      check (status = 'running' or stopped_reason is not null),
      check (workflow_state <> 'published' or published_at is not null)
    );

    -- The owning agency's type, kept on the row so the agency-type facet needs no join.
    create function innovations_fill_agency_type() returns trigger language plpgsql as $$
    begin
      select a.type into new.agency_type from agencies a where a.id = new.agency_id;
      return new;
    end $$;
    create trigger innovations_agency_type before insert or update of agency_id on innovations
      for each row execute function innovations_fill_agency_type();

    create index innovations_search_idx on innovations using gin (search_vector);
    create index innovations_title_trgm on innovations using gin (simpul_unaccent(title) gin_trgm_ops);
    create index innovations_sdgs_idx on innovations using gin (sdgs);
    create index innovations_agency_idx on innovations (agency_id, workflow_state);
    create index innovations_published_start_idx on innovations (start_date desc, id) where published;
    create index innovations_province_idx on innovations (province_code) where published;
    create index innovations_regency_idx on innovations (regency_code) where published;
    create index innovations_agency_type_idx on innovations (agency_type) where published;
    create index innovations_category_idx on innovations (category_id) where published;
    create index innovations_year_idx on innovations (year_started) where published;
    create index innovations_status_idx on innovations (status, status_confirmed_at);
    create index innovations_submitted_idx on innovations (submitted_at) where workflow_state = 'submitted';

    create table innovation_awards (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      level text not null check (level in ('top_5','top_45','top_99','special','regional','international')),
      year integer not null check (year between 2000 and 2100),
      label text not null check (length(label) between 2 and 200),
      competition_id uuid,
      created_at timestamptz not null default now()
    );
    create index innovation_awards_innovation_idx on innovation_awards (innovation_id);
    create index innovation_awards_level_idx on innovation_awards (level, innovation_id);

    create table innovation_replications (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id),
      adopter_agency_id uuid not null references agencies(id),
      replica_innovation_id uuid references innovations(id),
      region_code text references regions(code),
      started_on date,
      created_at timestamptz not null default now()
    );
    create index innovation_replications_innovation_idx on innovation_replications (innovation_id);

    create table innovation_versions (
      id bigserial primary key,
      innovation_id uuid not null references innovations(id) on delete cascade,
      version integer not null,
      action text not null,
      changed_by uuid references users(id),
      changed_at timestamptz not null default now(),
      changes jsonb not null default '[]'::jsonb,
      snapshot jsonb not null,
      unique (innovation_id, version)
    );

    create table innovation_documents (
      id uuid primary key default gen_random_uuid(),
      innovation_id uuid not null references innovations(id) on delete cascade,
      storage_key text not null unique,
      filename text not null check (length(filename) between 1 and 200),
      content_type text not null check (content_type in ('application/pdf','image/png','image/jpeg','image/webp')),
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now()
    );
    create index innovation_documents_innovation_idx on innovation_documents (innovation_id);
  `.execute(db);
}
