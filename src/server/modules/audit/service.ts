import { type ChainReport, verifyAuditChain } from '../../audit/audit-log.js';
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

export const verifyChain = (db: Db): Promise<ChainReport> => verifyAuditChain(db);
