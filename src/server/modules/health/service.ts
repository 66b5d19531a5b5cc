import { pendingMigrations } from '../../db/migrate.js';
import type { Db } from '../../db/types.js';
import { pingDatabase } from './repository.js';

/** Liveness: the database answers. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await pingDatabase(db);
    return true;
  } catch {
    return false;
  }
}

export type Readiness = { ready: true } | { ready: false; reason: 'database_unavailable' | 'migrations_pending'; pending?: string[] };

/**
 * Readiness: the database answers AND every migration of this build has run, so a load balancer
 * sends no traffic to an instance whose schema is behind its code.
 */
export async function checkReadiness(db: Db): Promise<Readiness> {
  if (!(await databaseAnswers(db))) return { ready: false, reason: 'database_unavailable' };
  let pending: string[];
  try {
    pending = await pendingMigrations(db);
  } catch {
    return { ready: false, reason: 'database_unavailable' };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, reason: 'migrations_pending', pending };
}
