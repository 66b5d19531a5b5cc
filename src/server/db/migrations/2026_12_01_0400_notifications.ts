import { type Kysely, sql } from 'kysely';

/**
 * One notification path (issue #16 item 4):
 * - `users.language`: the language the account's notifications and e-mails are written in.
 * - `notifications`: the in-app entries (bell), written in the recipient's language.
 * - `notification_preferences`: per account and kind, how e-mail goes out (absent row: the
 *   kind's default from src/common/notifications.ts).
 * - `notification_digest_entries` / `notification_digests`: what waits for the daily digest, and
 *   one digest per account and day (the unique key makes the run idempotent across processes).
 * - `outbox.next_attempt_at`: when a message may be tried (again): exponential backoff after a
 *   failure, and a lease while one dispatcher is sending it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      add column language text not null default 'id'
      constraint users_language_check check (language in ('id', 'en'));

    create table notifications (
      id bigserial primary key,
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null,
      link text,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notifications_user_idx on notifications (user_id, id desc);
    create index notifications_unread_idx on notifications (user_id) where read_at is null;

    create table notification_preferences (
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      email text not null constraint notification_preferences_email_check check (email in ('immediate', 'digest', 'off')),
      updated_at timestamptz not null default now(),
      primary key (user_id, kind)
    );

    create table notification_digests (
      id bigserial primary key,
      user_id uuid not null references users (id) on delete cascade,
      digest_date date not null,
      entries integer not null default 0,
      created_at timestamptz not null default now(),
      constraint notification_digests_once_a_day unique (user_id, digest_date)
    );

    create table notification_digest_entries (
      id bigserial primary key,
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null,
      link text,
      created_at timestamptz not null default now(),
      digest_id bigint references notification_digests (id) on delete set null
    );
    create index notification_digest_entries_pending_idx on notification_digest_entries (user_id, id) where digest_id is null;
    create index notification_digest_entries_digest_idx on notification_digest_entries (digest_id) where digest_id is not null;

    alter table outbox add column next_attempt_at timestamptz not null default now();
    drop index outbox_pending_idx;
    create index outbox_pending_idx on outbox (next_attempt_at, id) where sent_at is null;
  `.execute(db);
}
