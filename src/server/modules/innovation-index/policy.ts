import type { AuthUser } from '../../auth/auth-user.js';
import { errors } from '../../http/errors.js';
import type { NominationRow } from './nominees-repository.js';
import type { ModelRow } from './repository.js';
import type { ReportRow } from './reports-repository.js';

/**
 * Who may touch which index records (route access in permissions.ts already limits each action to
 * its roles). Deny by default; records the caller may not see answer 404.
 * - A region's report belongs to its regional-government agency: only that agency's staff read
 *   and fill it (`index.report`), only its agency admin approves and sends it.
 * - Verifiers and the index team read every sent report; only verifiers decide rows, and nobody
 *   but the region touches evidence.
 * - The public (and every other role) sees results only once the model's results are published.
 */

export const REPORT = { id: 'Laporan indeks', en: 'Index report' };
export const MODEL = { id: 'Model indeks', en: 'Index model' };
export const RESULTS = { id: 'Hasil indeks', en: 'Index results' };
export const NOMINATION = { id: 'Nominasi indeks', en: 'Index nomination' };

const REGIONAL_TYPES = ['provinsi', 'kabupaten', 'kota'];

/** The region whose report this caller fills, or 404 for anyone who is not a regional government's staff. */
export function ownRegionOf(agency: { type: string; regionCode: string | null } | undefined): string {
  if (!agency || !REGIONAL_TYPES.includes(agency.type) || !agency.regionCode) throw errors.notFound(REPORT);
  return agency.regionCode;
}

export function isIndexStaff(user: AuthUser | null): boolean {
  return user?.role === 'index_admin' || user?.role === 'index_verifier';
}

/** A report is read by its own agency's staff, or by the index staff once it has been sent. */
export function assertMayReadReport(user: AuthUser | null, report: ReportRow | undefined): asserts report is ReportRow {
  if (!report) throw errors.notFound(REPORT);
  if (user && user.agencyId === report.agencyId && (user.role === 'agency_admin' || user.role === 'agency_operator')) return;
  if (isIndexStaff(user) && report.status !== 'draft' && report.status !== 'ready') return;
  throw errors.notFound(REPORT);
}

export function assertOwnReport(user: AuthUser | null, report: ReportRow | undefined): asserts report is ReportRow {
  if (!report || !user || user.agencyId !== report.agencyId) throw errors.notFound(REPORT);
}

export function assertMayVerify(user: AuthUser | null, report: ReportRow | undefined): asserts report is ReportRow {
  if (!report || user?.role !== 'index_verifier' || report.status === 'draft' || report.status === 'ready') throw errors.notFound(REPORT);
}

/** Drafts are seen by the index team only; published models by every signed-in caller and the public. */
export function mayReadModel(user: AuthUser | null, model: Pick<ModelRow, 'status'>): boolean {
  return model.status === 'published' || user?.role === 'index_admin';
}

export function assertMayReadModel(user: AuthUser | null, model: ModelRow | undefined): asserts model is ModelRow {
  if (!model || !mayReadModel(user, model)) throw errors.notFound(MODEL);
}

export function mayReadUnpublishedResults(user: AuthUser | null): boolean {
  return isIndexStaff(user);
}

const isAgencyStaff = (user: AuthUser | null) => user?.role === 'agency_admin' || user?.role === 'agency_operator';

/** An award nomination is read by the index staff and by the nominated region's own staff; 404 for anyone else. */
export function assertMayReadNomination(user: AuthUser | null, row: NominationRow | undefined): asserts row is NominationRow {
  if (!row) throw errors.notFound(NOMINATION);
  if (isIndexStaff(user)) return;
  if (isAgencyStaff(user) && user!.agencyId === row.agencyId) return;
  throw errors.notFound(NOMINATION);
}

/** Whose nominations "my region's nominations" lists: the caller's own agency, for a regional government's staff only. */
export function ownNominationAgency(user: AuthUser | null): string | null {
  return isAgencyStaff(user) && user!.agencyId ? user!.agencyId : null;
}
