import { api } from '../../../api/client';

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return api.get<Health>('/api/health', undefined, signal);
}
