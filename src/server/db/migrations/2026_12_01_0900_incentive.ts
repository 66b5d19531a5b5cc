import { type Kysely, sql } from 'kysely';

/**
 * The regional fiscal incentive (issue #18). The platform prepares the list and simulates
 * allocations; the Ministry of Finance decides.
 *
 * - incentive_rule_sets: one fiscal year's rules (conditions, categories, clusters with shares,
 *   pool, minimum and maximum per region) as JSON checked by the service; `draft` until
 *   published, then frozen. At most one published rule set per fiscal year.
 * - incentive_region_facts: a fact about a regional government for a fiscal year (audit opinion,
 *   budget on time, PTSP, e-government, fiscal capacity class) with its source and date.
 * - incentive_scenarios: one stored, immutable run — the rules after the scenario's changes, the
 *   exact inputs it read (facts and platform measures), their SHA-256, and the result per
 *   region. One scenario per rule set may be published as the recommendation.
 * Money columns are numeric(18,0): exact whole rupiah, carried as text by the driver.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table incentive_rule_sets (
      id uuid primary key default gen_random_uuid(),
      fiscal_year integer not null check (fiscal_year between 2017 and 2100),
      name text not null check (length(name) between 2 and 200),
      status text not null default 'draft' check (status in ('draft', 'published')),
      config jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      published_by uuid references users(id)
    );
    create unique index incentive_rule_sets_one_published on incentive_rule_sets (fiscal_year) where status = 'published';

    create table incentive_region_facts (
      fiscal_year integer not null check (fiscal_year between 2017 and 2100),
      region_code text not null references regions(code),
      fact text not null check (fact in ('audit_opinion', 'budget_on_time', 'ptsp', 'e_government', 'fiscal_capacity')),
      value text not null check (length(value) between 1 and 40),
      source text not null check (length(source) between 1 and 200),
      source_date date,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      primary key (fiscal_year, region_code, fact)
    );

    create table incentive_scenarios (
      id uuid primary key default gen_random_uuid(),
      rule_set_id uuid not null references incentive_rule_sets(id),
      name text not null check (length(name) between 2 and 200),
      overrides jsonb not null,
      effective_config jsonb not null,
      inputs jsonb not null,
      inputs_hash text not null,
      result jsonb not null,
      pool numeric(18, 0) not null,
      allocated numeric(18, 0) not null,
      eligible_count integer not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      recommended_at timestamptz,
      recommended_by uuid references users(id)
    );
    create index incentive_scenarios_rule_set_idx on incentive_scenarios (rule_set_id, created_at desc);
    create unique index incentive_scenarios_one_recommendation on incentive_scenarios (rule_set_id) where recommended_at is not null;
  `.execute(db);
}
