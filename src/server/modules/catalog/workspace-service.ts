import { pageBounds } from '../../http/pagination.js';
import type { CatalogContext } from './innovation-service.js';
import { workspaceScope } from './policy.js';
import { listStaleRunning, listWorkspace } from './workspace-repository.js';
import type { WorkflowState } from '../../../common/catalog.js';
import { errors } from '../../http/errors.js';

type WorkspaceRow = Awaited<ReturnType<typeof listWorkspace>>['rows'][number];

function toItem(r: WorkspaceRow) {
  return {
    id: r.id,
    title: r.title,
    agencyName: r.agency_name,
    workflowState: r.workflow_state,
    status: r.status,
    statusConfirmedAt: r.status_confirmed_at.toISOString(),
    statusStale: r.stale,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/**
 * The staff list: an agency's own records in every state ("my innovations", and with
 * `state=submitted` the admin's approval queue); the ministry sees every agency's.
 */
export async function listWorkspaceFor(
  ctx: CatalogContext,
  query: { q?: string | undefined; state?: WorkflowState | undefined; agency?: string | undefined; page: number; pageSize: number },
) {
  if (!ctx.user) throw errors.unauthenticated();
  const scope = workspaceScope(ctx.user);
  const { rows, total } = await listWorkspace(ctx.db, {
    agencyId: scope ?? query.agency ?? null,
    ...(query.q ? { q: query.q } : {}),
    ...(query.state ? { state: query.state } : {}),
    ...pageBounds(query.page, query.pageSize),
  });
  return { items: rows.map(toItem), total };
}

/** Running innovations not confirmed for 12 months, for the dashboard reminder. */
export async function statusReminders(ctx: CatalogContext) {
  if (!ctx.user) throw errors.unauthenticated();
  const rows = await listStaleRunning(ctx.db, workspaceScope(ctx.user), 50);
  return { items: rows.map(toItem) };
}
