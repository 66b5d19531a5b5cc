import { ROLES, type Role } from '../../../src/common/roles.js';
import { PERMISSIONS, type RouteAccess, roleHas } from '../../../src/server/auth/permissions.js';
import { RECORD_PROBES } from './record-probes.js';

/**
 * The authorization matrix: every API route × anonymous and every role × a record in the
 * caller's own agency or another agency, with the expected outcome. The permission table decides
 * who reaches a route at all; the record probes (module policies) decide own versus other.
 */
export type Who = 'anonymous' | Role;
export const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];

/**
 * `pass`: the permission table lets the caller in (the route may still refuse the input). The
 * rest answer for a record: `refused` the caller reaches it but its state refuses the action
 * (409: nothing to reopen, already submitted, round closed), `conflicted` a conflict of interest
 * keeps the reviewer out (409 CONFLICT_OF_INTEREST), `withheld` not visible in this phase yet
 * (409 RESULTS_NOT_VISIBLE).
 */
export type Outcome = 'allow' | 'pass' | 'unauthenticated' | 'forbidden' | 'hidden' | 'refused' | 'conflicted' | 'withheld';

export interface Cell {
  own: Outcome;
  other: Outcome;
}

export interface MatrixRow {
  method: string;
  url: string;
  access: RouteAccess;
  /** The record a probe puts in own/other agency, when the route has a declared record rule (a row per record). */
  record?: string;
  cells: Record<Who, Cell>;
}

export function permissionOutcome(access: RouteAccess, who: Who): Outcome {
  if (access === 'public') return 'pass';
  if (who === 'anonymous') return 'unauthenticated';
  if (access === 'signedIn') return 'pass';
  return roleHas(who, access) ? 'pass' : 'forbidden';
}

export function routeKey(method: string, url: string): string {
  return `${method} ${url}`;
}

export function buildMatrix(routes: readonly { method: string; url: string; access: RouteAccess }[]): MatrixRow[] {
  const probed = new Map<string, { record: string; expect: (who: Who, where: 'own' | 'other') => Outcome }[]>();
  for (const probe of RECORD_PROBES) {
    for (const route of probe.routes) {
      const key = routeKey(route.method, route.url);
      probed.set(key, [...(probed.get(key) ?? []), { record: probe.record, expect: route.expect }]);
    }
  }
  const row = (route: { method: string; url: string; access: RouteAccess }, probe?: { record: string; expect: (who: Who, where: 'own' | 'other') => Outcome }): MatrixRow => {
    const cells = {} as Record<Who, Cell>;
    for (const who of EVERYONE) {
      const gate = permissionOutcome(route.access, who);
      // The permission table refuses before any record is looked at.
      cells[who] = probe && gate === 'pass' ? { own: probe.expect(who, 'own'), other: probe.expect(who, 'other') } : { own: gate, other: gate };
    }
    return { method: route.method, url: route.url, access: route.access, ...(probe ? { record: probe.record } : {}), cells };
  };
  return [...routes]
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
    .flatMap((route) => {
      const probes = probed.get(routeKey(route.method, route.url));
      return probes ? probes.map((probe) => row(route, probe)) : [row(route)];
    });
}

export function permissionTable(): { permission: string; roles: readonly Role[] }[] {
  return Object.entries(PERMISSIONS).map(([permission, roles]) => ({ permission, roles }));
}
