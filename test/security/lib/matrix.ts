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

/** `pass`: the permission table lets the caller in (the route may still refuse the input). */
export type Outcome = 'allow' | 'pass' | 'unauthenticated' | 'forbidden' | 'hidden';

export interface Cell {
  own: Outcome;
  other: Outcome;
}

export interface MatrixRow {
  method: string;
  url: string;
  access: RouteAccess;
  /** The record a probe puts in own/other agency, when the route has a declared record rule. */
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
  const probed = new Map<string, { record: string; expect: (who: Who, where: 'own' | 'other') => Outcome }>();
  for (const probe of RECORD_PROBES) for (const route of probe.routes) probed.set(routeKey(route.method, route.url), { record: probe.record, expect: route.expect });
  return [...routes]
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
    .map((route) => {
      const probe = probed.get(routeKey(route.method, route.url));
      const cells = {} as Record<Who, Cell>;
      for (const who of EVERYONE) {
        const gate = permissionOutcome(route.access, who);
        // The permission table refuses before any record is looked at.
        cells[who] = probe && gate === 'pass' ? { own: probe.expect(who, 'own'), other: probe.expect(who, 'other') } : { own: gate, other: gate };
      }
      return { method: route.method, url: route.url, access: route.access, ...(probe ? { record: probe.record } : {}), cells };
    });
}

export function permissionTable(): { permission: string; roles: readonly Role[] }[] {
  return Object.entries(PERMISSIONS).map(([permission, roles]) => ({ permission, roles }));
}
