/**
 * Roles come from `src/common/roles.ts`, shared with the server, so both sides agree on the
 * list. An anonymous visitor has no role: the web client calls that audience `public`.
 */
export { AGENCY_SCOPED_ROLES, ROLES, ROLES_REQUIRING_AGENCY, type Role } from '../../common/roles';

import { ROLES, type Role } from '../../common/roles';

/** Who a page or menu item is for: any signed-in role, or `public` for anonymous visitors. */
export type Audience = Role | 'public';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
