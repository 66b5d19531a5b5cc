import { type Kysely, sql } from 'kysely';

/**
 * The regional innovation index (Indeks Inovasi Daerah, issue #17).
 *
 * - users.role gains `index_admin` (the ministry's index team) and `index_verifier`.
 * - innovations gain the profile fields the index reads: government affair (urusan) and
 *   initiator (digital already exists).
 * - index_models: one year's model as data (config jsonb checked by the service), draft until
 *   published (then frozen), with the reporting window. One model per year.
 * - index_region_flags: the border-region (perbatasan) flag the ministry maintains.
 * - index_reports: a region's report for a model: draft → ready (local review) → sent → verified.
 * - index_report_innovations: the catalog innovations a report includes.
 * - index_rows: one indicator row (SPD: innovation null; SID: per innovation) with the claimed
 *   level, the verifier's decision and corrected level, and the region's one answer.
 * - index_evidence: files (stored via src/server/storage), links and video links per row.
 * - index_results: the computed claimed and verified scores per region, published with the model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check check (role in ('ministry_admin','agency_admin','agency_operator','evaluator','panelist','hub_coordinator','mentor','finance_viewer','index_admin','index_verifier','citizen'));

    alter table innovations add column government_affair text check (government_affair ~ '^[a-z_]{2,40}$');
    alter table innovations add column initiator text check (initiator in ('kepala_daerah', 'anggota_dprd', 'opd', 'asn', 'masyarakat'));

    create table index_models (
      id uuid primary key default gen_random_uuid(),
      year integer not null unique check (year between 2015 and 2100),
      status text not null default 'draft' check (status in ('draft', 'published')),
      config jsonb not null,
      window_opens_at timestamptz,
      window_closes_at timestamptz,
      results_published_at timestamptz,
      closing_reminded_at timestamptz,
      copied_from uuid references index_models(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      published_by uuid references users(id),
      check (window_opens_at is null or window_closes_at is null or window_opens_at < window_closes_at)
    );

    create table index_region_flags (
      region_code text primary key references regions(code),
      border boolean not null default false,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    );

    create table index_reports (
      id uuid primary key default gen_random_uuid(),
      model_id uuid not null references index_models(id),
      region_code text not null references regions(code),
      agency_id uuid not null references agencies(id),
      status text not null default 'draft' check (status in ('draft', 'ready', 'sent', 'verified')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      approved_by uuid references users(id),
      sent_at timestamptz,
      verified_at timestamptz,
      unique (model_id, region_code)
    );
    create index index_reports_status_idx on index_reports (model_id, status);

    create table index_report_innovations (
      report_id uuid not null references index_reports(id) on delete cascade,
      innovation_id uuid not null references innovations(id),
      government_affair text,
      added_at timestamptz not null default now(),
      primary key (report_id, innovation_id)
    );

    create table index_rows (
      id uuid primary key default gen_random_uuid(),
      report_id uuid not null references index_reports(id) on delete cascade,
      indicator_code text not null,
      innovation_id uuid references innovations(id),
      claimed_level integer not null check (claimed_level between 1 and 3),
      evidence_count integer not null default 0 check (evidence_count >= 0),
      basis text,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected', 'corrected')),
      verified_level integer check (verified_level between 1 and 3),
      reject_reason text,
      answer text,
      answered_at timestamptz,
      answer_due_at timestamptz,
      decided_by uuid references users(id),
      decided_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create unique index index_rows_one_per_indicator on index_rows (report_id, indicator_code, coalesce(innovation_id, '00000000-0000-0000-0000-000000000000'::uuid));

    create table index_evidence (
      id uuid primary key default gen_random_uuid(),
      row_id uuid not null references index_rows(id) on delete cascade,
      evidence_type text not null,
      kind text not null check (kind in ('file', 'link', 'video_link')),
      url text,
      storage_key text,
      filename text,
      content_type text,
      size_bytes integer,
      sha256 text,
      platform_fact boolean not null default false,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check ((kind = 'file') = (storage_key is not null))
    );
    create index index_evidence_row_idx on index_evidence (row_id);

    create table index_results (
      model_id uuid not null references index_models(id),
      region_code text not null references regions(code),
      claimed_iid numeric(6, 2) not null,
      claimed_predicate text not null,
      verified_iid numeric(6, 2) not null,
      predicate text not null,
      disclaimer text,
      spd numeric(8, 2) not null,
      sid numeric(8, 2) not null,
      count_score numeric(8, 2) not null,
      innovations integer not null,
      points jsonb not null,
      computed_at timestamptz not null default now(),
      primary key (model_id, region_code)
    );
  `.execute(db);
}
