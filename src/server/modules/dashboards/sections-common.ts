import { AsyncLocalStorage } from 'node:async_hooks';
import type { Localized } from '../../../common/dashboards.js';
import { todayWib } from '../../../common/replication.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { regionNames } from '../regions/service.js';

/** Helpers shared by the second half's dashboard sections (OAOI, index, incentive, hubs). */

/** The current calendar year in Indonesia's western time (WIB), the default year of the yearly figures. */
export const currentYear = (now: Date = new Date()): number => Number(todayWib(now).slice(0, 4));

/** A public, anonymous context for service functions that take one (only published data is read). */
export const publicContext = (db: Db, now: Date = new Date()): RequestContext => ({ db, actor: { userId: null, role: null, requestId: null }, user: null, now });

/** Province code → name. */
export async function provinceNames(db: Db): Promise<Map<string, string>> {
  return new Map((await regionNames(db, { level: 'province' })).map((p) => [p.code, p.name]));
}

/** A province's Kemendagri code from any region code ("35.07" → "35"). */
export const provinceOf = (regionCode: string): string => regionCode.slice(0, 2);

/** A share 0–1 as a percentage with one decimal. */
export const percent = (share: number): number => Math.round(share * 1000) / 10;

export const same = (text: string): Localized => ({ id: text, en: text });

export const PERCENT: Localized = { id: '% instansi memenuhi target', en: '% of agencies meeting the target' };

const reads = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/** Runs one dashboard computation with its own shared reads (see `shared`). */
export function withSharedReads<T>(run: () => Promise<T>): Promise<T> {
  return reads.run(new Map(), run);
}

/**
 * One read shared by the sections of one dashboard computation (several sections read the same
 * year's rows); outside `withSharedReads` it simply reads. Nothing outlives the computation, so a
 * write is seen by the next computation.
 */
export function shared<T>(key: string, read: () => Promise<T>): Promise<T> {
  const map = reads.getStore();
  if (!map) return read();
  const hit = map.get(key);
  if (hit) return hit as Promise<T>;
  const value = read();
  map.set(key, value);
  return value;
}
