import { api } from '../../../api/client';
import type { z } from 'zod';
import type { healthAnswer } from '../../../../common/health';

/** The server's liveness answer (src/common/health.ts). */
export type Health = z.output<typeof healthAnswer>;

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return api.get<Health>('/api/health', undefined, signal);
}
