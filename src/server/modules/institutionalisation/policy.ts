import type { AuthUser } from '../../auth/auth-user.js';
import { roleHas } from '../../auth/permissions.js';
import { errors } from '../../http/errors.js';

/**
 * Which institutionalisation records, targets and campaign records a caller may touch. The
 * permission table decides the roles; these decide the agency. Deny by default; a record the
 * caller may not see answers 404, one they may see but not change 403.
 *
 * - Institutionalisation record: the owning agency's admin and operators read and change it; the
 *   ministry reads every record. The stage and its reason are public with the innovation.
 * - OAOI: the ministry sets defaults per agency type and reads everything; an agency's staff read
 *   their own agency, and those of them holding `oaoi.raise` (today its admin) raise its target.
 * - Campaign records: an agency's staff confirm their own agency's records only; the ministry
 *   runs campaigns and reads all progress.
 */
export const RECORD = { id: 'Data pelembagaan', en: 'Institutionalisation record' };
export const CAMPAIGN_RECORD = { id: 'Data kampanye pemutakhiran', en: 'Update campaign record' };

const isStaffOf = (user: AuthUser | null, agencyId: string) => !!user && (user.role === 'agency_admin' || user.role === 'agency_operator') && user.agencyId === agencyId;
const isMinistry = (user: AuthUser | null) => user?.role === 'ministry_admin';

export function canReadRecord(user: AuthUser | null, agencyId: string): boolean {
  return isMinistry(user) || isStaffOf(user, agencyId);
}

export function canEditRecord(user: AuthUser | null, agencyId: string): boolean {
  return isStaffOf(user, agencyId);
}

export function assertReadRecord(user: AuthUser | null, agencyId: string): void {
  if (!canReadRecord(user, agencyId)) throw errors.notFound(RECORD);
}

export function assertEditRecord(user: AuthUser | null, agencyId: string): void {
  assertReadRecord(user, agencyId);
  if (!canEditRecord(user, agencyId)) throw errors.forbidden();
}

/** The agency whose OAOI page the caller may read: their own, or any for the ministry (else 404). */
export function assertReadAgencyTargets(user: AuthUser | null, agencyId: string): void {
  if (!isMinistry(user) && !isStaffOf(user, agencyId)) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
}

/**
 * Who raises an agency's target: its own staff holding `oaoi.raise` in the permission table (the
 * ministry sets defaults per type). The one rule for both the action (assertRaiseTarget) and the
 * page's offer (`can.raise`), so a change of the table moves both.
 */
export function mayRaiseTarget(user: AuthUser | null, agencyId: string): boolean {
  return !!user && isStaffOf(user, agencyId) && roleHas(user.role, 'oaoi.raise');
}

/** Another agency's target is not found; staff of the agency without the right are refused. */
export function assertRaiseTarget(user: AuthUser | null, agencyId: string): void {
  if (!isStaffOf(user, agencyId)) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
  if (!mayRaiseTarget(user, agencyId)) throw errors.forbidden();
}

/** A campaign record of another agency is not found, whatever the role. */
export function assertConfirmRecord(user: AuthUser | null, agencyId: string | undefined): asserts agencyId is string {
  if (!agencyId || !isStaffOf(user, agencyId)) throw errors.notFound(CAMPAIGN_RECORD);
}

/** The agency a staff member acts for (campaign to-do, own OAOI page); null for others. */
export function ownAgencyOf(user: AuthUser | null): string | null {
  return user && (user.role === 'agency_admin' || user.role === 'agency_operator') ? user.agencyId : null;
}

/** Whose campaign records a caller reads: any agency's the ministry names, else the caller's own (null: none). */
export function campaignRecordsAgency(user: AuthUser | null, requested: string | undefined): string | null | undefined {
  return isMinistry(user) ? requested : ownAgencyOf(user);
}
