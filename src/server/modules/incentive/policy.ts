import type { AuthUser } from '../../auth/auth-user.js';
import { errors } from '../../http/errors.js';

/**
 * Who sees which incentive records. Route access (permissions.ts) already limits rule sets,
 * facts and every scenario to the ministry and the finance viewer; this decides the rest:
 * - the public (and everyone) sees a scenario only once it is the published recommendation;
 * - a regional government's staff see the pre-check of their own region only.
 */
export function mayReadAnyScenario(user: AuthUser | null): boolean {
  return user?.role === 'ministry_admin' || user?.role === 'finance_viewer';
}

/** The region whose pre-check this caller may read, or a 404 for anyone who is not a regional government's staff. */
export function precheckRegionOf(agency: { type: string; regionCode: string | null } | undefined): string {
  if (!agency || !['provinsi', 'kabupaten', 'kota'].includes(agency.type) || !agency.regionCode) {
    throw errors.notFound({ id: 'Pra-pemeriksaan insentif (hanya untuk pemerintah daerah)', en: 'Incentive pre-check (regional governments only)' });
  }
  return agency.regionCode;
}
