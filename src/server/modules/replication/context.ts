import type { Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { findMentorByUser, hubsCoordinatedBy } from './network-repository.js';
import { type NetworkViewer, viewerLookups } from './policy.js';

/** What the network and replication services receive from a route. */
export interface NetworkContext {
  db: Db;
  actor: Actor;
  user: AuthUser | null;
  now: Date;
  /** Base URL for links in e-mails (config.publicUrl); the request's notification uses it. */
  publicUrl?: string;
}

/** The caller with their mentor appointment and coordinated hubs, for the policy. */
export async function viewerOf(ctx: NetworkContext): Promise<NetworkViewer> {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  const lookups = viewerLookups(user);
  const [mentor, hubs] = await Promise.all([lookups.mentor ? findMentorByUser(ctx.db, user.id) : undefined, lookups.hubs ? hubsCoordinatedBy(ctx.db, user.id) : []]);
  return { user, mentorId: mentor?.id ?? null, hubs: hubs.map((h) => ({ id: h.id, provinceCode: h.province_code })) };
}

import { fieldError } from '../../http/validation-messages.js';

export { fieldError };

export const HUB = { id: 'Hub JIPP', en: 'JIPP hub' };
export const MENTOR = { id: 'Pendamping', en: 'Mentor' };
