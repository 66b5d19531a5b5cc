import { type Kysely, sql } from 'kysely';

/**
 * Signed checkpoints of the audit chain's head (issue #12.10). The chain alone cannot tell that
 * its newest entries were deleted (the remaining prefix still links up), so the head is recorded
 * every N entries and at least daily: `sequence` is the `audit_log.id` of the head entry, `hash`
 * its hash, `signature` an HMAC-SHA256 over {sequence, hash, at} with a key kept outside the
 * database (AUDIT_CHECKPOINT_KEY or DATA_DIR/audit-checkpoint.key). Verification reports a chain
 * shorter than a checkpoint, a checkpoint whose entry has another hash, and bad signatures.
 * `reason`: `interval` (written by the append that crossed a multiple of N) or `scheduled` (the
 * server's hourly job, when the head moved or the last checkpoint is a day old).
 * Append-only like the chain itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_checkpoints (
      id bigserial primary key,
      sequence bigint not null,
      hash text not null,
      at timestamptz not null,
      signature text not null,
      reason text not null check (reason in ('interval', 'scheduled'))
    );
    create index audit_checkpoints_sequence_idx on audit_checkpoints (sequence);

    create trigger audit_checkpoints_no_update before update or delete on audit_checkpoints
      for each row execute function audit_log_is_append_only();
  `.execute(db);
}
