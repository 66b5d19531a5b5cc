import type { Db } from '../db/types.js';
import { type ChainReport, verifyAuditChain } from './audit-log.js';
import type { CheckpointSettings } from './checkpoint-settings.js';
import { type Checkpoint, listCheckpoints, readCheckpointFile, signatureValid } from './checkpoints.js';

export type CheckpointProblemReason =
  /** The chain ends before an entry a checkpoint recorded: its newest entries were removed. */
  | 'truncated'
  /** The entry a checkpoint recorded is gone although later entries exist. */
  | 'entry_missing'
  /** The entry at the checkpoint's sequence has another hash: history was rewritten. */
  | 'hash_mismatch'
  /** The checkpoint was not signed with the platform's key: forged or altered. */
  | 'signature_invalid'
  /** The file outside the database holds a checkpoint the database no longer has. */
  | 'missing_from_database'
  /** A line of the checkpoint file that does not parse. */
  | 'file_line_unreadable';

export interface CheckpointProblem {
  source: 'database' | 'file';
  reason: CheckpointProblemReason;
  sequence: string | null;
  checkpointId: string | null;
}

export interface AuditVerification extends ChainReport {
  head: { sequence: string; hash: string } | null;
  checkpoints: { database: number; file: number | null; latest: Omit<Checkpoint, 'id' | 'reason'> | null };
  problems: CheckpointProblem[];
}

const MAX_PROBLEMS = 50;

/**
 * The whole verification: the hash chain (verifyAuditChain), then every checkpoint, from the
 * database and from the file outside it: its signature, and that the chain still holds its entry
 * with its hash. A chain shorter than its last checkpoint is reported as `truncated`.
 */
/** What verification needs: the key (null: signatures are not checked) and the file copy. */
export type VerifySettings = { key: Buffer | null; file: string | null };

export async function verifyAuditLog(db: Db, settings: CheckpointSettings | VerifySettings | null): Promise<AuditVerification> {
  const chain = await verifyAuditChain(db);
  const head = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const headId = head ? BigInt(head.id) : 0n;
  const stored = await listCheckpoints(db);
  const fromFile = readCheckpointFile(settings?.file ?? null);
  const problems: CheckpointProblem[] = [];
  for (const line of fromFile?.badLines ?? []) problems.push({ source: 'file', reason: 'file_line_unreadable', sequence: null, checkpointId: String(line) });

  const storedById = new Map(stored.map((c) => [c.id, c]));
  const all: { source: CheckpointProblem['source']; c: Checkpoint }[] = stored.map((c) => ({ source: 'database' as const, c }));
  for (const c of fromFile?.checkpoints ?? []) {
    const same = storedById.get(c.id);
    if (!same || same.sequence !== c.sequence || same.hash !== c.hash || same.at !== c.at || same.signature !== c.signature) {
      problems.push({ source: 'file', reason: 'missing_from_database', sequence: c.sequence, checkpointId: c.id });
      all.push({ source: 'file', c });
    }
  }

  const sequences = [...new Set(all.map(({ c }) => c.sequence))];
  const hashes = new Map<string, string>();
  for (let i = 0; i < sequences.length; i += 1000) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'hash'])
      .where('id', 'in', sequences.slice(i, i + 1000))
      .execute();
    for (const r of rows) hashes.set(String(r.id), r.hash);
  }
  for (const { source, c } of all) {
    const base = { source, sequence: c.sequence, checkpointId: c.id };
    if (settings?.key && !signatureValid(settings.key, c)) problems.push({ ...base, reason: 'signature_invalid' });
    const entryHash = hashes.get(c.sequence);
    if (entryHash === undefined) problems.push({ ...base, reason: BigInt(c.sequence) > headId ? 'truncated' : 'entry_missing' });
    else if (entryHash !== c.hash) problems.push({ ...base, reason: 'hash_mismatch' });
  }

  const latest = stored.at(-1) ?? null;
  return {
    ...chain,
    ok: chain.ok && problems.length === 0,
    head: head ? { sequence: String(head.id), hash: head.hash } : null,
    checkpoints: {
      database: stored.length,
      file: fromFile ? fromFile.checkpoints.length : null,
      latest: latest ? { sequence: latest.sequence, hash: latest.hash, at: latest.at, signature: latest.signature } : null,
    },
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}
