/** Signed-in roles, as the server names them. An anonymous visitor is the `public` audience. */
export const ROLES = [
  'ministry_admin',
  'agency_admin',
  'agency_operator',
  'evaluator',
  'panelist',
  'hub_coordinator',
  'mentor',
  'finance_viewer',
  'citizen',
] as const;

export type Role = (typeof ROLES)[number];

/** Who a page or menu item is for: any signed-in role, or `public` for anonymous visitors. */
export type Audience = Role | 'public';

/** Roles whose users must belong to an agency. */
export const AGENCY_SCOPED_ROLES: readonly Role[] = ['agency_admin', 'agency_operator'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
