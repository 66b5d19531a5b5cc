import { type Kysely, sql } from 'kysely';

/**
 * Award nominees of the regional innovation index (issue #17 item 4): one row per year's model,
 * cluster and region, claimed by the send that enters the region into a competition's panel round
 * (the unique key makes a resend or a concurrent send a no-op), with the proposal it became and
 * the score, predicate and rank it was nominated on.
 *
 * Such an entry is a proposal of the region's government as a whole, not of one catalog
 * innovation: `proposals.nominated` marks entries made on nomination, and the rule "an agency's
 * proposal names an innovation" now exempts them (the old unnamed check is found by its definition).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ conname: string }>`
    select conname from pg_constraint
    where conrelid = 'proposals'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%innovation_id IS NOT NULL%'
  `.execute(db);
  for (const r of rows) await sql`alter table proposals drop constraint ${sql.id(r.conname)}`.execute(db);
  await sql`
    alter table proposals add column nominated boolean not null default false;
    alter table proposals add constraint proposals_innovation_or_nomination check (applicant_kind = 'citizen' or innovation_id is not null or nominated);
  `.execute(db);
  await sql`
    create table index_nominations (
      id uuid primary key default gen_random_uuid(),
      model_id uuid not null references index_models(id),
      cluster text not null check (cluster in ('provinsi', 'kabupaten', 'kota', 'perbatasan', 'tertinggal')),
      region_code text not null references regions(code),
      agency_id uuid not null references agencies(id),
      competition_id uuid not null references competitions(id),
      proposal_id uuid references proposals(id),
      proposal_number text,
      rank integer not null check (rank > 0),
      verified_iid numeric(6, 2) not null,
      predicate text not null,
      tied boolean not null default false,
      nominated_by uuid references users(id),
      nominated_at timestamptz not null default now(),
      unique (model_id, cluster, region_code)
    );
    create index index_nominations_competition_idx on index_nominations (competition_id);
    create index index_nominations_agency_idx on index_nominations (agency_id);
  `.execute(db);
}
