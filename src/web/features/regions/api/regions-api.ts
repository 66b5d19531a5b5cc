import { api } from '../../../api/client';
import type { z } from 'zod';
import type { regenciesQuery, regionList, regionView } from '../../../../common/regions';

/** Kemendagri region codes: province `35`, regency/city `35.78`; typed from the server's schemas (src/common/regions.ts). */
export type Region = z.output<typeof regionView>;
type RegionList = z.output<typeof regionList>;

export function fetchProvinces(signal?: AbortSignal): Promise<RegionList> {
  return api.get('/api/regions/provinces', undefined, signal);
}

export function fetchRegencies(province: NonNullable<z.input<typeof regenciesQuery>['province']>, signal?: AbortSignal): Promise<RegionList> {
  return api.get('/api/regions/regencies', { province }, signal);
}
