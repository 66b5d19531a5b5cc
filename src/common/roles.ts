/** Every role a signed-in account can hold (DOMAIN.md, "Who is who"). Anonymous visitors have none. */
export const ROLES = [
  'ministry_admin',
  'agency_admin',
  'agency_operator',
  'evaluator',
  'panelist',
  'hub_coordinator',
  'mentor',
  'finance_viewer',
  'index_admin',
  'index_verifier',
  'citizen',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose reach is limited to the account's own agency. */
export const AGENCY_SCOPED_ROLES: readonly Role[] = ['agency_admin', 'agency_operator'];

/** Roles that must belong to an agency (organisation) when created. */
export const ROLES_REQUIRING_AGENCY: readonly Role[] = ['agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'];

/** Whether an account with this role must belong to an agency (a rule of the account's data, not of access). */
export function roleRequiresAgency(role: Role): boolean {
  return ROLES_REQUIRING_AGENCY.includes(role);
}
