import type { AuthUser } from '../../auth/auth-user.js';

/**
 * Who manages an event (edit, attendance, interests): the ministry any; a hub coordinator the
 * events of the hubs it coordinates and the ones it created. Everything else about an event is
 * public (the events page and calendar), so no other record rule exists.
 */
export interface EventViewer {
  user: AuthUser;
  hubIds: readonly string[];
}

export function mayManageEvent(viewer: EventViewer | null, event: { hub_id: string | null; created_by: string | null }): boolean {
  if (!viewer) return false;
  if (viewer.user.role === 'ministry_admin') return true;
  if (viewer.user.role !== 'hub_coordinator') return false;
  return event.created_by === viewer.user.id || (event.hub_id !== null && viewer.hubIds.includes(event.hub_id));
}

/** A coordinator creates events for its own hubs only; the ministry for any hub or none. */
export function mayCreateFor(viewer: EventViewer, hubId: string | null): boolean {
  if (viewer.user.role === 'ministry_admin') return true;
  return viewer.user.role === 'hub_coordinator' && hubId !== null && viewer.hubIds.includes(hubId);
}
