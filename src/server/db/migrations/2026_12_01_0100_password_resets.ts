import { type Kysely, sql } from 'kysely';

/**
 * Password reset tokens (issue #20.6, #12.4): single-use, expiring, stored only as a SHA-256,
 * sent to the account's own e-mail. `requested_by` is the administrator who started a reset for
 * someone else, null when the owner asked for it. Invitations stay for accounts that never set a
 * password: any still-open invitation of an account that already has one is withdrawn here
 * (before this, re-inviting an active account handed its takeover token to the administrator).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table password_resets (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      requested_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index password_resets_user_idx on password_resets (user_id);
    delete from invitations
      where used_at is null
        and user_id in (select id from users where password_hash is not null);
  `.execute(db);
}
