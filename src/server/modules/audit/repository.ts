import type { DbOrTrx } from '../../db/types.js';
import type { AuditEntryView } from './schemas.js';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  limit: number;
  offset: number;
}

/** Entries of the audit log, newest first (the log itself is written by audit/audit-log.ts). */
export async function listAuditEntries(db: DbOrTrx, f: AuditFilter): Promise<AuditEntryView[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  const rows = await q.orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
    hash: r.hash,
  }));
}
