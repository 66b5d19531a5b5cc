import type { AuthUser } from '../../auth/auth-user.js';
import { errors } from '../../http/errors.js';

/**
 * Which institutionalisation records, targets and campaign records a caller may touch. The
 * permission table decides the roles; these decide the agency. Deny by default; a record the
 * caller may not see answers 404, one they may see but not change 403.
 *
 * - Institutionalisation record: the owning agency's admin and operators read and change it; the
 *   ministry reads every record. The stage and its reason are public with the innovation.
 * - OAOI: the ministry sets defaults per agency type and reads everything; an agency's staff read
 *   their own agency and may raise their own target.
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

/** Only the agency's own staff raise its target (the ministry sets defaults per type). */
export function assertRaiseTarget(user: AuthUser | null, agencyId: string): void {
  if (!isStaffOf(user, agencyId)) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
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

/** The OAOI page offers "raise the target" to the agency's own admin (the action itself: assertRaiseTarget). */
export function offersRaiseTarget(user: AuthUser | null, agencyId: string): boolean {
  return user?.role === 'agency_admin' && user.agencyId === agencyId;
}
