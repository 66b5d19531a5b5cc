import { z } from 'zod';
import { refusals } from '../../http/errors.js';
import { paginationQuery } from '../../http/pagination.js';

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntry>;

export const auditListQuery = z.strictObject({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  ...paginationQuery,
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const checkpointView = z.object({ sequence: z.string(), hash: z.string(), at: z.string(), signature: z.string() });

/** The chain checked link by link, and against its signed checkpoints (database and file). */
export const verification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  firstBroken: z.object({ id: z.string(), reason: z.string() }).optional(),
  head: z.object({ sequence: z.string(), hash: z.string() }).nullable(),
  checkpoints: z.object({ database: z.number(), file: z.number().nullable(), latest: checkpointView.nullable() }),
  problems: z.array(z.object({ source: z.enum(['database', 'file']), reason: z.string(), sequence: z.string().nullable(), checkpointId: z.string().nullable() })),
});

/** Bad input, not signed in, no `audit.read`. */
export const refused = refusals(400, 401, 403);
