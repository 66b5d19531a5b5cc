import { type Kysely, sql } from 'kysely';

/**
 * Knowledge-sharing events (issue #15): forums, exhibitions, workshops, study visits and
 * peer-learning sessions run by the ministry or a hub.
 *
 * - events: `starts_at`/`ends_at` are instants (`ends_at > starts_at`), `time_zone` the zone the
 *   event is announced in (WIB/WITA/WIT). `registered_count` counts confirmed seats and is only
 *   ever changed by one conditional UPDATE (`… where registered_count < capacity`), so the check
 *   constraint and that statement keep the count at or under the capacity under any concurrency.
 *   `agenda` is a JSON array of {time, title}.
 * - event_showcases: catalog records shown at the event (title kept for lists).
 * - event_registrations: one per (event, user); `registered` or `waitlisted` (waiting list order
 *   by `created_at`), `attended` marked by the organiser.
 * - event_materials: video links and documents (documents stored through src/server/storage).
 * - event_interests: "Saya tertarik mereplikasi" by a visitor's agency on a showcased record;
 *   `case_id` is the replication request it became. One per (event, innovation, agency).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table events (
      id uuid primary key default gen_random_uuid(),
      title text not null check (length(title) between 3 and 300),
      kind text not null check (kind in ('forum', 'exhibition', 'workshop', 'study_visit', 'peer_learning')),
      mode text not null check (mode in ('online', 'onsite', 'hybrid')),
      location text,
      online_url text,
      description text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      time_zone text not null check (time_zone in ('WIB', 'WITA', 'WIT')),
      capacity integer not null check (capacity between 1 and 100000),
      registered_count integer not null default 0,
      agenda jsonb not null default '[]',
      hub_id uuid references hubs(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check (registered_count between 0 and capacity)
    )
  `.execute(db);
  await sql`create index events_starts_idx on events (starts_at)`.execute(db);
  await sql`
    create table event_showcases (
      event_id uuid not null references events(id) on delete cascade,
      innovation_id uuid not null references innovations(id),
      title text not null,
      primary key (event_id, innovation_id)
    )
  `.execute(db);
  await sql`
    create table event_registrations (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references events(id) on delete cascade,
      user_id uuid not null references users(id),
      status text not null check (status in ('registered', 'waitlisted')),
      attended boolean not null default false,
      created_at timestamptz not null default now(),
      unique (event_id, user_id)
    )
  `.execute(db);
  await sql`
    create table event_materials (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references events(id) on delete cascade,
      kind text not null check (kind in ('video', 'document')),
      title text not null,
      url text,
      storage_key text,
      filename text,
      content_type text,
      created_at timestamptz not null default now(),
      check ((kind = 'video' and url is not null) or (kind = 'document' and storage_key is not null))
    )
  `.execute(db);
  await sql`
    create table event_interests (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references events(id) on delete cascade,
      innovation_id uuid not null references innovations(id),
      agency_id uuid not null references agencies(id),
      user_id uuid not null references users(id),
      case_id uuid references replication_cases(id),
      created_at timestamptz not null default now(),
      unique (event_id, innovation_id, agency_id)
    )
  `.execute(db);
}
