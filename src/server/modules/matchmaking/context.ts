import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { viewerOf } from '../replication/context.js';
import type { MatchViewer } from './policy.js';

/** The caller with the provinces of the hubs they coordinate (read through the replication module). */
export async function matchViewer(ctx: RequestContext): Promise<MatchViewer> {
  if (!ctx.user) throw errors.unauthenticated();
  const viewer = await viewerOf(ctx);
  return { user: ctx.user, hubProvinces: viewer.hubs.map((h) => h.provinceCode) };
}
