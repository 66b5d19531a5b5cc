import { auditCheckpointSettings } from '../../audit/checkpoint-settings.js';
import { latestCheckpoint } from '../../audit/checkpoints.js';
import { verifyAuditLog } from '../../audit/verify.js';
import type { Db } from '../../db/types.js';
import { pageBounds } from '../../http/pagination.js';
import { listAuditEntries } from './repository.js';
import type { AuditEntryView, AuditListQuery } from './schemas.js';

/*
 * Reading the audit log: the ministry's `audit.read` opens all of it, so there is no policy.ts.
 */
export async function listAudit(db: Db, query: AuditListQuery): Promise<{ items: AuditEntryView[] }> {
  const { page, pageSize, ...filter } = query;
  return { items: await listAuditEntries(db, { ...filter, ...pageBounds(page, pageSize) }) };
}

/** The chain and its checkpoints, with the process's checkpoint settings (key, file). */
export const verifyChain = (db: Db) => verifyAuditLog(db, auditCheckpointSettings());

/** The latest signed checkpoint, published for anyone to note down. */
export async function headCheckpoint(db: Db) {
  const latest = await latestCheckpoint(db);
  return latest ? { sequence: latest.sequence, hash: latest.hash, at: latest.at, signature: latest.signature } : null;
}
