import { auditHead } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';

/**
 * The dashboards' answer cache. Exact national figures read every published record (the SDG
 * counts unnest each record's goals, stored out of line), which costs about 1.4 s of CPU on
 * PGlite at 100,000 innovations — too slow per request, fine once in a while. So each answer is
 * kept per database and key, stamped with the audit chain's head (`auditHead`, re-read at most
 * once a second): every audited change, on any instance, moves the stamp, and the next request
 * recomputes.
 *
 * To keep a busy system from recomputing on every request, an answer younger than
 * `REFRESH_INTERVAL_MS` is served while stale and refreshed in the background (one refresh per
 * key at a time); figures are then at most that much behind. Changes that bypass the audit log
 * (bulk loads, scripts) are picked up after `MAX_AGE_MS`. A module whose figures must show at
 * once after its writes calls `invalidateDashboards(db)`.
 */
export const REFRESH_INTERVAL_MS = 30_000;
export const MAX_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 2_000;
/** The audit head is re-read at most this often per database (under load, one query serves many requests). */
export const STAMP_TTL_MS = 1_000;

interface Entry {
  value: unknown;
  stamp: string;
  computedAt: number;
  refreshing: Promise<unknown> | null;
}

const caches = new WeakMap<Db, Map<string, Entry>>();
const stamps = new WeakMap<Db, { at: number; stamp: Promise<string> }>();

function currentStamp(db: Db): Promise<string> {
  const known = stamps.get(db);
  if (known && Date.now() - known.at < STAMP_TTL_MS) return known.stamp;
  const stamp = auditHead(db);
  stamps.set(db, { at: Date.now(), stamp });
  stamp.catch(() => stamps.delete(db));
  return stamp;
}

function cacheOf(db: Db): Map<string, Entry> {
  let map = caches.get(db);
  if (!map) {
    map = new Map();
    caches.set(db, map);
  }
  return map;
}

export function invalidateDashboards(db: Db): void {
  caches.get(db)?.clear();
  stamps.delete(db);
}

export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const map = cacheOf(db);
  const stamp = await currentStamp(db);
  const now = Date.now();
  const entry = map.get(key);
  const store = (value: T): T => {
    if (map.size >= MAX_ENTRIES && !map.has(key)) map.delete(map.keys().next().value!);
    map.set(key, { value, stamp, computedAt: Date.now(), refreshing: null });
    return value;
  };
  if (entry) {
    const age = now - entry.computedAt;
    if (entry.stamp === stamp && age < MAX_AGE_MS) return entry.value as T;
    if (entry.refreshing) return (age < MAX_AGE_MS ? entry.value : await entry.refreshing) as T;
    if (age < REFRESH_INTERVAL_MS) {
      entry.refreshing = compute().then(store, () => {
        entry.refreshing = null;
      });
      return entry.value as T;
    }
  }
  const pending = compute().then(store, (error: unknown) => {
    if (entry) entry.refreshing = null;
    throw error;
  });
  if (entry) entry.refreshing = pending;
  return pending;
}
