import { innovationLineage, replicationCountsByProvince, replicationFlows } from '../catalog/replications-service.js';
import type { NetworkContext } from './context.js';

/**
 * Lineage and national flows, read from the catalog's replication register (confirmed
 * replications only: a row is written when a case completes). Dashboards import
 * `replicationFlows` / `replicationCountsByProvince` (re-exported here) or call `nationalFlows`.
 */
export { replicationCountsByProvince, replicationFlows };

export async function lineageOf(ctx: NetworkContext, innovationId: string) {
  // The record must be visible to the caller (a draft of another agency is a 404): checked in the lineage's own statement.
  return innovationLineage(ctx.db, ctx.user, innovationId);
}

export async function nationalFlows(ctx: NetworkContext, year?: number) {
  const options = year === undefined ? {} : { year };
  const [flows, provinces] = await Promise.all([replicationFlows(ctx.db, options), replicationCountsByProvince(ctx.db, options)]);
  return { flows, provinces };
}
