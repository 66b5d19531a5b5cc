import { api } from '../../../api/client';

/** Kemendagri region codes: province `35`, regency/city `35.78`. */
export interface Province {
  code: string;
  name: string;
}

export interface Regency {
  code: string;
  name: string;
  provinceCode: string;
}

export function fetchProvinces(signal?: AbortSignal): Promise<{ items: Province[] }> {
  return api.get('/api/regions/provinces', undefined, signal);
}

export function fetchRegencies(province: string, signal?: AbortSignal): Promise<{ items: Regency[] }> {
  return api.get('/api/regions/regencies', { province }, signal);
}
